"""The editors' back office: one release page with everything that belongs to it."""

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin
from reversion.models import Version

from releases.editing import versions
from releases.editing.forms import FORMFIELD_OVERRIDES, EditorForm, PhotoForm, ReleaseForm
from releases.models import (
    Appearance,
    ChangeNote,
    Credit,
    Figure,
    Notice,
    Organisation,
    Outlet,
    OutletAlias,
    Photo,
    Release,
    Segment,
    Speaker,
    Topic,
)
from releases.stats import outlets


def _release_id(request):
    """The release a change form is for: on its change page, and on reversion's pages that
    show one of its versions (restore) or a deleted one (recover), whose URLs are positional."""
    match = request.resolver_match
    if "object_id" in match.kwargs:
        return unquote(match.kwargs["object_id"])
    if match.url_name == "releases_release_revision":
        return unquote(match.args[0])
    if match.url_name == "releases_release_recover":
        return Version.objects.filter(pk=match.args[0]).values_list("object_id", flat=True).first()
    return None


class SameReleaseChoicesMixin:
    """Offer only this release's appearances and segments as answerers and segments."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        release_id = _release_id(request)
        if db_field.name == "answerer":
            kwargs["queryset"] = Appearance.objects.filter(release_id=release_id).select_related(
                "speaker"
            )
        elif db_field.name == "segment":
            kwargs["queryset"] = Segment.objects.filter(release_id=release_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class PartInlineMixin:
    """Every inline saves only what the editor changed (releases.editing.forms)."""

    form = EditorForm
    formfield_overrides = FORMFIELD_OVERRIDES


class AppearanceInline(PartInlineMixin, admin.TabularInline):
    model = Appearance
    extra = 1
    autocomplete_fields = ["speaker", "organisation"]
    fields = ["order", "speaker", "position", "organisation", "role"]


class SegmentForm(EditorForm):
    def clean_order(self):
        """An answer's number is its permanent address (#q2) once the public has seen it."""
        order = self.cleaned_data["order"]
        segment = self.instance
        if segment.pk and order != segment.order and segment.release.is_public:
            raise forms.ValidationError(
                _(
                    "稿件已公开:问答编号是每个回答永久链接(如 #q%(order)s)的一部分,读者可能已经"
                    "引用,不能修改。新增的问答请用新的编号。"
                )
                % {"order": segment.order}
            )
        return order


class SegmentInline(PartInlineMixin, SameReleaseChoicesMixin, admin.StackedInline):
    model = Segment
    form = SegmentForm
    extra = 1
    fields = ["order", "question", "asker", "asker_outlet", "answerer", "answer"]
    autocomplete_fields = ["asker_outlet"]


class FigureInline(PartInlineMixin, SameReleaseChoicesMixin, admin.TabularInline):
    model = Figure
    extra = 1
    fields = ["order", "text", "value", "unit", "label", "segment", "headline"]


class PhotoInline(PartInlineMixin, admin.TabularInline):
    model = Photo
    form = PhotoForm
    extra = 0
    fields = ["order", "image", "alt_text", "caption", "credit"]


class CreditInline(PartInlineMixin, admin.TabularInline):
    model = Credit
    extra = 1
    fields = ["order", "role", "name"]


class ChangeNoteInline(PartInlineMixin, admin.TabularInline):
    model = ChangeNote
    extra = 0
    fields = ["noted_at", "text"]


class YearFilter(admin.SimpleListFilter):
    title = _("年份")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dates = Release.objects.filter(published_at__isnull=False).dates(
            "published_at", "year", order="DESC"
        )
        return [(str(d.year), str(d.year)) for d in dates]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(published_at__year=int(self.value()))
        return queryset


@admin.register(Release)
class ReleaseAdmin(VersionAdmin):
    """Every save keeps a version (django-reversion, releases.editing.versions), refuses to
    overwrite a save made after the page was opened, and changes only what the editor changed."""

    list_display = ["title", "channel", "status", "published_at", "visibility"]
    list_filter = ["status", "channel", YearFilter, "topics"]
    search_fields = ["title", "lead", "kicker"]
    date_hierarchy = "published_at"
    filter_horizontal = ["topics"]
    form = ReleaseForm
    formfield_overrides = FORMFIELD_OVERRIDES
    change_list_template = "admin/releases/release/change_list.html"
    object_history_template = "admin/releases/release/object_history.html"
    history_latest_first = True
    fieldsets = [
        (
            None,
            {"fields": ["kicker", "title", "channel", "lead", "body", "topics", "edit_token"]},
        ),
        (
            _("发布会"),
            {
                "fields": [
                    "event_date",
                    "event_place",
                    "host_office",
                    "source",
                    "editor",
                    "language",
                ]
            },
        ),
        (_("发布"), {"fields": ["status", "published_at", "updated_at"]}),
        (
            _("撤回"),
            {
                "fields": ["withdrawal_reason", "withdrawn_at"],
                "description": _(
                    "撤回已公开的稿件:状态选“已撤回”并填写原因。页面留在原地址,顶部显示撤回"
                    "时间和原因,原文保留在下面;稿件离开列表、搜索和网站地图,订阅源和开放数据"
                    "标明已撤回。撤回和撤回原因记入稿件的版本历史。"
                ),
            },
        ),
    ]
    inlines = [
        AppearanceInline,
        SegmentInline,
        FigureInline,
        PhotoInline,
        CreditInline,
        ChangeNoteInline,
    ]

    def get_urls(self):
        from releases.importing.admin import import_view

        return [
            path(
                "import/",
                self.admin_site.admin_view(import_view(self)),
                name="releases_release_import",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="releases_release_compare",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            release = self.get_object(request, unquote(object_id))
            if release is not None:
                versions.keep_first_version(release)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        # Nothing of the release itself changed: no write, no new save time, no version
        # (save_related records one if a part changed). A restore always saves.
        restoring = request.resolver_match.url_name == "releases_release_revision"
        form.release_unchanged = change and not form.has_changed() and not restoring
        if not form.release_unchanged:
            super().save_model(request, obj, form, change)
        if change and "status" in form.changed_data:
            request.withdrawal_comment = self._withdrawal_comment(obj, form)

    @staticmethod
    def _withdrawal_comment(release, form):
        """What a withdrawal, or its reversal, says in the release's version history."""
        if release.is_withdrawn:
            return _("撤回:%(reason)s") % {"reason": release.withdrawal_reason}
        if form.initial.get("status") == Release.Status.WITHDRAWN:
            return _("撤回已取消,稿件恢复公开。")
        return ""

    def log_change(self, request, obj, message):
        """The withdrawal's own words lead the version's comment (VersionAdmin sets the
        comment from Django's change message)."""
        entry = super().log_change(request, obj, message)
        comment = getattr(request, "withdrawal_comment", "")
        if comment and reversion.is_active():
            reversion.set_comment(f"{comment}({entry.get_change_message()})")
        return entry

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if getattr(form, "release_unchanged", False) and any(f.has_changed() for f in formsets):
            # Changed through its parts only: a new save time (which the conflict check
            # reads), and a version of the whole release.
            form.instance.save(update_fields=["modified"])

    def history_view(self, request, object_id, extra_context=None):
        kept = versions.versions_of(unquote(object_id))
        rows = [
            {
                "version": version,
                "restore_url": reverse(
                    "admin:releases_release_revision", args=[object_id, version.pk]
                ),
                "previous": kept[i + 1] if i + 1 < len(kept) else None,
            }
            for i, version in enumerate(kept)
        ]
        context = {"versions": rows, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        """Two versions of a release side by side: fields, and parts added, removed, changed."""
        release = self.get_object(request, unquote(object_id))
        if release is None:
            raise Http404
        if not self.has_view_or_change_permission(request, release):
            raise PermissionDenied
        kept = {str(v.pk): v for v in versions.versions_of(release.pk)}
        old = kept.get(request.GET.get("from", ""))
        new = kept.get(request.GET.get("to", ""))
        if old is None or new is None:
            raise Http404("没有这个版本")
        if old.pk > new.pk:
            old, new = new, old
        changes = versions.diff(
            versions.Snapshot.of_version(old), versions.Snapshot.of_version(new)
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": release,
            "title": f"比较版本:{release}",
            "old": old,
            "new": new,
            "changes": changes,
            "has_change_permission": self.has_change_permission(request, release),
        }
        return TemplateResponse(request, "admin/releases/release/version_compare.html", context)

    def save_formset(self, request, form, formset, change):
        if formset.model is Segment:
            # A printed asker without a chosen outlet is counted under the outlet it names.
            segments = formset.save(commit=False)
            outlets.resolve_all(segments)
            for segment in segments:
                segment.save()
            for segment in formset.deleted_objects:
                segment.delete()
            formset.save_m2m()
        else:
            super().save_formset(request, form, formset, change)

    @admin.display(description=_("公众可见"))
    def visibility(self, release):
        if release.is_withdrawn:
            return _("已撤回(原址可读)")
        if release.is_public:
            return _("已公开")
        if release.status == Release.Status.PUBLISHED and release.published_at > timezone.now():
            return _("定时发布")
        return _("草稿")


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    """Topics are attached on the release page; here editors name them and see their use."""

    list_display = ["name", "release_count"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(release_count=Count("releases"))

    @admin.display(description=_("发布会数"), ordering="release_count")
    def release_count(self, topic):
        return topic.release_count


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    """Notices of press conferences to come; linked to the transcript once it is published."""

    list_display = ["title", "starts_at", "place", "status", "release"]
    list_filter = ["status"]
    search_fields = ["title", "place", "host_office", "speakers"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["release"]
    fields = [
        "title",
        "starts_at",
        "ends_at",
        "place",
        "host_office",
        "speakers",
        "description",
        "status",
        "release",
    ]


class OutletAliasInline(admin.TabularInline):
    model = OutletAlias
    extra = 1
    fields = ["name"]


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    """Outlets are found from the printed asker; here editors name them, add the other
    spellings, and merge two outlets that are one."""

    list_display = ["name", "question_count", "spellings"]
    search_fields = ["name", "aliases__name"]
    inlines = [OutletAliasInline]
    actions = ["merge_outlets"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(question_count=Count("questions", distinct=True))
            .prefetch_related("aliases")
        )

    @admin.display(description=_("提问数"), ordering="question_count")
    def question_count(self, outlet):
        return outlet.question_count

    @admin.display(description=_("其他写法"))
    def spellings(self, outlet):
        return "、".join(alias.name for alias in outlet.aliases.all())

    @admin.action(description=_("合并所选媒体"), permissions=["change", "delete"])
    def merge_outlets(self, request, queryset):
        chosen = list(queryset.order_by("-question_count", "pk"))
        if len(chosen) < 2:
            self.message_user(request, _("请至少选择两家媒体。"), messages.WARNING)
            return None
        if "apply" in request.POST:
            target = next((o for o in chosen if str(o.pk) == request.POST.get("target")), None)
            if target is not None:
                others = [o for o in chosen if o.pk != target.pk]
                moved = outlets.merge(target, others)
                self.message_user(
                    request,
                    _("已把 %(others)s 合并到“%(target)s”,移动了 %(moved)d 个提问。")
                    % {
                        "others": "、".join(f"“{o.name}”" for o in others),
                        "target": target.name,
                        "moved": moved,
                    },
                    messages.SUCCESS,
                )
                return None
            self.message_user(request, _("请选择保留哪一家媒体。"), messages.ERROR)
        context = {
            **self.admin_site.each_context(request),
            "title": _("合并媒体"),
            "opts": self.model._meta,
            "outlets": chosen,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/releases/outlet/merge.html", context)

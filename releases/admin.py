"""The editors' back office: one release page with everything that belongs to it."""

from django.contrib import admin
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from releases.forms import PhotoForm
from releases.models import (
    Appearance,
    ChangeNote,
    Credit,
    Figure,
    Organisation,
    Photo,
    Release,
    Segment,
    Speaker,
    Topic,
)


class SameReleaseChoicesMixin:
    """Offer only this release's appearances and segments as answerers and segments."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        release_id = request.resolver_match.kwargs.get("object_id")
        if db_field.name == "answerer":
            kwargs["queryset"] = Appearance.objects.filter(release_id=release_id).select_related(
                "speaker"
            )
        elif db_field.name == "segment":
            kwargs["queryset"] = Segment.objects.filter(release_id=release_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 1
    autocomplete_fields = ["speaker", "organisation"]
    fields = ["order", "speaker", "position", "organisation", "role"]


class SegmentInline(SameReleaseChoicesMixin, admin.StackedInline):
    model = Segment
    extra = 1
    fields = ["order", "question", "asker", "answerer", "answer"]


class FigureInline(SameReleaseChoicesMixin, admin.TabularInline):
    model = Figure
    extra = 1
    fields = ["order", "text", "value", "unit", "label", "segment", "headline"]


class PhotoInline(admin.TabularInline):
    model = Photo
    form = PhotoForm
    extra = 0
    fields = ["order", "image", "alt_text", "caption", "credit"]


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 1
    fields = ["order", "role", "name"]


class ChangeNoteInline(admin.TabularInline):
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
class ReleaseAdmin(admin.ModelAdmin):
    list_display = ["title", "channel", "status", "published_at", "visibility"]
    list_filter = ["status", "channel", YearFilter, "topics"]
    search_fields = ["title", "lead", "kicker"]
    date_hierarchy = "published_at"
    filter_horizontal = ["topics"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "channel", "lead", "body", "topics"]}),
        (_("发布会"), {"fields": ["event_date", "event_place", "host_office", "source", "editor"]}),
        (_("发布"), {"fields": ["status", "published_at", "updated_at"]}),
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
        from django.urls import path

        from releases.importing.admin import import_view

        return [
            path(
                "import/",
                self.admin_site.admin_view(import_view(self)),
                name="releases_release_import",
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("公众可见"))
    def visibility(self, release):
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

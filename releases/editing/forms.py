"""The admin's forms: a save changes only what the editor changed, never overwrites what
someone else saved after the editor opened the page, and keeps only photos the site can
serve. The admin is Chinese only, so messages are plain text."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from releases.editing import images, versions
from releases.models import Photo, Release


class TextField(forms.CharField):
    """Browsers send a textarea's line ends as CRLF; the archive keeps LF, so an answer
    saved unchanged stays byte for byte what it was (and does not count as changed)."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class SplitDateTimeField(forms.SplitDateTimeField):
    """The admin's date and time boxes show minutes only (the Chinese time format), so a
    stored time with seconds would come back cut to the minute. A box the editor left as it
    was shown keeps the exact stored value (see EditorForm.clean)."""

    def shown(self, value):
        """The two strings the boxes show for value."""
        if value is None:
            return ["", ""]
        date_widget, time_widget = self.widget.widgets
        date, time = self.widget.decompress(value)
        return [date_widget.format_value(date) or "", time_widget.format_value(time) or ""]

    @staticmethod
    def sent(data):
        if not isinstance(data, (list, tuple)):
            return ["", ""]
        return [(item or "").strip() for item in data[:2]]

    def has_changed(self, initial, data):
        if isinstance(initial, (list, tuple)):  # sent back in a hidden input (show_hidden_initial)
            return self.sent(initial) != self.sent(data)
        if initial is None:
            return super().has_changed(initial, data)
        return self.shown(initial) != self.sent(data)

    def keep(self, stored, cleaned, data):
        """The value to save: the stored one in each box the editor did not change."""
        if stored is None or cleaned is None:
            return cleaned
        shown, sent = self.shown(stored), self.sent(data)
        if shown == sent:
            return stored
        stored_local, cleaned_local = timezone.localtime(stored), timezone.localtime(cleaned)
        day = stored_local.date() if shown[0] == sent[0] else cleaned_local.date()
        time = stored_local.time() if shown[1] == sent[1] else cleaned_local.time()
        return timezone.make_aware(datetime.datetime.combine(day, time))


# ModelAdmin.formfield_overrides for the release and every inline.
FORMFIELD_OVERRIDES = {
    models.TextField: {"form_class": TextField},
    models.DateTimeField: {"form_class": SplitDateTimeField},
}


class EditorForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        for name, form_field in self.fields.items():
            if isinstance(form_field, SplitDateTimeField) and name in cleaned:
                # self.initial holds the model's value; BoundField.initial drops microseconds.
                cleaned[name] = form_field.keep(
                    self.initial.get(name), cleaned[name], self[name].data
                )
        return cleaned


def edit_token(release: Release) -> str:
    """What the editor's page was made from: the release's last save and its last version
    (the version also changes when a restore brings back an older save time)."""
    return f"{release.modified.isoformat()}|{versions.latest_version_id(release.pk) or ''}"


class ReleaseForm(EditorForm):
    """The release's change form, refused whole when the release was saved by someone else
    after this page was opened: the parts are in the same request and are not saved either."""

    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["edit_token"].initial = edit_token(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # Locked until the admin's transaction ends, so that two saves of the same
            # release are checked one after the other (on PostgreSQL; SQLite has one writer).
            current = Release.objects.select_for_update().filter(pk=self.instance.pk).first()
            sent = cleaned.get("edit_token") or ""
            if current is not None and sent != edit_token(current):
                raise ValidationError(conflict_messages(sent, current), code="conflict")
        return cleaned


def conflict_messages(sent_token: str, current: Release) -> list[str]:
    """Why the save was refused: who saved since, and what they changed, as it is now."""
    kept = versions.versions_of(current.pk)
    latest = kept[0].revision if kept else None
    who = "其他编辑"
    if latest is not None:
        when = timezone.localtime(latest.date_created).strftime("%H:%M:%S")
        name = latest.user.get_username() if latest.user else "导入或系统"
        who = f"{name}({when})"
    messages = [
        f"没有保存:你打开本页之后,{who}保存了这篇稿件。为免覆盖对方的修改,你这次的修改"
        "(包括下方各项)都没有保存。请记下你的修改,重新打开本页,在最新内容上再改。"
    ]
    opened_id = sent_token.rpartition("|")[2]
    opened = next((v for v in kept if str(v.pk) == opened_id), None)
    if opened is None:
        return messages
    changes = versions.diff(
        versions.Snapshot.of_version(opened), versions.Snapshot.of_release(current)
    )
    for change in changes.fields:
        messages.append(f"对方改了“{change.label}”,现在是:{_short(change.new)}")
    for part in changes.parts:
        detail = ""
        if part.kind == "changed":
            detail = ";".join(f"{f.label}现为“{_short(f.new, 80)}”" for f in part.fields)
        messages.append(
            f"对方{part.kind_label}了{part.model_name}“{_short(part.label)}”"
            + (f"({detail})" if detail else "")
        )
    return messages


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class PhotoImageField(forms.ImageField):
    """An upload the site can keep: a real JPEG, PNG, WebP or GIF, within the size and
    pixel limits (settings.PHOTO_MAX_UPLOAD_BYTES and PHOTO_MAX_PIXELS), not truncated.

    Replaces ImageField's own check, which answers every problem with one message and
    decodes nothing but the header; the file's real format is recorded for the model.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            f"JPEG、PNG、WebP 或 GIF,不超过 {settings.PHOTO_MAX_UPLOAD_BYTES // 2**20} MB、"
            f"{settings.PHOTO_MAX_PIXELS // 10000} 万像素。读者收到按屏幕缩小的副本"
            f"(宽 {'、'.join(map(str, settings.PHOTO_WIDTHS))} 像素),不含拍摄信息。",
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["accept"] = ",".join(sorted(set(images.CONTENT_TYPES.values())))
        return attrs

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        limit = settings.PHOTO_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise ValidationError(
                f"文件太大({upload.size / 2**20:.1f} MB),上限 {limit // 2**20} MB。"
                "请压缩或缩小后再上传。",
                code="file_too_large",
            )
        try:
            info = images.inspect(upload, settings.PHOTO_MAX_PIXELS)
            images.verify(upload)
        except images.Rejected as error:
            raise ValidationError(str(error), code="invalid_image") from error
        upload.content_type = info.content_type
        return upload


class PhotoForm(EditorForm):
    class Meta:
        model = Photo
        fields = ["order", "image", "alt_text", "caption", "credit"]
        field_classes = {"image": PhotoImageField}

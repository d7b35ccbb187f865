"""Admin forms with rules of their own. The admin is Chinese only, so messages are plain text."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from releases import images
from releases.models import Photo


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


class PhotoForm(forms.ModelForm):
    class Meta:
        model = Photo
        fields = ["order", "image", "alt_text", "caption", "credit"]
        field_classes = {"image": PhotoImageField}

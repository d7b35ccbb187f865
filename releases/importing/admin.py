"""The admin's "从文本导入" page: paste or upload an article, land on its draft.

The admin is Chinese only, so its strings are plain text rather than translatable.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from releases.importing.writer import import_text, is_blank

# Pasted or uploaded, an article stays under this: the parser reads at most 500,000
# characters anyway, and a 2 MB article is parsed and written in a few seconds, far from
# gunicorn's 30-second timeout (see bench/import_sizes.py).
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
TOO_LONG = "文本太长(上限 2 MB,约 70 万汉字)。请分篇导入,或用命令 import_release。"


class ImportTextForm(forms.Form):
    text = forms.CharField(
        label="文章全文",
        required=False,
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100}),
        help_text="从网页复制整篇稿件粘贴到这里,包括标题、日期和署名。",
    )
    file = forms.FileField(
        label="或上传 .txt 文件",
        required=False,
        help_text="UTF-8 编码的纯文本文件。",
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError("只接受 .txt 文件。")
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(TOO_LONG)
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                "文件不是 UTF-8 编码的文本,请另存为 UTF-8 后再上传。"
            ) from error

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(TOO_LONG)
        return text

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("file") or cleaned.get("text") or ""
        if not self.errors and is_blank(text):
            raise forms.ValidationError("请粘贴文章全文或上传 .txt 文件。")
        cleaned["article"] = text
        return cleaned


def import_view(model_admin):
    """The view for ReleaseAdmin.get_urls(); only editors who may add releases get in."""

    def view(request):
        if not model_admin.has_add_permission(request):
            raise PermissionDenied
        form = ImportTextForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            result = import_text(form.cleaned_data["article"], user=request.user)
            if result.duplicate_of:
                existing = result.duplicate_of
                messages.warning(
                    request,
                    "这篇文章已经导入过,没有重复创建:这是已有的稿件。",
                )
                return redirect(reverse("admin:releases_release_change", args=[existing.pk]))
            messages.success(request, "已创建草稿" + result.summary())
            for note in result.notes:
                messages.warning(request, "需要核对:" + note)
            return redirect(reverse("admin:releases_release_change", args=[result.release.pk]))
        context = {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": "从文本导入",
            "form": form,
        }
        return TemplateResponse(request, "admin/releases/release/import_text.html", context)

    return view

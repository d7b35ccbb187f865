"""The admin's "从文本导入" page: paste or upload an article, land on its draft; or upload
several files at once and see what became of each (created, duplicate, failed).

The admin is Chinese only, so its strings are plain text rather than translatable.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from releases.importing import bulk
from releases.importing.writer import is_blank

# Pasted or uploaded, an article stays under this: the parser reads at most 500,000
# characters anyway, and a 2 MB article is parsed and written in a few seconds, far from
# gunicorn's 30-second timeout (see bench/import_sizes.py).
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
TOO_LONG = "文本太长(上限 2 MB,约 70 万汉字)。请分篇导入,或用命令 import_release。"
# Files per upload: each takes up to a few tenths of a second, and the whole request must
# end well within gunicorn's 30 seconds. More go through `manage.py import_release FOLDER`.
MAX_FILES = 50
PASTED = "粘贴的文本"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A list of uploads (empty when none), each checked as FileField checks one."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in uploads if item]


class ImportTextForm(forms.Form):
    text = forms.CharField(
        label="文章全文",
        required=False,
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100}),
        help_text="从网页复制整篇稿件粘贴到这里,包括标题、日期和署名。",
    )
    file = MultipleFileField(
        label="或上传 .txt 文件",
        required=False,
        help_text=f"UTF-8 编码的纯文本文件;可一次选择多个(最多 {MAX_FILES} 个),每篇生成一份草稿。",
    )

    def clean_file(self):
        """The uploads as texts to import; a file that is not UTF-8 fails alone, later."""
        uploads = self.cleaned_data.get("file") or []
        if len(uploads) > MAX_FILES:
            raise forms.ValidationError(
                f"一次最多上传 {MAX_FILES} 个文件;更多文件请用命令 import_release 导入整个文件夹。"
            )
        for upload in uploads:
            if not upload.name.lower().endswith(".txt"):
                raise forms.ValidationError(f"只接受 .txt 文件:{upload.name}")
            if upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(f"{upload.name}:{TOO_LONG}")
        return [bulk.Source.of(upload.name, upload.read()) for upload in uploads]

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(TOO_LONG)
        return text

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("text") or ""
        pasted = [] if is_blank(text) else [bulk.Source.of(PASTED, text.encode("utf-8"))]
        cleaned["sources"] = pasted + (cleaned.get("file") or [])
        # A blank file among others fails alone in the summary; nothing but blanks is no
        # article at all.
        blank = all(is_blank(s.read().decode("utf-8", "replace")) for s in cleaned["sources"])
        if not self.errors and blank:
            raise forms.ValidationError("请粘贴文章全文或上传 .txt 文件。")
        return cleaned


def import_view(model_admin):
    """The view for ReleaseAdmin.get_urls(); only editors who may add releases get in."""

    def view(request):
        if not model_admin.has_add_permission(request):
            raise PermissionDenied
        form = ImportTextForm(request.POST or None, request.FILES or None)
        outcomes = []
        if request.method == "POST" and form.is_valid():
            sources = form.cleaned_data["sources"]
            if len(sources) == 1:
                outcome = bulk.import_one(sources[0], user=request.user)
                if outcome.result != bulk.FAILED:
                    return _to_release(request, outcome)
                outcomes = [outcome]
            else:
                outcomes = list(bulk.import_many(sources, user=request.user))
        context = {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": "从文本导入",
            "form": form,
            "outcomes": outcomes,
            "totals": _totals(outcomes),
        }
        return TemplateResponse(request, "admin/releases/release/import_text.html", context)

    return view


def _to_release(request, outcome):
    """One article imported: its draft (or the release it duplicates), with messages."""
    if outcome.result == bulk.DUPLICATE:
        messages.warning(request, "这篇文章已经导入过,没有重复创建:这是已有的稿件。")
    else:
        messages.success(request, "已创建草稿" + outcome.reason)
        for note in outcome.notes:
            messages.warning(request, "需要核对:" + note)
    return redirect(outcome.admin_url)


def _totals(outcomes):
    counts = bulk.totals(outcomes)
    return ",".join(f"{bulk.LABELS[kind]} {n}" for kind, n in counts.items() if n)

"""The admin's "从文本导入" page: paste or upload an article, check its parse beside the
text and correct it, then create its draft; or upload several files at once and see what
became of each (created, duplicate, failed).

The admin is Chinese only, so its strings are plain text rather than translatable.
"""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from releases.importing import bulk, review, writer
from releases.importing.parser import parse_article
from releases.importing.writer import is_blank
from releases.models import Release

# Pasted or uploaded, an article stays under this: the parser reads at most 500,000
# characters anyway, and a 2 MB article is parsed and written in a few seconds, far from
# gunicorn's 30-second timeout (see bench/import_sizes.py).
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
TOO_LONG = "文本太长(上限 2 MB,约 70 万汉字)。请分篇导入,或用命令 import_release。"
# Files per upload: each takes up to a few tenths of a second, and the whole request must
# end well within gunicorn's 30 seconds. More go through `manage.py import_release FOLDER`.
MAX_FILES = 50
PASTED = "粘贴的文本"
# Each segment's answerer is a field of the review form, and Django refuses a request of
# more than DATA_UPLOAD_MAX_NUMBER_FIELDS (1,000) fields: past this many questions and
# answers the answerers are corrected on the draft's page instead.
MAX_REVIEW_SEGMENTS = 800
NO_ANSWERER = "-"
_SALT = "releases.importing.review"
_TOKEN_AGE = 24 * 60 * 60  # a review left open overnight is looked at again
STALE = "核对表已失效:文本在核对后被改动过,或导入程序已更新。请按下面重新核对后再创建草稿。"


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


class ReviewForm(forms.Form):
    """The editor's corrections to one parse: an answerer per segment (one of the speakers,
    or none), speakers to drop, the language. It carries the text and a signed digest of
    what was reviewed, so a text or a parse changed since is refused, not written."""

    text = forms.CharField(widget=forms.HiddenInput, strip=False)
    token = forms.CharField(widget=forms.HiddenInput)
    language = forms.ChoiceField(label="语言", choices=Release.Language.choices)

    def __init__(self, text, parsed, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parsed = parsed
        self.fields["text"].initial = text
        self.fields["token"].initial = signing.dumps(review.digest(text, parsed), salt=_SALT)
        self.fields["language"].initial = writer.LANGUAGES.get(parsed.language)
        index = {s.name: str(i) for i, s in enumerate(parsed.speakers)}
        choices = [(NO_ANSWERER, "(无回答人)")] + [
            (str(i), s.name) for i, s in enumerate(parsed.speakers)
        ]
        for i, person in enumerate(parsed.speakers):
            self.fields[f"drop_{i}"] = forms.BooleanField(
                label=f"删除 {person.name}", required=False
            )
        self.correctable = len(parsed.segments) <= MAX_REVIEW_SEGMENTS
        for i, segment in enumerate(parsed.segments if self.correctable else []):
            first = segment.answerers[0] if segment.answerers else None
            self.fields[f"answerer_{i}"] = forms.ChoiceField(
                label=f"第 {i + 1} 个问答的回答人",
                choices=choices,
                initial=index.get(first, NO_ANSWERER),
            )

    def clean_token(self):
        token = self.cleaned_data["token"]
        try:
            reviewed = signing.loads(token, salt=_SALT, max_age=_TOKEN_AGE)
        except signing.BadSignature:
            reviewed = None
        if reviewed != review.digest(self.data.get("text", ""), self.parsed):
            raise forms.ValidationError(STALE, code="stale")
        return token

    def clean(self):
        cleaned = super().clean()
        dropped = {i for i in range(len(self.parsed.speakers)) if cleaned.get(f"drop_{i}")}
        answerers = {}
        for i in range(len(self.parsed.segments) if self.correctable else 0):
            choice = cleaned.get(f"answerer_{i}")
            if choice is None:
                continue
            answerers[i] = None if choice == NO_ANSWERER else int(choice)
            if answerers[i] in dropped:
                self.add_error(
                    f"answerer_{i}",
                    f"{self.parsed.speakers[answerers[i]].name} 已勾选删除,不能作回答人。",
                )
        cleaned["answerers"], cleaned["dropped"] = answerers, dropped
        return cleaned

    @property
    def stale(self):
        return self.has_error("token", "stale")

    def corrected(self):
        """The parse with the editor's corrections, ready to write."""
        parsed = review.corrected(
            self.parsed, self.cleaned_data["answerers"], self.cleaned_data["dropped"]
        )
        parsed.language = writer.PARSER_LANGUAGES[self.cleaned_data["language"]]
        return parsed

    def at(self, marks):
        """The form's fields beside the marks of one line: answerers and drop boxes."""
        for mark in marks:
            name = None
            if mark.segment is not None and self.correctable:
                name = f"answerer_{mark.segment}"
            elif mark.speaker is not None:
                name = f"drop_{mark.speaker}"
            mark.control = self[name] if name else None
        return marks


def import_view(model_admin):
    """The view for ReleaseAdmin.get_urls(); only editors who may add releases get in."""

    def view(request):
        if not model_admin.has_add_permission(request):
            raise PermissionDenied
        context = {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": "从文本导入",
        }
        if request.method == "POST" and "token" in request.POST:
            return _confirm(request, context)
        form = ImportTextForm(request.POST or None, request.FILES or None)
        outcomes = []
        if request.method == "POST" and form.is_valid():
            sources = form.cleaned_data["sources"]
            if len(sources) == 1:
                try:
                    text = bulk.decode(sources[0].read())
                except ValueError as error:
                    outcomes = [bulk.Outcome(sources[0].name, bulk.FAILED, str(error))]
                else:
                    return _review(request, context, review.canonical(text))
            else:
                outcomes = list(bulk.import_many(sources, user=request.user))
        context.update(form=form, outcomes=outcomes, totals=_totals(outcomes))
        return TemplateResponse(request, "admin/releases/release/import_text.html", context)

    return view


def _review(request, context, text, form=None, error=None):
    """The parse of text beside it, with the corrections form; nothing is written. A text
    already imported goes straight to its release."""
    result = writer.import_text(text, dry_run=True)
    if result.duplicate_of:
        messages.warning(request, "这篇文章已经导入过,没有重复创建:这是已有的稿件。")
        return redirect("admin:releases_release_change", result.duplicate_of.pk)
    form = form or ReviewForm(text, result.parsed)
    marked = review.review(text, result.parsed)
    for line in marked.lines:
        form.at(line.marks)
    # Speakers whose name is nowhere in the text, and segments not found in it: their
    # fields go above the text.
    unplaced = [_speaker_mark(result.parsed, i) for i, n in marked.speaker_lines.items() if n < 0]
    unplaced += [
        review.Mark("answer", f"第 {i + 1} 个问答", unsure="在原文中没有找到这一段", segment=i)
        for i, n in marked.segment_lines.items()
        if n < 0
    ]
    context.update(
        title="核对导入结果",
        form=form,
        error=error,
        parsed=result.parsed,
        review=marked,
        rows=_rows(marked.lines),
        unplaced=mark_safe("".join(_mark_html(mark) for mark in form.at(unplaced))),
        max_segments=MAX_REVIEW_SEGMENTS,
    )
    return TemplateResponse(request, "admin/releases/release/import_review.html", context)


def _rows(lines):
    """The review table's rows, one per line of the text. Built here rather than in the
    template: an article of a megabyte has some 15,000 lines, which the template engine
    took about 15 seconds to render, this well under one."""
    rows = []
    for line in lines:
        classes = [f"is-{kind}" for kind in line.kinds]
        if line.unsure:
            classes.append("is-unsure")
        if not line.kinds and not line.marks:
            classes.append("is-unused")
        text = "".join(
            format_html('<mark class="span-{}">{}</mark>', kind, piece) if kind else escape(piece)
            for piece, kind in line.pieces
        )
        items = [_mark_html(mark) for mark in line.marks] + [
            format_html('<li class="import-warning">需要核对:{}</li>', warning)
            for warning in line.warnings
        ]
        marks = format_html('<ul class="import-marks">{}</ul>', mark_safe("".join(items)))
        rows.append(
            format_html(
                '<tr id="L{}" class="{}"><th scope="row" class="line-number">{}</th>'
                '<td class="line-text">{}</td><td class="line-marks">{}</td></tr>',
                line.number,
                " ".join(classes),
                line.number,
                mark_safe(text),
                marks if items else "",
            )
        )
    return mark_safe("\n".join(rows))


def _mark_html(mark):
    """One part of the parse, what was unsure about it, and its field (an answerer's
    select, a speaker's drop box) when it has one."""
    unsure = ""
    if mark.unsure:
        unsure = format_html('<span class="mark-unsure">需要核对:{}</span>', mark.unsure)
    control = ""
    field = mark.control
    if field is not None:
        if mark.speaker is not None:
            label = f"{field.label}(误认的发言人)"
            inner = format_html('{} <label for="{}">{}</label>', field, field.id_for_label, label)
        else:
            inner = format_html('<label for="{}">回答人</label> {}', field.id_for_label, field)
        control = format_html(
            '<span class="mark-control{}">{}{}</span>',
            " errors" if field.errors else "",
            inner,
            field.errors,
        )
    return format_html(
        '<li class="mark-{}{}"><span class="mark-label">{}</span> {}{}</li>',
        mark.kind,
        " is-unsure" if mark.unsure else "",
        mark.label,
        unsure,
        control,
    )


def _speaker_mark(parsed, index):
    person = parsed.speakers[index]
    return review.Mark(
        "speaker",
        f"{person.name}({person.full_position or '职务未知'})",
        unsure="姓名不在原文中",
        speaker=index,
    )


def _confirm(request, context):
    """The reviewed parse, corrected, written as a draft, all or nothing; a form changed or
    gone stale since the review is reviewed again, with a message, and writes nothing."""
    text = review.canonical(request.POST.get("text", ""))
    start = ImportTextForm({"text": text})
    if not start.is_valid() or len(start.cleaned_data["sources"]) != 1:
        context.update(form=start, outcomes=[], totals="")
        return TemplateResponse(request, "admin/releases/release/import_text.html", context)
    parsed = parse_article(text)
    form = ReviewForm(text, parsed, request.POST)
    if not form.is_valid():
        if form.stale:
            return _review(request, context, text, error=STALE)
        return _review(request, context, text, form=form)
    try:
        result = writer.write(form.corrected(), writer.fingerprint(text), user=request.user)
    except Exception as error:  # written all or nothing: the editor is told, not a 500
        failed = f"创建草稿时出错,什么也没有写入({type(error).__name__}: {error})。"
        return _review(request, context, text, form=form, error=failed)
    outcome = (
        bulk.Outcome(PASTED, bulk.DUPLICATE, release_id=result.duplicate_of.pk)
        if result.duplicate_of
        else bulk.Outcome(PASTED, bulk.CREATED, result.summary(), result.release.pk, result.notes)
    )
    return _to_release(request, outcome)


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

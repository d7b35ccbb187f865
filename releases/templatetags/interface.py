"""Template tags for the site's chrome (the language switcher) and small labels of the pages."""

import re
import unicodedata

from django import template
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import Truncator, add_truncation_text, calculate_truncate_chars_length
from django.utils.translation import gettext

from releases.publishing import metadata

register = template.Library()
# The common blocks of combining marks; text holding one is left to Django's Truncator.
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
    "\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\u302a-\u302f\u3099\u309a\ufe20-\ufe2f]"
)


# A release page's numbered labels: filters rather than {% blocktranslate %}, which cost
# 30 µs each, and a page may have dozens of figures and of questions.
@register.filter
def question_label(number):
    """问N, a question's number."""
    return gettext("问%(number)s") % {"number": number}


@register.filter
def answer_label(number):
    """答问N, beside a speaker: the questions they answered."""
    return gettext("答问%(number)s") % {"number": number}


@register.filter
def see_question(number):
    """见问N, under a figure that links to its answer."""
    return gettext("见问%(number)s") % {"number": number}


@register.simple_tag(takes_context=True)
def translated_url(context, language):
    """This page in ``language`` (query string kept, unless the view names the page's
    own path as ``page_path``); that language's home page if the page has no counterpart
    (a 404, say)."""
    request = context.get("request")
    if request is not None:
        url = context.get("page_path") or request.get_full_path()
        translated = translate_url(url, language)
        if translated != url or translation.get_language() == language:
            return translated
    with translation.override(language):
        return reverse("releases:index")


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """``path`` as a full URL on the site's address (for alternates, copied and printed links)."""
    request = context.get("request")
    return metadata.absolute_url(request, path) if request is not None else path


@register.simple_tag
def content_lang(language="zh-Hans"):
    """` lang="…"` on content when its language (Chinese as entered, or a release's own:
    traditional characters, English) is not the interface's, so screen readers and fonts
    treat it right (WCAG 3.1.2, language of parts)."""
    if translation.get_language() == language.lower():
        return ""
    return format_html(' lang="{}"', language)


@register.filter(is_safe=True)
def clip(text, length):
    """``text|truncatechars:length`` without walking the whole text in Python: the same
    result for text without combining characters, which is what releases hold."""
    text = unicodedata.normalize("NFC", str(text))
    if _COMBINING.search(text):
        return Truncator(text).chars(length)
    if length <= 0:
        return ""
    if len(text) <= length:
        return text
    keep = calculate_truncate_chars_length(length, None)  # room left by "…" or "..."
    return add_truncation_text(text[:keep])


@register.filter
def headline_first(figures):
    """Headline figures first, each group in the editors' order."""
    return sorted(figures, key=lambda figure: not figure.headline)

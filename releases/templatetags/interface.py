"""Template tags for the site's chrome: the language switcher."""

from django import template
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe

from releases import metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_url(context, language):
    """This page in ``language`` (query string kept); that language's home page if the
    page has no counterpart (a 404, say)."""
    request = context.get("request")
    if request is not None:
        url = request.get_full_path()
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
def content_lang():
    """` lang="zh-Hans"` on content (entered in Chinese) when the interface is not Chinese,
    so screen readers and fonts treat it as Chinese (WCAG 3.1.2, language of parts)."""
    if translation.get_language() == "zh-hans":
        return ""
    return mark_safe(' lang="zh-Hans"')


@register.filter
def headline_first(figures):
    """Headline figures first, each group in the editors' order."""
    return sorted(figures, key=lambda figure: not figure.headline)

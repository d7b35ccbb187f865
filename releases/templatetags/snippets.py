"""Template filters for search results."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(is_safe=True)
def marked(snippet):
    """A search snippet as HTML: its parts escaped, the reader's words in <mark>."""
    return mark_safe(snippet.html())

"""JSON-LD blocks: data, not script, escaped so that no text can close the element."""

import json

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

# As django.utils.html.json_script: <, > and & never appear raw inside the element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')

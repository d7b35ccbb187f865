"""The cite panel of a release page: the citation in the page's style and its files."""

from django import template
from django.utils import translation

from releases.api import citing
from releases.publishing import citations, metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def cite(context, release, segment=None):
    """{text, style, bibtex, csl_json} of the release, or of one of its answers:
    GB/T 7714-2015 on Chinese pages, APA 7 on English ones."""
    request = context.get("request")

    def absolute(path):
        return metadata.absolute_url(request, path)

    if segment is None:
        work = citing.release_work(release, absolute)
    else:
        work = citing.segment_work(release, segment, absolute)
    paths = citing.download_paths(release, segment)
    if translation.get_language() == "en":
        text, style = citations.apa(work), "APA 7"
    else:
        text, style = citations.gb_t_7714(work, citing.cited_on()), "GB/T 7714-2015"
    return {"text": text, "style": style, **paths}

"""Citations of public releases and their answers: the data for releases/publishing/citations.py
(plain Python), the citation object of the JSON, and the BibTeX and CSL-JSON downloads."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from releases.publishing import citations


def _local_date(moment):
    return timezone.localtime(moment).date() if moment else None


def cited_on():
    """The date of citation: today in the archive's time zone. Pages that show it are
    renewed at midnight (releases/caching/freshness.py), so a cached page never shows yesterday."""
    return timezone.localdate()


def _page(release, absolute):
    """The release's address in the default language (no /en/): one address to cite,
    the same from either interface and in the JSON."""
    with translation.override(settings.LANGUAGE_CODE):
        return absolute(release.get_absolute_url())


def release_work(release, absolute):
    return citations.Work(
        key=f"pressroom-{release.pk}",
        url=_page(release, absolute),
        published=_local_date(release.published_at),
        title=release.title,
        author=release.host_office,
        office=release.host_office,
        event_date=release.event_date,
        withdrawn=_local_date(release.withdrawn_at) if release.is_withdrawn else None,
    )


def segment_work(release, segment, absolute):
    """An answer: by its answerer, titled by its question, part of the release."""
    answerer = segment.answerer.speaker.name if segment.answerer_id else ""
    return citations.Work(
        key=f"pressroom-{release.pk}-{segment.anchor}",
        url=f"{_page(release, absolute)}#{segment.anchor}",
        published=_local_date(release.published_at),
        title=segment.question,
        author=answerer or release.host_office,
        release_title=release.title,
        office=release.host_office,
        event_date=release.event_date,
        withdrawn=_local_date(release.withdrawn_at) if release.is_withdrawn else None,
    )


def download_paths(release, segment=None):
    """{"bibtex": path, "csl_json": path} of a release's or an answer's citation files."""
    if segment is None:
        args, prefix = [release.pk], "api:release_citation"
    else:
        args, prefix = [release.pk, segment.order], "api:answer_citation"
    return {
        "bibtex": reverse(f"{prefix}_bibtex", args=args),
        "csl_json": reverse(f"{prefix}_csl_json", args=args),
    }


def citation_data(work, paths, absolute, cited=None):
    """The ``citation`` object of the JSON: both styles' text and the download URLs."""
    cited = cited or cited_on()
    return {
        "gb_t_7714": citations.gb_t_7714(work, cited),
        "apa": citations.apa(work),
        "bibtex_url": absolute(paths["bibtex"]),
        "csl_json_url": absolute(paths["csl_json"]),
    }

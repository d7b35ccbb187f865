"""How many questions were asked and answered, by whom, about what and when.

A question is a segment with a question (an opening statement is not one) of a listed
release: published, due and not withdrawn (a withdrawn release leaves every count).
Every aggregate here is one query, kept in the cache per archive version
(``cached_counts``), so a statistics page costs the same whatever the archive's size.
A subject narrows the questions to one outlet (who asked), speaker or organisation (who
answered) or topic (of the release). The counts read only indexed columns (``COUNT(*)``,
not the id): see the indexes of Segment.
"""

import datetime

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from releases.listing.cache import cached_counts
from releases.models import Segment, listed_condition

KINDS = ("outlet", "speaker", "organisation", "topic")
# The segment field a subject filters on, and the (id, name) fields a ranking groups by.
_FILTER = {
    "outlet": "asker_outlet_id",
    "speaker": "answerer__speaker_id",
    "organisation": "answerer__organisation_id",
    "topic": "release__topics",
}
_GROUP = {
    "outlet": ("asker_outlet_id", "asker_outlet__name"),
    "speaker": ("answerer__speaker_id", "answerer__speaker__name"),
    "organisation": ("answerer__organisation_id", "answerer__organisation__name"),
    "topic": ("release__topics", "release__topics__name"),
}
TOP = 10
# The rankings of the whole archive that the overview shows.
OVERVIEW_RANKINGS = ("outlet", "speaker", "organisation")
# The page of a subject's statistics (an outlet's is its only page).
URL_NAMES = {
    "outlet": "releases:outlet",
    "speaker": "releases:speaker_stats",
    "organisation": "releases:organisation_stats",
    "topic": "releases:topic_stats",
}


def subject_url(kind, pk):
    return reverse(URL_NAMES[kind], args=[pk])


def questions(kind=None, pk=None):
    """The listed questions, of one subject when ``kind`` and ``pk`` are given."""
    queryset = Segment.objects.filter(listed_condition("release__")).exclude(question="")
    if kind is not None:
        queryset = queryset.filter(**{_FILTER[kind]: pk})
    return queryset.order_by()


def _key(name, kind, pk):
    return f"stats:{name}:{kind or 'all'}:{pk or ''}"


def by_month(kind=None, pk=None):
    """[(year, month, asked, answered)] of a subject (or of all questions), oldest first."""

    def compute():
        rows = (
            questions(kind, pk)
            .values_list("release__published_month")
            .annotate(asked=Count("*"), answered=Count("answerer"))
            .order_by("release__published_month")
        )
        return [(month.year, month.month, asked, answered) for month, asked, answered in rows]

    return cached_counts(_key("months", kind, pk), compute)


def subjects(kind):
    """The ids of the outlets, speakers, organisations or topics (``kind``) with a listed
    question, in id order: each has a statistics page."""

    def compute():
        field = _FILTER[kind]
        rows = questions().filter(**{f"{field}__isnull": False}).values_list(field, flat=True)
        return sorted(rows.distinct())

    return cached_counts(_key("subjects", kind, None), compute)


def top(by, kind=None, pk=None, limit=TOP):
    """[(id, name, questions)]: the outlets, speakers, organisations or topics (``by``) with
    the most questions of a subject (or of all), most first."""

    def compute():
        id_field, name_field = _GROUP[by]
        rows = (
            questions(kind, pk)
            .filter(**{f"{id_field}__isnull": False})
            .values_list(id_field, name_field)
            .annotate(n=Count("*"))
            .order_by("-n", name_field)[:limit]
        )
        return [tuple(row) for row in rows]

    return cached_counts(_key(f"top-{by}-{limit}", kind, pk), compute)


def count_overview(today=None):
    """Count what /stats/ shows (the months, the three rankings, the topics' growth), so
    that its next reader finds it cached; the archive's recount after a change calls it."""
    by_month()
    for by in OVERVIEW_RANKINGS:
        top(by)
    topics_growth(today or timezone.localdate())


def topics_growth(today, limit=TOP * 2):
    """[(topic id, name, last year, this year)]: questions per topic from January to this
    month, this year and the same months of last year; the largest growth first."""
    year, month = today.year, today.month

    def compute():
        this = Q(
            release__published_month__gte=datetime.date(year, 1, 1),
            release__published_month__lte=datetime.date(year, month, 1),
        )
        last = Q(
            release__published_month__gte=datetime.date(year - 1, 1, 1),
            release__published_month__lte=datetime.date(year - 1, month, 1),
        )
        rows = (
            questions()
            .filter(this | last)
            .values_list("release__topics", "release__topics__name", "release__published_month")
            .annotate(n=Count("*"))
        )
        topics = {}
        for topic, name, published_month, n in rows:
            if topic is None:
                continue
            entry = topics.setdefault(topic, [topic, name, 0, 0])
            entry[2 if published_month.year < year else 3] += n
        ranked = sorted(topics.values(), key=lambda t: (-(t[3] - t[2]), -t[3], t[1]))
        return [tuple(entry) for entry in ranked[:limit]]

    return cached_counts(f"stats:topics-growth:{year}-{month}:{limit}", compute)

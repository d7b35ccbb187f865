"""Filters on release lists and their facet counts, shared by the index, search and feeds.

``filter_releases(request.GET, queryset)`` reads ``year``, ``month``, ``speaker``,
``organisation``, ``channel`` and ``topic``, narrows the queryset, and counts, for each
facet, how many of the narrowed releases each value would keep. A malformed value or
an unknown id raises BadFilter (views answer 404: a link to it can only be mistyped or
stale).
"""

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from releases.listing import cache as caching
from releases.models import Appearance, Organisation, Release, Speaker, Topic
from releases.search import index

PARAMS = ("year", "month", "speaker", "organisation", "channel", "topic")
# Values listed per facet, most frequent first; the rest are reached by narrowing.
FACET_LIMIT = 20
MIN_YEAR, MAX_YEAR = 1900, 2999
MAX_ID = 10**18
_DIGITS = re.compile(r"[0-9]{1,19}")
CHANNEL_MAX_LENGTH = Release._meta.get_field("channel").max_length


@dataclass(frozen=True)
class Filters:
    year: int | None = None
    month: int | None = None
    speaker: int | None = None
    organisation: int | None = None
    channel: str = ""
    topic: int | None = None

    def params(self, **changes):
        """The query parameters, in a fixed order, with ``changes`` applied (None drops)."""
        values = {name: getattr(self, name) for name in PARAMS}
        values.update(changes)
        return {name: str(value) for name, value in values.items() if value not in (None, "")}

    def querystring(self, **changes):
        params = self.params(**changes)
        return f"?{urlencode(params)}" if params else ""

    @property
    def facet_count(self):
        """How many facets narrow the list; a year and its month are one (the date)."""
        return sum(
            1
            for value in (self.year, self.speaker, self.organisation, self.channel, self.topic)
            if value not in (None, "")
        )

    @property
    def is_empty(self):
        return not self.params()


@dataclass(frozen=True)
class Option:
    label: str
    count: int
    url: str


@dataclass(frozen=True)
class Facet:
    name: str
    title: str
    options: list[Option]


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    title: str
    label: str
    remove_url: str


@dataclass
class Filtering:
    """What filter_releases() found: the narrowed queryset and what to show about it."""

    queryset: object
    filters: Filters
    active: list[ActiveFilter] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    path: str = "/"
    total: int = 0

    @property
    def noindex(self):
        """Lists narrowed by more than one facet are left out of search engines."""
        return self.filters.facet_count > 1

    @property
    def querystring(self):
        return self.filters.querystring()

    @property
    def clear_url(self):
        return self.path

    def url(self, **changes):
        return f"{self.path}{self.filters.querystring(**changes)}"


class BadFilter(ValueError):
    """A malformed filter value, or an id that names nothing: views answer 404."""


_no_control = RegexValidator(r"[\x00-\x1f\x7f]", inverse_match=True)


class FilterForm(forms.Form):
    """Validates the list filters of a query string; unknown parameters are ignored."""

    year = forms.IntegerField(required=False, min_value=MIN_YEAR, max_value=MAX_YEAR)
    month = forms.IntegerField(required=False, min_value=1, max_value=12)
    speaker = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    organisation = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    channel = forms.CharField(
        required=False, max_length=CHANNEL_MAX_LENGTH, validators=[_no_control]
    )
    topic = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year"):
            raise forms.ValidationError("a month needs a year")
        return cleaned


def parse(params):
    """Filters from a QueryDict or dict; BadFilter for a malformed value."""
    data = {name: params.get(name, "") for name in PARAMS}
    # Digits only: the form's IntegerField would also take "1.0", " 1" or "١".
    for name in PARAMS:
        value = data[name].strip() if isinstance(data[name], str) else ""
        if name != "channel" and value and not _DIGITS.fullmatch(value):
            raise BadFilter(f"bad {name}")
        data[name] = value
    form = FilterForm(data)
    if not form.is_valid():
        raise BadFilter(form.errors.as_text())
    values = {name: value for name, value in form.cleaned_data.items() if value not in (None, "")}
    return Filters(**values)


def local_range(year, month=None):
    """The [start, end) of a local calendar year or month, as aware datetimes."""
    if month is None:
        start, end = datetime.datetime(year, 1, 1), datetime.datetime(year + 1, 1, 1)
    else:
        start = datetime.datetime(year, month, 1)
        end = datetime.datetime(year + month // 12, month % 12 + 1, 1)
    return timezone.make_aware(start), timezone.make_aware(end)


def apply(filters, queryset):
    """The releases of ``queryset`` that every filter keeps (each at most once)."""
    if filters.year:
        start, end = local_range(filters.year, filters.month)
        queryset = queryset.filter(published_at__gte=start, published_at__lt=end)
    if filters.speaker:
        # A speaker appears at most once per release (appearance_unique_speaker).
        queryset = queryset.filter(appearances__speaker_id=filters.speaker)
    if filters.organisation:
        # id + 0 keeps the database from fetching and sorting every release of the
        # organisation (thousands for a frequent one): it walks the releases newest first
        # on the index alone and tests each id against the organisation's set instead.
        queryset = queryset.alias(walked_id=F("id") + 0).filter(
            walked_id__in=Appearance.objects.filter(organisation_id=filters.organisation).values(
                "release_id"
            )
        )
    if filters.channel:
        queryset = queryset.filter(channel=filters.channel)
    if filters.topic:
        queryset = queryset.filter(topics__id=filters.topic)
    return queryset


def _names(filters):
    """The names of the speaker, organisation and topic filtered on; BadFilter if unknown."""
    names = {}
    for name, model in (("speaker", Speaker), ("organisation", Organisation), ("topic", Topic)):
        pk = getattr(filters, name)
        if pk:
            found = model.objects.filter(pk=pk).values_list("name", flat=True).first()
            if found is None:
                raise BadFilter(f"no such {name}")
            names[name] = found
    return names


def count_facets(filters, queryset):
    """Plain counts per facet value: {"date": [(value, n)], "speaker": [(id, name, n)], …}."""
    queryset = queryset.order_by().prefetch_related(None)
    ids = queryset.values("pk")
    counts = {}
    # Counted per stored local month (an indexed column, no time-zone conversion per
    # row); the months of a chosen year, or the years summed from their months.
    months = queryset.values_list("published_month").annotate(n=Count("pk"))
    dates = {}
    for month, n in months:
        value = month.month if filters.year else month.year
        dates[value] = dates.get(value, 0) + n
    counts["date"] = sorted(dates.items(), reverse=not filters.year)
    # A facet already chosen is not offered again, so it is not counted.
    if not filters.speaker:
        counts["speaker"] = [
            (row["speaker_id"], row["speaker__name"], row["n"])
            for row in Appearance.objects.filter(release__in=ids)
            .values("speaker_id", "speaker__name")
            .annotate(n=Count("release_id"))
            .order_by("-n", "speaker__name")[:FACET_LIMIT]
        ]
    if not filters.organisation:
        counts["organisation"] = [
            (row["organisation_id"], row["organisation__name"], row["n"])
            for row in Appearance.objects.filter(release__in=ids, organisation__isnull=False)
            .values("organisation_id", "organisation__name")
            .annotate(n=Count("release_id", distinct=True))
            .order_by("-n", "organisation__name")[:FACET_LIMIT]
        ]
    if not filters.channel:
        counts["channel"] = [
            (row["channel"], row["n"])
            for row in queryset.exclude(channel="")
            .values("channel")
            .annotate(n=Count("pk"))
            .order_by("-n", "channel")[:FACET_LIMIT]
        ]
    if not filters.topic:
        counts["topic"] = [
            (row["topic_id"], row["topic__name"], row["n"])
            for row in Release.topics.through.objects.filter(release__in=ids)
            .values("topic_id", "topic__name")
            .annotate(n=Count("release_id"))
            .order_by("-n", "topic__name")[:FACET_LIMIT]
        ]
    return counts


def _facets(filters, counts, path):
    def url(**changes):
        return f"{path}{filters.querystring(**changes)}"

    if filters.year:
        dates = Facet(
            "month",
            _("月份"),
            [
                Option(_("%(month)s月") % {"month": month}, n, url(month=month))
                for month, n in counts["date"]
                if month != filters.month
            ],
        )
    else:
        dates = Facet(
            "year", _("年份"), [Option(str(year), n, url(year=year)) for year, n in counts["date"]]
        )
    facets = [dates]
    titles = {
        "speaker": _("发言人"),
        "organisation": _("机构"),
        "channel": _("频道"),
        "topic": _("主题"),
    }
    for name, title in titles.items():
        if getattr(filters, name):
            continue
        if name == "channel":
            options = [Option(value, n, url(channel=value)) for value, n in counts[name]]
        else:
            options = [Option(label, n, url(**{name: pk})) for pk, label, n in counts[name]]
        facets.append(Facet(name, title, options))
    return facets


def _active(filters, names, path):
    def url(**changes):
        return f"{path}{filters.querystring(**changes)}"

    active = []
    if filters.year:
        remove = url(year=None, month=None)
        active.append(ActiveFilter("year", _("年份"), str(filters.year), remove))
    if filters.month:
        label = _("%(month)s月") % {"month": filters.month}
        active.append(ActiveFilter("month", _("月份"), label, url(month=None)))
    for name, title in (("speaker", _("发言人")), ("organisation", _("机构"))):
        if name in names:
            active.append(ActiveFilter(name, title, names[name], url(**{name: None})))
    if filters.channel:
        active.append(ActiveFilter("channel", _("频道"), filters.channel, url(channel=None)))
    if "topic" in names:
        active.append(ActiveFilter("topic", _("主题"), names["topic"], url(topic=None)))
    return active


def narrow(params, queryset):
    """(filters, names of the speaker/organisation/topic filtered on, narrowed queryset)."""
    filters = parse(params)
    return filters, _names(filters), apply(filters, queryset)


def describe(filters, names):
    """The active filters' labels in order, e.g. ["2023", "5月", "李瑞玲"]."""
    return [active.label for active in _active(filters, names, "")]


def search_within(query, params):
    """[(pk, score)]: the window of newest published matches of a parsed search ``query``.

    The filters in ``params`` narrow the candidates before the window is taken, so that a
    filtered search for a common word still reaches older releases. BadFilter as parse().
    """
    filters = parse(params)
    within = None if filters.is_empty else apply(filters, Release.objects.listed())
    return index.window(query, settings.SEARCH_WINDOW, within)


def filter_releases(params, queryset, *, path="/", cache_key="listed"):
    """Narrow ``queryset`` by the filters in ``params`` and count the facets.

    ``queryset`` is a Release queryset (usually ``Release.objects.listed()``).
    ``cache_key`` names that queryset for the facet-count cache (for a search, e.g.
    ``"search:" + normalised query``); None computes the counts every time.
    ``path`` is where facet links point. Raises BadFilter for a malformed value or an
    unknown speaker, organisation or topic.
    """
    filters, names, narrowed = narrow(params, queryset)
    if cache_key is None:
        counts = count_facets(filters, narrowed)
    else:
        key = f"facets:{cache_key}:{urlencode(filters.params())}"
        counts = caching.cached_counts(key, lambda: count_facets(filters, narrowed))
    return Filtering(
        queryset=narrowed,
        filters=filters,
        active=_active(filters, names, path),
        facets=_facets(filters, counts, path),
        path=path,
        # Every release falls in one year (or month): the date facet sums to the total.
        total=sum(n for _, n in counts["date"]),
    )

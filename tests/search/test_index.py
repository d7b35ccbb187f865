"""The search window: the newest matches among the allowed releases, whichever way the
database finds them (newest first for common words, the index for rare ones)."""

import datetime

import pytest
from django.utils import timezone

from releases.models import Release
from releases.search import index
from releases.search.tokens import parse_query

COUNT = 400


@pytest.fixture
def indexed(db):
    """COUNT releases whose documents hold words at known rates, newest = highest id."""
    now = timezone.now()
    releases = Release.objects.bulk_create(
        Release(
            title=f"发布会 {n}",
            status=Release.Status.PUBLISHED,
            published_at=now - datetime.timedelta(days=COUNT - n),
        )
        for n in range(COUNT)
    )
    rows = []
    for n, release in enumerate(releases):
        words = ["everywhere"]
        if n % 10 < 7:
            words.append("often")  # 70 %: newest first, then a second, larger step
        if n % 2:
            words.append("half")  # 50 %: below the rate, the index takes over
        if n % 37 == 0:
            words.append("seldom")
        rows.append((release.pk, {"title": "", "head": " ".join(words), "body": ""}))
    index.write(rows)
    return [release.pk for release in releases]


def expected(ids, keep, size):
    return sorted((pk for n, pk in enumerate(ids) if keep(n)), reverse=True)[:size]


# Words of the indexed releases, and which releases (by position) each is in.
WORD_RATES = [
    ("everywhere", lambda n: True),
    ("often", lambda n: n % 10 < 7),
    ("half", lambda n: n % 2),
    ("seldom", lambda n: n % 37 == 0),
]


@pytest.mark.parametrize(("word", "keep"), [*WORD_RATES, ("nowhere", lambda n: False)])
@pytest.mark.parametrize("size", [5, 150, 1000])
def test_window_is_the_newest_matches_whatever_the_word_rate(indexed, word, keep, size):
    window = index.window(parse_query(word), size)

    assert sorted((pk for pk, _ in window), reverse=True) == expected(indexed, keep, size)


@pytest.mark.parametrize(("word", "keep"), WORD_RATES)
@pytest.mark.parametrize("size", [5, 60, 1000])
def test_window_keeps_only_the_allowed_releases(indexed, word, keep, size):
    allowed = set(indexed[::3]) | set(indexed[-50:])
    within = Release.objects.filter(pk__in=allowed)

    window = index.window(parse_query(word), size, within)

    wanted = expected(indexed, lambda n: keep(n) and indexed[n] in allowed, size)
    assert sorted((pk for pk, _ in window), reverse=True) == wanted


@pytest.mark.parametrize(("word", "keep"), WORD_RATES)
@pytest.mark.parametrize("band", [(100, 180), (0, 1), (399, 400)])
def test_window_of_a_band_of_releases_is_its_newest_matches(indexed, word, keep, band):
    """A filter such as a year allows releases entered close together (or none)."""
    allowed = set(indexed[band[0] : band[1]])
    within = Release.objects.filter(pk__in=allowed)

    window = index.window(parse_query(word), 30, within)

    wanted = expected(indexed, lambda n: keep(n) and indexed[n] in allowed, 30)
    assert sorted((pk for pk, _ in window), reverse=True) == wanted


def test_window_is_empty_when_no_release_is_allowed(indexed):
    within = Release.objects.filter(pk__gt=indexed[-1])

    assert index.window(parse_query("everywhere"), 30, within) == []

import datetime
import itertools
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone, translation

from releases.models import Appearance, Figure, Organisation, Release, Segment, Speaker

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _empty_cache(request, settings):
    """Cached pages and counts must not leak from one test's data into the next. Tests
    that pin query counts measure the render, so the page cache is off for them (its
    own tests are in tests/test_pagecache.py)."""
    cache.clear()
    if {"django_assert_num_queries", "django_assert_max_num_queries"} & set(request.fixturenames):
        settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _chinese_interface():
    """A request to /en/… leaves English active in the test's thread; start in Chinese."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def reference_release(db):
    call_command("loaddata", "fixtures/reference_release.json", verbosity=0)
    return Release.objects.get(pk=1)


def make_release(**kwargs):
    """A published release, due an hour ago unless told otherwise."""
    n = next(_counter)
    values = {
        "title": f"发布会 {n}",
        "lead": f"导语 {n}",
        "status": Release.Status.PUBLISHED,
        "published_at": timezone.now() - datetime.timedelta(hours=1),
    }
    values.update(kwargs)
    return Release.objects.create(**values)


def add_speaker(release, name, position="", organisation=None, order=None, role="speaker"):
    speaker, _ = Speaker.objects.get_or_create(name=name)
    org = Organisation.objects.get_or_create(name=organisation)[0] if organisation else None
    if order is None:
        order = release.appearances.count() + 1
    return Appearance.objects.create(
        release=release,
        speaker=speaker,
        position=position,
        organisation=org,
        order=order,
        role=role,
    )


def add_segments(release, count, answerer=None):
    segments = [
        Segment(
            release=release,
            order=i,
            question=f"问题 {i}?",
            answerer=answerer,
            answer=f"★小标题 {i}\n\n回答 {i}",
        )
        for i in range(1, count + 1)
    ]
    Segment.objects.bulk_create(segments)
    return list(release.segments.order_by("order"))


def add_figures(release, segments):
    Figure.objects.bulk_create(
        Figure(
            release=release,
            segment=segment,
            order=i,
            value=Decimal(i),
            unit="个",
            label=f"数据 {i}",
            text=f"{i}个",
        )
        for i, segment in enumerate(segments, 1)
    )


def pytest_sessionfinish(session):
    """The run's own cache folder (tests/settings.py) goes with the run."""
    import shutil

    location = settings.CACHES["default"].get("LOCATION", "")
    if settings.CACHES["default"]["BACKEND"].endswith(
        "FileBasedCache"
    ) and "pressroom-cache-" in str(location):
        shutil.rmtree(location, ignore_errors=True)

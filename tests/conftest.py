import datetime
import importlib
import io
import itertools
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone, translation

from releases.models import Appearance, Figure, Organisation, Release, Segment, Speaker

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _empty_cache(request, settings):
    """Cached pages and counts must not leak from one test's data into the next. Tests
    that pin query counts measure the render, so the page cache and the pages kept
    whole are off for them (their own tests are in tests/test_pagecache.py)."""
    cache.clear()
    if {"django_assert_num_queries", "django_assert_max_num_queries"} & set(request.fixturenames):
        settings.PAGE_CACHE_SECONDS = 0
        settings.FRAGMENT_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _chinese_interface():
    """A request to /en/… leaves English active in the test's thread; start in Chinese."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def reference_release(db):
    call_command("loaddata", "fixtures/reference_release.json", verbosity=0)
    return Release.objects.get(pk=1)


def at(year, month, day=15, hour=12):
    """A moment in local time (Beijing), noon unless told."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


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


def editors_group():
    """The editors group as the migrations made it (0003, with notices from 0013 and
    outlets from 0014). Tests that commit for real (the live server, recounts, backups)
    flush the database afterwards, and the group with it."""
    migration = importlib.import_module("releases.migrations.0003_editors_group")
    models = [*migration.EDITOR_MODELS, "notice", "outlet", "outletalias"]
    group, _ = Group.objects.get_or_create(name="editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="releases",
            codename__regex=rf"^(add|change|delete|view)_({'|'.join(models)})$",
        )
    )
    return group


@pytest.fixture
def login_editor(db, monkeypatch):
    """login_editor(client, name) -> the client, logged in as a new account in the editors group."""
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "press-room-2023!")
    editors_group()

    def login(client, name="xiaoxu"):
        call_command("create_editor", name, stdout=io.StringIO())
        # django-axes throttles logins by address, so authenticate() needs the request.
        request = RequestFactory().post("/admin/login/")
        assert client.login(request=request, username=name, password="press-room-2023!")
        return client

    return login


@pytest.fixture
def editor_client(client, login_editor):
    """The test client, logged in as the editor xiaoxu."""
    return login_editor(client)


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def release_with_parts():
    """A release with times to the microsecond and multi-line texts, and one of each part."""
    release = make_release(
        lead="第一段导语。\n\n第二段导语。",
        published_at=datetime.datetime(2024, 3, 1, 10, 15, 42, 123456, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2024, 3, 2, 8, 0, 7, 654321, tzinfo=datetime.UTC),
    )
    appearance = add_speaker(release, "王建国", position="局长", organisation="市住建局")
    segment = Segment.objects.create(
        release=release,
        order=1,
        question="今年有哪些安排?\n请具体说说。",
        asker="大众日报记者",
        answerer=appearance,
        answer="★改造提速\n\n今年计划改造老旧小区120个。",
    )
    Figure.objects.create(
        release=release,
        segment=segment,
        order=1,
        value=Decimal("120"),
        unit="个",
        label="改造老旧小区",
        text="120个",
    )
    release.credits.create(role="文", name="李记者", order=1)
    release.change_notes.create(
        text="更正了发言人职务。",
        noted_at=datetime.datetime(2024, 3, 2, 8, 0, 7, 654321, tzinfo=datetime.UTC),
    )
    return release


def pytest_sessionfinish(session):
    """The run's own cache folder (tests/settings.py) goes with the run."""
    import shutil

    location = settings.CACHES["default"].get("LOCATION", "")
    if "pressroom-cache-" in str(location):
        shutil.rmtree(location, ignore_errors=True)

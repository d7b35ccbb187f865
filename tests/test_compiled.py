"""Queries compiled once (releases/compiled.py): the release page's parts, read with SQL the
ORM built on the first request, are what the ORM itself finds, request after request."""

import pytest
from django.db import connection
from django.db.models import prefetch_related_objects
from django.test.utils import CaptureQueriesContext

from releases.compiled import CompiledQuery
from releases.models import Release, Segment, detail_parts, load_detail_parts
from tests.conftest import add_segments, add_speaker, make_release, release_with_parts

pytestmark = pytest.mark.django_db

PARTS = ("appearances", "segments", "figures", "photos", "credits", "change_notes", "topics")


def shown(release):
    """What the page reads of each part, through the related managers."""
    out = {}
    for name in PARTS:
        out[name] = [
            (obj.pk, *(getattr(obj, f.attname) for f in obj._meta.concrete_fields))
            for obj in getattr(release, name).all()
        ]
    out["answerers"] = [
        (s.answerer.speaker.name, s.answerer.organisation.name if s.answerer.organisation else "")
        for s in release.segments.all()
        if s.answerer
    ]
    out["figure segments"] = [f.segment.order if f.segment else None for f in release.figures.all()]
    return out


def test_a_release_s_parts_are_what_the_orm_prefetches_for_each_release():
    first = release_with_parts()
    second = make_release(title="第二场")
    add_speaker(second, "李瑞玲", "处长", "市住房和城乡建设局")
    add_segments(second, 3)
    for release in (first, second, first):  # compiled on the first, run again after
        expected = Release.objects.get(pk=release.pk)
        prefetch_related_objects([expected], *detail_parts())
        loaded = Release.objects.get(pk=release.pk)
        load_detail_parts(loaded)
        assert shown(loaded) == shown(expected)
        assert shown(loaded)["segments"]  # the comparison compared something


def test_the_parts_cost_a_fixed_number_of_queries_and_nothing_more_when_read():
    release = release_with_parts()
    loaded = Release.objects.get(pk=release.pk)
    with CaptureQueriesContext(connection) as queries:
        load_detail_parts(loaded)
        shown(loaded)
        for segment in loaded.segments.all():
            assert segment.release is loaded  # no query back to the release
    assert len(queries) == 7  # one per part; photos' renditions only when there are photos


def test_a_query_with_any_other_parameter_is_refused():
    # A time among the parameters would be frozen at the first request's.
    published = CompiledQuery(lambda pk: Release.objects.published().filter(pk=pk))
    with pytest.raises(ValueError, match="only parameter"):
        published(1)


def test_an_unknown_value_finds_nothing():
    by_release = CompiledQuery(lambda pk: Segment.objects.filter(release_id=pk))
    assert by_release(10**9) == []

"""The counts of a small archive with known numbers (see conftest.archive)."""

import datetime

import pytest

from releases.models import Organisation, Outlet
from releases.stats import counts

pytestmark = pytest.mark.django_db


def test_all_questions_by_month_leave_out_openings_and_drafts(archive):
    assert counts.by_month() == [(2023, 5, 3, 3), (2024, 3, 5, 4)]


def test_outlets_asking_most(archive):
    assert [(name, n) for _, name, n in counts.top("outlet")] == [
        ("大众日报", 4),
        ("Reuters", 2),
        ("新华社", 1),
    ]


def test_speakers_and_organisations_answering_most(archive):
    assert [(name, n) for _, name, n in counts.top("speaker")] == [("李瑞玲", 4), ("王芳", 3)]
    assert [(name, n) for _, name, n in counts.top("organisation")] == [
        ("市住房和城乡建设局", 4),
        ("市教育局", 3),
    ]


def test_one_outlet_by_month_and_who_answered_it(archive):
    dazhong = Outlet.objects.get(name="大众日报").pk
    assert counts.by_month("outlet", dazhong) == [(2023, 5, 2, 2), (2024, 3, 2, 2)]
    assert [(name, n) for _, name, n in counts.top("speaker", "outlet", dazhong)] == [
        ("李瑞玲", 3),
        ("王芳", 1),
    ]


def test_which_outlets_ask_an_organisation(archive):
    education = Organisation.objects.get(name="市教育局").pk
    assert [(name, n) for _, name, n in counts.top("outlet", "organisation", education)] == [
        ("Reuters", 1),
        ("大众日报", 1),
    ]


def test_how_often_a_spokesperson_answered(archive):
    assert counts.by_month("speaker", archive["wang"].pk) == [(2024, 3, 3, 3)]


def test_topic_counts_the_questions_of_its_releases(archive):
    housing = archive["housing"].pk
    assert counts.by_month("topic", housing) == [(2023, 5, 3, 3), (2024, 3, 3, 3)]
    assert [(name, n) for _, name, n in counts.top("topic")] == [("住房", 6), ("教育", 2)]


def test_topics_growth_compares_the_same_months_of_last_year(archive):
    # January to June: 住房 3 then 3, 教育 none then 2.
    assert [row[1:] for row in counts.topics_growth(datetime.date(2024, 6, 1))] == [
        ("教育", 0, 2),
        ("住房", 3, 3),
    ]
    # January to April: the May 2023 questions are not the same months.
    assert [row[1:] for row in counts.topics_growth(datetime.date(2024, 4, 1))] == [
        ("住房", 0, 3),
        ("教育", 0, 2),
    ]


def test_a_withdrawn_release_leaves_the_counts(archive):
    from releases.models import Release

    third = Release.objects.get(title="第三场")
    third.status, third.withdrawal_reason = Release.Status.WITHDRAWN, "发布有误"
    third.withdrawn_at = third.published_at
    third.save()
    assert counts.by_month() == [(2023, 5, 3, 3), (2024, 3, 3, 3)]
    assert ("新华社", 1) not in [(name, n) for _, name, n in counts.top("outlet")]

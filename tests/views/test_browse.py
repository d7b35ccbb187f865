"""Speaker, organisation and topic pages."""

import pytest
from django.conf import settings
from django.utils import translation

from releases.models import Release, Topic
from tests.conftest import add_speaker, make_release

pytestmark = pytest.mark.django_db


def test_speaker_page_lists_appearances_newest_first_with_positions(client, career):
    response = client.get(f"/speakers/{career.pk}/")
    html = response.content.decode()
    assert [a.release.title for a in response.context["appearances"]] == [
        "第三场",
        "第二场",
        "第一场",
    ]
    assert html.index("副局长") < html.index("处长") < html.index("副处长")
    assert "草稿场" not in html and "局长</span>" not in html.replace("副局长</span>", "")
    assert "主持人" in html


def test_speaker_page_links_organisations_and_feeds(client, career):
    html = client.get(f"/speakers/{career.pk}/").content.decode()
    organisation = career.appearances.filter(organisation__name="市教育局").first().organisation
    assert f'href="/organisations/{organisation.pk}/"' in html
    assert (
        'type="application/atom+xml" title="Pressroom · 李瑞玲 (Atom)" '
        f'href="/feeds/atom/?speaker={career.pk}"' in html
    )
    assert f'<link rel="canonical" href="http://testserver/speakers/{career.pk}/">' in html


def test_speaker_of_drafts_only_is_404(client):
    draft = make_release(status=Release.Status.DRAFT)
    appearance = add_speaker(draft, "未公开")
    assert client.get(f"/speakers/{appearance.speaker_id}/").status_code == 404


@pytest.mark.parametrize("url", ["/speakers/999/", "/speakers/abc/", "/speakers/" + "9" * 30 + "/"])
def test_unknown_speaker_is_404(client, career, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99", "1" * 30])
def test_speaker_page_bad_page_is_404(client, career, page):
    assert client.get(f"/speakers/{career.pk}/?page={page}").status_code == 404


def test_speaker_page_query_count_is_constant(client, career, django_assert_num_queries):
    # The speaker, the count, the page of appearances with their releases and organisations.
    with django_assert_num_queries(3):
        client.get(f"/speakers/{career.pk}/")
    for i in range(40):
        add_speaker(make_release(), "李瑞玲", f"职务{i}", f"机构{i}")
    with django_assert_num_queries(3):
        client.get(f"/speakers/{career.pk}/?page=2")


def test_organisation_page_lists_its_releases_and_speakers(client, career):
    housing = career.appearances.filter(organisation__name="市住房和城乡建设局").first()
    response = client.get(f"/organisations/{housing.organisation_id}/")
    html = response.content.decode()
    assert [r.title for r in response.context["releases"]] == ["第二场", "第一场"]
    assert "<h1" in html and "市住房和城乡建设局</h1>" in html
    assert f'href="/?speaker={career.pk}&amp;organisation={housing.organisation_id}"' in html
    assert f'href="/feeds/rss/?organisation={housing.organisation_id}"' in html


def test_organisation_page_query_count_is_constant(client, career, django_assert_num_queries):
    org = career.appearances.first().organisation_id
    # The organisation, page, appearances; cold facet counts: years, speakers, channels,
    # topics (the total comes from the year counts).
    with django_assert_num_queries(3 + 4):
        client.get(f"/organisations/{org}/")
    with django_assert_num_queries(3):
        client.get(f"/organisations/{org}/")
    for i in range(30):
        add_speaker(make_release(), f"人{i}", "主任", "市住房和城乡建设局")
    with django_assert_num_queries(3 + 4):
        client.get(f"/organisations/{org}/")


def test_unknown_organisation_is_404(client):
    assert client.get("/organisations/12345/").status_code == 404


def test_topic_page_lists_its_releases(client, career):
    topic = Topic.objects.create(name="口袋公园")
    for release in Release.objects.filter(title__in=["第一场", "第三场", "草稿场"]):
        release.topics.add(topic)
    response = client.get(f"/topics/{topic.pk}/")
    assert [r.title for r in response.context["releases"]] == ["第三场", "第一场"]
    assert "口袋公园</h1>" in response.content.decode()


def test_topic_without_public_release_is_404(client):
    topic = Topic.objects.create(name="空")
    make_release(status=Release.Status.DRAFT).topics.add(topic)
    assert client.get(f"/topics/{topic.pk}/").status_code == 404


def test_detail_links_speakers_and_topics(client, reference_release):
    topic = Topic.objects.create(name="精致城市")
    reference_release.topics.add(topic)
    html = client.get(reference_release.get_absolute_url()).content.decode()
    for appearance in reference_release.appearances.all():
        assert f'href="/speakers/{appearance.speaker_id}/"' in html
    assert f'href="/topics/{topic.pk}/"' in html


def test_pages_refuse_post(client, career):
    for url in (f"/speakers/{career.pk}/", "/archive/", "/archive/2023/"):
        assert client.post(url).status_code == 405


def test_pages_answer_head(client, career):
    for url in (f"/speakers/{career.pk}/", "/archive/", "/archive/2023/05/", "/feeds/rss/"):
        assert client.head(url).status_code == 200


def test_pages_exist_in_english(client, career):
    try:
        response = client.get(f"/en/speakers/{career.pk}/")
        assert response.status_code == 200
        assert 'href="/en/feeds/atom/?speaker=' in response.content.decode()
        assert client.get("/en/archive/2023/").status_code == 200
    finally:
        translation.activate(settings.LANGUAGE_CODE)  # the request left English active

"""Researchers: every answer has a permanent link and a cite panel (GB/T 7714-2015 on Chinese
pages, APA on English ones), with BibTeX and CSL-JSON files; the JSON carries the same."""

import datetime
import json

import pytest
from django.utils import timezone

from releases.caching import freshness
from releases.models import Release

pytestmark = pytest.mark.django_db

DETAIL = "/releases/2023/1/"
PAGE = f"http://testserver{DETAIL}"


def today():
    return timezone.localdate().isoformat()


def test_each_answer_has_its_permanent_link_and_cite_panel(client, reference_release):
    html = client.get(DETAIL).content.decode()
    for segment in reference_release.segments.all():
        anchor = segment.anchor
        assert f'<section class="segment" id="{anchor}"' in html
        assert f'<a class="segment__permalink" href="#{anchor}"' in html
        assert f'<details class="cite" id="cite-{anchor}">' in html
        assert f'href="/api/releases/1/{anchor}/citation.bib" download' in html
        assert f'href="/api/releases/1/{anchor}/citation.json" download' in html
    assert '<details class="cite" id="cite-release">' in html


def test_chinese_page_cites_in_gb_t_7714(client, reference_release):
    html = client.get(DETAIL).content.decode()
    segment = reference_release.segments.get(order=2)
    name = segment.answerer.speaker.name
    assert f"{name}. {segment.question[:10]}" in html  # titled by its question
    assert f"[EB/OL]//市政府新闻办. 精致城市论坛6月12日举办. (2023-05-31)[{today()}]. " in html
    assert f"{PAGE}#q2." in html
    assert f"市政府新闻办. 精致城市论坛6月12日举办[EB/OL]. (2023-05-31)[{today()}]. {PAGE}." in html
    assert "GB/T 7714-2015" in html


def test_english_page_cites_in_apa_with_the_same_address(client, reference_release):
    html = client.get("/en" + DETAIL).content.decode()
    assert (
        "市政府新闻办. (2023, May 31). 精致城市论坛6月12日举办 [Press conference transcript]. "
        f"Pressroom. {PAGE}</pre>"
    ) in html
    assert "[Answer at the press conference “精致城市论坛6月12日举办”, 市政府新闻办]" in html
    assert "Cite this answer" in html and "APA 7" in html


def test_cite_panel_reads_without_javascript(client, reference_release):
    html = client.get(DETAIL).content.decode()
    panel = html[html.index('id="cite-q1"') :]
    panel = panel[: panel.index("</details>")]
    assert '<pre class="cite__text" id="cite-q1-text">' in panel
    assert '<button type="button" class="copy-cite" data-target="cite-q1-text"' in panel
    assert " hidden>" in panel  # the script shows the button; the text needs none


def test_answer_bibtex_download(client, reference_release):
    response = client.get("/api/releases/1/q2/citation.bib")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="pressroom-1-q2.bib"'
    entry = response.content.decode()
    assert entry.startswith("@misc{pressroom-1-q2,\n")
    assert f"  url = {{{PAGE}#q2}},\n" in entry
    assert f"  urldate = {{{today()}}},\n" in entry


def test_release_csl_json_download(client, reference_release):
    response = client.get("/api/releases/1/citation.json")
    assert response.status_code == 200
    assert response["Content-Type"] == ("application/vnd.citationstyles.csl+json; charset=utf-8")
    assert response["Content-Disposition"] == 'attachment; filename="pressroom-1.json"'
    [item] = json.loads(response.content)
    assert item["id"] == "pressroom-1" and item["title"] == "精致城市论坛6月12日举办"
    assert item["URL"] == PAGE and item["issued"] == {"date-parts": [[2023, 5, 31]]}


def test_downloads_answer_get_and_head_only(client, reference_release):
    for url in ["/api/releases/1/citation.bib", "/api/releases/1/q1/citation.json"]:
        assert client.head(url).status_code == 200
        assert client.post(url).status_code == 405


def test_downloads_of_unknown_answers_and_drafts_are_404(client, reference_release):
    assert client.get("/api/releases/1/q99/citation.bib").status_code == 404
    Release.objects.filter(pk=1).update(status=Release.Status.DRAFT)
    freshness.bump()
    assert client.get("/api/releases/1/citation.bib").status_code == 404


def test_json_has_a_citation_per_segment_and_for_the_release(client, reference_release):
    data = client.get("/api/releases/1/").json()
    assert data["citation"]["gb_t_7714"].endswith(f"{PAGE}.")
    assert data["citation"]["bibtex_url"] == "http://testserver/api/releases/1/citation.bib"
    for segment in data["segments"]:
        citation = segment["citation"]
        assert set(citation) == {"gb_t_7714", "apa", "bibtex_url", "csl_json_url"}
        assert citation["gb_t_7714"].endswith(f"{segment['url']}.")
        assert citation["apa"].endswith(segment["url"])
        assert citation["csl_json_url"].endswith(f"/{segment['anchor']}/citation.json")


def test_citation_date_is_renewed_at_midnight_on_cached_pages(
    client, reference_release, monkeypatch
):
    assert f"[{today()}]" in client.get(DETAIL).content.decode()
    assert freshness.current().next_due == freshness.next_midnight().timestamp()
    tomorrow = freshness.next_midnight() + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)
    html = client.get(DETAIL).content.decode()
    assert f"[{tomorrow.astimezone(timezone.get_current_timezone()).date()}]" in html


def test_cite_panels_add_no_query(client, reference_release, django_assert_num_queries):
    from tests.views.test_pages import DETAIL_QUERIES

    with django_assert_num_queries(DETAIL_QUERIES):
        client.get(DETAIL)

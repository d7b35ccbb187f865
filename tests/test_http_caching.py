"""Operators: public pages can be kept by a CDN; editors' views never are."""

import pytest

from releases.models import Release
from tests.conftest import make_release

pytestmark = pytest.mark.django_db


def test_public_pages_may_be_cached_by_a_cdn(client, reference_release, settings):
    for url in ["/", "/releases/2023/1/"]:
        response = client.get(url)
        assert response["Cache-Control"] == f"public, max-age={settings.PUBLIC_CACHE_SECONDS}"
        assert response.has_header("ETag")


def test_repeat_request_with_etag_gets_not_modified(client, reference_release):
    etag = client.get("/releases/2023/1/")["ETag"]
    response = client.get("/releases/2023/1/", headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""


def test_not_found_pages_are_not_cached(client):
    draft = make_release(status=Release.Status.DRAFT, published_at=None)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "public" not in response.get("Cache-Control", "")


def test_signed_in_editors_get_private_pages(admin_client, reference_release):
    for url in ["/", "/releases/2023/1/"]:
        cache_control = admin_client.get(url)["Cache-Control"]
        assert "private" in cache_control and "public" not in cache_control
    assert "public" not in admin_client.get("/admin/").get("Cache-Control", "")


def test_anonymous_release_page_does_not_vary_on_cookies(client, reference_release):
    response = client.get("/releases/2023/1/")
    assert "Cookie" not in response.get("Vary", "")

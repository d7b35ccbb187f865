"""Bad input gets the site's 400/403/404/405 page, a database outage the 503 maintenance
page, and none of them can fail on the input that caused them."""

import socket
from contextlib import contextmanager

import pytest
from django.db import connections
from django.test import Client
from django.urls import path

from tests.conftest import make_release

pytestmark = pytest.mark.django_db

BAD_HOSTS = [
    "evil.example.com",
    "",
    "pressroom\x01.example.org",
    "a" * 5000,
    "bücher.example",
    "xn--bcher-kva.example",
    "localhost\r\nX-Injected: 1",
    "[::1",
    "127.0.0.1:80:80",
]


def assert_designed_page(response, title):
    content = response.content.decode()
    assert 'class="site-header"' in content
    assert 'class="error-page"' in content
    assert title in content


@pytest.mark.parametrize("host", BAD_HOSTS, ids=lambda host: repr(host[:24]))
@pytest.mark.parametrize(
    "path", ["/", "/releases/2023/1/", "/feeds/atom/", "/sitemap.xml", "/admin/"]
)
def test_bad_host_gets_the_400_page_not_a_500(host, path):
    response = Client(raise_request_exception=False).get(path, HTTP_HOST=host)
    assert response.status_code == 400
    assert_designed_page(response, "请求有误")


def test_bad_host_on_english_page_gets_the_400_page_in_english():
    response = Client(raise_request_exception=False).get("/en/archive/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert_designed_page(response, "Bad request")


def test_allowed_host_still_gets_its_page(client):
    release = make_release(title="主机名正常")
    response = client.get(release.get_absolute_url(), HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "http://localhost/releases/" in response.content.decode()  # the printed address


def test_404_page_is_designed_and_not_indexed(client):
    response = client.get("/releases/2023/999999/")
    assert response.status_code == 404
    assert_designed_page(response, "页面不存在")
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_post_to_public_page_gets_the_405_page_with_allow(client):
    response = client.post("/archive/", {"q": "x"})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert_designed_page(response, "不支持的请求方式")


def test_post_to_open_data_gets_a_json_405(client):
    response = client.post("/api/releases/")
    assert response.status_code == 405
    assert response.json() == {"error": "method not allowed"}


def test_admin_login_without_csrf_token_gets_the_designed_403():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert_designed_page(response, "表单已过期")


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def database_unreachable(tmp_path):
    """The default connection really fails to connect: SQLite is pointed at a file in a
    missing folder, PostgreSQL at a closed port. The test's own connection (and its
    transaction) is put back afterwards."""
    connection = connections["default"]
    saved_settings = dict(connection.settings_dict)
    state = dict(vars(connection))
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = str(tmp_path / "missing" / "db.sqlite3")
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    try:
        yield
    finally:
        if connection.connection is not None:
            connection.connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved_settings)
        vars(connection).clear()
        vars(connection).update(state)


def test_database_outage_gets_the_503_maintenance_page(tmp_path):
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert_designed_page(response, "暂停服务维护中")


def test_database_outage_on_english_release_page_is_503_in_english(tmp_path):
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        response = client.get("/en/releases/2023/1/")
    assert response.status_code == 503
    assert_designed_page(response, "Down for maintenance")


def test_site_answers_again_once_the_database_is_back(tmp_path):
    release = make_release(title="恢复之后")
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        assert client.get(release.get_absolute_url()).status_code == 503
    response = client.get(release.get_absolute_url())
    assert response.status_code == 200
    assert "恢复之后" in response.content.decode()


def broken(request):
    raise ValueError("a bug, not an outage")


urlpatterns = [path("broken/", broken)]
handler500 = "releases.http.errors.server_error"


@pytest.mark.urls("tests.http.test_errors")
def test_other_server_errors_are_still_500():
    """Only the database being unreachable is a 503; a bug stays a 500 that gets noticed."""
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "Retry-After" not in response

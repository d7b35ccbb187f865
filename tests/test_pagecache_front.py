"""Operators: warm pages and 304s are answered by the WSGI application gunicorn runs
(pressroom/wsgi.py) before Django handles the request, with the same bytes and headers as
a render, and never when the answer could differ from Django's."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from pressroom.wsgi import application
from releases.models import Release

pytestmark = pytest.mark.django_db

DETAIL = "/releases/2023/1/"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = "https://pressroom.example"


@pytest.fixture(autouse=True)
def _keep_the_tests_connection():
    """As Django's test client does: the request must not close the connection that holds
    the test's transaction (PostgreSQL)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def environ_for(path, method, headers, secure=False):
    """What gunicorn hands the application (a client always sends Host)."""
    headers = {"Host": "testserver", **headers}
    return RequestFactory().generic(method, path, headers=headers, secure=secure).environ


def call(path, method="GET", **headers):
    """One request through the WSGI application: (status, headers, body)."""
    environ = environ_for(path, method, headers)
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen["status"], seen["headers"] = status, dict(response_headers)

    body = b"".join(application(environ, start_response))
    return seen["status"], seen["headers"], body


def answered_by_front(path, method="GET", secure=False, **headers):
    return application.answer(environ_for(path, method, headers, secure))


def test_a_warm_page_is_the_same_bytes_and_headers_without_django(reference_release):
    status, headers, body = call(DETAIL)
    assert status == "200 OK"
    assert answered_by_front(DETAIL) is not None
    again_status, again_headers, again_body = call(DETAIL)
    assert (again_status, again_body) == (status, body)
    headers.pop("Date", None)
    assert again_headers == headers
    # The headers the security middleware adds are kept with the page.
    assert again_headers["X-Content-Type-Options"] == "nosniff"
    assert "Cookie" not in again_headers.get("Vary", "")


def test_conditional_requests_and_head(reference_release):
    _, headers, body = call(DETAIL)
    status, not_modified, empty = call(DETAIL, If_None_Match=headers["ETag"])
    assert (status, empty) == ("304 Not Modified", b"")
    assert not_modified["ETag"] == headers["ETag"]
    status, _, _ = call(DETAIL, If_Modified_Since=headers["Last-Modified"])
    assert status == "304 Not Modified"
    status, _, again = call(DETAIL, If_None_Match='"something-else"')
    assert (status, again) == ("200 OK", body)
    status, head_headers, nothing = call(DETAIL, method="HEAD")
    assert (status, nothing) == ("200 OK", b"")
    assert head_headers["Content-Length"] == str(len(body))


def test_an_editors_save_is_seen_at_the_next_request(reference_release):
    call(DETAIL)
    release = Release.objects.get(pk=1)
    release.title = "威海市综合管廊建设新闻发布会(更正)"
    release.save()
    assert answered_by_front(DETAIL) is None
    _, _, body = call(DETAIL)
    assert "(更正)" in body.decode()
    assert answered_by_front(DETAIL) is not None


def test_what_the_front_leaves_to_django(reference_release, settings):
    call(DETAIL)
    assert answered_by_front(DETAIL) is not None
    # A host not allowed gets Django's 400 page, never the stored page.
    status, _, body = call(DETAIL, Host="evil.example")
    assert status.startswith("400") and "管廊" not in body.decode()
    # Editors (a session cookie) and writes go through Django.
    assert answered_by_front(DETAIL, Cookie=f"{settings.SESSION_COOKIE_NAME}=abc") is None
    status, _, _ = call(DETAIL, method="POST")
    assert status.startswith("405")
    # Plain HTTP where HTTPS is required is left to the security middleware's redirect.
    settings.SECURE_SSL_REDIRECT = True
    assert answered_by_front(DETAIL) is None
    assert answered_by_front(DETAIL, secure=True) is not None
    # Without a configured site URL, pages depend on the host: Django decides.
    settings.SECURE_SSL_REDIRECT = False
    settings.SITE_URL = ""
    assert answered_by_front(DETAIL) is None

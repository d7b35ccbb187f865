"""Admin logins are throttled per account and address (django-axes), with a clear page."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import RequestFactory

from releases.http.clientip import client_ip

pytestmark = pytest.mark.django_db

PASSWORD = "press-room-2023!"


@pytest.fixture
def editor(monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", PASSWORD)
    call_command("create_editor", "xiaoxu", stdout=io.StringIO())
    return User.objects.get(username="xiaoxu")


def log_in(client, password, **extra):
    return client.post(
        "/admin/login/",
        {"username": "xiaoxu", "password": password, "next": "/admin/"},
        **extra,
    )


def fail_five_times(client, **extra):
    for _ in range(4):
        response = log_in(client, "wrong password", **extra)
        assert response.status_code == 200  # the login form again, with its error
    assert log_in(client, "wrong password", **extra).status_code == 429  # the fifth locks


def test_editor_logs_in_with_the_right_password(client, editor):
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_five_wrong_passwords_lock_the_account_out_with_a_message(client, editor):
    fail_five_times(client)
    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    content = response.content.decode()
    assert "登录已暂停" in content
    assert "连续 5 次密码错误" in content
    assert "15 分钟" in content
    assert client.get("/admin/").status_code == 302  # still not logged in


def test_four_wrong_passwords_do_not_lock_out(client, editor):
    for _ in range(4):
        log_in(client, "wrong password")
    assert log_in(client, PASSWORD).status_code == 302


def test_axes_reset_lifts_the_lockout(client, editor):
    fail_five_times(client)
    assert log_in(client, PASSWORD).status_code == 429
    call_command("axes_reset", stdout=io.StringIO())
    assert log_in(client, PASSWORD).status_code == 302


def test_axes_reset_username_lifts_that_accounts_lockout(client, editor):
    fail_five_times(client)
    call_command("axes_reset_username", "xiaoxu", stdout=io.StringIO())
    assert log_in(client, PASSWORD).status_code == 302


def test_lockout_is_per_account_and_address(client, editor):
    fail_five_times(client, REMOTE_ADDR="203.0.113.7")
    assert log_in(client, PASSWORD, REMOTE_ADDR="203.0.113.7").status_code == 429
    assert log_in(client, PASSWORD, REMOTE_ADDR="198.51.100.2").status_code == 302


def test_forged_forwarded_for_does_not_escape_a_lockout_without_a_proxy(client, editor):
    fail_five_times(client)
    response = log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    fail_five_times(client, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    assert log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302


def test_admin_lists_failed_attempts(client, editor, admin_client):
    log_in(client, "wrong password")
    content = admin_client.get("/admin/axes/accessattempt/").content.decode()
    assert "xiaoxu" in content
    assert "127.0.0.1" in content


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_client_ip_ignores_forwarded_for_without_a_trusted_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("10.0.0.5", "203.0.113.7")) == "10.0.0.5"


def test_client_ip_takes_the_entry_the_outermost_trusted_proxy_added(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    # The client forged the first entry; the CDN appended the real address, then the
    # load balancer appended the CDN's.
    request = request_from("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.9")
    assert client_ip(request) == "203.0.113.7"


def test_client_ip_falls_back_on_garbage_or_too_few_entries(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from("10.0.0.5", "203.0.113.7")) == "10.0.0.5"
    assert client_ip(request_from("10.0.0.5", "not-an-ip, 10.0.0.9")) == "10.0.0.5"

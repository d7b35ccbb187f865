"""Every public page's security headers and Content-Security-Policy, and what the policy
needs of the pages: no inline code, nothing from another host."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/", "/releases/2023/1/", "/archive/", "/archive/2023/", "/archive/2023/05/", "/nope/"]


def test_public_pages_carry_a_strict_content_security_policy(client, reference_release):
    for url in PAGES:
        policy = client.get(url)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["default-src"] == "'self'"
        assert directives["script-src"] == "'self'"
        assert directives["style-src"] == "'self'"
        assert directives["object-src"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_public_pages_carry_security_headers(client, reference_release):
    response = client.get("/releases/2023/1/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions
    # Copying a link to an answer needs the clipboard: it is not switched off.
    assert "clipboard" not in permissions


def test_hsts_is_on_in_production_settings():
    # tests.settings turns HTTPS off like `make run`; production leaves it on by default.
    from pressroom import settings as production

    assert production.SECURE_HSTS_SECONDS == 0 or production.SECURE_HSTS_SECONDS >= 31536000


@pytest.mark.parametrize("url", PAGES)
def test_pages_have_no_inline_script_style_or_event_handler(client, reference_release, url):
    content = client.get(url).content.decode()
    # Data blocks (JSON-LD) are not run, so the policy allows them; no other inline script.
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", content)
    assert all('type="application/ld+json"' in tag for tag in scripts), scripts
    assert "<style" not in content
    assert not re.search(r"\sstyle=", content), "style attribute"
    assert not re.search(r"\son[a-z]+=", content), "event handler attribute"
    assert "javascript:" not in content


@pytest.mark.parametrize("url", PAGES)
def test_pages_load_nothing_from_another_host(client, reference_release, url):
    content = client.get(url).content.decode()
    for attribute in re.findall(r'\s(?:src|href|srcset)="([^"]*)"', content):
        if attribute.startswith(("http://", "https://", "//")):
            # Only links (the page's own absolute URLs), never assets, may name a host.
            assert attribute.startswith("http://testserver/"), attribute
    assert not re.search(r'<(?:script|img|link rel="stylesheet")[^>]+"(?:https?:)?//', content)


def test_the_policy_built_once_is_django_csps_and_a_view_may_still_change_it(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    from releases.http.middleware import ContentSecurityPolicyMiddleware

    def header(middleware_class, **attributes):
        def view(request):
            response = HttpResponse("page")
            for name, value in attributes.items():
                setattr(response, name, value)
            return response

        return middleware_class(view)(rf.get("/"))["Content-Security-Policy"]

    assert header(ContentSecurityPolicyMiddleware) == header(CSPMiddleware)
    changed = {"_csp_update": {"img-src": ["https://photos.example.org"]}}
    assert "https://photos.example.org" in header(ContentSecurityPolicyMiddleware, **changed)
    assert header(ContentSecurityPolicyMiddleware, **changed) == header(CSPMiddleware, **changed)

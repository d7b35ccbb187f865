"""What every public page offers for keyboard and screen-reader use."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/", "/releases/2023/1/", "/archive/", "/archive/2023/", "/archive/2023/05/", "/nope/"]


def test_pages_have_a_skip_link_landmarks_and_one_h1(client, reference_release):
    for url in PAGES:
        content = client.get(url).content.decode()
        assert '<a class="skip-link" href="#main">' in content
        assert '<main id="main"' in content
        assert "<header" in content and "<footer" in content and "<nav" in content
        assert content.count("<h1") == 1, url


def test_font_size_control_is_hidden_until_the_script_shows_it(client, reference_release):
    content = client.get("/").content.decode()
    control = re.search(r'<div class="font-size"[^>]*>', content).group(0)
    assert "hidden" in control and 'role="group"' in control
    for size in ("large", "medium", "small"):
        assert f'data-font-size="{size}"' in content

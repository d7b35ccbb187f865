"""The English interface under /en/: language by URL, the switcher, the catalogue, and
Chinese content marked as Chinese."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import make_release

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_english_interface_lives_under_en(client, reference_release):
    response = client.get("/en/releases/2023/1/")
    content = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in content
    for text in ["Skip to content", "Key figures", "Questions", "Link to this answer", "Speakers"]:
        assert text in content
    # The content stays as entered.
    assert "精致城市论坛6月12日举办" in content
    # Links stay in English.
    assert 'href="/en/"' in content


def test_english_pages_have_no_chinese_interface_text(client):
    for url in ["/en/", "/en/nope/", "/en/archive/"]:
        content = client.get(url).content.decode()
        chrome = content.replace('lang="zh-Hans">中文</a>', "")
        assert not HAN.search(chrome), (url, HAN.findall(chrome)[:10])


def test_chinese_is_the_default_whatever_the_browser_asks(client):
    make_release(title="发布会")
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en", HTTP_COOKIE="django_language=en")
    assert '<html lang="zh-Hans">' in response.content.decode()
    assert "最新发布" in response.content.decode()
    # The language is in the URL alone, so caches need not keep a copy per browser.
    assert "Accept-Language" not in response.get("Vary", "")


def test_language_switcher_links_the_same_page_in_the_other_language(client, reference_release):
    # A list keeps the parameters that make it (filters, page).
    zh = client.get("/?year=2023&page=1").content.decode()
    assert 'class="language-switch" href="/en/?year=2023&amp;page=1"' in zh
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/?year=2023&amp;page=1">'
        in zh
    )
    en = client.get("/en/releases/2023/1/").content.decode()
    assert 'class="language-switch" href="/releases/2023/1/"' in en
    # A release's page reads no parameter: a link's tracking parameters are not carried on.
    zh = client.get("/releases/2023/1/?utm_source=feed").content.decode()
    assert 'class="language-switch" href="/en/releases/2023/1/"' in zh
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/releases/2023/1/">' in zh


def test_language_switcher_on_a_404_leads_home(client):
    content = client.get("/en/nope/").content.decode()
    assert 'class="language-switch" href="/"' in content


def test_admin_stays_chinese_for_an_english_browser(client):
    response = client.get(
        "/admin/login/", HTTP_ACCEPT_LANGUAGE="en", HTTP_COOKIE="django_language=en"
    )
    content = response.content.decode()
    assert 'lang="zh-hans"' in content
    assert "登录" in content
    assert client.get("/en/admin/login/").status_code == 404


def test_english_catalogue_is_compiled_from_its_source():
    compiled = gettext.GNUTranslations((LOCALE / "django.mo").open("rb"))
    entries = _po_entries((LOCALE / "django.po").read_text(encoding="utf-8"))
    assert len(entries) > 100
    for msgid, msgstr in entries.items():
        assert msgstr, f"untranslated: {msgid}"
        assert compiled.gettext(msgid) == msgstr, f"run `make messages`: {msgid}"


def test_every_translated_template_string_has_an_english_translation():
    entries = _po_entries((LOCALE / "django.po").read_text(encoding="utf-8"))
    missing = set()
    for template in (Path(settings.BASE_DIR) / "templates").rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for msgid in re.findall(r'\{% translate "([^"]+)"', text):
            if not entries.get(msgid):
                missing.add(f"{template.name}: {msgid}")
    assert not missing, "add these to locale/en/LC_MESSAGES/django.po: " + ", ".join(missing)


def _po_entries(text):
    """{msgid: msgstr} of a .po file (plural entries by their singular, first form)."""
    entries = {}
    for block in text.split("\n\n"):
        fields = {}
        key = None
        for line in block.splitlines():
            match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[0\])?|msgstr\[\d\]) (".*")$', line)
            if match:
                key = match.group(1)
                fields[key] = _unquote(match.group(2))
            elif line.startswith('"') and key:
                fields[key] += _unquote(line)
        msgid = fields.get("msgid")
        if msgid:
            entries[msgid] = fields.get("msgstr", fields.get("msgstr[0]", ""))
    return entries


def _unquote(quoted):
    return quoted[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")


@pytest.mark.parametrize(
    ("language", "prefix", "marked"),
    [
        ("zh-Hant", "", "zh-Hant"),
        ("zh-Hant", "/en", "zh-Hant"),
        ("en", "", "en"),
        ("en", "/en", None),
    ],
)
def test_a_release_is_marked_in_the_language_it_was_printed_in(client, language, prefix, marked):
    release = make_release(title="行政長官會見傳媒", language=language)
    html = client.get(prefix + release.get_absolute_url()).content.decode()
    title = f'<h1 id="release-title" lang="{marked}">' if marked else '<h1 id="release-title">'
    assert title in html


@pytest.mark.parametrize(
    ("language", "prefix", "marked"),
    [
        ("zh-Hant", "", "zh-Hant"),
        ("en", "", "en"),
        ("en", "/en", None),
        ("zh-Hans", "/en", "zh-Hans"),
    ],
)
def test_a_release_s_card_in_a_list_is_marked_in_its_own_language(client, language, prefix, marked):
    make_release(title="行政長官會見傳媒", language=language)
    html = client.get(prefix + "/").content.decode()
    title = '<h2 class="release-card__title"' + (f' lang="{marked}">' if marked else ">")
    assert title in html


def test_english_pages_mark_the_chinese_content_as_chinese(client, reference_release):
    en = client.get("/en/releases/2023/1/").content.decode()
    assert '<h1 id="release-title" lang="zh-Hans">' in en
    assert '<div class="segment__answer" lang="zh-Hans">' in en
    # The interface around it stays English.
    assert '<h2 id="figures-title">Key figures</h2>' in en
    zh = client.get("/releases/2023/1/").content.decode()
    assert '<h1 id="release-title">' in zh

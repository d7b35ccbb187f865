"""What every public page shares: headers, language, no inline code, the reading chrome."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import make_release

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"
PAGES = ["/", "/releases/2023/1/", "/archive/", "/archive/2023/", "/archive/2023/05/", "/nope/"]
HAN = re.compile(r"[\u4e00-\u9fff]")


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


def test_pages_have_a_skip_link_landmarks_and_one_h1(client, reference_release):
    for url in PAGES:
        content = client.get(url).content.decode()
        assert '<a class="skip-link" href="#main">' in content
        assert '<main id="main"' in content
        assert "<header" in content and "<footer" in content and "<nav" in content
        assert content.count("<h1") == 1, url


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
    zh = client.get("/releases/2023/1/?page=1").content.decode()
    assert 'class="language-switch" href="/en/releases/2023/1/?page=1"' in zh
    en = client.get("/en/releases/2023/1/").content.decode()
    assert 'class="language-switch" href="/releases/2023/1/"' in en
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/releases/2023/1/?page=1">'
        in zh
    )


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


def test_font_size_control_is_hidden_until_the_script_shows_it(client, reference_release):
    content = client.get("/").content.decode()
    control = re.search(r'<div class="font-size"[^>]*>', content).group(0)
    assert "hidden" in control and 'role="group"' in control
    for size in ("large", "medium", "small"):
        assert f'data-font-size="{size}"' in content


def test_detail_offers_a_plain_anchor_and_a_copy_button_per_answer(client, reference_release):
    content = client.get("/releases/2023/1/").content.decode()
    for number in (1, 2, 3):
        assert f'class="segment__permalink" href="#q{number}"' in content
        assert f'data-url="http://testserver/releases/2023/1/#q{number}"' in content
    # The button needs the script; without it only the plain link shows.
    assert re.search(r'<button type="button" class="copy-link"[^>]* hidden>', content)


def test_detail_table_of_contents_lists_every_question(client, reference_release):
    content = client.get("/releases/2023/1/").content.decode()
    toc = re.search(r'<nav class="toc".*?</nav>', content, re.S).group(0)
    assert [int(n) for n in re.findall(r'href="#q(\d+)"', toc)] == [1, 2, 3]


def test_percentage_figures_get_a_bar_of_their_value(client, reference_release):
    content = client.get("/releases/2023/1/").content.decode()
    card = content[content.index("99.7%") : content.index("99.7%") + 800]
    assert '<rect class="figure-card__fill" width="99.7"' in card
    assert "style=" not in card
    # A count of things gets no bar.
    card = content[content.index("355个") : content.index("355个") + 300]
    assert "<svg" not in card


def test_print_shows_the_page_address(client, reference_release):
    content = client.get("/releases/2023/1/").content.decode()
    assert '<p class="print-only">本页网址:http://testserver/releases/2023/1/</p>' in content
    assert 'data-print-url="http://testserver/releases/2023/1/#q2"' in content


def test_seed_detail_page_is_light(client, reference_release):
    import gzip

    html = client.get("/releases/2023/1/").content
    assert len(gzip.compress(html)) < 100 * 1024
    assets = sum(
        len(gzip.compress((Path(settings.BASE_DIR) / "static" / name).read_bytes()))
        for name in ("css/site.css", "js/site.js")
    )
    assert assets < 50 * 1024


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


def test_english_pages_mark_the_chinese_content_as_chinese(client, reference_release):
    en = client.get("/en/releases/2023/1/").content.decode()
    assert '<h1 id="release-title" lang="zh-Hans">' in en
    assert '<div class="segment__answer" lang="zh-Hans">' in en
    # The interface around it stays English.
    assert '<h2 id="figures-title">Key figures</h2>' in en
    zh = client.get("/releases/2023/1/").content.decode()
    assert '<h1 id="release-title">' in zh


def test_photos_load_lazily_at_their_size_with_caption_and_credit(client, settings, tmp_path):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), "gray").save(buffer, format="JPEG")
    release = make_release()
    photo = release.photos.create(
        image=SimpleUploadedFile("forum.jpg", buffer.getvalue(), content_type="image/jpeg"),
        alt_text="论坛会场",
        caption="精致城市论坛会场",
        credit="毕钰晶",
        order=1,
    )
    assert (photo.width, photo.height) == (1200, 800)
    content = client.get(release.get_absolute_url()).content.decode()
    img = re.search(r"<img [^>]*>", content).group(0)
    for attribute in ('alt="论坛会场"', 'width="1200"', 'height="800"', 'loading="lazy"'):
        assert attribute in img
    assert f'srcset="{photo.image.url} 1200w"' in img and 'sizes="' in img
    assert "精致城市论坛会场" in content and "摄影:毕钰晶" in content


def test_server_error_page_is_in_the_design_and_both_languages(rf):
    from django.views.defaults import server_error

    content = server_error(rf.get("/")).content.decode()
    assert "/static/css/site.css" in content
    assert "服务暂时不可用" in content and 'lang="en"' in content
    assert "style=" not in content and "<script" not in content

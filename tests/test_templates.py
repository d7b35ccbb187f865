"""The reading chrome of the release page: answer links, contents, figure bars, print,
page weight, photos; and the designed error page."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import make_release

pytestmark = pytest.mark.django_db


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


def test_photos_load_lazily_at_their_size_with_caption_and_credit(client, media_root):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

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
    # Readers get copies at 480 and 960 pixels and at the photo's own 1200, never more.
    widths = [width for _, width in photo.sources]
    assert widths == [480, 960, 1200]
    assert f'srcset="{photo.srcset}"' in img and 'sizes="' in img
    assert re.findall(r" (\d+)w", img) == ["480", "960", "1200"]
    assert "精致城市论坛会场" in content and "摄影:毕钰晶" in content


def test_server_error_page_is_in_the_design_and_both_languages(rf):
    from django.views.defaults import server_error

    content = server_error(rf.get("/")).content.decode()
    assert "/static/css/site.css" in content
    assert "服务暂时不可用" in content and 'lang="en"' in content
    assert "style=" not in content and "<script" not in content


@pytest.mark.parametrize(
    "text",
    ["威海" * 100, "短导语", "e\u0301" * 200, "a" * 150, "a" * 151, "", "精致城市论坛" + "x" * 144],
)
def test_clip_cuts_text_as_truncatechars_does(text):
    from django.template.defaultfilters import truncatechars

    from releases.templatetags.interface import clip

    for length in (1, 60, 120, 150):
        assert clip(text, length) == truncatechars(text, length)

"""Photos in the admin and on the release page: what is accepted, and the widths readers
are sent (releases/editing/forms.py, releases/editing/images.py, Photo and PhotoRendition)."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from releases.editing.forms import edit_token
from releases.models import Release
from tests.conftest import make_release
from tests.photos import jpeg, legacy_photo, png, png_header
from tests.test_admin import management_forms, release_fields

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def upload(editor_client, release, data, name="photo.jpg"):
    form = release_fields(title=release.title)
    # The hidden field a browser sends back: the release as the editor opened it.
    form["edit_token"] = edit_token(Release.objects.get(pk=release.pk))
    form.update(management_forms(photos=(1, 0)))
    form.update(
        {
            "photos-0-order": "1",
            "photos-0-image": SimpleUploadedFile(name, data),
            "photos-0-alt_text": "发布会现场",
        }
    )
    return editor_client.post(f"/admin/releases/release/{release.pk}/change/", form)


def errors(response):
    return " ".join(
        str(error) for error in response.context["inline_admin_formsets"][3].formset.errors
    )


def test_admin_upload_makes_renditions_at_the_configured_widths(editor_client):
    release = make_release()
    response = upload(editor_client, release, jpeg((2400, 1600)))
    assert response.status_code == 302
    photo = release.photos.get()
    assert (photo.width, photo.height, photo.content_type) == (2400, 1600, "image/jpeg")
    renditions = list(photo.renditions.all())
    assert [(r.width, r.height) for r in renditions] == [(480, 320), (960, 640), (1600, 1067)]
    for rendition in renditions:
        with default_storage.open(rendition.file.name) as file:
            image = Image.open(file)
            assert image.size == (rendition.width, rendition.height)
            assert image.format == "JPEG"
            assert not image.getexif()  # no camera, no GPS position
    change_page = editor_client.get(f"/admin/releases/release/{release.pk}/change/")
    assert change_page.status_code == 200
    assert photo.image.url in change_page.content.decode()


def test_admin_upload_applies_the_exif_orientation(editor_client):
    release = make_release()
    upload(editor_client, release, jpeg((1200, 800), orientation=6))  # turned a quarter
    photo = release.photos.get()
    assert (photo.width, photo.height) == (800, 1200)
    assert [(r.width, r.height) for r in photo.renditions.all()] == [(480, 720), (800, 1200)]


def test_admin_upload_small_photo_gets_one_rendition_at_its_own_width(editor_client):
    release = make_release()
    upload(editor_client, release, png((40, 30)), name="tiny.png")
    assert [r.width for r in release.photos.get().renditions.all()] == [40]


def test_admin_upload_is_named_by_content_and_real_format(editor_client):
    release = make_release()
    upload(editor_client, release, jpeg((100, 80)), name="会场照片.png")
    photo = release.photos.get()
    assert re.fullmatch(r"photos/\d{4}/\d{2}/[0-9a-f]{16}\.jpg", photo.image.name)
    assert photo.content_type == "image/jpeg"


def test_admin_upload_too_large_is_refused_with_a_message(editor_client, settings):
    settings.PHOTO_MAX_UPLOAD_BYTES = 2 * 2**20
    release = make_release()
    noisy = Image.effect_noise((1800, 1800), 120).convert("RGB")
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG")
    assert len(buffer.getvalue()) > 2 * 2**20
    response = upload(editor_client, release, buffer.getvalue(), name="big.png")
    assert response.status_code == 200
    assert "文件太大" in errors(response) and "上限 2 MB" in errors(response)
    assert not release.photos.exists()


def test_admin_upload_non_image_is_refused_with_a_message(editor_client):
    release = make_release()
    response = upload(editor_client, release, b"%PDF-1.7 not a photo", name="photo.jpg")
    assert response.status_code == 200
    assert "不是图片" in errors(response)
    assert not release.photos.exists()


def test_admin_upload_format_browsers_do_not_show_is_refused(editor_client):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buffer, "TIFF")
    release = make_release()
    response = upload(editor_client, release, buffer.getvalue(), name="scan.tif")
    assert "不支持 TIFF 格式" in errors(response)


def test_admin_upload_truncated_photo_is_refused(editor_client):
    data = jpeg((1200, 800))
    release = make_release()
    response = upload(editor_client, release, data[: len(data) // 2])
    assert "已损坏或不完整" in errors(response)
    assert not release.photos.exists()


def test_admin_upload_decompression_bomb_is_refused(editor_client):
    """20000×20000 pixels in 45 bytes: Pillow refuses it before decoding anything."""
    release = make_release()
    response = upload(editor_client, release, png_header(20000, 20000), name="bomb.png")
    assert response.status_code == 200
    assert "像素过多" in errors(response)
    assert not release.photos.exists()


def test_admin_upload_over_the_pixel_limit_is_refused_with_its_size(editor_client, settings):
    settings.PHOTO_MAX_PIXELS = 40_000_000
    release = make_release()
    response = upload(editor_client, release, png_header(8000, 6000), name="huge.png")
    assert "像素过多(8000×6000" in errors(response) and "上限 4000 万像素" in errors(response)


# The release page


def test_release_page_offers_the_renditions_in_srcset(client, editor_client):
    release = make_release()
    upload(editor_client, release, jpeg((2400, 1600)))
    editor_client.logout()
    release.refresh_from_db()  # the admin form set its publication time
    page = client.get(release.get_absolute_url()).content.decode()
    img = re.search(r"<img [^>]*>", page).group(0)
    srcset = re.search(r'srcset="([^"]*)"', img).group(1)
    assert re.findall(r" (\d+)w", srcset) == ["480", "960", "1600"]
    assert 'width="2400"' in img and 'height="1600"' in img  # no layout shift
    assert 'sizes="' in img
    src = re.search(r' src="([^"]*)"', img).group(1)
    assert src.endswith("-960.jpg")  # for browsers without srcset: not the original
    for url in [src, *re.findall(r"(\S+) \d+w", srcset)]:
        assert client.get(url).status_code == 200


def test_release_page_falls_back_to_the_original_without_renditions(client):
    release = make_release()
    photo = legacy_photo(
        release, "photos/2023/05/forum.jpg", jpeg((1200, 800)), width=1200, height=800
    )
    page = client.get(release.get_absolute_url()).content.decode()
    assert f'srcset="/media/{photo.image.name} 1200w"' in page


def test_release_page_photos_cost_a_fixed_number_of_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    release = make_release()
    counts = []
    for order in (1, 2, 3):
        release.photos.create(
            image=SimpleUploadedFile("a.png", png((40 + order, 30))), alt_text="图", order=order
        )
        client.get(release.get_absolute_url())  # the cached counts, warm
        with CaptureQueriesContext(connection) as queries:
            assert client.get(release.get_absolute_url()).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2]

"""Photos: what the admin accepts, the widths readers are sent, and how the app serves them."""

import io
import re
import struct
import zlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from PIL import Image

from releases.models import Photo, PhotoRendition
from tests.conftest import make_release
from tests.test_admin import management_forms, release_fields

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor_client(client, monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "press-room-2023!")
    call_command("create_editor", "xiaoxu", stdout=io.StringIO())
    assert client.login(username="xiaoxu", password="press-room-2023!")
    return client


def jpeg(size=(2400, 1600), orientation=None, **save):
    """A camera-like JPEG: a maker, a GPS block and, if asked, an EXIF orientation."""
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x8825] = {1: "N", 2: (37.0, 30.0, 0.0)}  # GPS position
    if orientation:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 140, 160)).save(buffer, "JPEG", exif=exif, **save)
    return buffer.getvalue()


def png(size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def png_header(width, height):
    """Only the header of a PNG: says width×height pixels, costs 45 bytes to make."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def upload(editor_client, release, data, name="photo.jpg"):
    form = release_fields(title=release.title)
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


def legacy_photo(release, name, data, **fields):
    """A photo stored before renditions and recorded formats existed."""
    stored = default_storage.save(name, ContentFile(data))
    Photo.objects.bulk_create([Photo(release=release, image=stored, alt_text="旧图", **fields)])
    return Photo.objects.get(image=stored)


# Uploads through the admin


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


# Serving: /media/<name>


def test_media_rendition_is_served_with_its_real_format_whatever_its_name(client):
    release = make_release()
    photo = legacy_photo(release, "photos/2023/05/x.jpg", jpeg((60, 40)), width=60, height=40)
    # A JPEG under a name that says PNG: the recorded format decides, not the name.
    name = default_storage.save(
        "photos/renditions/ab/0123456789abcdef-60.png", ContentFile(jpeg((60, 40)))
    )
    PhotoRendition.objects.create(
        photo=photo, width=60, height=40, file=name, content_type="image/jpeg"
    )
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=315360000, immutable"
    assert b"".join(response.streaming_content) == jpeg((60, 40))


def test_media_original_uploaded_as_png_but_jpeg_is_served_as_jpeg(client, editor_client):
    release = make_release()
    upload(editor_client, release, jpeg((100, 80)), name="photo.png")
    response = client.get(release.photos.get().image.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"


def test_media_legacy_photo_format_is_read_from_the_file(client):
    release = make_release()
    photo = legacy_photo(release, "photos/2023/05/forum.jpg", png((30, 20)))
    response = client.get(photo.image.url)
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=60"  # a name that may be reused
    photo.refresh_from_db()
    assert photo.content_type == "image/png"


def test_media_head_answers_without_a_body(client):
    release = make_release()
    photo = legacy_photo(release, "photos/2023/05/a.png", png((30, 20)), content_type="image/png")
    response = client.head(photo.image.url)
    assert response.status_code == 200
    assert response["Content-Length"] == str(photo.image.size)
    assert response["Content-Type"] == "image/png"
    assert response.content == b""


def test_media_other_methods_are_not_allowed(client):
    release = make_release()
    photo = legacy_photo(release, "photos/2023/05/a.png", png(), content_type="image/png")
    assert client.post(photo.image.url).status_code == 405
    assert client.delete(photo.image.url).status_code == 405


@pytest.mark.parametrize(
    "path",
    [
        "/media/photos/2023/05/unknown.jpg",
        "/media/stray.txt",  # on disk, but no photo of the archive
        "/media/../pressroom/settings.py",
        "/media/%2e%2e/pressroom/settings.py",
    ],
)
def test_media_serves_only_files_the_archive_knows(client, media, path):
    (media / "stray.txt").write_text("not a photo")
    assert client.get(path).status_code == 404


def test_media_missing_file_is_a_404_not_an_error(client, media):
    release = make_release()
    photo = legacy_photo(release, "photos/2023/05/gone.png", png(), content_type="image/png")
    (media / photo.image.name).unlink()
    assert client.get(photo.image.url).status_code == 404


# manage.py make_renditions


def test_make_renditions_command_fills_in_photos_without_renditions(capsys):
    release = make_release()
    old = legacy_photo(release, "photos/2023/05/forum.jpg", jpeg((2000, 1000)))
    missing = legacy_photo(release, "photos/2023/05/gone.jpg", jpeg((100, 100)), order=2)
    default_storage.delete(missing.image.name)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 photos could not be read"):
        call_command("make_renditions", stdout=out, stderr=err)
    assert "Renditions [" in out.getvalue() and "2/2" in out.getvalue()
    assert "gone.jpg" in err.getvalue()
    old.refresh_from_db()
    assert old.content_type == "image/jpeg" and (old.width, old.height) == (2000, 1000)
    assert [r.width for r in old.renditions.all()] == [480, 960, 1600]
    # A second run leaves photos that have renditions alone.
    missing.delete()
    call_command("make_renditions", stdout=out)
    assert "Made renditions for 0 photos." in out.getvalue()


# Storage: the disk, or an S3-compatible bucket


def test_storage_defaults_to_the_media_folder():
    from tests.test_settings import read_settings

    result = read_settings("s.STORAGES['default']['BACKEND']", DJANGO_SECRET_KEY="x" * 50)
    assert result.stdout.split() == ["django.core.files.storage.FileSystemStorage"]


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "pressroom-photos"},
        {"AWS_STORAGE_BUCKET_NAME": "pressroom-photos"},
    ],
)
def test_storage_s3_is_one_setting_away(env):
    from tests.test_settings import read_settings

    result = read_settings(
        "s.STORAGES['default']['BACKEND'], s.STORAGES['default']['OPTIONS']['bucket_name']",
        DJANGO_SECRET_KEY="x" * 50,
        **env,
    )
    assert result.stdout.split() == ["storages.backends.s3.S3Storage", "pressroom-photos"]


def test_storage_s3_without_a_bucket_refuses_to_start():
    from tests.test_settings import read_settings

    result = read_settings("s.STORAGES", DJANGO_SECRET_KEY="x" * 50, DJANGO_STORAGE="s3")
    assert result.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME" in result.stderr


def test_storage_s3_gives_plain_public_urls():
    from storages.backends.s3 import S3Storage

    storage = S3Storage(
        bucket_name="pressroom-photos",
        custom_domain="photos.example.org",
        querystring_auth=False,
        file_overwrite=False,
    )
    url = storage.url("photos/renditions/ab/0123456789abcdef-480.jpg")
    assert url == "https://photos.example.org/photos/renditions/ab/0123456789abcdef-480.jpg"


def test_site_runs_without_boto3_when_s3_is_off():
    """boto3 is needed only by the S3 storage: the site starts and serves without it."""
    import subprocess
    import sys

    from django.conf import settings

    from tests.test_settings import CLEAN_ENV

    code = (
        "import sys; sys.modules['boto3'] = None\n"  # any import of boto3 now fails
        "import django; django.setup()\n"
        "from django.test import Client; from django.test.utils import setup_test_environment\n"
        "setup_test_environment()\n"
        "print(Client().get('/robots.txt').status_code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **CLEAN_ENV,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DJANGO_ALLOWED_HOSTS": "testserver",
        },
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.stdout.split() == ["200"], result.stderr

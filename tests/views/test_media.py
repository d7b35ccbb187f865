"""/media/<name>: uploaded photos served by the app (releases/views/media.py)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from releases.models import PhotoRendition
from tests.conftest import make_release
from tests.photos import jpeg, legacy_photo, png

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


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


def test_media_original_uploaded_as_png_but_jpeg_is_served_as_jpeg(client):
    release = make_release()
    photo = release.photos.create(
        image=SimpleUploadedFile("photo.png", jpeg((100, 80))), alt_text="图", order=1
    )
    assert photo.image.name.endswith(".jpg")
    response = client.get(photo.image.url)
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
def test_media_serves_only_files_the_archive_knows(client, media_root, path):
    (media_root / "stray.txt").write_text("not a photo")
    assert client.get(path).status_code == 404


def test_media_missing_file_is_a_404_not_an_error(client, media_root):
    release = make_release()
    photo = legacy_photo(release, "photos/2023/05/gone.png", png(), content_type="image/png")
    (media_root / photo.image.name).unlink()
    assert client.get(photo.image.url).status_code == 404

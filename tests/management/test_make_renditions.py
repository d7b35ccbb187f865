"""manage.py make_renditions: renditions for photos uploaded before they existed."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from tests.conftest import make_release
from tests.photos import jpeg, legacy_photo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


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


def test_make_renditions_command_shows_on_a_page_already_cached(client):
    """The release page is kept in the page cache and as fragments: both move on."""
    release = make_release()
    legacy_photo(release, "photos/2023/05/forum.jpg", jpeg((1200, 800)), width=1200, height=800)
    before = client.get(release.get_absolute_url()).content.decode()
    assert 'srcset="/media/photos/2023/05/forum.jpg 1200w"' in before
    call_command("make_renditions", stdout=io.StringIO())
    after = client.get(release.get_absolute_url()).content.decode()
    assert re.findall(r" (\d+)w", re.search(r'srcset="([^"]*)"', after).group(1)) == [
        "480",
        "960",
        "1200",
    ]

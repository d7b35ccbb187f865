import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from releases.models import Figure, Release, Segment, Speaker
from tests.conftest import make_release

pytestmark = pytest.mark.django_db


def run(*args, **kwargs):
    out = io.StringIO()
    call_command(*args, stdout=out, **kwargs)
    return out.getvalue()


def test_load_reference_release_fills_an_empty_archive_once():
    assert "Loaded" in run("load_reference_release")
    assert "already has data" in run("load_reference_release")
    assert Release.objects.count() == 1
    assert Speaker.objects.count() == 4
    release = Release.objects.published().get()
    assert release.title == "精致城市论坛6月12日举办"
    assert Segment.objects.filter(release=release).count() == 3
    assert Figure.objects.filter(release=release).count() > 20


def test_load_reference_release_leaves_an_archive_with_releases_alone():
    make_release(title="编辑录入的稿件")
    assert "already has data" in run("load_reference_release")
    assert list(Release.objects.values_list("title", flat=True)) == ["编辑录入的稿件"]


def test_create_editor_makes_a_staff_member_of_the_editors_group(monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "a-long-pass-phrase")
    assert "created" in run("create_editor", "zhang", email="zhang@example.org")
    user = get_user_model().objects.get(username="zhang")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["editors"]
    assert user.has_perm("releases.change_release")
    assert not user.has_perm("auth.add_user")


def test_create_editor_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "123")
    with pytest.raises(CommandError):
        run("create_editor", "li")
    assert not get_user_model().objects.filter(username="li").exists()


def test_create_editor_without_a_password_fails_clearly(monkeypatch):
    monkeypatch.delenv("DJANGO_EDITOR_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: (_ for _ in ()).throw(EOFError))
    with pytest.raises(CommandError, match="DJANGO_EDITOR_PASSWORD"):
        run("create_editor", "wang")

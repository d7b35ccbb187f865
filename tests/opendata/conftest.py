import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from releases.models import ChangeNote, Photo, Release
from tests.conftest import make_release


@pytest.fixture
def archive(reference_release):
    """The reference release, 30 synthetic ones (a fifth of them drafts), a correction with
    a note (marked as printed in traditional characters), a withdrawn release, a photo,
    and a scheduled release: what a dump holds and what it leaves out."""
    call_command("generate_releases", count=30, drafts=0.2, seed=7, verbosity=0)
    corrected = Release.objects.published().order_by("pk")[3]
    corrected.updated_at = corrected.published_at + datetime.timedelta(days=2, microseconds=17)
    corrected.language = Release.Language.HANT
    corrected.save()
    ChangeNote.objects.create(
        release=corrected,
        noted_at=corrected.updated_at,
        text="更正了第二段的数字。",
    )
    Photo.objects.bulk_create(
        [
            Photo(
                release=reference_release,
                image="photos/2023/05/forum.jpg",
                width=1200,
                height=800,
                caption="发布会现场",
                alt_text="发布人在台上回答提问",
                credit="毕钰晶",
                order=1,
            )
        ]
    )
    withdrawn = Release.objects.published().order_by("pk")[5]
    withdrawn.status = Release.Status.WITHDRAWN
    withdrawn.withdrawal_reason = "数据有误,已撤回。"
    withdrawn.withdrawn_at = withdrawn.published_at + datetime.timedelta(days=3, microseconds=5)
    withdrawn.save()
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    make_release(title="明天才公开的发布会", published_at=tomorrow)
    return Release.objects.all()


@pytest.fixture
def export(tmp_path):
    """export_archive into a temporary folder; returns the dump's path."""

    def run(*args):
        out = io.StringIO()
        call_command(
            "export_archive", "--output", str(tmp_path), *args, stdout=out, stderr=io.StringIO()
        )
        return sorted(p for p in tmp_path.iterdir() if p.name.startswith("pressroom-"))[-1]

    return run

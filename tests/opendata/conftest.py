import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from releases.models import ChangeNote, Notice, Photo, Release
from tests.conftest import make_release


@pytest.fixture
def archive(reference_release):
    """The reference release, 30 synthetic ones (a fifth of them drafts), a correction with
    a note (marked as printed in traditional characters), a withdrawn release, a photo, a
    scheduled release, and notices (to come, held with and without a public transcript,
    cancelled, a draft): what a dump holds and what it leaves out."""
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
                content_type="image/jpeg",
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
    scheduled = make_release(title="明天才公开的发布会", published_at=tomorrow)
    make_notices(reference_release, scheduled)
    return Release.objects.all()


def make_notices(transcript, scheduled):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    notice = {
        "place": "市政府新闻发布厅",
        "host_office": "市政府新闻办",
        "speakers": "市住房城乡建设局局长 李瑞玲\n市自然资源和规划局副局长 张振山",
        "description": "介绍城市更新行动进展。",
        "status": Notice.Status.PUBLISHED,
    }
    Notice.objects.create(
        **notice, title="下周的发布会", starts_at=now + 7 * day, ends_at=now + 7 * day + day / 12
    )
    Notice.objects.create(
        **notice, title="已举行、有实录", starts_at=now - 3 * day, release=transcript
    )
    # Its transcript is not public yet: the page says 待发布实录, and the dump links nothing.
    Notice.objects.create(
        **notice, title="已举行、待发布实录", starts_at=now - day, release=scheduled
    )
    Notice.objects.create(
        **{**notice, "status": Notice.Status.CANCELLED}, title="取消的发布会", starts_at=now + day
    )
    Notice.objects.create(
        **{**notice, "status": Notice.Status.DRAFT}, title="预告草稿", starts_at=now + 2 * day
    )


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

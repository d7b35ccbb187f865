"""Releases to browse: one speaker's career across three releases and a draft."""

import pytest

from releases.models import Release, Speaker
from tests.conftest import add_speaker, at, make_release
from tests.stats.conftest import archive  # noqa: F401  (for the statistics pages)


@pytest.fixture
def career():
    """李瑞玲 over three releases, promoted in between, and once in a draft."""
    first = make_release(title="第一场", published_at=at(2022, 3))
    add_speaker(first, "李瑞玲", "副处长", "市住房和城乡建设局")
    second = make_release(title="第二场", published_at=at(2023, 5))
    add_speaker(second, "李瑞玲", "处长", "市住房和城乡建设局", role="host")
    third = make_release(title="第三场", published_at=at(2023, 6))
    add_speaker(third, "李瑞玲", "副局长", "市教育局")
    draft = make_release(title="草稿场", status=Release.Status.DRAFT, published_at=at(2023, 7))
    add_speaker(draft, "李瑞玲", "局长", "市教育局")
    return Speaker.objects.get(name="李瑞玲")

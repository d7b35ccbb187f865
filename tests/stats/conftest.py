"""A small archive with known numbers of questions, by outlet, answerer, topic and month."""

import pytest

from releases.models import Release, Segment, Topic
from releases.stats import outlets
from tests.conftest import add_speaker, at, make_release


def ask(release, order, asker, answerer=None, question=None):
    segment = Segment(
        release=release,
        order=order,
        question=f"问题 {order}?" if question is None else question,
        asker=asker,
        answerer=answerer,
        answer=f"回答 {order}",
    )
    outlets.resolve_all([segment])
    segment.save()
    return segment


def conference(title, published_at, topic, speakers, questions, **kwargs):
    """A release on a topic (or none) with its speakers [(name, position, organisation)] and
    its questions [(asker, the answerer's name or None)] in order, where an asker of None is
    an opening statement. Returns its appearances by name."""
    release = make_release(title=title, published_at=published_at, **kwargs)
    if topic is not None:
        release.topics.add(topic)
    people = {name: add_speaker(release, name, *rest) for name, *rest in speakers}
    for order, (asker, answerer) in enumerate(questions, 1):
        opening = asker is None
        question = "" if opening else None
        ask(release, order, "" if opening else asker, people.get(answerer), question=question)
    return people


@pytest.fixture
def archive():
    """Three public releases and a draft:

    2023-05 住房 (李瑞玲, 市住房和城乡建设局): an opening statement, 大众日报记者 ×2, Reuters ×1
    2024-03 住房 (李瑞玲; 王芳, 市教育局):     大众日報記者 → 李瑞玲, REUTERS reporter → 王芳,
                                             记者 (no outlet) → 王芳
    2024-03 教育 (王芳, 市教育局):             大众日报 → 王芳, one unanswered from 新华社记者
    draft 2024-04 (王芳):                      新华社记者 ×3, never counted
    """
    housing, education = Topic.objects.create(name="住房"), Topic.objects.create(name="教育")
    li = ("李瑞玲", "局长", "市住房和城乡建设局")
    first = conference(
        "第一场",
        at(2023, 5),
        housing,
        [li],
        [
            (None, "李瑞玲"),
            ("大众日报记者", "李瑞玲"),
            ("大众日报记者", "李瑞玲"),
            ("Reuters", "李瑞玲"),
        ],
    )
    second = conference(
        "第二场",
        at(2024, 3, 10),
        housing,
        [li, ("王芳", "副局长", "市教育局")],
        [("大众日報記者", "李瑞玲"), ("REUTERS reporter", "王芳"), ("记者", "王芳")],
    )
    conference(
        "第三场",
        at(2024, 3, 20),
        education,
        [("王芳", "副局长", "市教育局")],
        [("大众日报", "王芳"), ("新华社记者", None)],
    )
    conference(
        "草稿",
        at(2024, 4),
        None,
        [("王芳", "局长", "市教育局")],
        [("新华社记者", "王芳")] * 3,
        status=Release.Status.DRAFT,
    )
    return {
        "housing": housing,
        "education": education,
        "li": first["李瑞玲"].speaker,
        "wang": second["王芳"].speaker,
    }

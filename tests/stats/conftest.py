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
    first = make_release(title="第一场", published_at=at(2023, 5))
    first.topics.add(housing)
    li = add_speaker(first, "李瑞玲", "局长", "市住房和城乡建设局")
    ask(first, 1, "", li, question="")
    ask(first, 2, "大众日报记者", li)
    ask(first, 3, "大众日报记者", li)
    ask(first, 4, "Reuters", li)

    second = make_release(title="第二场", published_at=at(2024, 3, 10))
    second.topics.add(housing)
    li2 = add_speaker(second, "李瑞玲", "局长", "市住房和城乡建设局")
    wang = add_speaker(second, "王芳", "副局长", "市教育局")
    ask(second, 1, "大众日報記者", li2)
    ask(second, 2, "REUTERS reporter", wang)
    ask(second, 3, "记者", wang)

    third = make_release(title="第三场", published_at=at(2024, 3, 20))
    third.topics.add(education)
    wang3 = add_speaker(third, "王芳", "副局长", "市教育局")
    ask(third, 1, "大众日报", wang3)
    ask(third, 2, "新华社记者", None)

    draft = make_release(title="草稿", status=Release.Status.DRAFT, published_at=at(2024, 4))
    wang4 = add_speaker(draft, "王芳", "局长", "市教育局")
    for order in (1, 2, 3):
        ask(draft, order, "新华社记者", wang4)
    return {"housing": housing, "education": education, "li": li.speaker, "wang": wang.speaker}

"""Creating drafts from parsed text, through releases.importing (database needed)."""

import time

import pytest
from django.db import connection

from bench.import_sizes import article
from releases import search
from releases.importing.writer import EmptyArticle, fingerprint, import_text
from releases.models import Appearance, Figure, Organisation, Release, Segment, Speaker
from releases.search import index
from tests.importing import CORPUS

pytestmark = pytest.mark.django_db

SEED = (CORPUS / "000_4afd75f9a84009b0.txt").read_text(encoding="utf-8")
TWO_ANSWERERS = (CORPUS / "010_jinan_host_outlets.txt").read_text(encoding="utf-8")


def test_import_text_creates_a_draft_with_everything_found():
    result = import_text(SEED)
    release = result.release
    assert result.created
    assert release.status == Release.Status.DRAFT
    assert not release.is_public
    assert (release.title, release.kicker, release.channel) == (
        "精致城市论坛6月12日举办",
        "权威发布",
        "威海要闻",
    )
    assert (release.source, release.host_office, release.editor) == (
        "威海新闻网",
        "市政府新闻办",
        "徐栋波",
    )
    assert str(release.event_date) == "2023-05-30"
    assert release.published_at.date().isoformat() == "2023-05-31"
    assert release.appearances.count() == 4
    assert release.segments.count() == 3
    assert release.figures.count() == 24
    assert [(c.role, c.name) for c in release.credits.all()] == [
        ("文", "董倩萍"),
        ("图", "毕钰晶"),
        ("设计", "张博然"),
    ]


def test_import_text_keeps_position_and_organisation_apart():
    release = import_text(SEED).release
    appearance = release.appearances.get(speaker__name="李瑞玲")
    assert appearance.organisation.name == "威海市住房和城乡建设局"
    assert appearance.position == "党组书记、局长,市精致城市建设办公室主任"
    assert appearance.title_line == "威海市住房和城乡建设局党组书记、局长,市精致城市建设办公室主任"


def test_import_text_segments_have_answerers_and_headings():
    release = import_text(SEED).release
    segments = list(release.segments.select_related("answerer__speaker"))
    assert [s.answerer.speaker.name for s in segments] == ["都昌林", "李瑞玲", "张振山"]
    headings = [b.text for b in segments[1].blocks() if b.kind == "heading"]
    assert len(headings) == 6
    assert headings[0] == "精当规划,以系统思维搭建精致城市“四梁八柱”"


def test_import_text_links_figures_to_their_segment():
    release = import_text(SEED).release
    figure = release.figures.get(text="16.9万套")
    assert figure.value == 169000
    assert figure.unit == "套"
    assert figure.segment.answerer.speaker.name == "李瑞玲"


def test_import_text_reuses_speakers_and_organisations_by_name():
    speaker = Speaker.objects.create(name="张振山")
    organisation = Organisation.objects.create(name="联合国人居署")
    release = import_text(SEED).release
    appearance = release.appearances.get(speaker__name="张振山")
    assert appearance.speaker == speaker
    assert appearance.organisation == organisation
    assert Speaker.objects.filter(name="张振山").count() == 1


def test_import_text_twice_points_at_the_first():
    first = import_text(SEED)
    second = import_text(SEED.replace("\n", "\r\n").replace(",", "\uff0c"))
    assert not second.created
    assert second.duplicate_of == first.release
    assert Release.objects.count() == 1


def test_import_text_dry_run_writes_nothing():
    result = import_text(SEED, dry_run=True)
    assert result.release is None
    assert Release.objects.count() == 0
    assert "4 位发言人" in result.summary()


def test_import_text_second_answerer_is_named_in_the_answer():
    result = import_text(TWO_ANSWERERS)
    segment = result.release.segments.get(asker="济南日报记者")
    assert segment.answerer.speaker.name == "刘晓梅"
    paragraphs = [b.text for b in segment.blocks()]
    assert paragraphs[1].startswith("陈志刚\uff1a用地方面")
    assert any("共同回答" in note for note in result.notes)


def test_import_text_host_is_an_appearance():
    release = import_text(TWO_ANSWERERS).release
    host = release.appearances.get(role=Appearance.Role.HOST)
    assert host.speaker.name == "孙丽"
    # her opening and the guest's are the two statements before the questions
    statements = Segment.objects.filter(release=release, question="").order_by("order")
    assert [s.answerer.speaker.name for s in statements] == ["孙丽", "王建华"]


def test_import_text_unrecognised_text_is_a_draft_body():
    result = import_text("随便写的一段话,没有结构。\n\n第二段。")
    assert result.release.body == "随便写的一段话,没有结构。\n\n第二段。"
    assert any("未能识别" in note for note in result.notes)


def test_fingerprint_ignores_copy_paste_noise():
    assert fingerprint(SEED) == fingerprint("\ufeff" + SEED.replace("\n", "\r\n  "))
    assert fingerprint(SEED) != fingerprint(SEED.replace("精致城市", "美丽城市"))


def test_fingerprint_ignores_the_script_and_a_traditional_release_is_stored_as_printed():
    traditional = (CORPUS / "050_traditional.txt").read_text(encoding="utf-8")
    from releases.importing.parser.hant import to_simplified

    assert fingerprint(traditional) == fingerprint(to_simplified(traditional))
    release = import_text(traditional).release
    assert release.title == "廈門市舉行2024年優化營商環境新聞發布會"
    assert Speaker.objects.filter(name="陳國華").exists()
    assert import_text(to_simplified(traditional)).duplicate_of == release


def test_import_text_keeps_a_traditional_release_byte_for_byte_and_records_its_script():
    traditional = (CORPUS / "050_traditional.txt").read_text(encoding="utf-8")
    release = import_text(traditional).release
    assert release.language == Release.Language.HANT
    printed = traditional.encode("utf-8")
    stored = [
        release.title,
        release.lead,
        *release.appearances.values_list("speaker__name", flat=True),
        *release.appearances.values_list("position", flat=True),
        *release.appearances.values_list("organisation__name", flat=True),
        *release.segments.values_list("question", flat=True),
        *(p for a in release.segments.values_list("answer", flat=True) for p in a.split("\n\n")),
        *release.figures.values_list("text", flat=True),
    ]
    assert "全市实有经营主体" not in "".join(stored)  # nothing read into simplified
    # Every stored string is a run of the pasted bytes: not one character was changed.
    assert all(s.encode("utf-8") in printed for s in stored if s), [
        s for s in stored if s.encode("utf-8") not in printed
    ]


def test_import_text_records_simplified_and_english_releases():
    assert import_text(SEED).release.language == Release.Language.HANS
    english = "Press Briefing by the Spokesperson\n\nMR. SMITH: Good afternoon, everyone. " * 3
    assert import_text(english).release.language == Release.Language.EN


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\t", "\ufeff\u3000\u3000\n"])
def test_import_text_blank_text_is_refused(text):
    with pytest.raises(EmptyArticle):
        import_text(text)
    assert Release.objects.count() == 0


def test_import_text_is_all_or_nothing(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(Figure.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        import_text(SEED)
    assert not Release.objects.exists()
    assert not Appearance.objects.exists() and not Segment.objects.exists()
    assert index.count() == 0


def test_import_text_indexes_the_release_once_whatever_its_length(monkeypatch):
    """Saving each part used to re-index the whole release: the square of its length."""
    indexed = []
    real = index.index_releases
    monkeypatch.setattr(index, "index_releases", lambda ids: indexed.append(ids) or real(ids))
    release = import_text(article("问/答", 100_000)).release
    assert release.segments.count() > 300
    # Once when the empty draft is created (its own save signal), once when complete.
    assert len(indexed) <= 2
    assert search.index.count() == 1


def test_import_text_queries_do_not_grow_with_the_segments():
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (5_000, 100_000):
        with CaptureQueriesContext(connection) as queries:
            import_text(article("问/答", size))
        counts.append(len(queries))
    # About 330 more segments: a query per segment would add hundreds; inserting them
    # (and their versions) in batches adds a few.
    assert counts[1] <= counts[0] + 20


def test_import_text_a_megabyte_writes_in_seconds():
    """About 3,300 questions and answers; 250 s before the parts were bulk-created."""
    text = article("问/答", 1_000_000)
    started = time.process_time()
    result = import_text(text)
    assert time.process_time() - started < 20  # parse and write; the write alone is ~1.5 s
    assert result.release.segments.count() > 3000


def test_import_text_stores_an_english_outlet_and_a_council_member_as_printed(db):
    english = import_text(
        "Press Conference on the Harbour Tunnel\n\n"
        "MINISTER ALAN REED: Good morning. The tunnel opens next month.\n\n"
        "Reuters: Will the toll rise?\n\n"
        "MINISTER ALAN REED: Not this year.\n"
    ).release
    assert list(english.segments.values_list("asker", flat=True)) == ["", "Reuters"]
    council = import_text(
        "行政長官答問會答問全文(只有中文)\n\n"
        "以下是行政長官今日在立法會出席答問會的答問全文:\n\n"
        "立法會主席林國明議員:行政長官現在回答議員的提問。馬小文議員。\n\n"
        "馬小文議員:多謝主席。行政長官,今年會否增加2000個過渡性房屋單位?\n\n"
        "立法會主席林國明議員:行政長官。\n\n"
        "行政長官:主席,我們今年會新增2000個單位。\n"
    ).release
    # a member asks under her own name: no reporter of an outlet
    assert list(council.segments.values_list("asker", flat=True)) == ["馬小文"]

"""Layouts met in the twenty-second blind round of real pages, fixed for the genre: each test
is a page of our own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

OPPONENT_HEADLINE_DOORSTOP = """Thursday, 14 June 2012

Peter Lindqvist attacks the ferry deal

Transcript of doorstop interview, Hobart


JOURNALIST: Will the ferry contract be signed before the winter break?

PM: The minister is working through the details.

JOURNALIST: Was the contract offered to a second bidder?

PM: That report is simply wrong.
"""


def test_pm_label_unsigned_without_address_to_prime_minister():
    # The headline names somebody, but no question addresses the Prime Minister: PM: is
    # left unsigned rather than given to the person the headline names.
    result = parse_article(OPPONENT_HEADLINE_DOORSTOP)
    assert [s.name for s in result.speakers] == []
    assert all(seg.answerers == [] for seg in result.segments)


NARRATOR_WITHOUT_LABEL = """The minister meets the press

Our political editor Rosalind Pettigrew reported

OWEN HARLAND:
The lists are coming down, and people will judge us on that.
"""


def test_narrator_credit_needs_her_label():
    # A report line with no narration labelled by her name: nothing is dropped, no credit.
    result = parse_article(NARRATOR_WITHOUT_LABEL)
    assert result.credits == []
    assert [s.name for s in result.speakers] == ["Owen Harland"]


def test_lottery_advert_and_tag_out_of_headline():
    from releases.importing.parser.residue import clean_title

    assert clean_title("原创 滨江省新任发言人首次亮相香港一肖一码100准确 期待合作") == (
        "滨江省新任发言人首次亮相 期待合作"
    )
    # 原创 with no space after it, and digits with no lottery word, stay.
    assert clean_title("原创作品大赛新闻发布会举行 奖金8888888元") == (
        "原创作品大赛新闻发布会举行 奖金8888888元"
    )


LIVE_CAPTIONS_BLOCK = (
    "Lectern for this afternoons update. Good afternoon and welcome to the daily briefing"
    " from the town hall, and i am joined by anna brightwell, the county public health "
    "director. Anna will set out the latest figures, but first let me update you on the "
    "steps we are taking and the decisions we have made today. Step by step, our plan "
    "aims to slow the spread so that fewer people need hospital care at any one time, and"
    " that is how we protect the wards from becoming overwhelmed. At every step we have "
    "followed the advice we received, so that we take the right steps at the right "
    "moment. At the same time, we are expanding capacity in beds, staff and equipment, so"
    " people get the care they need when they need it most. Earlier today i chaired a "
    "meeting of the county resilience board to consider the latest advice, and there are "
    "signs that the measures are working, but the picture is mixed and, in some settings,"
    " infections may still be rising. That means, on average,"
)


def test_live_captions_block_is_one_unsigned_statement():
    # One block of live captions, spoken in the first person, the speaker never named:
    # no headline, one statement nobody signs.
    result = parse_article(LIVE_CAPTIONS_BLOCK)
    assert result.title == ""
    assert [s.name for s in result.speakers] == []
    assert len(result.segments) == 1 and result.segments[0].answerers == []
    assert result.segments[0].paragraphs == [LIVE_CAPTIONS_BLOCK]

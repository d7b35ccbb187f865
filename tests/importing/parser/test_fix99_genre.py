"""Failures of the round blind99 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_chief_ministers_speech_from_its_first_words_names_no_minister_called_minister():
    page = "\n".join(
        [
            "Skip to main content",
            "Chief Minister's Speech - Press Conference 21 March 2020",
            "Return To News releases & statements",
            "Press Conference - 21 March",
            "Thank you for coming today and for taking time out of your weekend.",
            "Today, I have with me the Minister for Health and once again I am pleased to welcome "
            "our Medical Director who I will invite to speak later.",
            "Yesterday, I informed you that we had a second case confirmed on the Island.",
        ]
    )
    release = parse_article(page)
    assert "Minister" not in [s.name for s in release.speakers]
    assert release.segments[0].paragraphs[0].startswith("Thank you for coming today")


def test_officials_who_presented_under_a_title_or_answered_the_questions_together():
    page = "\n".join(
        [
            "青河新闻发布会在省会举行",
            "8月27日,青河市新闻发布会在省会举行。省内外40多家新闻媒体记者参加了新闻发布会。",
            "在青河新闻发布会上,青河地委副书记、行署专员李大义以《神州北极》为题,介绍了青河70年来的"
            "发展情况。",
            "青河市委书记周明远,市委副书记、市长韩立新就媒体关心和关注的焦点问题进行了回答。",
        ]
    )
    names = [s.name for s in parse_article(page).speakers]
    assert {"李大义", "周明远", "韩立新"} <= set(names)

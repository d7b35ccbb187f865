"""Failures of the round blind115 (fifteen texts, scored blind once after blind117's fixes,
then fixed for the genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_places_initials_stay_in_the_post():
    page = "\n\n".join(
        [
            "Watch the WA Premier's press conference in full",
            "WA Premier Mark Tolland held a media conference where he urged people to stay home. "
            "Here's what he said:",
            "Good morning, everybody. We are at a critical stage.",
        ]
    )
    speakers = [(s.name, s.position) for s in parse_article(page).speakers]
    assert speakers == [("Mark Tolland", "WA Premier")]


def test_an_unnamed_official_over_a_topic_is_nobody():
    page = "\n\n".join(
        [
            "White House Official Bird Flu Press Briefing Transcript -- Declaration of Emergency",
            "MR. GIBBS: Good afternoon. I'll turn it over to Mr. Bell. MR. BELL: Thank you, "
            "Robert. The President is concerned about the cases.",
        ]
    )
    result = parse_article(page)
    names = [s.name for s in result.speakers]
    assert "Bird Flu" not in names
    # the turns run together on one line are split at each label in capitals
    assert "Bell" in names
    assert result.segments[-1].paragraphs == [
        "Thank you, Robert. The President is concerned about the cases."
    ]


def test_a_document_sites_furniture_is_residue():
    page = "\n".join(
        [
            "Welcome to Docshare, the world's digital library. Read, publish, and share documents.",
            "Standard view",
            "Full view",
            "Look up keyword",
            "P. 1",
            "Mayor's Flood Press Briefing Transcript",
            "|Views: 190|Likes:",
            "Published by: someone on Apr 27, 2009",
            "Read on Docshare mobile: iPhone, iPad and Android.",
            "MAYOR PARK: Good afternoon. The river crested overnight.",
        ]
    )
    assert parse_article(page).title == "Mayor's Flood Press Briefing Transcript"


def test_a_media_contact_line_and_an_address_are_no_headline():
    page = "\n".join(
        [
            "MEDIA CONTACT: Jane Roe, Chief Spokesperson. 240-555-0130",
            "jroe@county.example.gov @CountyFire",
            "On Friday, fire chiefs met and jointly discussed safety. Chief Alan Ward said smoke "
            "alarms save lives.",
        ]
    )
    assert parse_article(page).title == ""


def test_a_video_archives_buttons_and_bracketed_title():
    page = "\n\n".join(
        [
            "Link",
            "Social",
            "Embed",
            "Disable autoplay on embedded content?",
            "Download",
            "Download Transcript",
            "[COVID-19: Press Q & A ]",
            "[00:00:10]",
            "GOOD MORNING.",
        ]
    )
    assert parse_article(page).title == "COVID-19: Press Q & A"


def test_a_browser_titles_bar_left_at_the_end_goes():
    page = "\n".join(["某部通报治安形势 |", "某部今天举行新闻发布会,通报治安形势。"])
    assert parse_article(page).title == "某部通报治安形势"


def test_a_headline_and_standfirst_printed_twice_keep_the_headline():
    standfirst = "Minute-by-minute coverage of the mayor's meeting with the ladies and gentlemen"
    page = "\n\n".join(
        [
            "The mayor's press conference - live",
            standfirst,
            "The mayor's press conference - live",
            standfirst,
            "The mayor is holding his first press conference at 10am. He may disappoint.",
        ]
    )
    assert parse_article(page).title == "The mayor's press conference - live"


def test_doses_for_people_are_one_unit():
    page = "某市召开新闻发布会\n\n市卫健委主任王立新介绍,全市已储备检测试剂200万人份。"
    assert [(f.text, f.unit) for f in parse_article(page).figures] == [("200万人份", "人份")]

"""blind34's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_radio_programmes_presenter_narrates_and_is_no_speaker():
    page = "\n".join(
        [
            "Mayor Holds News Conference",
            "The mayor held a news conference Wednesday to review her first 100 days in office.",
            "This is EVENING REPORT from City Radio News. I'm Paul Segal.",
            "One hundred days into her term, Mayor Ann Ross took the podium this evening.",
            "Mayor ANN ROSS: You can expect an unrelenting effort from this administration.",
            "SEGAL: The mayor addressed a number of big topics in the news.",
        ]
    )
    result = parse_article(page)
    assert "Paul Segal" not in {s.name for s in result.speakers}
    assert all("Paul Segal" not in s.answerers for s in result.segments)
    words = result.body + [p for s in result.segments for p in s.paragraphs]
    assert "The mayor addressed a number of big topics in the news." in words


def test_a_headline_starting_with_video_names_nobody():
    page = "\n\n".join(
        [
            "Home Audio Transcription Video, Audio & Rush Transcript: Governor Hall Addresses "
            "the Flooding",
            "Video, Audio & Rush Transcript: Governor Hall Addresses the Flooding",
            "Earlier this morning, Governor Kate Hall addressed the flooding across the state.",
            "VIDEO of the Governor's remarks is available on YouTube here.",
        ]
    )
    assert "Video" not in {s.name for s in parse_article(page).speakers}


def test_an_embassy_copy_of_a_briefing_under_its_address_and_kind_of_page():
    page = "\n".join(
        [
            "Diplomatic Enclave, Gulf Street, P.O. Box 1450, Safat-13015. Phone: 22530600, "
            "22530612 Fax: 22546958",
            "Embassy Press Release",
            "Transcript of Media Briefing by Official Spokesperson",
            "Official Spokesperson (Shri Ravi Menon):Good afternoon friends and thank you very "
            "much for being here. I have one announcement to make.",
            "The Minister will be travelling to Singapore on the 15th.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Transcript of Media Briefing by Official Spokesperson"
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Ravi Menon", "Official Spokesperson")
    ]
    assert result.segments[0].answerers == ["Ravi Menon"]


def test_a_distributors_copy_keeps_the_briefings_title_over_the_ministrys_name():
    page = "\n".join(
        [
            "Ministry of External Affairs of the Republic",
            "09/02/2031 | Press release | Distributed by Public on 09/02/2031 09:17",
            "Transcript of Special Briefing on the Prime Minister's visit to Brunei (September "
            "02, 2031)",
            "Shri Rajan Jais, Official Spokesperson:Good morning ladies and gentlemen.",
        ]
    )
    result = parse_article(page)
    assert result.title == (
        "Transcript of Special Briefing on the Prime Minister's visit to Brunei (September "
        "02, 2031)"
    )

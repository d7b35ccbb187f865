"""More of blind52's failures, fixed for the genre after it was scored: each test is a page
of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_gaggle_in_the_headline_and_a_transcription_services_blurb():
    page = "\n\n".join(
        [
            "Jul 24, 2031",
            "Principal Deputy Press Secretary Olive Dane Gaggle Aboard Air Force One 7/20/31"
            " Transcript",
            "Kara Jean Holds a Press Briefing on Air Force One 5/08/32\nRevBlogTranscriptsAir Force"
            " OnePrincipal Deputy Press Secretary Olive Dane Gaggle Aboard Air Force One 7/20/31"
            " Transcript",
            "Principal Deputy Press Secretary Olive Dane Gaggle Aboard Air Force One 7/20/31. Read"
            " the transcript here.",
            "Transcribe Your Own Content",
            "Try Rev and save time transcribing, captioning, and subtitling.",
            "Speaker 1 (00:01):",
            "Oh gosh. We're going to set a land speed record today. Ready?",
            "Speaker 2 (00:12):",
            "Are you able to step in here?",
            "Speaker 1 (00:19):",
            "Okay.",
            "(00:22)",
            "So as you know, we're on our way to Philadelphia where the President will deliver"
            " remarks on how his plan is fueling the clean energy future. We're creating projects"
            " in our factories with our workers, and attracting more than $500 billion in private"
            " sector manufacturing and clean energy investments that will support good paying"
            " jobs. In Philadelphia, the President will visit the shipyard for a steel cutting"
            " ceremony for a vessel that will be used to help build offshore wind farms.",
            "In Philadelphia, the President will visit the shipyard for a steel cutting ceremony.",
            "And with that, I'm happy to take your questions.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Olive Dane", "Principal Deputy Press Secretary")
    ]
    [segment] = result.segments
    assert segment.answerers == ["Olive Dane"]
    assert segment.paragraphs[0].startswith("So as you know")


def test_a_tv_journalist_commenting_on_a_briefing_is_no_speaker():
    page = "\n".join(
        [
            "Andrea Mills: Sam Spence First Press Briefing Was ‘Substantive’ and ‘Responsive’",
            "MSNBC's Andrea Mills praised Sam Spence's first full White House press conference"
            ' Monday, calling it "substantive" and "responsive."',
            "Here's a transcript:",
            "SNOW: “Good afternoon. You have been watching a rather lengthy White House briefing."
            " NBC’s chief foreign affairs correspondent Andrea Mills has been watching along with"
            " us as well. Give me some of your headlines.”",
            "MILLS: “First of all, he came out with a joke. And it was substantive. It was"
            " responsive. He took lots of questions.”",
        ]
    )
    result = parse_article(page)
    assert "Andrea Mills" not in {s.name for s in result.speakers}
    assert all("Andrea Mills" not in s.answerers for s in result.segments)

"""blind32's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_short_offices_and_indian_honorifics_in_capitals_labels_are_no_part_of_the_name():
    briefing = (
        "Press Briefing\n\n"
        "USEC. RAMOS: Good morning MPC; happy Monday. Let’s now have the Presidential "
        "Spokesperson. Good morning, sir.\n\n"
        "MPC: Good morning.\n\n"
        "SHRI ANIL MEHRA: Friends, good morning. I am privileged to add my own voice.\n"
    )
    names = {s.name for s in parse_article(briefing).speakers}
    assert "Ramos" in names and "Anil Mehra" in names
    assert not any(n.startswith(("Usec", "Shri")) for n in names)


def test_a_panel_presented_as_our_director_keeps_the_post_without_our():
    page = (
        "Global Health Issues Virtual Press conference transcript - 8 June 2031\n\n"
        "MH Hello and welcome. Let me introduce the panel: we have Dr Ana Ruiz, our Executive "
        "Director of our Health Emergencies Programme, and Dr Li Wen, our Director for Digital "
        "Health. Over to the Director-General.\n"
    )
    posts = {s.name: s.position for s in parse_article(page).speakers}
    assert posts["Ana Ruiz"] == "Executive Director of our Health Emergencies Programme"
    assert posts["Li Wen"] == "Director for Digital Health"

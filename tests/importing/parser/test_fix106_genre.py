"""Failures of the round blind106 (scored blind once after blind105, then fixed for the
genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_french_report_names_its_minister_post_first():
    page = "\n".join(
        [
            "Khartoum — Le ministre de l'Information, des Communications et de la Technologie, "
            "Bishara Juma Arou a déclaré que les récents événements avaient causé de graves "
            "dommages aux biens publics et privés.",
            "Lors d'une conférence de presse tenue jeudi soir à l'agence de presse, le ministre a "
            "souligné l'importance de réparer ces dommages.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Bishara Juma Arou", "ministre de l'Information, des Communications et de la Technologie")
    ]


def test_a_french_minister_who_made_a_press_statement_after_a_meeting():
    page = "\n".join(
        [
            "A l’issue de la réunion avec les ambassadeurs, le ministre des affaires étrangères, "
            "porte parole du gouvernement, Mahmoud Ali Yousef, a fait un point de presse dans "
            "lequel il a indiqué la candidature du pays au conseil de sécurité.",
        ]
    )
    assert [s.name for s in parse_article(page).speakers] == ["Mahmoud Ali Yousef"]

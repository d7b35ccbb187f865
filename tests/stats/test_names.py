"""One outlet, many spellings: the plain-Python rules."""

import pytest

from releases.stats.names import display_name, key


@pytest.mark.parametrize(
    "printed",
    [
        "大众日报记者",
        "大众日报",
        "大众日報記者",
        "大众日报的记者",
        "大众日报首席记者",
        " 大众日报记者:",
    ],
)
def test_key_is_shared_by_spellings_of_one_outlet(printed):
    assert key(printed) == "大众日报"


@pytest.mark.parametrize(
    "printed",
    [
        "Reuters",
        "REUTERS",
        "Reuters reporter",
        "ＲＥＵＴＥＲＳ",
        "Reuters correspondent",
        "reuters:",
    ],
)
def test_key_folds_width_case_and_the_reporter(printed):
    assert key(printed) == "reuters"


def test_key_drops_spacing_and_punctuation_inside_the_name():
    assert key("齐鲁晚报·齐鲁壹点") == key("齐鲁晚报 齐鲁壹点") == "齐鲁晚报齐鲁壹点"
    assert key("ITV News") == "itvnews"


@pytest.mark.parametrize("printed", ["", "记者", "  ", "Reporter", ":"])
def test_key_is_empty_when_no_outlet_is_named(printed):
    assert key(printed) == ""


def test_key_keeps_different_outlets_apart():
    assert key("新华社记者") != key("新华网记者")
    assert key("网友") == "网友"  # not a reporter: kept as printed


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("大众日报记者", "大众日报"),
        ("新华社驻东京记者", "新华社"),
        ("ＲＥＵＴＥＲＳ  reporter", "REUTERS"),
        ("Reuters’ correspondent", "Reuters"),
        ("The Times", "The Times"),
        ("记者", ""),
    ],
)
def test_display_name_cuts_only_the_person(printed, name):
    assert display_name(printed) == name


@pytest.mark.parametrize(
    "printed",
    ["大众日報記者", "新華社駐東京記者", "ＲＥＵＴＥＲＳ  reporter", "Reuters’ correspondent"],
)
def test_the_name_given_to_a_new_outlet_has_the_key_of_its_spelling(printed):
    # A new outlet is found again by its own name: resolve() relies on it.
    assert key(display_name(printed)) == key(printed)

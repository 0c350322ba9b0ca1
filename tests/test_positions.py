"""Position titles before and after a name, on sentences written for these tests."""

from __future__ import annotations

from bilateral import parse


def titles(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in parse(text, id="t").people]


def test_the_bodys_title_comes_before_the_headlines() -> None:
    text = "PM Karlsson Visits Oslo\n\nSwedish Prime Minister Erik Karlsson arrived in Oslo today."
    assert titles(text) == [("Erik Karlsson", "Swedish Prime Minister")]


def test_a_title_given_only_in_the_headline_is_kept() -> None:
    text = "PM Erik Karlsson in Oslo\n\nErik Karlsson arrived in Oslo today."
    assert titles(text) == [("Erik Karlsson", "PM")]


def test_a_list_of_portfolios_before_the_name() -> None:
    text = "Peru received the Minister of Arts, Culture and Heritage Nadia Rahim on Monday."
    assert titles(text) == [("Nadia Rahim", "Minister of Arts, Culture and Heritage")]


def test_a_list_of_portfolios_after_the_name() -> None:
    text = (
        "Peru received Luis Ortega Vidal, Minister of Foreign Affairs, European Union and "
        "Cooperation of Spain, on Monday."
    )
    assert titles(text) == [
        (
            "Luis Ortega Vidal",
            "Minister of Foreign Affairs, European Union and Cooperation of Spain",
        )
    ]


def test_a_comma_without_a_list_ends_the_title() -> None:
    text = "Peru received Ana Lopez, Minister of Health, and Rui Costa, Minister of Ports."
    assert titles(text) == [("Ana Lopez", "Minister of Health"), ("Rui Costa", "Minister of Ports")]


def test_a_title_after_as_in_a_relative_clause() -> None:
    text = (
        "Kenji Mori, who has just taken up his post as Japanese Ambassador to Fiji, met "
        "Fijian officials. Tomas Varga, who said little, left."
    )
    assert titles(text) == [("Kenji Mori", "Japanese Ambassador to Fiji"), ("Tomas Varga", None)]


def test_an_honorific_after_a_name_opens_the_next_persons_title() -> None:
    text = (
        "Fiji met the Minister of Finance Aisha Nahid, the Minister of Environment Dr. Omar "
        "Rasheed and others."
    )
    assert titles(text) == [
        ("Aisha Nahid", "Minister of Finance"),
        ("Omar Rasheed", "Minister of Environment"),
    ]


def test_an_apposition_ends_at_the_comma_before_the_next_persons_rank() -> None:
    text = (
        "On hand were Vice-Senior General Kyaw Lin, Deputy Commander (Army), General Aung Myo, "
        "Chief of Staff (Navy and Air), and guests."
    )
    assert titles(text) == [
        ("Kyaw Lin", "Deputy Commander (Army)"),
        ("Aung Myo", "Chief of Staff (Navy and Air)"),
    ]


def test_a_plural_position_after_a_comma_is_not_the_persons() -> None:
    text = "Peru hosted Aung Myo, Chief of Staff (Navy), senior officers and guests."
    assert titles(text) == [("Aung Myo", "Chief of Staff (Navy)")]


def test_a_title_goes_on_over_at() -> None:
    text = "Qatar received Salim Al Harthy, Undersecretary for Culture at the Ministry of Culture."
    assert titles(text) == [
        ("Salim Al Harthy", "Undersecretary for Culture at the Ministry of Culture")
    ]


def test_regional_adjectives_stand_in_a_title() -> None:
    text = "Chile met Ivan Petrov, Commander of the Northern Fleet, in Santiago."
    assert titles(text) == [("Ivan Petrov", "Commander of the Northern Fleet")]


def test_an_honorific_closes_a_title_in_apposition() -> None:
    # "Dr." opens the next person's name: the phrase before it is that person's title.
    text = "Fiji met Aisha Nahid, the Minister of Environment Dr. Omar Rasheed and others."
    assert titles(text) == [("Aisha Nahid", None), ("Omar Rasheed", "Minister of Environment")]


def test_a_headline_running_into_a_name_does_not_give_the_name() -> None:
    text = "Erik Karlsson Meets Oslo Mayor\n\nSwedish Prime Minister Erik Karlsson arrived today."
    assert titles(text) == [("Erik Karlsson", "Swedish Prime Minister")]


def test_a_plurals_possessive_stands_in_a_title() -> None:
    text = "Peru met United States' Acting Assistant Secretary Mark Doyle and Chile's Ana Ruiz."
    assert titles(text) == [
        ("Mark Doyle", "United States' Acting Assistant Secretary"),
        ("Ana Ruiz", None),
    ]

"""Topics: fields of cooperation between the sides, not one side's own affairs."""

from __future__ import annotations

from _whathappened import article
from bilateral._engagements import build_context
from bilateral._topics import find_topics
from bilateral.model import Aid, Topic


def topics(text: str, aid: tuple[Aid, ...] = ()) -> list[str]:
    doc = article(text)
    return [t.topic.value for t in find_topics(doc, build_context(doc, (), (), ()), aid)]


def test_fields_of_cooperation_are_found() -> None:
    got = topics(
        " date 2024-05-17 The two sides agreed to expand cooperation in agriculture, "
        "vocational training and tourism, and to step up the transfer of technology."
    )
    assert got == ["agriculture", "education", "science_technology", "tourism"]


def test_a_briefing_on_own_affairs_is_not_a_topic() -> None:
    got = topics(
        " date 2024-05-17 The governor briefed his guest on the province's national defence "
        "and security. Both sides hoped to boost trade."
    )
    assert got == ["trade"]


def test_a_sentence_without_cooperation_names_no_topic() -> None:
    assert topics(" date 2024-05-17 The city has many hospitals and universities.") == []


def test_aid_given_is_humanitarian_and_topics_carry_spans() -> None:
    doc = article(" date 2024-05-17 The two sides discussed health care.")
    found = find_topics(doc, build_context(doc, (), (), ()), (Aid("rice", 5.0, "tonne"),))
    assert [t.topic for t in found] == [Topic.HEALTH, Topic.HUMANITARIAN]
    assert found[0].spans[0].of(doc.text) == "health care"


def test_cue_words_inside_titles_and_names_do_not_count() -> None:
    got = topics(
        " date 2024-05-17 The two sides agreed to deepen ties, said the Minister of Foreign "
        "Trade and Investment, speaking at the port of Lome after a media statement."
    )
    assert got == []


def test_travel_alone_is_no_tourism() -> None:
    got = topics(" date 2024-05-17 The two sides agreed that experts would travel to the capital.")
    assert got == []


def test_new_cues_of_cooperation() -> None:
    got = topics(
        " date 2024-05-17 The two sides agreed to cooperate on carbon credits, solar power, "
        "the digital economy, direct flights, food processing, border control and football, "
        "and to step up exchanges between their localities."
    )
    assert got == [
        "agriculture",
        "culture",
        "science_technology",
        "transport",
        "environment",
        "energy",
        "security",
        "people_to_people",
    ]


def test_road_construction_is_not_urban_development() -> None:
    got = topics(" date 2024-05-17 The two sides discussed support in road construction.")
    assert got == ["transport"]

"""Topics: fields of cooperation between the sides, not one side's own affairs."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from _whathappened import article
from bilateral._extract import topics as _topics
from bilateral._extract.analysis import build_context
from bilateral._extract.layout import read_document
from bilateral._extract.topics import find_topics
from bilateral.model import Aid, Span, Topic
from bilateral.strategies import article_texts


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


_LEADS = st.sampled_from(
    ["The sides agreed to boost cooperation in", "They discussed collaboration on",
     "The host briefed the guest on", "Ties in", "", "x"]
)  # fmt: skip
_FIELDS = st.sampled_from(
    ["education", "health care", "trade", "tourism", "culture", "agriculture", "defence",
     "climate change", "science and technology", "investment", "energy", "transport"]
)  # fmt: skip
_JOINS = st.sampled_from([". ", ", ", " and ", " ", "-", "\n\n", "x"])
_COOPERATION_TEXTS = st.lists(
    st.tuples(_LEADS, st.sampled_from([" ", "-", ""]), _FIELDS, _JOINS).map("".join),
    min_size=1,
    max_size=12,
).map("".join)


@given(st.one_of(article_texts(), _COOPERATION_TEXTS))
def test_the_cue_positions_path_finds_what_the_general_walk_finds(text: str) -> None:
    # find_topics tries cues only at the automaton's positions when the sentences allow
    # it, else walks the combined regex's hits; both must find the same cues.
    doc = read_document(text, "<test>")
    ctx = build_context(doc, (), (), ())
    assume(ctx.sentences)  # find_topics asks neither path then
    cues = _topics._split_cues(doc, ctx)
    assume(cues is not None)
    fast: dict[Topic, list[Span]] = {}
    general: dict[Topic, list[Span]] = {}
    _topics._cues_at(doc, ctx.sentences, cues, fast)
    _topics._cues_by_hits(doc, ctx, general)
    assert fast == general

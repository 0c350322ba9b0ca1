"""Topics: fields of cooperation between the sides, not one side's own affairs, not words
inside names or titles. The sentences and names are invented for the tests."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from _whathappened import article
from bilateral._extract.analysis import build_context
from bilateral._extract.cues import TOPIC_PHRASES, phrase_regex
from bilateral._extract.layout import read_document
from bilateral._extract.topics import find_topics
from bilateral.model import Aid, Topic
from bilateral.strategies import article_texts

HEADER = " date 2024-05-17 "


def topics(text: str, aid: tuple[Aid, ...] = ()) -> list[str]:
    doc = article(HEADER + text)
    return [t.topic.value for t in find_topics(doc, build_context(doc, (), (), ()), aid)]


def cues(text: str) -> list[tuple[str, str]]:
    """Each topic with the words of its cue phrases, in codebook order."""
    doc = article(HEADER + text)
    found = find_topics(doc, build_context(doc, (), (), ()))
    return [(t.topic.value, s.of(doc.text)) for t in found for s in t.spans]


# --- the frame: a sentence about cooperation ---


def test_fields_of_cooperation_are_found() -> None:
    got = topics(
        "The two sides agreed to expand cooperation in agriculture, vocational training "
        "and tourism, and to step up the transfer of technology."
    )
    assert got == ["agriculture", "education", "science_technology", "tourism"]


def test_a_sentence_without_cooperation_names_no_topic() -> None:
    assert topics("The city has many hospitals and universities.") == []


def test_discussing_thanking_and_handing_over_are_cooperation() -> None:
    assert topics("The ministers went over maritime domain awareness.") == ["security"]
    assert topics("She thanked Ostravia for the scholarships.") == ["education"]
    assert topics("The crates were handed over at the marine conservation centre.") == [
        "environment",
        "humanitarian",
    ]
    assert topics("The crates stood at the marine conservation centre.") == []


# --- one side's own affairs ---


def test_a_briefing_on_own_affairs_is_not_a_topic() -> None:
    got = topics(
        "The governor briefed his guest on the province's national defence and security. "
        "Both sides hoped to boost trade."
    )
    assert got == ["trade"]


def test_own_affairs_end_where_a_new_clause_turns() -> None:
    turned = "The governor briefed his guest on the province's tourism, and proposed that "
    assert topics(turned + "the two sides boost hydropower.") == ["energy"]
    # without the turn, the whole clause is the province's own account
    got = topics(
        "The governor briefed his guest on the province's tourism and plans to boost hydropower."
    )
    assert got == []


def test_own_affairs_end_at_a_semicolon() -> None:
    got = topics(
        "Mr Varo congratulated Ostravia on its achievements in tourism; the sides agreed "
        "to work together on biodiversity."
    )
    assert got == ["environment"]
    got = topics(
        "Mr Varo congratulated Ostravia on its achievements in tourism, as the sides agreed "
        "to work together on biodiversity."
    )
    assert got == []


def test_praise_of_one_sides_success_is_its_own_affairs() -> None:
    assert topics("He praised Ostravia's success in pandemic prevention.") == []
    assert topics("He praised their cooperation in pandemic prevention.") == ["health"]


def test_a_report_at_home_is_own_affairs() -> None:
    assert topics("He praised what Ostravia had done at home in hydropower.") == []
    assert topics("He praised what Ostravia had done with them in hydropower.") == ["energy"]


def test_a_photo_caption_between_sentences_names_no_field() -> None:
    text = "The two sides agreed to boost trade.\n\n{}\n\nThey also discussed culture."
    assert topics(text.format("Delegates agree on tourism at the talks (Photo: VNA)")) == [
        "culture",
        "trade",
    ]
    assert topics(text.format("Delegates agree on tourism at the talks.")) == [
        "culture",
        "trade",
        "tourism",
    ]


# --- words inside names and titles ---


def test_cue_words_inside_titles_and_names_do_not_count() -> None:
    got = topics(
        "The two sides agreed to deepen ties, said the Minister of Foreign "
        "Trade and Investment, speaking at the port of Lome after a media statement."
    )
    assert got == []


def test_a_head_word_after_the_cue_makes_a_name() -> None:
    assert topics("The two sides agreed, said Ostravia's Trade Minister.") == []
    assert topics("The two sides welcomed the Norland Security Council.") == []
    assert topics("The two sides welcomed the Norland Security Corridor.") == ["security"]


def test_a_head_word_before_the_cue_with_of_makes_a_name() -> None:
    assert topics("The two sides welcomed the Ministry of Agriculture and Fisheries.") == []
    assert topics("The two sides welcomed the Norland Front for National Defence.") == []
    # a place name before a project's name is no office: the project is cooperation
    got = topics("The two sides welcomed the Port Velin Urban Development Project.")
    assert got == ["urban_development"]


def test_a_cue_that_is_itself_a_head_word_beside_a_capitalised_word() -> None:
    assert topics("The two sides supported Kelmar University.") == []
    assert topics("The two sides supported the Association of Friendship.") == []
    assert topics("Universities will cooperate more.") == ["education"]
    assert topics("University exchanges will grow.") == ["education"]


def test_a_document_named_after_a_field_is_that_field() -> None:
    got = topics("The two sides discussed the Norland Free Trade Agreement.")
    assert got == ["trade"]


def test_capitalised_fields_in_a_list_are_fields() -> None:
    got = topics("The two sides will cooperate in Agriculture, Education and Health.")
    assert got == ["agriculture", "education", "health"]


def test_a_field_word_before_a_title_word_is_part_of_the_title() -> None:
    assert topics("The two sides agreed, the health minister said.") == []
    assert topics("The two sides agreed on health, the minister said.") == ["health"]


def test_fields_after_an_office_word_and_of_are_its_title() -> None:
    assert topics("The two sides agreed, said the minister of foreign trade and tourism.") == []
    # "of" after other words is no title
    got = topics("The ministers of the two countries agreed on trade and tourism.")
    assert got == ["trade", "tourism"]


def test_a_name_runs_over_small_words_and_stops_at_other_lower_case_words() -> None:
    # "&", "and", "the", "of", "for" and "on" hold a name together
    assert topics("The two sides welcomed the Norland Trade & Tourism Council.") == []
    assert topics("The two sides welcomed the Norland Front for the Defence of Lakes.") == []
    assert topics("The two sides welcomed the Norland Forum on Tourism.") == []
    assert topics("The two sides welcomed the Norland Society of Tourism.") == []
    assert topics("The two sides welcomed the Norland Trade and Industry Ministry.") == []
    assert topics("The two sides welcomed the Norland Agriculture for Lakes Agency.") == []
    assert topics("The two sides welcomed the Norland Culture of Peace Society.") == []
    assert topics("The two sides welcomed the Norland Trade Development Ministry.") == []
    # any other lower-case word ends it, to the right and to the left
    assert topics("Trade ties grew under the Norland Council.") == ["trade"]
    assert topics("The Board of the Norland Ministry praised Trade ties.") == ["trade"]
    # a comma joins two capitalised words only
    assert topics("The sides boosted Trade, the Norland Council said.") == ["trade"]


def test_a_head_at_the_start_of_the_sentence_names_the_cue_after_it() -> None:
    assert topics("Front for Tourism officials agreed to boost trade.") == ["trade"]


def test_a_cue_inside_a_hyphenated_word_of_a_name() -> None:
    assert topics("The two sides welcomed the Norland Anti-Terrorism Council.") == []
    assert topics("The two sides stepped up anti-terrorism drills.") == ["security"]


def test_a_possessive_head_is_a_head() -> None:
    assert topics("The two sides welcomed the Norland Security Council's statement.") == []


def test_a_cue_that_is_a_head_word_before_a_capitalised_word() -> None:
    assert topics("The two sides discussed Port Velin.") == []
    # a lower-case head word after the name is no part of it
    assert topics("The two sides welcomed Norland Trade council plans.") == ["trade"]


def test_fields_after_an_office_word_and_for_or_on_are_its_title() -> None:
    assert topics("The two sides agreed, said the minister for tourism.") == []
    assert topics("The two sides agreed, said the committee on trade.") == []


# --- the longest phrase, and phrases that only look like fields ---


def test_the_longest_phrase_decides_the_topic() -> None:
    got = cues("The two sides agreed to cooperate on food security and with trade unions.")
    assert got == [("agriculture", "food security"), ("labour", "trade unions")]


def test_words_that_only_look_like_fields() -> None:
    got = topics(
        "The two sides agreed to press ahead, the minister told the media, and the goods "
        "went by road."
    )
    assert got == []
    assert topics("The two sides agreed to support the media and the roads.") == [
        "transport",
        "media",
    ]


def test_a_pandemic_as_a_circumstance_is_no_field() -> None:
    assert topics("Trade ties grew despite the COVID-19 pandemic.") == ["trade"]
    got = topics("The two sides agreed to work together in the fight against COVID-19.")
    assert got == ["health"]


# --- lists of fields ---


def test_a_list_of_three_fields_is_an_agenda() -> None:
    assert topics("The minister named trade, tourism, rural roads and health.") == [
        "health",
        "trade",
        "transport",
        "tourism",
    ]
    assert topics("The minister named trade, tourism and health.") == [
        "health",
        "trade",
        "tourism",
    ]
    assert topics("The minister named trade and tourism.") == []
    # three words of two topics are no agenda
    assert topics("The minister named trade, exports and tourism.") == []


def test_a_list_is_broken_by_other_words() -> None:
    assert (
        topics("The minister named trade, then spoke of the tourism of the region and health.")
        == []
    )


# --- aid, spans ---


def test_aid_given_is_humanitarian_and_topics_carry_spans() -> None:
    doc = article(HEADER + "The two sides discussed health care.")
    found = find_topics(doc, build_context(doc, (), (), ()), (Aid("rice", 5.0, "tonne"),))
    assert [t.topic for t in found] == [Topic.HEALTH, Topic.HUMANITARIAN]
    assert [s.of(doc.text) for s in found[0].spans] == ["health care"]


def test_every_cue_is_reported_with_its_words() -> None:
    got = cues("The sides agreed to boost trade, e-commerce and trade fairs.")
    assert got == [("trade", "trade"), ("trade", "e-commerce"), ("trade", "trade fairs")]


# --- properties over the whole table ---

_COOPERATION = (
    "The two sides agreed to boost cooperation on {}.",
    "They discussed {} at length.",
    "Both ministers thanked each other for the work on {}.",
)
_OWN_AFFAIRS = (
    "The governor briefed his guest on the province's {}.",
    "He congratulated the hosts on their achievements in {}.",
)


def _spelled(phrase: str, joins: int) -> str:
    """A spelling of a phrase its regex must accept: ``*`` as nothing or a plural ``s``,
    spaces as hyphens, hyphens as spaces or nothing (chosen by the bits of ``joins``)."""
    out: list[str] = []
    for k, part in enumerate(re.split(r"([ -])", phrase)):
        bit = (joins >> k) & 1
        if part == " ":
            out.append("-" if bit else " ")
        elif part == "-":
            out.append("" if bit else " ")
        else:
            out.append(part.replace("*", "s" if bit else ""))
    return "".join(out)


@given(
    st.sampled_from(TOPIC_PHRASES),
    st.sampled_from(_COOPERATION),
    st.sampled_from(_OWN_AFFAIRS),
    st.integers(0, 255),
)
def test_every_phrase_names_its_topic_in_cooperation_and_none_in_own_affairs(
    row: tuple[Topic | None, str], cooperation: str, own: str, joins: int
) -> None:
    topic, phrase = row
    words = _spelled(phrase, joins)
    want = [] if topic is None else [topic.value]
    assert topics(cooperation.format(words)) == want
    assert topics(own.format(words)) == []


def test_every_phrase_of_the_table_is_spelled_as_its_regex_reads_it() -> None:
    # a deterministic sweep of the table, in the plainest spelling and the first frame
    wrong = [
        phrase
        for topic, phrase in TOPIC_PHRASES
        if topics(_COOPERATION[0].format(_spelled(phrase, 0)))
        != ([] if topic is None else [topic.value])
    ]
    assert wrong == []


@given(article_texts())
def test_reported_spans_are_cue_phrases_of_their_topic(text: str) -> None:
    doc = read_document(text, "<test>")
    found = find_topics(doc, build_context(doc, (), (), ()))
    regexes = {
        topic: [re.compile(phrase_regex(p)) for t, p in TOPIC_PHRASES if t == topic]
        for topic in {t.topic for t in found}
    }
    for mention in found:
        for span in mention.spans:
            words = doc.folded[span.start : span.end]
            assert any(rx.fullmatch(words) for rx in regexes[mention.topic]), words

"""Agreements on sentences written for the tests (invented places, people and bodies).

Each rule has a case where it applies and one beside it where it must not: signed or
planned or only referred to, counted and named, periods in their written forms, who
signed, and the evidence each record's spans cover.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from _whathappened import article, person
from bilateral._extract.agreements import find_agreements, period
from bilateral._extract.analysis import build_context
from bilateral._extract.documents import PERIOD, periods_in
from bilateral._text import fold
from bilateral.model import Agreement


def found(text: str, *people: str) -> tuple[Agreement, ...]:
    """The agreements of a one-paragraph story; ``people`` are named persons in it."""
    doc = article(" date 2024-05-17 " + text)
    persons = [person(doc, name, "NLD") for name in people]
    return find_agreements(doc, build_context(doc, persons, (), ()))


def records(text: str, *people: str) -> list[Agreement]:
    """The agreements without their spans (those are checked by :func:`evidence`)."""
    return [attrs.evolve(a, spans=()) for a in found(text, *people)]


def evidence(text: str) -> list[list[str]]:
    """What each agreement's spans cover, in the story's text."""
    doc = article(" date 2024-05-17 " + text)
    return [[s.of(doc.text) for s in a.spans] for a in found(text)]


def signed(kind: str, *parties: str, start: int | None = None, end: int | None = None) -> Agreement:
    return Agreement(kind, parties, start, end, True)


def planned(
    kind: str, *parties: str, start: int | None = None, end: int | None = None
) -> Agreement:
    return Agreement(kind, parties, start, end, False)


# --- periods, in every written form ---


def test_periods_in_their_written_forms() -> None:
    assert period("for the 2024-2028 period") == (2024, 2028)
    assert period("for the 2026 – 2030 period") == (2026, 2030)
    assert period("from 2025 through 2029") == (2025, 2029)
    assert period("between 2024 and 2026") == (2024, 2026)
    assert period("valid for the years 2024 and 2025") == (2024, 2025)
    assert period("for the 2024/25 season") == (2024, 2025)
    assert period("for 2021-2025 and 2021-2030") == (2021, 2030)  # the span of all
    assert period("running to 2031") == (None, 2031)
    assert period("valid to 2031") == (None, 2031)
    assert period("until October 2028") == (None, 2028)
    assert period("to 31 March 2026") == (None, 2026)


def test_no_period_where_no_span_of_years_is_given() -> None:
    assert period("for a five-year term") == (None, None)
    assert period("signed in 2016") == (None, None)
    assert period("on 2023-04-05") == (None, None)  # a date, not a period
    assert period("from 2030 to 2020") == (None, None)  # backwards
    assert period("from 1950 to 2030") == (None, None)  # wider than any document's


_FORMS = (
    "for {a}-{b}", "for the {a} - {b} period", "from {a} to {b}", "from {a} through {b}",
    "between {a} and {b}", "for the years {a} and {b}", "covering {a} to {b}",
)  # fmt: skip


@given(st.integers(1990, 2089), st.integers(1, 10), st.sampled_from(_FORMS), st.booleans())
def test_a_period_survives_being_written_in_any_form(
    start: int, length: int, form: str, title: bool
) -> None:
    phrase = form.format(a=start, b=start + length)
    assert period(phrase.title() if title else phrase) == (start, start + length)
    story = f"The two cities signed a cooperation agreement {phrase}."
    assert records(story) == [signed("cooperation agreement", start=start, end=start + length)]


_PIECES = (
    "for", "the", "from", "between", "and", "years", "until", "valid", "running", "to",
    "through", "the end of", "31 March", "October", "signed in", "period", ",", "-", "/",
)  # fmt: skip


@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.integers(1985, 2095).map(str), st.just("25")),
        max_size=14,
    )
)
def test_periods_looked_for_around_years_are_those_of_the_whole_regex(words: list[str]) -> None:
    # periods_in tries PERIOD only near the years, for speed: it must find what it finds
    text = fold(" ".join(words))
    fast = [m.span() for m in periods_in(text, 0, len(text))]
    assert fast == [m.span() for m in PERIOD.finditer(text)]


@given(st.integers(1990, 2090), st.sampled_from(("until", "till", "through", "running to")))
def test_a_period_with_only_an_end_gives_the_end(year: int, word: str) -> None:
    assert period(f"valid {word} {year}") == (None, year)


def test_a_period_belongs_to_the_document_it_follows_or_precedes() -> None:
    got = records(
        "The ministers signed a 2024-2026 work plan on customs and an agreement on fisheries "
        "for 2025-2027."
    )
    assert got == [
        signed("work plan", start=2024, end=2026),
        signed("agreement", start=2025, end=2027),
    ]


def test_a_period_told_later_of_the_same_document_is_its_period() -> None:
    got = records(
        "The two governors signed a memorandum of understanding on tourism. "
        "Under the renewal terms, the memorandum will remain valid until October 2029."
    )
    assert got == [signed("memorandum of understanding", end=2029)]
    # not of a document only carried out under it
    got = records(
        "The health ministries signed a memorandum of understanding on Monday. The memorandum "
        "sets out how they will carry out the Clean Water Programme for the 2024-2027 period."
    )
    assert got == [signed("memorandum of understanding", start=2024, end=2027)]


# --- kinds of document, and what is none ---


def test_each_kind_of_document_keeps_its_words() -> None:
    got = records(
        "The delegations signed a letter of intent on ports, a protocol on customs, a "
        "convention on taxes, a charter of partnership, an arrangement on visas, a roadmap "
        "for trade, a peace treaty, a plan of action, an executive programme, a joint "
        "declaration, the minutes of the session and a supply contract."
    )
    assert [a.kind for a in got] == [
        "letter of intent", "protocol", "convention", "charter", "arrangement", "roadmap",
        "peace treaty", "plan of action", "executive programme", "joint declaration",
        "minutes", "supply contract",
    ]  # fmt: skip
    assert all(a.signed for a in got)


def test_modifiers_are_the_name_and_evaluations_are_not() -> None:
    got = records(
        "The ministers inked a new comprehensive economic partnership agreement and the "
        "landmark Modernized Trade Accord."
    )
    assert [a.kind for a in got] == [
        "comprehensive economic partnership agreement",
        "modernized trade accord",
    ]


def test_a_verb_before_the_noun_is_no_modifier() -> None:
    assert records("The two regions were signing agreements on trade.") == [signed("agreements")]


def test_that_before_a_count_is_a_conjunction() -> None:
    got = records(
        "The two sides signed an agreement on trade. The ministry said that five agreements "
        "were signed in all."
    )
    assert got == [signed("agreement"), signed("agreements")]
    got = records(
        "The two sides signed an agreement on trade. The ministry said that agreement was "
        "the first."
    )
    assert got == [signed("agreement")]


def test_a_name_is_at_most_four_modifiers_and_no_possessor() -> None:
    assert records("They signed the Lake Orra River Basin Water Sharing Agreement.") == [
        signed("river basin water sharing agreement")
    ]
    assert records("They hope to move forward with signing Norland's Updated Trade Agreement.") == [
        planned("updated trade agreement")
    ]


def test_joint_statements_communiques_and_notes_are_no_agreements() -> None:
    assert (
        records(
            "The two sides signed a joint statement, issued a joint communique and exchanged "
            "diplomatic notes on the border. They signed an exchange of notes on visas."
        )
        == []
    )
    assert records("The two sides signed a joint statement and an agreement on visas.") == [
        signed("agreement")
    ]


def test_a_list_with_a_statement_or_notes_shares_what_is_said_of_it() -> None:
    assert records("The ministers signed a communique and an agreement on visas.") == [
        signed("agreement")
    ]
    assert records("The ministers signed diplomatic notes and a protocol on ports.") == [
        signed("protocol")
    ]
    assert records("The ministers read a communique and an agreement on visas.") == []


def test_a_noun_that_only_looks_like_a_document_is_none() -> None:
    assert records("Both teams have done a great deal of work, and signed a deal.") == [
        signed("deal")
    ]
    assert records("The ministers signed on to the treaty regime of the region.") == []
    got = records(
        "Ten agreements were signed, including an MoU on health. The teams have done a great "
        "deal of work."
    )
    assert [a.kind for a in got] == ["agreements", "mou"]


def test_a_plan_is_a_document_only_in_its_compounds() -> None:
    assert records("They signed up to a plan to build a port.") == []
    assert records("They signed an action plan to build a port.") == [signed("action plan")]


# --- signed, planned, or only referred to ---


def test_signed_told_by_the_verb_before_or_after_the_name() -> None:
    assert records("The two provinces signed a memorandum of understanding.") == [
        signed("memorandum of understanding")
    ]
    assert records("A memorandum of understanding on water was signed by the two provinces.") == [
        signed("memorandum of understanding")
    ]
    assert records("They praised the treaty that the two kingdoms signed in 1990.") == [
        signed("treaty")
    ]
    assert records("A protocol on customs was put to the two ministers.") == []


def test_signed_in_other_words() -> None:
    got = records(
        "Valmont and Kestrel now share a roadmap for 2024-2025, with both mayors' signatures "
        "on the document."
    )
    assert got == [signed("roadmap", start=2024, end=2025)]
    assert records("A cooperation agreement for 2022-2027 has been reached.") == [
        signed("cooperation agreement", start=2022, end=2027)
    ]
    assert records("The two sides reached an agreement on prices.") == []


def test_working_towards_a_document_is_planned() -> None:
    assert records("Both sides are working towards an agreement on fisheries.") == [
        planned("agreement")
    ]
    assert records("Both sides are working in the fisheries agreement's spirit.") == []


def test_instruments_of_ratification_are_no_agreement() -> None:
    assert records("They exchanged instruments of ratification of the border treaty.") == []
    assert records("They exchanged instruments of cooperation on border trade.") == [
        signed("instruments")
    ]


def test_proposed_or_negotiated_is_planned() -> None:
    assert records("The minister proposed signing a treaty on borders.") == [planned("treaty")]
    assert records("The sides opened negotiations on a free trade agreement.") == [
        planned("free trade agreement")
    ]
    assert records("The sides reviewed the negotiations on the free trade agreement.") == []


def test_to_be_signed_or_drawn_up_is_planned() -> None:
    assert records(
        "The two sides agreed to sign a trade agreement and to draw up an action plan. A "
        "protocol on visas is expected to be signed in June, and a treaty will be drafted."
    ) == [
        planned("trade agreement"),
        planned("action plan"),
        planned("protocol"),
        planned("treaty"),
    ]


def test_planned_then_signed_is_one_signed_document() -> None:
    got = records(
        "The ministers agreed to sign a cooperation agreement for 2024-2026. After the talks, "
        "they signed the cooperation agreement for the 2024-2026 period."
    )
    assert got == [signed("cooperation agreement", start=2024, end=2026)]


def test_a_signing_still_to_come_after_the_name_is_planned() -> None:
    assert records("The memorandum of agreement is scheduled for signing in May.") == [
        planned("memorandum of agreement")
    ]
    assert records("The memorandum of agreement was presented to the press in May.") == []


def test_documents_only_referred_to_do_not_count() -> None:
    assert (
        records(
            "The ministers reviewed the trade agreement in force, praised the implementation of "
            "the water treaty and discussed a customs protocol. They celebrated the accord."
        )
        == []
    )
    assert records("The ministers praised the implementation of the agreement signed earlier.") == [
        signed("agreement")
    ]


def test_a_signing_only_celebrated_does_not_count() -> None:
    assert records("The towns marked 30 years since they signed the water treaty.") == []
    assert records("The towns marked the day on which they signed the water treaty.") == [
        signed("water treaty")
    ]


def test_documents_already_signed_named_in_passing_do_not_count() -> None:
    assert records("They will act in line with signed agreements.") == []
    assert records("They will act as the two sides signed agreements.") == [signed("agreements")]


def test_under_a_document_is_only_a_reference() -> None:
    assert records("Under the agreement, the two sides will share data.") == []
    assert records("Under a memorandum signed on Monday, the two sides will share data.") == [
        signed("memorandum")
    ]


def test_drafting_documents_in_general_is_no_agreement_in_the_making() -> None:
    assert records("The party is drafting documents for its congress.") == []
    assert records("The party is drafting an agreement with the union.") == [planned("agreement")]


def test_a_verb_with_its_own_object_is_not_said_of_the_name_before_it() -> None:
    assert records("They discussed the trade agreement and signed a customs protocol.") == [
        signed("customs protocol")
    ]
    assert records("The customs protocol, the ministers said, was signed on Monday.") == [
        signed("customs protocol")
    ]


def test_after_a_name_a_verb_of_drafting_must_be_passive() -> None:
    assert records("A treaty for developing the river basin is being drafted.") == [
        planned("treaty")
    ]
    assert records(
        "The two sides signed a treaty that sets up a committee for drafting rules."
    ) == [signed("treaty")]


# --- names told again ---


def test_a_document_told_again_is_one() -> None:
    got = records(
        "The two provinces signed a cooperation agreement for 2024-2029. Both sides said the "
        "agreement would help farmers, and the deal was welcomed."
    )
    assert got == [signed("cooperation agreement", start=2024, end=2029)]


def test_a_short_form_in_brackets_is_the_same_document() -> None:
    got = records(
        "The two ports signed memoranda of understanding (MoUs) on shipping for 2024-2028. "
        "The MoUs cover pilots."
    )
    assert got == [signed("memoranda of understanding", start=2024, end=2028)]


def test_a_document_of_another_subject_or_period_is_another() -> None:
    got = records("The ministers signed an MoU on fisheries. The MoU on health was signed later.")
    assert got == [signed("mou"), signed("mou")]
    got = records("The ministers signed an MoU on fisheries. The MoU on fisheries was praised.")
    assert got == [signed("mou")]
    got = records(
        "The ministers signed an MoU for 2022-2024. The MoU for 2025-2026 was signed later."
    )
    assert got == [signed("mou", start=2022, end=2024), signed("mou", start=2025, end=2026)]


def test_a_document_named_for_itself_is_not_one_of_another_kind() -> None:
    got = records(
        "The two sides signed an MoU on health. They said the free trade agreement signed "
        "in 2010 had helped, and that the agreement would help more."
    )
    assert got == [signed("mou"), signed("free trade agreement")]


def test_a_document_named_first_with_the_is_the_one_signed_next() -> None:
    got = records("The photo shows the MoU signing. The port authorities signed an MoU today.")
    assert got == [signed("mou")]
    got = records("The photo shows the MoU signing. The port authorities signed a new MoU today.")
    assert got == [signed("mou"), signed("mou")]


def test_a_signing_told_in_the_lead_and_again_is_one() -> None:
    got = records(
        "The mayors looked on as a cooperation agreement between the two towns was signed. "
        "In the afternoon, the towns signed a cooperation agreement for 2023-2028."
    )
    assert got == [signed("cooperation agreement", start=2023, end=2028)]
    got = records(
        "The leaders witnessed the signing of a cooperation agreement on trade. Later, the "
        "committees signed a cooperation agreement on health."
    )
    assert [a.kind for a in got] == ["cooperation agreement", "cooperation agreement"]


def test_the_same_document_signed_by_other_people_is_another() -> None:
    text = (
        "Mayor Anouk Veldt and Governor Piet Dorrel signed an MoU on trade on Monday. "
        "Mayor Anouk Veldt and Governor Saskia Brem signed an MoU on trade today."
    )
    got = records(text, "Anouk Veldt", "Piet Dorrel", "Saskia Brem")
    assert got == [
        signed("mou", "Anouk Veldt", "Piet Dorrel"),
        signed("mou", "Anouk Veldt", "Saskia Brem"),
    ]
    # told again by one of its signers: the same
    text = (
        "Mayor Anouk Veldt and Governor Piet Dorrel signed an MoU on trade on Monday. "
        "Later, Anouk Veldt signed an MoU on trade, the city said."
    )
    got = records(text, "Anouk Veldt", "Piet Dorrel")
    assert got == [signed("mou", "Anouk Veldt", "Piet Dorrel")]


def test_documents_told_again_in_general_are_those_signed() -> None:
    got = records(
        "The two cities signed an agreement on trade. The signing of documents by the two "
        "cities shows their potential."
    )
    assert got == [signed("agreement")]
    assert records("The two cities signed documents on trade.") == [signed("documents")]


def test_a_programme_for_a_document_is_the_one_signed() -> None:
    got = records(
        "A work plan for the memorandum on fisheries has been signed by the Valmont Sea "
        "Office. The work plan is valid for the years 2025 and 2026."
    )
    assert got == [signed("work plan", "Valmont Sea Office", start=2025, end=2026)]


# --- counted documents ---


def test_counted_documents_none_named_are_one() -> None:
    assert records("The two countries signed five agreements on trade.") == [signed("agreements")]
    assert records("The two countries signed several agreements.") == [signed("agreements")]


def test_counted_documents_given_one_by_one_are_one_each() -> None:
    got = records(
        "Three protocols were inked that day: one on customs, one creating a joint council, "
        "and one covering ports."
    )
    assert got == [signed("protocol")] * 3
    got = records("Agreements were also signed on ports, on rail and roads, and on fishing.")
    assert got == [signed("agreement")] * 3


def test_a_count_with_as_many_subjects_after_one_on_is_one_each() -> None:
    got = records(
        "The two sides signed three memorandums on defence, oil and gas partnership, and "
        "cooperation between the ministries."
    )
    assert got == [signed("memorandum")] * 3
    assert (
        records("They signed three memorandums on defence, energy and health.")
        == [signed("memorandum")] * 3
    )
    # a count that the list does not match, or fields named as a range: the count alone
    assert records("They signed three memorandums on trade and investment.") == [
        signed("memorandums")
    ]
    assert records(
        "Four cooperation deals covering ports, fisheries, trade and other fields were signed."
    ) == [signed("cooperation deals")]
    assert records("They signed four deals on ports, fisheries, trade and other fields.") == [
        signed("deals")
    ]


def test_a_list_of_times_or_places_gives_no_documents() -> None:
    assert records("The agreements were signed on Monday, on the sidelines of the forum.") == [
        signed("agreements")
    ]
    assert records("Agreements were signed on trade and health.") == [signed("agreements")]


def test_a_count_with_some_named_is_those_and_one_for_the_rest() -> None:
    got = records(
        "The two governments signed twelve agreements. Among them were a protocol on "
        "fisheries and an agreement on visas."
    )
    assert got == [signed("agreements"), signed("protocol"), signed("agreement")]
    got = records(
        "Eight documents were signed. The list included a protocol on fisheries. A treaty "
        "on borders was also signed."
    )
    assert [a.kind for a in got] == ["documents", "protocol", "treaty"]


def test_a_count_with_all_named_is_those_only() -> None:
    got = records(
        "The presidents witnessed the signing of three documents. They included an MoU on "
        "health, an MoU on farming and a cooperation plan for 2024-2025."
    )
    assert got == [signed("mou"), signed("mou"), signed("cooperation plan", start=2024, end=2025)]
    got = records(
        "Two agreements were signed. The agreement on roads was signed by the Road Office, "
        "and the agreement on rail by their deputies."
    )
    assert got == [signed("agreement", "Road Office"), signed("agreement")]


def test_a_vague_count_gives_way_to_the_documents_named() -> None:
    got = records(
        "A number of documents were signed. The Health Board then put its signature to an "
        "agreement on health."
    )
    assert got == [signed("agreement", "Health Board")]
    assert records("A number of documents were signed.") == [signed("documents")]


def test_a_list_goes_on_while_it_names_documents() -> None:
    got = records(
        "Nine agreements were signed: a protocol on fisheries; a treaty on borders; an "
        "agreement on roads."
    )
    assert [a.kind for a in got] == ["agreements", "protocol", "treaty", "agreement"]
    # outside a list, a document of which nothing is said is no document of the count
    got = records("Nine agreements were signed. Later, a protocol on fisheries was presented.")
    assert got == [signed("agreements")]


def test_a_numbered_list_follows_the_documents_it_announces() -> None:
    story = (
        "The following three agreements were signed:\n\n"
        "1. MoU on Fish Exports;\n"
        "2. Executive Programme for Youth Exchanges (2024-26);\n"
        "3. Protocol on Coffee Imports."
    )
    assert records(story) == [
        signed("mou"),
        signed("executive programme", start=2024, end=2026),
        signed("protocol"),
    ]
    assert records("The following three agreements were signed.") == [signed("agreements")]


def test_the_count_named_again_in_general_is_the_count() -> None:
    got = records(
        "The two sides signed four agreements, including an MoU on health. The leaders "
        "witnessed the signing of agreements after their talks."
    )
    assert got == [signed("agreements"), signed("mou")]


def test_a_count_far_back_no_longer_lists() -> None:
    story = (
        "Nine agreements were signed, including an MoU on health. The talks were long. The "
        "weather was fine. The hosts gave a dinner. The guests toured a port. The guests "
        "toured a farm. They signed a treaty on borders."
    )
    assert [a.kind for a in records(story)] == ["agreements", "mou", "treaty"]


def test_documents_of_a_planned_count_are_planned() -> None:
    got = records(
        "The two sides will sign four agreements: an agreement on visas, a protocol on "
        "customs, a treaty on borders and a plan of action."
    )
    assert got == [
        planned("agreement"),
        planned("protocol"),
        planned("treaty"),
        planned("plan of action"),
    ]


def test_a_count_and_the_kinds_it_lists_are_one_count() -> None:
    got = records(
        "The sides inked more than twenty agreements, memoranda and protocols. Among them is "
        "a treaty on borders."
    )
    assert [a.kind for a in got] == ["agreements", "treaty"]


def test_the_first_documents_named_as_known_are_a_count() -> None:
    got = records(
        "The deals were inked at the summit. The Youth Office signed an MoU on youth. The "
        "Port Board signed an MoU on ports."
    )
    assert got == [signed("mou", "Youth Office"), signed("mou", "Port Board")]


# --- lists of documents ---


def test_a_list_shares_what_is_said_of_it() -> None:
    assert records("An MoU on health and an agreement on visas were signed.") == [
        signed("mou"),
        signed("agreement"),
    ]
    got = records(
        "A protocol was signed under which they will build a dam, as well as a space "
        "cooperation plan for 2023-2032."
    )
    assert got == [signed("protocol"), signed("space cooperation plan", start=2023, end=2032)]


def test_a_relative_clause_is_said_of_its_own_document_only() -> None:
    got = records(
        "The ministers praised the pact on ports, which their predecessors signed in 2012, "
        "and the 2019 Declaration on Trade."
    )
    assert got == [signed("pact")]
    got = records("A protocol on ports was signed on Monday, as well as the Declaration on Trade.")
    assert got == [signed("protocol"), signed("declaration")]


def test_a_document_a_verb_only_names_is_not_in_the_list() -> None:
    got = records("They signed a protocol amending the treaty on the dam, and an accord on trade.")
    assert got == [signed("protocol"), signed("accord")]


# --- who signed ---


def test_signers_of_a_passive_are_its_agents() -> None:
    got = records(
        "A fisheries protocol was signed in the port city by Deputy Minister Aro Venn and "
        "Mira Talsen, who heads the Kestrel fleet.",
        "Aro Venn",
        "Mira Talsen",
    )
    assert got == [signed("fisheries protocol", "Aro Venn", "Mira Talsen")]


def test_signers_a_document_is_between() -> None:
    got = records(
        "The premiers signed a work plan between the Valmont Trade Council and the Kestrel "
        "Chamber for their fairs."
    )
    assert got == [signed("work plan", "Valmont Trade Council", "Kestrel Chamber")]
    got = records(
        "The framework agreement was signed by the Centre for Maritime Law and the "
        "Institute for Ports on Tuesday."
    )
    assert got == [signed("framework agreement", "Centre for Maritime Law", "Institute for Ports")]


def test_signers_are_the_subject_and_those_signed_with() -> None:
    got = records(
        "Aro Venn signed with his counterpart, Mira Talsen, a roadmap.", "Aro Venn", "Mira Talsen"
    )
    assert got == [signed("roadmap", "Aro Venn", "Mira Talsen")]
    got = records(
        "After the talks, Valmont signed friendship agreements with Kestrel, Lorne and "
        "Dunmore on Friday, to run from 2023 to 2027."
    )
    assert got == [
        signed("friendship agreements", "Valmont", "Kestrel", "Lorne", "Dunmore",
               start=2023, end=2027)
    ]  # fmt: skip


def test_signers_are_in_the_clause_of_the_signing() -> None:
    assert records("The Kestrel Board said the Valmont Council signed an MoU.") == [
        signed("mou", "Valmont Council")
    ]


def test_a_signer_s_name_may_hold_a_list() -> None:
    got = records(
        "The MoU was signed by the Ministry of Ports, Roads and Rail and the Kestrel Board."
    )
    assert got == [signed("mou", "Ministry of Ports, Roads and Rail", "Kestrel Board")]
    got = records("The MoU was signed by Valmont, Kestrel and Lorne.")
    assert got == [signed("mou", "Valmont", "Kestrel", "Lorne")]


def test_no_signers_where_none_is_named() -> None:
    assert records("The two sides signed an agreement on trade.") == [signed("agreement")]
    assert records("Also signed were an agreement on trade.") == [signed("agreement")]
    got = records(
        "The two leaders signed an agreement with the aim of promoting trade.",
    )
    assert got == [signed("agreement")]


def test_a_party_named_after_the_document() -> None:
    got = records("The Valmont Port Authority signed an MoU with the Kestrel Shipping Board.")
    assert got == [signed("mou", "Valmont Port Authority", "Kestrel Shipping Board")]


def test_a_party_list_stops_at_a_dateline_and_before_a_weekday() -> None:
    got = records(
        "VALMONT, Dec. 20 (KNA) – The Valmont Port Authority and the Kestrel Shipping Board "
        "signed an MoU."
    )
    assert got == [signed("mou", "Valmont Port Authority", "Kestrel Shipping Board")]
    got = records(
        "The Valmont Port Authority and the Kestrel Shipping Board Saturday signed an MoU."
    )
    assert got == [signed("mou", "Valmont Port Authority", "Kestrel Shipping Board")]
    # a dash inside a name is no dateline's end
    got = records("The Ba Ria - Vung Tau Port Board and the Kestrel Shipping Board signed an MoU.")
    assert got == [signed("mou", "Ba Ria - Vung Tau Port Board", "Kestrel Shipping Board")]


# --- evidence ---


def test_each_record_covers_its_evidence() -> None:
    assert evidence(
        "The two provinces signed a cooperation agreement for 2024-2029. The agreement "
        "will help farmers."
    ) == [["signed a cooperation agreement for 2024-2029", "The agreement"]]
    assert evidence("A protocol on visas is expected to be signed in June.") == [
        ["A protocol on visas is expected to be signed"]
    ]


@given(
    st.sampled_from(("signed", "inked", "concluded")),
    st.sampled_from(("a trade agreement", "an MoU", "a memorandum of understanding")),
    st.sampled_from(("", " for 2024-2026", " valid until 2030")),
)
def test_a_signing_in_any_of_its_words_is_one_signed_record(
    verb: str, name: str, tail: str
) -> None:
    text = f"The two cities {verb} {name}{tail}."
    got = found(text)
    assert len(got) == 1 and got[0].signed
    assert got[0].kind == name.split(" ", 1)[1].lower()
    doc = article(" date 2024-05-17 " + text)
    (span,) = got[0].spans
    assert span.of(doc.text) == f"{verb} {name}{tail}"

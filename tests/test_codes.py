"""Event codes: the CAMEO/PLOVER table and the dyadic events each fact yields."""

from __future__ import annotations

import pendulum

from _whathappened import DYAD, article, country, person
from bilateral._extract.codes import _engagement_event, code
from bilateral._extract.pipeline import what_happened
from bilateral.model import Dyad, Engagement, EngagementKind, Event, Person, Span


def test_table_rows() -> None:
    assert (code("engagement", "visit").cameo, code("engagement", "visit").plover) == (
        "042",
        "CONSULT",
    )
    assert code("engagement", "reception").cameo == "043"
    assert code("engagement", "call").cameo == "041"
    assert code("agreement", "signed").cameo == "057"
    assert code("agreement", "planned").cameo.startswith("03")
    assert code("aid", "goods").plover == "AID"
    assert code("statement", "appeal").cameo.startswith("02")


def test_events_from_an_article() -> None:
    text = (
        " date 2024-05-17 Lao Prime Minister Somsak Inthavong is paying an official visit to "
        "Vietnam from May 15-18.\nVietnamese Prime Minister Tran Van Minh held talks with "
        "Somsak on May 16. Minh proposed expanding investment between the two countries. "
        "After the talks, they signed a cooperation agreement for 2024-2028. Vietnam also "
        "gave Laos 1,000 tonnes of rice."
    )
    doc = article(text)
    people = [
        person(doc, "Somsak Inthavong", "LAO", "Somsak"),
        person(doc, "Tran Van Minh", "VNM", "Minh"),
    ]
    countries = [
        country(doc, "LAO", "Laos", "Lao"),
        country(doc, "VNM", "Vietnam", "Vietnamese"),
    ]
    dyad = Dyad.of("LAO", "VNM")
    engagements, agreements, aid, _topics, events = what_happened(doc, people, countries, (), dyad)
    rows = [(e.cameo, e.plover, e.source, e.target, e.basis) for e in events]
    assert ("042", "CONSULT", "LAO", "VNM", "engagement") in rows
    assert ("040", "CONSULT", "VNM", "LAO", "engagement") in rows
    # an agreement binds both sides: the dyad's order, first to second
    assert ("057", "AGREE", "LAO", "VNM", "agreement") in rows
    assert ("073", "AID", "VNM", "LAO", "aid") in rows
    assert ("031", "AGREE", "VNM", "LAO", "statement") in rows
    # the proposal is the speaker's, and the talks' actors are the host and the guest
    assert events[-1] == Event(
        "031", "AGREE", "VNM", "LAO", "statement", spans=events[-1].spans,
        source_actor="Tran Van Minh", sides="told",
    )  # fmt: skip
    assert (events[1].source_actor, events[1].target_actor, events[1].date) == (
        "Tran Van Minh", "Somsak Inthavong", pendulum.Date(2024, 5, 16)
    )  # fmt: skip
    # every event points at its evidence
    assert all(e.spans for e in events)
    assert len(events) >= len(engagements) + len(agreements) + len(aid)


# --- sides, actors and dates of events (the fact's own people; the venue; the dyad) ---

D = pendulum.Date
HOST = Person("Lê Văn Hải", country="VNM")
GUEST = Person("Somchai Vongsa", country="LAO")
NOBODY = Person("Pat Doe")  # a person whose country nothing tells


def _event(e: Engagement, venue: str | None = None, dyad: Dyad | None = DYAD) -> Event:
    return _engagement_event(e, [HOST, GUEST, NOBODY], dyad, venue)


def test_a_visit_is_the_guest_s_act_on_the_host() -> None:
    visit = Engagement(EngagementKind.VISIT, start=D(2024, 5, 2), host=HOST.name,
                       participants=(GUEST.name,), spans=(Span(0, 5),))  # fmt: skip
    assert _event(visit) == Event(
        "042", "CONSULT", "LAO", "VNM", "engagement", spans=(Span(0, 5),),
        source_actor=GUEST.name, target_actor=HOST.name, date=D(2024, 5, 2), sides="told",
    )  # fmt: skip


def test_a_reception_is_the_host_s_act() -> None:
    reception = Engagement(EngagementKind.RECEPTION, host=HOST.name, participants=(GUEST.name,))
    assert _event(reception) == Event(
        "043", "CONSULT", "VNM", "LAO", "engagement",
        source_actor=HOST.name, target_actor=GUEST.name, date=None, sides="told",
    )  # fmt: skip


def test_with_no_side_told_the_venue_is_the_host_side() -> None:
    visit = Engagement(EngagementKind.VISIT)
    reception = Engagement(EngagementKind.RECEPTION, host=NOBODY.name)
    assert [(e.source, e.target, e.sides, e.source_actor) for e in (
        _event(visit, venue="VNM"), _event(reception, venue="VNM"),
        _event(reception, venue="CUB"),  # a venue outside the dyad tells nothing
    )] == [
        ("LAO", "VNM", "venue", None), ("VNM", "LAO", "venue", NOBODY.name),
        ("LAO", "VNM", "dyad", NOBODY.name),
    ]  # fmt: skip


def test_a_call_with_no_side_told_runs_in_the_dyad_s_order() -> None:
    call = Engagement(EngagementKind.CALL)
    assert (_event(call, venue="VNM").source, _event(call, venue="VNM").sides) == ("LAO", "dyad")


def test_no_dyad_and_no_side_told_says_so() -> None:
    talks = Engagement(EngagementKind.TALKS, host=NOBODY.name)
    got = _event(talks, venue="VNM", dyad=None)
    assert (got.source, got.target, got.sides) == (None, None, "unknown")


def test_aid_and_agreements_from_an_article() -> None:
    text = (
        " date 2024-05-17 Vietnam gave Laos 500 tonnes of rice. The two ministers signed a "
        "memorandum of understanding on health."
    )
    doc = article(text)
    people = [person(doc, "Lê Văn Hải", "VNM"), person(doc, "Somchai Vongsa", "LAO")]
    countries = [country(doc, "LAO", "Laos"), country(doc, "VNM", "Vietnam")]
    *_, events = what_happened(doc, people, countries, (), DYAD)
    # the handover is a meeting with no one named: its direction is the dyad's order;
    # the aid runs from the donor told
    assert [(e.cameo, e.basis, e.source, e.target, e.sides) for e in events] == [
        ("040", "engagement", "LAO", "VNM", "dyad"),
        ("057", "engagement", "LAO", "VNM", "dyad"),
        ("057", "agreement", "LAO", "VNM", "dyad"),
        ("073", "aid", "VNM", "LAO", "told"),
    ]


def test_aid_with_one_side_told_takes_the_other_from_the_dyad() -> None:
    from bilateral._extract.analysis import build_context
    from bilateral._extract.codes import find_events
    from bilateral.model import Aid

    doc = article(" date 2024-05-17 Rice was handed over.")
    ctx = build_context(doc, (), (), ())
    given = [Aid("rice", donor="VNM"), Aid("rice", recipient="VNM"), Aid("rice", donor="CUB")]
    got = find_events(doc, ctx, (), DYAD, (), (), given)
    assert [(e.source, e.target, e.sides) for e in got] == [
        ("VNM", "LAO", "told"),
        ("LAO", "VNM", "told"),
        ("CUB", None, "unknown"),  # a donor outside the dyad: the recipient is not told
    ]
    alone = find_events(doc, ctx, (), None, (), (), given[:1])
    assert [(e.source, e.target, e.sides) for e in alone] == [("VNM", None, "unknown")]


def test_an_agreement_s_actors_are_its_parties_of_each_side() -> None:
    from bilateral._extract.analysis import build_context
    from bilateral._extract.codes import find_events
    from bilateral.model import Agreement

    doc = article(" date 2024-05-17 A memorandum was signed.")
    ctx = build_context(doc, (), (), ())
    signed = Agreement("memorandum", parties=("Ministry of Trade", GUEST.name, HOST.name))
    (got,) = find_events(doc, ctx, (HOST, GUEST), DYAD, (), (signed,), ())
    assert (got.source, got.source_actor, got.target, got.target_actor, got.sides) == (
        "LAO", GUEST.name, "VNM", HOST.name, "dyad"
    )  # fmt: skip
    by_a_ministry = Agreement("memorandum", parties=("Ministry of Trade",))
    (got,) = find_events(doc, ctx, (HOST, GUEST), DYAD, (), (by_a_ministry,), ())
    assert (got.source_actor, got.target_actor) == (None, None)

"""Event codes: the CAMEO/PLOVER table and the dyadic events each fact yields."""

from __future__ import annotations

from _whathappened import article, country, person
from bilateral._extract.codes import code
from bilateral._extract.pipeline import what_happened
from bilateral.model import Dyad


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
    # every event points at its evidence
    assert all(e.spans for e in events)
    assert len(events) >= len(engagements) + len(agreements) + len(aid)

"""Agreements on sentences written for the tests: signed, planned, counted, named, periods."""

from __future__ import annotations

from _whathappened import article
from bilateral._extract.agreements import find_agreements, period
from bilateral._extract.analysis import build_context


def rows(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    doc = article(text)
    ctx = build_context(doc, (), (), ())
    return [(a.kind, a.start_year, a.end_year, a.signed) for a in find_agreements(doc, ctx)]


def test_periods() -> None:
    assert period("for 2023-2028") == (2023, 2028)
    assert period("for the 2026 – 2030 period") == (2026, 2030)
    assert period("the 2024-2026 cooperation plan") == (2024, 2026)
    assert period("in 2023") == (None, None)


def test_signed_agreement_told_twice_is_one() -> None:
    got = rows(
        " date 2024-05-17 The two provinces signed a cooperation agreement for 2024-2029. "
        "Both sides said the agreement would help farmers."
    )
    assert got == [("cooperation agreement", 2024, 2029, True)]


def test_planned_then_signed_is_one_signed() -> None:
    got = rows(
        " date 2024-05-17 The ministers agreed to sign a cooperation agreement for 2024-2026. "
        "After the talks, they signed the cooperation agreement for the 2024-2026 period."
    )
    assert got == [("cooperation agreement", 2024, 2026, True)]


def test_plans_to_draw_up_are_unsigned() -> None:
    got = rows(
        " date 2024-05-17 The two sides agreed to draw up an action plan and to sign, "
        "soon, a memorandum of understanding on education."
    )
    assert [(k, s) for k, _a, _b, s in got] == [
        ("action plan", False),
        ("memorandum of understanding", False),
    ]


def test_counted_documents_are_one_unless_named() -> None:
    assert rows(" date 2024-05-17 The two countries signed five agreements on trade.") == [
        ("agreements", None, None, True)
    ]
    named = rows(
        " date 2024-05-17 The leaders witnessed the signing of three documents. They included "
        "an MoU on health, an MoU on farming and a cooperation plan for 2024-2025."
    )
    assert named == [
        ("mou", None, None, True),
        ("mou", None, None, True),
        ("cooperation plan", 2024, 2025, True),
    ]


def test_statements_and_documents_only_referred_to_are_not_agreements() -> None:
    assert rows(
        " date 2024-05-17 The two sides adopted a joint statement and exchanged diplomatic "
        "notes. They praised the implementation of the agreement signed earlier."
    ) == [("agreement", None, None, True)]
    assert rows(" date 2024-05-17 The ministers reviewed the trade agreement in force.") == []


def test_abbreviation_in_brackets_is_the_same_document() -> None:
    got = rows(
        " date 2024-05-17 The two cities signed memoranda of understanding (MoUs) for the "
        "2024 - 2028 period on tourism and sports."
    )
    assert got == [("memoranda of understanding", 2024, 2028, True)]


def test_apposition_and_later_reference_are_the_same_document() -> None:
    got = rows(
        " date 2024-05-17 The ministers signed the agreement on the northern rail link, a "
        "long-awaited deal for both economies. The deal was welcomed by businesses."
    )
    assert got == [("agreement", None, None, True)]


def test_signing_still_to_come_is_unsigned() -> None:
    got = rows(
        " date 2024-05-17 A protocol on customs cooperation is expected to be signed next "
        "month. An agreement on visas will be signed in June."
    )
    assert got == [("protocol", None, None, False), ("agreement", None, None, False)]


def test_package_of_documents_gives_way_to_the_names() -> None:
    got = rows(
        " date 2024-05-17 The presidents witnessed the signing of a package of documents, "
        "including an agreement on gas supply and a plan of action on fisheries."
    )
    assert got == [("agreement", None, None, True), ("plan of action", None, None, True)]


def test_named_arrangement_is_a_document() -> None:
    got = rows(
        " date 2024-05-17 The two ministries signed an arrangement on veterinary cooperation. "
        "They also discussed arrangements for the next meeting."
    )
    assert got == [("arrangement", None, None, True)]

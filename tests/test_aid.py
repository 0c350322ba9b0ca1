"""Aid and quantities: parsing numbers and units, and what was given by whom to whom."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _whathappened import article, country
from bilateral._extract.aid import Quantity, find_aid, parse_quantity
from bilateral._extract.analysis import build_context
from bilateral.model import Dyad


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2,000 tonnes of rice", 2000.0, "tonne"),
        ("12,000 tons of rice", 12000.0, "tonne"),
        ("a tonne of rice", 1.0, "tonne"),
        ("1.5 million doses", 1_500_000.0, "dose"),
        ("US$100,000", 100_000.0, "USD"),
        ("US$3 million", 3_000_000.0, "USD"),
        ("VND 500 million", 500_000_000.0, "VND"),
        ("VND115.9 billion", 115_900_000_000.0, "VND"),
        ("22.2 billion VND", 22_200_000_000.0, "VND"),
        ("13.54 million yuan", 13_540_000.0, "CNY"),
        ("500 million kip", 500_000_000.0, "LAK"),
        ("LAK 9.4 million", 9_400_000.0, "LAK"),
        ("USD 4.9 million", 4_900_000.0, "USD"),
        ("50 tonnes", 50.0, "tonne"),
        ("30 computers", 30.0, None),
    ],
)
def test_quantities(text: str, value: float, unit: str | None) -> None:
    assert parse_quantity(text) == Quantity(value, unit)


def test_years_and_plain_words_are_not_quantities() -> None:
    assert parse_quantity("in 2023") is None
    assert parse_quantity("a delegation") is None


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_round_trip(n: int) -> None:
    assert parse_quantity(f"{n:,} tonnes") == Quantity(float(n), "tonne")
    assert parse_quantity(f"US${n:,}") == Quantity(float(n), "USD")


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("thousand", 10**3)]),
    st.sampled_from([("VND {}", "VND"), ("{} yuan", "CNY"), ("{} doses", "dose")]),
)
def test_scaled_decimals_round_trip(
    whole: int, cents: int, scale: tuple[str, int], form: tuple[str, str]
) -> None:
    number = f"{whole}.{cents:02d}" if cents else str(whole)
    text = form[0].format(f"{number} {scale[0]}")
    got = parse_quantity(text)
    assert got is not None and got.unit == form[1]
    assert got.value == pytest.approx(float(number) * scale[1])


def _aid(text: str, dyad: Dyad | None, countries: dict[str, tuple[str, ...]]) -> list[tuple]:
    doc = article(text)
    cs = [country(doc, code, *forms) for code, forms in countries.items()]
    ctx = build_context(doc, (), cs, ())
    return [(a.item, a.quantity, a.unit, a.donor, a.recipient) for a in find_aid(doc, ctx, dyad)]


CU_VN = {"VNM": ("Vietnam", "Vietnamese"), "CUB": ("Cuba", "Cuban")}


def test_gift_with_parts_is_one_total_and_conversions_are_not_counted() -> None:
    got = _aid(
        " date 2024-05-17 Vietnam today gave Cuba 5,000 tonnes of rice worth US$2 million "
        "(about VND 48 billion). Of the total, 1,000 tonnes came from the city of Hanoi.",
        Dyad.of("VNM", "CUB"),
        CU_VN,
    )
    assert got == [
        ("rice", 5000.0, "tonne", "VNM", "CUB"),
        ("money", 2_000_000.0, "USD", "VNM", "CUB"),
    ]


def test_parts_to_several_places_are_summed() -> None:
    got = _aid(
        " date 2024-05-17 The Vietnamese delegation gave two tonnes of rice to a Cuban town. "
        "One tonne of rice went to a second Cuban town.",
        Dyad.of("VNM", "CUB"),
        CU_VN,
    )
    assert got == [("rice", 3.0, "tonne", "VNM", "CUB")]


def test_pledges_loans_and_trade_are_not_aid() -> None:
    assert (
        _aid(
            " date 2024-05-17 Vietnam pledged to provide Cuba 10,000 tonnes of rice next year "
            "and will lend it US$5 million. Two-way trade reached US$300 million.",
            Dyad.of("VNM", "CUB"),
            CU_VN,
        )
        == []
    )


def test_the_pledged_total_is_not_the_part_handed_over() -> None:
    got = _aid(
        " date 2024-05-17 Cuba received a donation of rice from Vietnam, part of 8,000 tonnes "
        "pledged by the Vietnamese government. The Vietnamese envoy handed over the first 500 "
        "tonnes of rice to the Cuban Minister of Foreign Trade.",
        Dyad.of("VNM", "CUB"),
        CU_VN,
    )
    assert got == [("rice", 500.0, "tonne", "VNM", "CUB")]


def test_counted_items_keep_their_count() -> None:
    got = _aid(
        " date 2024-05-17 In Havana, the Vietnamese envoy handed over 40 laptops to a Cuban "
        "school.",
        Dyad.of("VNM", "CUB"),
        CU_VN,
    )
    assert got == [("laptops", 40.0, None, "VNM", "CUB")]


def test_thanked_for_handing_over_makes_the_thanked_side_donor() -> None:
    got = _aid(
        " date 2024-05-17 The Cuban minister thanked Vietnam for handing over VND 2 billion "
        "to flood victims.",
        Dyad.of("VNM", "CUB"),
        CU_VN,
    )
    assert got == [("money", 2_000_000_000.0, "VND", "VNM", "CUB")]


def test_rescuers_sent_are_a_service() -> None:
    got = _aid(
        " date 2024-05-17 The Cuban minister recalled that Vietnam had sent 30 rescuers to "
        "Cuba after the hurricane.",
        Dyad.of("VNM", "CUB"),
        CU_VN,
    )
    assert got == [("rescuers", 30.0, None, "VNM", "CUB")]

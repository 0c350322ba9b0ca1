"""Aid and quantities: parsing numbers and units, and what was given by whom to whom."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _whathappened import article, country, person
from bilateral._extract.aid import Quantity, find_aid, parse_quantity
from bilateral._extract.analysis import build_context
from bilateral._extract.cues import GIVING_FRAMES
from bilateral.model import Aid, Dyad, Span


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


def _aid(
    text: str,
    dyad: Dyad | None,
    countries: dict[str, tuple[str, ...]],
    people: tuple[tuple[str, str], ...] = (),
) -> list[tuple]:
    doc = article(text)
    cs = [country(doc, code, *forms) for code, forms in countries.items()]
    ps = [person(doc, name, code) for name, code in people]
    ctx = build_context(doc, ps, cs, ())
    return [(a.item, a.quantity, a.unit, a.donor, a.recipient) for a in find_aid(doc, ctx, dyad)]


def _records(text: str, countries: dict[str, tuple[str, ...]], dyad: Dyad | None = None) -> list:
    """Whole Aid records, spans included."""
    doc = article(text)
    ctx = build_context(doc, (), [country(doc, c, *f) for c, f in countries.items()], ())
    return list(find_aid(doc, ctx, dyad))


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


# --- frames, sides and lists (sentences written for these tests; invented places) ---

PE_CL = {"CHL": ("Chile", "Chilean"), "PER": ("Peru", "Peruvian")}
H = " date 2024-05-17 "  # the header: text offsets below start after it


def test_exact_record_with_its_span() -> None:
    text = H + "Chile donated 12 ambulances to Peru."
    start = text.index("12 ambulances")
    assert _records(text, PE_CL) == [
        Aid("ambulances", 12.0, None, donor="CHL", recipient="PER",
            spans=(Span(start, start + len("12 ambulances")),))
    ]  # fmt: skip


def test_several_items_in_one_sentence_are_each_an_item() -> None:
    got = _aid(
        H + "Chile handed over 3 vehicles, five metal detectors and 20 radios to Peru.",
        None,
        PE_CL,
    )
    assert got == [
        ("vehicles", 3.0, None, "CHL", "PER"),
        ("metal detectors", 5.0, None, "CHL", "PER"),
        ("radios", 20.0, None, "CHL", "PER"),
    ]


def test_parts_of_one_item_in_one_phrase_are_summed() -> None:
    got = _aid(H + "Chile gave Peru 10,000 and 2,000 tonnes of wheat.", None, PE_CL)
    assert got == [("wheat", 12000.0, "tonne", "CHL", "PER")]


def test_a_figure_told_again_is_one_item() -> None:
    got = _aid(
        H + "Peru received 40 tents from Chile. The 40 tents were handed over in Lima.",
        None,
        PE_CL,
    )
    assert got == [("tents", 40.0, None, "CHL", "PER")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile donated 500 blankets to Peru.",  # active
        "500 blankets were donated to Peru by Chile.",  # passive
        "500 blankets donated by Chile to Peru arrived.",  # participle with its agent
        "Peru received 500 blankets from Chile.",  # the recipient first
        "Peru took delivery of 500 blankets from Chile.",
        "500 blankets were received by Peru from Chile.",
        "Chile gave Peru 500 blankets.",  # the recipient as object
        "Peru was presented with 500 blankets by Chile.",  # passive, recipient as subject
        "Chile's donation of 500 blankets to Peru arrived.",  # a noun and its possessive
        "A gift of 500 blankets from Chile to Peru arrived.",
        "Peru thanked Chile for handing over 500 blankets.",
    ],
)
def test_every_frame_gives_the_same_record(sentence: str) -> None:
    assert _aid(H + sentence, None, PE_CL) == [("blankets", 500.0, None, "CHL", "PER")]


_GIVER = st.sampled_from([("CHL", "Chile"), ("PER", "Peru"), ("BOL", "Bolivia")])


@given(
    st.tuples(_GIVER, _GIVER).filter(lambda p: p[0][0] != p[1][0]),
    st.integers(min_value=2, max_value=9999),
    st.sampled_from(["tents", "generators", "laptops", "ambulances"]),
    st.sampled_from(
        [
            "{d} donated {n:,} {x} to {r}.",
            "{d} handed over {n:,} {x} to {r}.",
            "{n:,} {x} were handed over to {r} by {d}.",
            "{r} received {n:,} {x} from {d}.",
            "{d} gave {r} {n:,} {x}.",
        ]
    ),
)
def test_active_passive_and_recipient_first_agree(
    sides: tuple[tuple[str, str], tuple[str, str]], n: int, thing: str, form: str
) -> None:
    (dc, dname), (rc, rname) = sides
    text = H + form.format(d=dname, r=rname, n=n, x=thing)
    countries = {"CHL": ("Chile",), "PER": ("Peru",), "BOL": ("Bolivia",)}
    assert _aid(text, None, countries) == [(thing, float(n), None, dc, rc)]


def test_a_person_named_as_giver_gives_their_country() -> None:
    got = _aid(
        H + "Ambassador Ana Ruiz handed over 30 computers to the Peruvian health ministry.",
        None,
        PE_CL,
        people=(("Ana Ruiz", "CHL"),),
    )
    assert got == [("computers", 30.0, None, "CHL", "PER")]


def test_an_envoys_posting_is_not_the_recipient() -> None:
    got = _aid(
        H + "The Chilean Ambassador to Peru presented 8 boats to the Peruvian navy.",
        None,
        PE_CL,
    )
    assert got == [("boats", 8.0, None, "CHL", "PER")]


def test_on_behalf_of_names_the_subjects_side() -> None:
    got = _aid(
        H + "The envoy handed over 6 trucks on behalf of Chile to the mayor of a Peruvian town.",
        None,
        PE_CL,
    )
    assert got == [("trucks", 6.0, None, "CHL", "PER")]


def test_a_thing_given_only_by_its_value_has_that_value() -> None:
    got = _aid(H + "Chile handed over a clinic worth US$2 million to Peru.", None, PE_CL)
    assert got == [("clinic", 2_000_000.0, "USD", "CHL", "PER")]


def test_the_value_of_counted_things_is_not_another_item() -> None:
    got = _aid(H + "Chile donated 4 trucks to Peru. The gift is worth US$300,000.", None, PE_CL)
    assert got == [("trucks", 4.0, None, "CHL", "PER")]


def test_a_gifts_weight_is_the_quantity_of_the_gift() -> None:
    got = _aid(
        H + "Chile handed Peru a consignment of vaccines. The consignment, weighing "
        "about 3 tonnes, arrived on Monday.",
        None,
        PE_CL,
    )
    assert got == [("vaccines", 3.0, "tonne", "CHL", "PER")]


def test_parts_of_a_gift_without_measure_are_items() -> None:
    got = _aid(
        H + "Peru received relief goods from Chile. The consignment was made up of "
        "tents, water filters and stoves.",
        None,
        PE_CL,
    )
    assert got == [
        ("tents", None, None, "CHL", "PER"),
        ("water filters", None, None, "CHL", "PER"),
        ("stoves", None, None, "CHL", "PER"),
    ]


def test_parts_of_a_measured_gift_are_not_items_again() -> None:
    got = _aid(
        H + "Chile handed Peru 15 tonnes of relief goods. The 15-tonne consignment was "
        "made up of tents, water filters and stoves.",
        None,
        PE_CL,
    )
    assert got == [("relief goods", 15.0, "tonne", "CHL", "PER")]


def test_what_a_meeting_included_is_no_gift() -> None:
    assert _aid(
        H + "Chile gave Peru 9 tents. The talks included trade, fisheries and mining.",
        None,
        PE_CL,
    ) == [("tents", 9.0, None, "CHL", "PER")]


def test_a_general_word_gives_way_to_the_exact_items() -> None:
    got = _aid(
        H + "Relief supplies from Chile were received by Peru. They included 50 tents.",
        None,
        PE_CL,
    )
    # "They included": no gift word before the list, so the general word stays
    assert got == [("relief supplies", None, None, "CHL", "PER")]
    got = _aid(
        H + "Relief supplies from Chile were received by Peru. The gift consisted of 50 tents.",
        None,
        PE_CL,
    )
    assert got == [("tents", 50.0, None, "CHL", "PER")]


def test_services_count() -> None:
    got = _aid(H + "Chile granted Peru 25 scholarships and sent 4 doctors to Peru.", None, PE_CL)
    assert got == [
        ("scholarships", 25.0, None, "CHL", "PER"),
        ("doctors", 4.0, None, "CHL", "PER"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile will donate 500 blankets to Peru.",  # a plan
        "Chile pledged to provide 500 blankets to Peru.",  # a pledge
        "Chile promised a donation of 500 blankets to Peru.",
        "Chile granted Peru a loan of US$5 million.",  # a loan
        "Chile presented the Order of Merit to a Peruvian general.",  # a decoration
        "Chile handed 500 blankets to Chilean families.",  # within one country
        "The Chilean ambassador presented his credentials to Peru.",
        "Peru received the Chilean delegation.",  # a reception, not a gift
        "Chile gave Peru 3 years to repay.",  # time is not a thing given
        "The deal covers 350 projects worth US$6 billion.",  # no gift told
    ],
)
def test_no_aid(sentence: str) -> None:
    assert _aid(H + sentence, None, PE_CL) == []


def test_a_participle_clause_shares_the_sentence_subject() -> None:
    got = _aid(H + "Chile helped Peru, sending 12 generators to Peru's flooded north.", None, PE_CL)
    assert got == [("generators", 12.0, None, "CHL", "PER")]


def test_a_gift_to_a_third_country_keeps_its_own_sides() -> None:
    countries = {**PE_CL, "BOL": ("Bolivia",)}
    got = _aid(
        H + "Chile donated 7 tents to Peru. Bolivia also donated 2 tonnes of rice to Peru.",
        Dyad.of("CHL", "PER"),
        countries,
    )
    assert got == [
        ("tents", 7.0, None, "CHL", "PER"),
        ("rice", 2.0, "tonne", "BOL", "PER"),
    ]


def test_the_dyad_completes_a_one_sided_clause() -> None:
    got = _aid(
        H + "The ministry handed over 10 laptops to a Peruvian school.",
        Dyad.of("CHL", "PER"),
        PE_CL,
    )
    assert got == [("laptops", 10.0, None, "CHL", "PER")]


def test_the_frame_table_is_well_formed() -> None:
    kinds = {f.kind for f in GIVING_FRAMES}
    assert kinds == {"verb", "noun", "sides", "whole", "measure"}
    receive = next(f for f in GIVING_FRAMES if "received" in f.cue)
    assert (receive.donor, receive.recipient) == (("from",), ("subject",))


def test_half_and_hyphenated_measures() -> None:
    assert parse_quantity("a half-ton donation") == Quantity(0.5, "tonne")
    assert parse_quantity("the 20-tonne consignment") == Quantity(20.0, "tonne")


def test_a_ceremony_to_donate_is_the_gift_itself() -> None:
    got = _aid(
        H + "The ceremony to donate 800 tonnes of rice from Chile to Peru was held.", None, PE_CL
    )
    assert got == [("rice", 800.0, "tonne", "CHL", "PER")]


def test_the_parts_a_named_thing_included() -> None:
    got = _aid(
        H + "The equipment, which included 9 laptops and 4 printers, was handed over to Peru "
        "by Chile.",
        None,
        PE_CL,
    )
    assert got == [("laptops", 9.0, None, "CHL", "PER"), ("printers", 4.0, None, "CHL", "PER")]


def test_a_stock_of_a_thing_is_that_thing() -> None:
    got = _aid(
        H + "Chile donated a stock of rice to Peru. The envoy handed over 70 tonnes of rice.",
        None,
        PE_CL,
    )
    assert got == [("rice", 70.0, "tonne", "CHL", "PER")]


def test_a_thing_given_along_with_money_shares_its_sides() -> None:
    laos = {"VNM": ("Vietnam", "Vietnamese"), "LAO": ("Laos", "Lao")}
    got = _aid(
        " date 2024-05-17 The delegation gave storm victims 500 million kip in cash along "
        "with hundreds of pieces of clothing.",
        Dyad.of("VNM", "LAO"),
        laos,
    )
    # the kip is spent where it is given: Laos receives, from the dyad's other side
    assert got == [
        ("money", 500_000_000.0, "LAK", "VNM", "LAO"),
        ("clothing", None, None, "VNM", "LAO"),
    ]
    # a thing told far away in another gift keeps its own open sides
    got = _aid(
        " date 2024-05-17 The delegation gave storm victims 500 million kip in cash. The "
        "visitors, who toured several provinces and met many officials over three busy days "
        "of talks, later also donated clothing.",
        Dyad.of("VNM", "LAO"),
        laos,
    )
    assert got == [
        ("money", 500_000_000.0, "LAK", "VNM", "LAO"),
        ("clothing", None, None, None, None),
    ]


def test_a_side_named_after_a_list_of_its_bodies() -> None:
    laos = {"VNM": ("Vietnam", "Vietnamese"), "LAO": ("Laos", "Lao")}
    got = _aid(
        " date 2024-05-17 Built at a cost of US$3 million, the facility was presented to Laos "
        "as a gift by the Party organisation, administration and people of Vietnam.",
        Dyad.of("VNM", "LAO"),
        laos,
    )
    assert got == [("money", 3_000_000.0, "USD", "VNM", "LAO")]
    # a comma that closes the argument: what follows is not the giver
    three = {**laos, "JPN": ("Japan", "Japanese")}
    told = " date 2024-05-17 Twenty tonnes of rice were presented to Laos by the donors, "
    assert _aid(told + "Japan said.", Dyad.of("VNM", "LAO"), three) == [
        ("rice", 20.0, "tonne", "VNM", "LAO")
    ]
    assert _aid(told + "firms and people of Japan.", Dyad.of("VNM", "LAO"), three) == [
        ("rice", 20.0, "tonne", "JPN", "LAO")
    ]

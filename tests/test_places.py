"""Countries, localities and the dyad, on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import Article, Dyad, Span
from bilateral import parse as parse_text
from bilateral._extract.layout import read_document
from bilateral._extract.places import countries_in, find_dyad
from bilateral.model import Country, Person


def parse(text: str) -> Article:
    return parse_text(text, id="t")


def country_codes(text: str) -> list[str]:
    return sorted(c.code for c in parse(text).countries)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(x.name, x.country) for x in parse(text).localities]


# --- countries -----------------------------------------------------------------


def test_country_names_short_and_local_forms() -> None:
    text = "Viet Nam, the RoK, the DPRK, the US, the UK and Lao PDR sent envoys."
    assert country_codes(text) == ["GBR", "KOR", "LAO", "PRK", "USA", "VNM"]


def test_demonyms_name_their_country() -> None:
    assert country_codes("Chinese ships and Cuban doctors arrived.") == ["CHN", "CUB"]


def test_a_currency_does_not_name_its_country() -> None:
    assert country_codes("Thailand lent 20 million US dollars and 5 million US$ more.") == ["THA"]


def test_a_capital_names_its_country_and_is_a_locality() -> None:
    a = parse("Officials in Beijing welcomed the plan.")
    assert a.country_codes == ("CHN",)
    assert [(x.name, x.country) for x in a.localities] == [("Beijing", "CHN")]


def test_an_abbreviation_explained_in_brackets_takes_that_country() -> None:
    # CPC alone is China's party; explained as Cuba's, it names Cuba.
    assert country_codes("Delegates of the Communist Party of Cuba (CPC) met.") == ["CUB"]
    assert country_codes("A CPC delegation arrived.") == ["CHN"]
    assert country_codes("The LPRP Central Committee met.") == ["LAO"]


def test_country_spans_cover_every_naming_word() -> None:
    a = parse("Cuba and the Cuban capital of Havana thanked Vietnam.")
    cub = next(c for c in a.countries if c.code == "CUB")
    assert [s.of(a.text) for s in cub.spans] == ["Cuba", "Cuban", "Havana"]


def test_countries_in_a_span() -> None:
    cs = (
        Country("CHN", spans=(Span(0, 7),)),
        Country("VNM", spans=(Span(20, 28), Span(40, 44))),
    )
    assert countries_in(cs, Span(0, 30)) == ("CHN", "VNM")
    assert countries_in(cs, Span(8, 50)) == ("VNM",)
    assert countries_in(cs, Span(8, 12)) == ()


# --- localities ----------------------------------------------------------------


def test_spelling_variants_are_one_locality() -> None:
    got = places("Hà Nội leaders said Hanoi and Ha Noi firms, and HA NOI schools, will help.")
    assert got == [("Hà Nội", "VNM")]


def test_abbreviated_city_gets_its_full_name() -> None:
    assert places("HCM City will host the fair.") == [("Ho Chi Minh City", "VNM")]


def test_city_and_province_suffixes_are_dropped() -> None:
    got = places("Partners in Guangdong Province’s Guangzhou City signed.")
    assert got == [("Guangdong", "CHN"), ("Guangzhou", "CHN")]


def test_autonomous_region_gives_the_region_name() -> None:
    got = places("A delegation of the Guangxi Zhuang Autonomous Region came.")
    assert got == [("Guangxi", "CHN")]


def test_locality_inside_an_organisation_name_counts() -> None:
    assert places("The Havana Party Committee thanked Cuba.") == [("Havana", "CUB")]


def test_facilities_routes_and_districts_are_not_localities() -> None:
    text = (
        "Vietnam opened the Noi Bai airport terminal, the Hà Đông-Xuân Mai urban railway "
        "and a clinic in Ba Dinh district."
    )
    assert places(text) == []


def test_a_named_zone_or_airport_is_a_facility() -> None:
    text = "Cuba showed the Mariel Special Development Zone and Havana's Camilo Cienfuegos airport."
    assert places(text) == [("Havana", "CUB")]


def test_events_and_documents_named_after_a_place_are_not_localities() -> None:
    text = "Vietnam joined the Hue Festival, the Paris Agreement and the Hanoi Marathon."
    assert places(text) == []


def test_small_city_needs_its_country_or_its_government() -> None:
    # A small town whose country the story never names is not taken on its own ...
    assert places("Fontainebleau is lovely.") == []
    # ... but it is with its country named, or with its own council.
    assert places("France said Fontainebleau is lovely.") == [("Fontainebleau", "FRA")]
    assert places("The Fontainebleau City Council met.") == [("Fontainebleau", "FRA")]


def test_a_sentence_opening_word_that_the_story_also_writes_small_is_no_place() -> None:
    text = "The Maldives set a wage law. Male and female workers gain; every male worker too."
    assert places(text) == []
    assert places("The Maldives said Male will host the talks.") == [("Male", "MDV")]


def test_a_credit_in_brackets_is_not_a_place() -> None:
    got = places("VIENTIANE, May 3 (Xinhua) -- Laos and China agreed on trade.")
    assert ("Xinhua", "CHN") not in got


def test_people_are_not_places() -> None:
    a = parse("Cuban Ambassador Ramón Pérez Gil met Vietnamese Minister Trần Văn Hùng.")
    assert a.localities == ()
    assert a.country_codes == ("CUB", "VNM")


# --- dyad ----------------------------------------------------------------------


def test_dyad_of_a_bilateral_story() -> None:
    a = parse(
        "Lao Prime Minister Khamsing Vongsa received Thai Foreign Minister Anan Wongsiri "
        "in Vientiane. Thailand and Laos agreed to expand trade, and a Japanese firm watched."
    )
    assert a.dyad == Dyad.of("LAO", "THA")


def test_domestic_story_has_no_dyad() -> None:
    assert parse("Buffalo's Common Council approved the budget of the US city.").dyad is None


_SIDES = [
    ("Vietnam", "Vietnamese", "Hanoi", "VNM"),
    ("Cuba", "Cuban", "Havana", "CUB"),
    ("China", "Chinese", "Beijing", "CHN"),
    ("Laos", "Lao", "Vientiane", "LAO"),
    ("Cambodia", "Cambodian", "Phnom Penh", "KHM"),
    ("India", "Indian", "New Delhi", "IND"),
    ("Thailand", "Thai", "Bangkok", "THA"),
    ("Germany", "German", "Berlin", "DEU"),
]


@given(st.lists(st.sampled_from(_SIDES), min_size=2, max_size=2, unique=True), st.integers(0, 2))
def test_two_sides_from_template_give_countries_localities_and_dyad(
    sides: list[tuple[str, str, str, str]], form: int
) -> None:
    (n1, d1, c1, k1), (n2, d2, c2, k2) = sides
    name = [n1, d1 + " leaders", c1][form]
    text = (
        f"{name} and {n2} agreed to deepen ties. The {d2} delegation toured {c1} "
        f"and invited {d1} firms to {c2}."
    )
    a = parse(text)
    assert a.country_codes == tuple(sorted((k1, k2)))
    assert {(x.name, x.country) for x in a.localities} == {(c1, k1), (c2, k2)}
    assert a.dyad == Dyad.of(k1, k2)


# --- localities inside facility names, common words, designations ------------------


def test_a_facility_after_modifiers_hides_its_place() -> None:
    text = "Laos asked Thailand to help build the Pakse international container port."
    assert places(text) == []


def test_a_locality_before_a_centre_is_the_centre_name() -> None:
    assert places("Japan funded the Khon Kaen Research Centre in Thailand.") == []


def test_a_facility_word_after_the_clause_ends_does_not_hide_the_place() -> None:
    text = "Investment will flow into the northern state of Sabah. The agreement runs to 2030."
    assert places(text) == [("Sabah", "MYS")]


def test_a_province_named_as_such_counts_without_its_country() -> None:
    text = (
        "Leaders of the province of Nghe An met officials from Yunnan. Nghe An will send students."
    )
    got = places(text)
    assert ("Nghe An", "VNM") in got


def test_a_small_town_named_like_a_common_word_is_the_word() -> None:
    # "Mine" is a small Japanese town; here it is the word.
    text = "Japan gave Laos funds for the Lao Mine Clearance Unit and for mine clearance."
    assert "Mine" not in [name for name, _ in places(text)]


def test_a_place_word_after_another_countrys_demonym_is_a_name() -> None:
    text = "Japan will train staff of the Thai Mine Authority, the envoy said."
    assert places(text) == []


# --- venues of multilateral meetings ------------------------------------------------


def test_a_summit_venue_does_not_make_a_domestic_story_bilateral() -> None:
    text = (
        "Finance Minister Lukas Berger said Austrian exports grew in Graz and Linz. "
        "Berger will discuss the outlook at the G20 summit in Rio de Janeiro in November."
    )
    a = parse(text)
    assert a.dyad is None
    assert "BRA" in a.country_codes  # the venue is still a named country
    assert [(p.name, p.country) for p in a.people] == [("Lukas Berger", "AUT")]


def test_a_venue_named_elsewhere_as_a_side_still_counts() -> None:
    text = (
        "Austrian Chancellor Lukas Berger met Brazilian President Ana Costa at the G20 summit "
        "in Rio de Janeiro. Brazil and Austria agreed to expand trade."
    )
    assert parse(text).dyad == Dyad.of("AUT", "BRA")


def test_language_menu_words_in_page_clutter_name_no_country() -> None:
    text = (
        "KPL English\n"
        "Vientiane, March 2 - Lao President Khamla Vong met Thai Minister Somchai Dee.\n"
        "They discussed trade.\n"
    )
    assert country_codes(text) == ["LAO", "THA"]
    menu = "Français | Español | English\nLao President Khamla Vong met Thai Minister Somchai Dee."
    assert country_codes(menu) == ["LAO", "THA"]


def test_a_language_word_in_a_sentence_is_still_a_demonym() -> None:
    assert country_codes("English teachers arrived in Vientiane.") == ["GBR", "LAO"]


# --- regions, seas, peoples, shared forms -----------------------------------------


def test_continents_and_world_regions_name_no_country_and_no_locality() -> None:
    text = (
        "Latin American and Central American envoys met Asian and African ones in "
        "Antarctica, Southeast Asia and the Middle East."
    )
    a = parse(text)
    assert (a.country_codes, a.localities) == ((), ())
    # A region's name that a small town also bears is the region.
    assert places("Philippine and Thai leaders discussed Asia.") == []
    # "American" alone still names the United States.
    assert country_codes("American envoys met Cuban ones.") == ["CUB", "USA"]


def test_a_sea_or_peninsula_named_after_a_country_names_no_country() -> None:
    text = "Patrols in the South China Sea, the Indian Ocean and the Sea of Japan were discussed."
    assert country_codes(text) == []
    assert country_codes("Laos and the Korean Peninsula were discussed.") == ["LAO"]
    assert country_codes("China, India and Japan were discussed.") == ["CHN", "IND", "JPN"]


def test_a_people_named_after_another_countrys_demonym_is_that_countrys() -> None:
    assert country_codes("Iraqi Turkmen leaders met the envoy.") == ["IRQ"]
    assert country_codes("Iraqi and Turkmen leaders met the envoy.") == ["IRQ", "TKM"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The DPRK envoy praised Korea and the Korean people.", ["PRK"]),
        ("Seoul welcomed Korea's Lao guests.", ["KOR", "LAO"]),
        ("Korea and Laos agreed.", ["KOR", "LAO"]),
        ("North Korea, South Korea and Korea's friends met.", ["KOR", "PRK"]),
        ("The DR Congo hosted Congo's neighbours.", ["COD"]),
    ],
)
def test_a_form_two_countries_share_takes_the_one_named_otherwise(
    text: str, codes: list[str]
) -> None:
    a = parse(text)
    assert sorted(a.country_codes) == codes
    if codes == ["PRK"]:
        prk = a.countries[0]
        assert [s.of(a.text) for s in prk.spans] == ["DPRK", "Korea", "Korean"]


# --- localities: ships, routes, names, features, bodies ------------------------------


def test_a_ship_named_after_a_place_is_no_place() -> None:
    text = "The frigate INS Delhi and USS Boston docked at Manila in the Philippines."
    assert places(text) == [("Manila", "PHL")]
    assert places("India's navy chief flew to Delhi.") == [("Delhi", "IND")]


def test_a_routes_end_points_are_no_localities() -> None:
    text = (
        "Vietnam will fund a road that links a mountain in Luang Prabang province with "
        "the border at Dien Bien province. Laos thanked Vietnam."
    )
    assert places(text) == []
    text = "The railway between Kunming and Vientiane opened. Laos and China met in Vientiane."
    assert places(text) == [("Vientiane", "LAO")]
    assert places("Vietnam funded a school in Luang Prabang for Laos.") == [
        ("Luang Prabang", "LAO")
    ]


def test_a_place_word_that_is_a_persons_given_name_is_no_place() -> None:
    text = "Chile's envoy met Minister Santiago Ramales of Argentina in Montevideo, Uruguay."
    assert places(text) == [("Montevideo", "URY")]
    text = (
        "Foreign ministers of Uruguay and Santiago Ramales of Argentina met in Montevideo. "
        "Ramales said ties were strong."
    )
    assert places(text) == [("Montevideo", "URY")]
    assert places("Chile's leaders met in Santiago. Santiago Bay hosts a fair.") == [
        ("Santiago", "CHL")
    ]
    # A body's word after the place, used on its own too, is no family name.
    text = "Vietnam and Cuba met. The Havana Party Committee hosted; the Party thanked Vietnam."
    assert places(text) == [("Havana", "CUB")]


def test_a_family_name_at_a_sentences_start_opens_a_persons_name() -> None:
    # "Jiayi" is a Chinese town; after the family name "Liu" it is a given name.
    assert places("Liu Jiayi Meets German Guests\nChinese hosts met them.") == []
    assert places("Jiayi Meets German Guests\nChinese hosts met them.") == [("Jiayi", "CHN")]
    assert places("In Jinan, German guests met Chinese hosts.") == [("Jinan", "CHN")]


def test_natural_features_documents_and_bodies_named_after_a_place() -> None:
    text = (
        "Canada and the US discussed the Columbia River, the Lima Group, the Colombo Plan "
        "and the Shanghai Cooperation Organisation."
    )
    assert places(text) == []
    assert places("Canada sent aid to Columbia in the US.") == [("Columbia", "USA")]


def test_a_small_territorys_capital_alone_is_no_place() -> None:
    assert places("The boats have twin engines and Hamilton water jets.") == []
    assert places("Bermuda's premier spoke in Hamilton.") == [("Hamilton", "BMU")]
    assert places("Talks were held in Vientiane.") == [("Vientiane", "LAO")]


def test_a_big_city_known_by_its_name_without_city() -> None:
    assert places("The minister went to New York for the UN meeting.") == [("New York", "USA")]


def test_a_capital_spelled_with_an_okina() -> None:
    assert places("Fiji's king met Tonga's in Nuku\u02bbalofa.") == [("Nuku\u02bbalofa", "TON")]


def test_part_of_the_datelines_place_names_nothing() -> None:
    a = parse("NUR-SULTAN. KAZINFORM – Kazakhstan and Russia held talks.")
    assert (a.country_codes, a.localities) == (("KAZ", "RUS"), ())


def test_the_rest_of_a_credits_brackets_names_no_country() -> None:
    text = "ABU DHABI, (Mekong Wire / Pakistan Daily / WAM - 02nd May, 2021) The UAE met Oman."
    a = parse(text)
    assert a.country_codes == ("ARE", "OMN")
    assert [(x.name, x.country) for x in a.localities] == [("Abu Dhabi", "ARE")]


# --- the dyad ------------------------------------------------------------------------


def test_a_person_counts_like_one_sentence_in_the_dyad() -> None:
    text = "Laos hosted a fair. Laos and Thailand met. Thailand thanked Laos. Japan sent envoys."
    doc = read_document(text)

    def country(code: str, *names: str) -> Country:
        spans, at = [], 0
        for name in names:
            at = text.index(name, at)
            spans.append(Span(at, at + len(name)))
            at += len(name)
        return Country(code, spans=tuple(spans))

    laos = country("LAO", "Laos", "Laos", "Laos")
    envoy = Person("Aiko Sato", country="JPN")
    # Thailand: two sentences; Japan: one sentence and one person. A person worth a
    # sentence ties them, and the tie goes to Thailand, named first ...
    two = (laos, country("THA", "Thailand", "Thailand"), country("JPN", "Japan"))
    assert find_dyad(doc, two, [envoy]) == Dyad.of("LAO", "THA")
    # ... and with Thailand in one sentence only, Japan's person puts Japan ahead.
    one = (laos, country("THA", "Thailand"), country("JPN", "Japan"))
    assert find_dyad(doc, one, [envoy]) == Dyad.of("JPN", "LAO")
    assert find_dyad(doc, one, []) == Dyad.of("LAO", "THA")

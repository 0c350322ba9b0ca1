"""The compiled name tables and the scan over an article's words."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._lexicon.gazetteer import build_places, key, lookup, scan
from bilateral._text import fold


def codes(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.best.kind, m.best.code) for m in scan(text)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hà Nội", "Hanoi"),
        ("Ha Noi", "HANOI"),
        ("Đà Nẵng", "Da Nang"),
        ("Bà Rịa - Vũng Tàu", "Ba Ria-Vung Tau"),
        ("Thừa Thiên-Huế", "Thua Thien Hue"),
    ],
)
def test_key_is_blind_to_case_diacritics_spaces_and_hyphens(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(
    ("form", "kind", "code"),
    [
        ("Viet Nam", "country", "VNM"),
        ("Việt Nam", "country", "VNM"),
        ("Lao PDR", "country", "LAO"),
        ("Laos", "country", "LAO"),
        ("DPRK", "country", "PRK"),
        ("RoK", "country", "KOR"),
        ("Republic of Korea", "country", "KOR"),
        ("Kingdom of Cambodia", "country", "KHM"),
        ("Cuban", "demonym", "CUB"),
        ("Lao", "demonym", "LAO"),
        ("LPRP", "org", "LAO"),
        ("Beijing", "capital", "CHN"),
        ("Vientiane", "capital", "LAO"),
        ("Havana", "capital", "CUB"),
        ("Guangzhou", "city", "CHN"),
        ("Savannakhet", "subdivision", "LAO"),
        ("Khánh Hòa", "subdivision", "VNM"),
        ("Zhejiang", "subdivision", "CHN"),
        ("Gyeongsangbuk", "subdivision", "KOR"),
        ("HCM City", "locality", "VNM"),
        ("Xaysomboun", "locality", "LAO"),
    ],
)
def test_lookup_knows_names_short_forms_demonyms_and_places(
    form: str, kind: str, code: str
) -> None:
    best = lookup(form)[0]
    assert (best.kind, best.code) == (kind, code)


def test_hcm_city_reports_the_full_name() -> None:
    assert lookup("HCM City")[0].name == "Ho Chi Minh City"
    assert lookup("Ho Chi Minh City")[0].code == "VNM"


def test_country_wins_over_a_city_of_the_same_name() -> None:
    assert lookup("Singapore")[0].kind == "country"


def test_common_words_are_not_places() -> None:
    # "Of" (a town in Turkey) and "Police" (one in Poland) must never match.
    assert lookup("Of") == ()
    assert lookup("Police") == ()
    assert lookup("Mobile") == () or all(e.kind == "city" for e in lookup("Mobile"))


def test_scan_needs_capitals_and_exact_abbreviations() -> None:
    assert codes("The US and the DPRK talked to us in the U.S. capital.") == [
        ("US", "country", "USA"),
        ("DPRK", "country", "PRK"),
        ("U.S.", "country", "USA"),
    ]
    assert codes("china and cuba, written small") == []


def test_scan_takes_the_longest_form() -> None:
    found = codes("Officials from Ho Chi Minh City and the Lao PDR gathered in Luang Prabang.")
    assert found == [
        ("Ho Chi Minh City", "locality", "VNM"),
        ("Lao PDR", "country", "LAO"),
        ("Luang Prabang", "locality", "LAO"),
    ]


def test_scan_does_not_join_words_across_punctuation() -> None:
    # "Viet, Nam" is two words apart, not the country.
    assert [m.text for m in scan("Viet, Nam")] == []


def test_scan_does_not_join_an_initial_to_the_name_after_it() -> None:
    # "M. Ali" and "M Ali" are a person's initial and name, not Mali ("Ali" alone is a
    # table form, a town, left to the places stage to judge by context)
    got = [m.text for m in scan("They met M. Ali Sabry and M Ali Khan in Mali.")]
    assert got == ["Ali", "Ali", "Mali"]
    # dotted abbreviations of single letters still join ("U.S.", "U.K.")
    assert [m.text for m in scan("Both the U.S. and the U.K. agreed.")] == ["U.S.", "U.K."]


def test_scan_spans_point_at_the_surface_text() -> None:
    text = "Chủ tịch visited Hà Nội, Đà Nẵng and HCM City."
    for m in scan(text):
        assert text[m.span.start : m.span.end] == m.text


@given(
    st.lists(
        st.sampled_from(["Hà Nội", "Hanoi", "Ha Noi", "Đà Nẵng", "Da Nang", "Havana", "Vientiane"]),
        min_size=1,
        max_size=6,
    )
)
def test_scan_finds_every_listed_place_in_any_spelling(places: list[str]) -> None:
    text = "Delegates came from " + ", ".join(places) + "."
    found = scan(text, fold(text))
    assert [m.text for m in found] == places
    assert all(m.best.is_place for m in found)


def test_places_table_is_built_from_its_sources() -> None:
    stored = resources.files("bilateral").joinpath("data", "places.tsv").read_text("utf-8")
    assert build_places() == stored


@pytest.mark.parametrize("country", ["VN", "MY", "TH", "LA", "KH", "ID", "PH", "CN", "KR", "JP"])
def test_every_province_matches_with_and_without_diacritics(country: str) -> None:
    import pycountry

    from bilateral._lexicon.gazetteer import _SUBDIVISION_TYPES, _clean_subdivision

    missing = []
    for s in pycountry.subdivisions.get(country_code=country):
        name = _clean_subdivision(s.name)
        if s.type not in _SUBDIVISION_TYPES or len(key(name)) <= 2 or " " not in name:
            continue  # one-word names may be common words, filtered on purpose
        plain = fold(name)
        found = [e.code for e in lookup(plain)] + [e.code for e in lookup(name.upper())]
        if pycountry.countries.get(alpha_2=country).alpha_3 not in found:
            missing.append(s.name)
    assert missing == []


def test_usual_english_forms_of_provinces() -> None:
    assert lookup("Vientiane Capital")[0].code == "LAO"
    assert lookup("Penang")[0].code == "MYS"
    assert lookup("Quang Ninh")[0].name == "Quảng Ninh"
    assert lookup("Johor")[0].kind == "subdivision"


def test_the_table_does_not_depend_on_the_hash_seed() -> None:
    # Entries for a form are gathered from sets of names; the order must not follow
    # the per-process hash seed, or two processes would name the same place differently.
    import os
    import subprocess
    import sys

    probe = (
        "import pycountry\n"
        "from bilateral._lexicon.gazetteer import lookup\n"
        "for c in pycountry.countries:\n"
        "    for n in sorted({c.name, getattr(c, 'common_name', c.name)}):\n"
        "        print(n, [(e.kind, e.code, e.name) for e in lookup(n)])\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert "Viet Nam [('country', 'VNM', 'Viet Nam')]" in outputs.pop()


def test_world_regions_outrank_a_country_or_town_of_their_spelling() -> None:
    assert codes("Latin America, Antarctica and Asia met.") == [
        ("Latin America", "region", "-"),
        ("Antarctica", "region", "-"),
        ("Asia", "region", "-"),
    ]
    # The longer form wins over the country inside it; alone, the country stays.
    assert codes("South American and American envoys met.") == [
        ("South American", "region", "-"),
        ("American", "demonym", "USA"),
    ]


def test_a_modifier_letter_apostrophe_is_an_apostrophe_in_keys() -> None:
    assert key("Nuku\u02bbalofa") == key("Nuku'alofa") == key("Nuku\u2018alofa") == "nukualofa"
    assert codes("They met in Nuku\u02bbalofa and Hawai\u02bbi.")[0] == (
        "Nuku\u02bbalofa",
        "capital",
        "TON",
    )


def test_a_big_city_is_found_without_city_where_its_province_bears_the_name() -> None:
    assert [(e.kind, e.code, e.name) for e in lookup("New York")] == [
        ("subdivision", "USA", "New York"),
        ("city", "USA", "New York City"),
    ]
    # A city under a million keeps only its full name.
    assert [(e.kind, e.name) for e in lookup("Cebu City")] == [("city", "Cebu City")]
    assert [(e.kind, e.name) for e in lookup("Cebu")] == [("subdivision", "Cebu")]


def test_english_forms_of_local_subdivision_names() -> None:
    assert [(e.kind, e.code, e.name) for e in lookup("South Sulawesi")] == [
        ("subdivision", "IDN", "South Sulawesi")
    ]
    assert lookup("Sulawesi Selatan")[0].name == "Sulawesi Selatan"
    assert [e.name for e in lookup("Riau Islands")] == ["Riau Islands"]
    assert [e.name for e in lookup("North Sumatra")] == ["North Sumatra"]
    # "Nusa Tenggara" is a region's name, not "Nusa" in the south-east.
    assert lookup("Southeast Nusa") == ()

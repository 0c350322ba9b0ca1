"""Actor codes from titles: the role table (bodies before offices, local marks) and the
property that the code's country is the person's own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.actors import ROLES, ActorCode, actor_code
from bilateral.strategies import alpha3

# Titles written for these tests (invented bodies and places), each with its code.
CASES = [
    # a body named decides, wherever the office word stands
    ("President of the National Assembly", "LAO", ActorCode("LAO", "LEG")),
    ("Speaker of the Parliament of Ruritania", "FRA", ActorCode("FRA", "LEG")),
    ("Chairwoman of the Xanadu Provincial People's Council", "VNM", ActorCode("VNM", "LEG", True)),
    ("General Secretary of the Party Central Committee and State President", "LAO",
     ActorCode("LAO", "PTY")),
    ("Member of the Politburo and Secretary of the Doralia City Party Committee", "VNM",
     ActorCode("VNM", "PTY", True)),
    ("Chairman of the Doralia People's Committee", "VNM", ActorCode("VNM", "GOV", True)),
    ("Minister of Public Security", "VNM", ActorCode("VNM", "GOV")),
    ("Director of the Provincial Police Department", "CHN", ActorCode("CHN", "COP", True)),
    ("Commander of the Ruritanian Navy", "THA", ActorCode("THA", "MIL")),
    ("Chief Judge of the Supreme Court", "PHL", ActorCode("PHL", "JUD")),
    ("Rector of the National University of Doralia", "KHM", ActorCode("KHM", "EDU")),
    ("Editor-in-Chief of the Doralia Times newspaper", "CUB", ActorCode("CUB", "MED")),
    ("CEO of the Doralia Rubber Corporation", "MYS", ActorCode("MYS", "BUS")),
    ("President of the Doralia Red Cross Society", "LAO", ActorCode("LAO", "NGO")),
    ("CEO of the Doralia Charitable Organisation", "OMN", ActorCode("OMN", "NGO")),
    ("Resident Coordinator of the United Nations", "NOR", ActorCode("NOR", "IGO")),
    ("Governor of the State Bank", "VNM", ActorCode("VNM", "GOV")),
    # no body: the first office word decides
    ("Deputy Prime Minister and Minister of Finance", "CUB", ActorCode("CUB", "GOV")),
    ("Ambassador to Ruritania", "CHN", ActorCode("CHN", "GOV")),
    ("Consul General in Doralia province", "JPN", ActorCode("JPN", "GOV")),
    ("Governor of Doralia", "IDN", ActorCode("IDN", "GOV", True)),
    ("Vice Mayor", "KOR", ActorCode("KOR", "GOV", True)),
    ("Senior Lieutenant General", "VNM", ActorCode("VNM", "MIL")),
    ("General Director of the Doralia Department of Customs", "VNM", ActorCode("VNM", "GOV")),
    ("Director-General of Doralia Affairs", "THA", ActorCode("THA", None)),
    ("Lawmaker", "USA", ActorCode("USA", "LEG")),
    # nothing the table knows: the country alone
    ("national hero", "CUB", ActorCode("CUB", None)),
    (None, "CUB", ActorCode("CUB", None)),
]  # fmt: skip


@pytest.mark.parametrize(("title", "country", "expected"), CASES)
def test_titles_give_their_codes(title: str | None, country: str, expected: ActorCode) -> None:
    assert actor_code(title, country) == expected


def test_codes_as_cameo_writes_them() -> None:
    assert [
        actor_code(t, c).code
        for t, c in [
            ("Foreign Minister", "LAO"),
            ("Commander-in-Chief of the Armed Forces", "MMR"),
            (None, "CHN"),
            ("Foreign Minister", None),
            (None, None),
        ]
    ] == ["LAOGOV", "MMRMIL", "CHN", "GOV", None]


def test_the_longest_cue_at_a_place_wins() -> None:
    # "prime minister" and "minister" both start at "prime"... and "state bank" is a body
    # of government, not of business
    assert actor_code("Press Secretary", "USA") == ActorCode("USA", "GOV")
    assert actor_code("Press attaché", "USA") == ActorCode("USA", "MED")


def test_an_anchored_cue_counts_only_at_the_start() -> None:
    assert actor_code("General", "VNM") == ActorCode("VNM", "MIL")
    assert actor_code("Attorney General", "VNM") == ActorCode("VNM", "JUD")
    assert actor_code("Deputy Director General", "VNM") == ActorCode("VNM", None)


def test_a_diplomat_abroad_is_never_sub_national() -> None:
    assert actor_code("Consul General in the Doralia provincial capital", "LAO") == ActorCode(
        "LAO", "GOV", False
    )
    assert actor_code("Secretary of the provincial Party Committee", "LAO") == ActorCode(
        "LAO", "PTY", True
    )


def test_the_roles_are_the_documented_ones() -> None:
    assert sorted(ROLES) == [
        "BUS", "COP", "EDU", "GOV", "IGO", "JUD", "LEG", "MED", "MIL", "NGO", "PTY",
    ]  # fmt: skip
    found = {actor_code(t, "VNM").role for t, _, _ in CASES if t}
    assert found - {None} == set(ROLES)


_WORDS = st.sampled_from(
    ["Minister", "of", "the", "Provincial", "Army", "Party", "Committee", "Mayor", "Court",
     "Doralia", "Ambassador", "University", "General", "Deputy", "and", "Speaker", "Bank"]
)  # fmt: skip


@given(
    title=st.one_of(st.none(), st.lists(_WORDS, max_size=8).map(" ".join), st.text(max_size=40)),
    country=st.one_of(st.none(), alpha3()),
)
def test_the_code_country_is_the_person_country(title: str | None, country: str | None) -> None:
    code = actor_code(title, country)
    assert code.country == country
    assert code.role is None or code.role in ROLES
    if code.code is not None:
        assert code.code == (country or "") + (code.role or "")

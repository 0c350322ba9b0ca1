"""Each person's country, on sentences written for these tests (invented names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import Article
from bilateral._extract.affiliation import BODIES


def parse(text: str) -> Article:
    return bilateral.parse(text, id="t")


def countries(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in parse(text).people]


# --- the office holders' table ---------------------------------------------------


def test_a_well_known_office_holder_is_of_their_country_whatever_is_named_near() -> None:
    # Nothing in the sentence tells the country but the table; France is nearer.
    text = " date 2019-06-01 In Paris, Narendra Modi praised France and Peru."
    assert countries(text) == [("Narendra Modi", "IND")]


def test_a_name_not_in_the_table_takes_the_nearby_clues() -> None:
    text = " date 2019-06-01 In Paris, Ravi Modi praised France."
    assert countries(text) == [("Ravi Modi", "FRA")]


def test_the_title_comes_before_the_table() -> None:
    # A title naming the country is read first; the table agrees here, and a
    # person of the table whose title names another country keeps the title's.
    text = "Norway hosted Indian Prime Minister Narendra Modi and Kenyan envoy Joko Widodo."
    assert countries(text) == [("Narendra Modi", "IND"), ("Joko Widodo", "KEN")]


# --- national bodies in a title --------------------------------------------------


def test_a_national_body_in_the_title_tells_the_country() -> None:
    text = (
        "Peru and Japan met. JICA Chief Representative Kenji Sato and PCG spokesman "
        "Ramon Cruz spoke."
    )
    assert countries(text) == [("Kenji Sato", "JPN"), ("Ramon Cruz", "PHL")]


def test_a_body_two_countries_share_tells_none() -> None:
    assert "AFP" not in BODIES
    text = "Norway and Peru met. AFP Director Ramon Cruz spoke. Chile agreed."
    assert countries(text) == [("Ramon Cruz", None)]


# --- lists and companions ------------------------------------------------------


def test_a_list_after_a_side_phrase_is_that_sides() -> None:
    text = (
        "Lithuania's president met the Polish leadership: President Piotr Nowak, Marshal of the "
        "Senate Adam Wolski and Prime Minister Ewa Lis."
    )
    assert countries(text) == [
        ("Piotr Nowak", "POL"),
        ("Adam Wolski", "POL"),
        ("Ewa Lis", "POL"),
    ]


def test_a_list_without_a_side_noun_tells_no_country() -> None:
    text = (
        "Lithuania and Poland agreed on the following: Director Piotr Nowak and "
        "Inspector Adam Wolski will meet."
    )
    assert countries(text) == [("Piotr Nowak", None), ("Adam Wolski", None)]


def test_companions_take_the_country_of_the_one_they_accompany() -> None:
    text = (
        "Rwandan President Jean Habimana visited Mauritania. Habimana was accompanied to "
        "Nouakchott by Minister of Sports Alice Uwase and Director Eric Mugabo."
    )
    assert countries(text) == [
        ("Jean Habimana", "RWA"),
        ("Alice Uwase", "RWA"),
        ("Eric Mugabo", "RWA"),
    ]


def test_a_delegation_leader_is_of_the_delegations_country() -> None:
    text = (
        "Ghana received guests. The Saudi delegation was led by Faisal Al Harbi, "
        "Vice-Minister for Defence."
    )
    assert countries(text) == [("Faisal Al Harbi", "SAU")]


def test_a_ceremony_headed_by_someone_is_no_delegation() -> None:
    text = (
        "A handover at the Embassy of Japan in Chile was headed by Mayor Rosa Vidal "
        "and Ambassador Ken Ito."
    )
    assert countries(text) == [("Rosa Vidal", None), ("Ken Ito", None)]


def test_only_the_list_after_by_takes_the_country() -> None:
    text = (
        "Rwandan President Jean Habimana was accompanied by Director Eric Mugabo, while "
        "Mauritanian Minister Sidi Ould Ahmed and Mauritanian Mayor Moussa Diallo greeted "
        "Director Ana Bello."
    )
    assert countries(text) == [
        ("Jean Habimana", "RWA"),
        ("Eric Mugabo", "RWA"),
        ("Sidi Ould Ahmed", "MRT"),
        ("Moussa Diallo", "MRT"),
        ("Ana Bello", None),
    ]


# --- the dyad's last resort ------------------------------------------------------


def test_on_a_tie_the_side_only_titles_mark_is_the_foreign_one() -> None:
    # Mehta's title marks India; Rabuka is known from the table; the rest are unmarked,
    # so of the side no title marks.
    text = (
        " date 2023-05-02 Indian High Commissioner to Fiji Anil Mehta met Prime Minister "
        "Sitiveni Rabuka and Permanent Secretary Jone Vatu in Suva."
    )
    assert countries(text) == [
        ("Anil Mehta", "IND"),
        ("Sitiveni Rabuka", "FJI"),
        ("Jone Vatu", "FJI"),
    ]


# --- renaming one person changes no one else --------------------------------------

GIVEN = ["Ingrid", "Tomas", "Marta", "Jonas", "Elena", "Pavel", "Sofia", "Anders"]
FAMILY = ["Varga", "Lindqvist", "Kowalczyk", "Ekdahl", "Petrova", "Holm", "Orlov", "Sandoval"]
SIDES = [
    ("Norwegian", "Norway", "NOR"),
    ("Chilean", "Chile", "CHL"),
    ("Polish", "Poland", "POL"),
]
TITLES = ["Minister of Health", "Ambassador to Peru", "Deputy Prime Minister", "Mayor of Lima"]


@st.composite
def story(draw: st.DrawFn) -> tuple[list[tuple[str, str]], str, list[str]]:
    """Three people (full name and family name), and a story naming each twice."""
    full = draw(
        st.lists(
            st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)),
            min_size=3,
            max_size=3,
            unique_by=lambda n: n[1],
        )
    )
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=3, max_size=3))
    sides = draw(st.permutations(SIDES))
    return [(f"{g} {f}", f) for g, f in full], titles, [s[0] for s in sides]


def _text(people: list[tuple[str, str]], titles: list[str], demonyms: list[str]) -> str:
    (a, sa), (b, sb), (c, sc) = people
    return (
        f"{demonyms[0]} {titles[0]} {a} received {demonyms[1]} {titles[1]} {b} on Monday. "
        f"{demonyms[2]} {titles[2]} {c} attended.\n\n"
        f"{sa} thanked {sb}, and {sc} spoke of the host."
    )


@given(story(), st.sampled_from(GIVEN), st.sampled_from(FAMILY), st.integers(0, 2))
def test_renaming_one_person_consistently_changes_no_one_elses_record(
    drawn: tuple[list[tuple[str, str]], list[str], list[str]],
    given_name: str,
    family: str,
    who: int,
) -> None:
    people, titles, demonyms = drawn
    taken = {f for _, f in people}
    if family in taken:
        return  # a new family name only: a shared one would merge two people
    renamed = list(people)
    renamed[who] = (f"{given_name} {family}", family)
    before = parse(_text(people, titles, demonyms)).people
    after = parse(_text(renamed, titles, demonyms)).people
    assert len(before) == len(after) == 3

    def record(p: object) -> tuple[object, ...]:
        return (p.name, p.title, p.country, p.aliases)  # type: ignore[attr-defined]

    others = [k for k in range(3) if k != who]
    assert [record(before[k]) for k in others] == [record(after[k]) for k in others]
    assert after[who].name == renamed[who][0]
    assert (after[who].title, after[who].country) == (before[who].title, before[who].country)

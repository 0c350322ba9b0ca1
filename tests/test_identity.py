"""Identities across a corpus: one key per person and locality, whatever the spelling,
order of articles or copies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from _articles import article, corpora
from bilateral import Corpus
from bilateral.corpus.identity import build_identities, name_forms, place_forms
from bilateral.model import Article, Locality, Person


def _people(*people: Person) -> list[tuple[str, str, tuple[str, ...]]]:
    arts = [article(f"a{i}", people=(p,)) for i, p in enumerate(people)]
    return [(p.key, p.name, p.names) for p in build_identities(arts).people]


def test_diacritics_hyphens_and_spaces_do_not_count() -> None:
    assert _people(
        Person("Nguyễn Thị Lan Hương", country="VNM"),
        Person("Nguyen Thi Lan Huong", country="VNM"),
        Person("Carlos Díaz-Ortega", country="CUB"),
        Person("Carlos Diaz Ortega", country="CUB"),
    ) == [
        ("CUB/carlos-diaz-ortega", "Carlos Díaz-Ortega",
         ("Carlos Diaz Ortega", "Carlos Díaz-Ortega")),
        ("VNM/nguyen-thi-lan-huong", "Nguyễn Thị Lan Hương",
         ("Nguyen Thi Lan Huong", "Nguyễn Thị Lan Hương")),
    ]  # fmt: skip


def test_the_same_spelling_in_two_countries_is_two_people() -> None:
    assert _people(Person("Ana Beltrán", country="CUB"), Person("Ana Beltrán", country="ESP")) == [
        ("CUB/ana-beltran", "Ana Beltrán", ("Ana Beltrán",)),
        ("ESP/ana-beltran", "Ana Beltrán", ("Ana Beltrán",)),
    ]


def test_family_name_order_counts_only_where_it_is_written_first() -> None:
    assert _people(
        Person("Tanaka Haruki", country="JPN"),
        Person("Haruki Tanaka", country="JPN"),
        Person("Pedro Tomas", country="CUB"),
        Person("Tomas Pedro", country="CUB"),
    ) == [
        ("CUB/pedro-tomas", "Pedro Tomas", ("Pedro Tomas",)),
        ("CUB/tomas-pedro", "Tomas Pedro", ("Tomas Pedro",)),
        ("JPN/haruki-tanaka", "Haruki Tanaka", ("Haruki Tanaka", "Tanaka Haruki")),
    ]


def test_one_letter_apart_only_in_long_words() -> None:
    assert _people(
        Person("Olexandr Vasylenkov", country="UKR"),
        Person("Olexandr Vasylenkow", country="UKR"),
        Person("Trần Văn Nam", country="VNM"),
        Person("Trần Văn Nham", country="VNM"),
    ) == [
        ("UKR/olexandr-vasylenkov", "Olexandr Vasylenkov",
         ("Olexandr Vasylenkov", "Olexandr Vasylenkow")),
        ("VNM/tran-van-nam", "Trần Văn Nam", ("Trần Văn Nam",)),
        ("VNM/tran-van-nham", "Trần Văn Nham", ("Trần Văn Nham",)),
    ]  # fmt: skip


def test_a_short_form_joins_the_one_person_it_can_be() -> None:
    full, short = Person("Rosa Ferrer Vidal", country="CUB"), Person("Rosa Ferrer", country="CUB")
    assert _people(full, short) == [
        ("CUB/rosa-ferrer-vidal", "Rosa Ferrer Vidal", ("Rosa Ferrer", "Rosa Ferrer Vidal")),
    ]  # fmt: skip


def test_two_people_sharing_a_surname_stay_two() -> None:
    # "Phạm Quang" could be either Phạm: it joins neither; a lone surname is no short form
    assert _people(
        Person("Phạm Quang Vinh", country="VNM"),
        Person("Phạm Quang Hải", country="VNM"),
        Person("Phạm Quang", country="VNM"),
        Person("Kowalski", country="POL"),
        Person("Jan Kowalski", country="POL"),
    ) == [
        ("POL/jan-kowalski", "Jan Kowalski", ("Jan Kowalski",)),
        ("POL/kowalski", "Kowalski", ("Kowalski",)),
        ("VNM/pham-quang", "Phạm Quang", ("Phạm Quang",)),
        ("VNM/pham-quang-hai", "Phạm Quang Hải", ("Phạm Quang Hải",)),
        ("VNM/pham-quang-vinh", "Phạm Quang Vinh", ("Phạm Quang Vinh",)),
    ]


def test_an_unknown_country_joins_the_one_known_person() -> None:
    assert _people(Person("Bo Lindqvist", country="SWE"), Person("Bo Lindqvist")) == [
        ("SWE/bo-lindqvist", "Bo Lindqvist", ("Bo Lindqvist",)),
    ]
    assert _people(
        Person("Bo Lindqvist", country="SWE"), Person("Bo Lindqvist", country="FIN"),
        Person("Bo Lindqvist"),
    ) == [
        ("-/bo-lindqvist", "Bo Lindqvist", ("Bo Lindqvist",)),
        ("FIN/bo-lindqvist", "Bo Lindqvist", ("Bo Lindqvist",)),
        ("SWE/bo-lindqvist", "Bo Lindqvist", ("Bo Lindqvist",)),
    ]  # fmt: skip


def test_the_identity_keeps_the_commonest_title_and_its_actor_code() -> None:
    arts = [
        article("a", people=(Person("Lê Minh Tâm", title="Minister of Health", country="VNM"),)),
        article("b", people=(Person("Le Minh Tam", title="Health Minister", country="VNM"),)),
        article("c", people=(Person("Lê Minh Tâm", title="Minister of Health", country="VNM"),)),
    ]
    (person,) = build_identities(arts).people
    assert (person.title, person.actor.code, person.articles) == ("Minister of Health", "VNMGOV", 3)


def test_localities_by_geonames_id_or_by_name() -> None:
    arts = [
        article("a", localities=(Locality("Hà Nội", "VNM"), Locality("Thái Bình Dương", "VNM"))),
        article("b", localities=(Locality("Ha Noi", "VNM"), Locality("Saigon", "VNM"))),
        article("c", localities=(Locality("Hanoi", "VNM"), Locality("HCM City", "VNM"))),
    ]
    got = [
        (p.key, p.name, p.names, p.geonameid, p.feature, p.articles)
        for p in build_identities(arts).places
    ]
    assert got == [
        ("VNM/thai-binh-duong", "Thái Bình Dương", ("Thái Bình Dương",), None, None, 1),
        ("geonames:1566083", "Ho Chi Minh City", ("HCM City", "Saigon"), 1566083, "city", 2),
        ("geonames:1581130", "Hanoi", ("Ha Noi", "Hanoi", "Hà Nội"), 1581130, "city", 3),
    ]
    hanoi = build_identities(arts).place("Ha Noi", "VNM")
    assert hanoi is not None
    assert (round(hanoi.latitude or 0, 2), round(hanoi.longitude or 0, 2)) == (21.02, 105.84)


def test_a_name_of_two_places_in_one_country_gets_no_id() -> None:
    # "San Fernando" names several cities of the Philippines: no one place
    (place,) = build_identities(
        [article("a", localities=(Locality("San Fernando", "PHL"),))]
    ).places
    assert (place.key, place.geonameid) == ("PHL/san-fernando", None)


def test_forms_used_by_filters() -> None:
    assert sorted(name_forms("Kim Min-jun")) == ["junkimmin", "kimminjun", "minjunkim"]
    assert sorted(place_forms("Saigon")) == ["n:saigon", "p:VNM/hochiminhcity"]


def _rename(arts: list[Article], prefix: str) -> list[Article]:
    import attrs

    return [attrs.evolve(a, id=prefix + a.id) for a in arts]


@settings(max_examples=40, deadline=None)
@given(corpora(max_size=8), st.randoms(use_true_random=False))
def test_identities_do_not_depend_on_order_or_copies(arts: list[Article], rnd: object) -> None:
    base = build_identities(arts)
    shuffled = list(arts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    keys = [(p.key, p.names) for p in base.people]
    assert [(p.key, p.names) for p in build_identities(shuffled).people] == keys
    doubled = build_identities(arts + _rename(arts, "copy-"))
    assert [(p.key, p.names) for p in doubled.people] == keys
    assert [p.key for p in doubled.places] == [p.key for p in base.places]


def test_corpus_filters_find_every_spelling() -> None:
    c = Corpus(
        [
            article("a", people=(Person("Nguyễn Văn Thắng", country="VNM"),),
                    localities=(Locality("Hà Nội", "VNM"),)),
            article("b", people=(Person("Nguyen Van Thang", country="VNM"),),
                    localities=(Locality("Hanoi", "VNM"),)),
            article("c", people=(Person("Nguyễn Văn Thắng Long", country="VNM"),),
                    localities=(Locality("HCM City", "VNM"),)),
            article("d", people=(Person("Nguyễn Văn Thành", country="VNM"),),
                    localities=(Locality("Huế", "VNM"),)),
        ]
    )  # fmt: skip
    assert c.filter(person="nguyen van thang").ids == ("a", "b", "c")
    assert c.filter(person="Nguyễn Văn Thành").ids == ("d",)
    assert c.filter(person="Văn Thắng Long").ids == ("a", "b", "c")  # one person's short form
    assert c.filter(person="Nguyễn Văn").ids == ()  # anyone's
    assert c.filter(locality="Ha Noi").ids == ("a", "b")
    assert c.filter(locality="Saigon").ids == ("c",)
    assert c.filter(locality="Hue").ids == ("d",)
    assert c.filter(locality="Haiphong").ids == ()


def test_only_a_person_filter_builds_the_identities() -> None:
    # the identities cost time on a large corpus: a filter by country, locality or date
    # does without them (its keys are folded forms and GeoNames keys)
    c = Corpus(
        [
            article("a", people=(Person("Nguyễn Văn Thắng", country="VNM"),),
                    localities=(Locality("Hà Nội", "VNM"),)),
            article("b", people=(Person("Nguyen Van Thang", country="VNM"),)),
        ]
    )  # fmt: skip
    assert c.filter(locality="Ha Noi").ids == ("a",)
    assert c._indexes()._identities is None
    assert c.filter(person="Nguyen Van Thang").ids == ("a", "b")
    assert c._indexes()._identities is not None

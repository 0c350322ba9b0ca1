"""One real engagement counted once: merging reports across articles, and its properties."""

from __future__ import annotations

import attrs
import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from _articles import article
from bilateral import Corpus
from bilateral.corpus.identity import build_identities
from bilateral.corpus.merge import REPORTING_LAG, MergedEngagement, merge_engagements
from bilateral.model import Article, Engagement, EngagementKind, Person

D = pendulum.Date
ANA = Person("Ana Beltrán", country="CUB")
ANA_PLAIN = Person("Ana Beltran", country="CUB")
HOA = Person("Nguyễn Thị Hoa", country="VNM")
LEI = Person("Zhang Lei", country="CHN")


def _talks(day: int | None, *people: Person, kind: EngagementKind = EngagementKind.TALKS,
           end: int | None = None) -> Engagement:  # fmt: skip
    return Engagement(
        kind,
        start=D(2024, 5, day) if day else None,
        end=D(2024, 5, end) if end else None,
        host=people[0].name if people else None,
        participants=tuple(p.name for p in people[1:]),
    )


def _report(
    id: str,
    *engagements: Engagement,
    date: int = 20,
    dyad: tuple[str, str] = ("CUB", "VNM"),
    people: tuple[Person, ...] = (ANA, HOA),
) -> Article:
    return article(id, date=D(2024, 5, date), dyad=dyad, people=people, engagements=engagements)


def _merge(arts: list[Article]) -> list[tuple[str, str, object, object, tuple[str, ...]]]:
    found = merge_engagements(arts, build_identities(arts))
    return [(m.id, m.kind.value, m.start, m.end, m.articles) for m in found]


def test_two_outlets_one_meeting() -> None:
    a = _report("a", _talks(18, HOA, ANA))
    b = _report("b", _talks(18, HOA, ANA_PLAIN), people=(ANA_PLAIN, HOA))
    assert _merge([a, b]) == [("a#0", "talks", D(2024, 5, 18), None, ("a", "b"))]
    (merged,) = merge_engagements([a, b], build_identities([a, b]))
    assert merged == MergedEngagement(
        id="a#0",
        kind=EngagementKind.TALKS,
        start=D(2024, 5, 18),
        end=None,
        dyad=a.dyad,
        host="VNM/nguyen-thi-hoa",
        participants=("CUB/ana-beltran",),
        sources=(("a", 0), ("b", 0)),
    )


def test_other_dates_kinds_dyads_or_people_stay_apart() -> None:
    base = _report("a", _talks(18, HOA, ANA))
    others = [
        _report("b", _talks(12, HOA, ANA)),  # another day
        _report("c", _talks(18, HOA, ANA, kind=EngagementKind.CALL)),  # another kind
        _report("d", _talks(18, HOA, ANA), dyad=("CHN", "VNM")),  # another dyad
        _report("e", _talks(18, LEI), people=(LEI,)),  # nobody in common
    ]
    assert [m[4] for m in _merge([base, *others])] == [("b",), ("a",), ("c",), ("d",), ("e",)]


def test_a_period_takes_in_a_day_within_it() -> None:
    visit = _report("a", _talks(14, ANA, kind=EngagementKind.VISIT, end=19))
    day = _report("b", _talks(16, ANA, kind=EngagementKind.VISIT))
    assert _merge([visit, day]) == [("a#0", "visit", D(2024, 5, 14), D(2024, 5, 19), ("a", "b"))]


def test_an_undated_report_joins_within_the_week_before_its_article() -> None:
    dated = _report("a", _talks(18, HOA, ANA))
    soon = _report("b", _talks(None, HOA, ANA), date=18 + REPORTING_LAG)
    late = _report("c", _talks(None, HOA, ANA), date=19 + REPORTING_LAG)
    assert _merge([dated, soon]) == [("a#0", "talks", D(2024, 5, 18), None, ("a", "b"))]
    assert [m[4] for m in _merge([dated, late])] == [("a",), ("c",)]


def test_one_article_s_engagements_never_merge() -> None:
    # two receptions on one day by the same host are two, and a copy of the article
    # pairs each with its own copy
    twice = _report("a", _talks(18, HOA, ANA), _talks(18, HOA, LEI), people=(ANA, HOA, LEI))
    copy = attrs.evolve(twice, id="b")
    assert _merge([twice]) == [
        ("a#0", "talks", D(2024, 5, 18), None, ("a",)),
        ("a#1", "talks", D(2024, 5, 18), None, ("a",)),
    ]
    assert [(m[0], m[4]) for m in _merge([twice, copy])] == [
        ("a#0", ("a", "b")),
        ("a#1", ("a", "b")),
    ]


def test_the_corpus_offers_both_tables() -> None:
    c = Corpus([_report("a", _talks(18, HOA, ANA)), _report("b", _talks(18, HOA, ANA))])
    assert [(m.id, m.articles) for m in c.merged_engagements()] == [("a#0", ("a", "b"))]
    assert len(c.to_pandas("engagements")) == 2
    merged = c.to_pandas("merged_engagements")
    assert merged[["merged_id", "n_articles"]].values.tolist() == [["a#0", 2]]
    assert c.to_pandas("engagements")["merged_id"].tolist() == ["a#0", "a#0"]


# --- properties ---

_PEOPLE = (ANA, HOA, LEI, ANA_PLAIN)
_engagements = st.builds(
    lambda kind, day, who: _talks(day, *who, kind=kind),
    st.sampled_from([EngagementKind.TALKS, EngagementKind.VISIT]),
    st.one_of(st.none(), st.integers(10, 14)),
    st.lists(st.sampled_from(_PEOPLE), max_size=3, unique=True),
)
_articles = st.lists(
    st.tuples(
        st.lists(_engagements, max_size=3),
        st.integers(12, 22),
        st.sampled_from([("CUB", "VNM"), ("CHN", "VNM")]),
    ),
    max_size=6,
).map(
    lambda rows: [
        _report(f"a{i}", *engs, date=day, dyad=dyad, people=_PEOPLE)
        for i, (engs, day, dyad) in enumerate(rows)
    ]
)


def _content(merged: tuple[MergedEngagement, ...]) -> list[tuple[object, ...]]:
    return sorted(
        (m.kind.value, str(m.start), str(m.end), str(m.dyad), str(m.host), m.participants)
        for m in merged
    )


@settings(max_examples=60, deadline=None)
@given(_articles)
def test_a_renamed_copy_merges_to_the_same_set(arts: list[Article]) -> None:
    copy = [attrs.evolve(a, id="z" + a.id) for a in arts]
    both = arts + copy
    once = merge_engagements(arts, build_identities(arts))
    twice = merge_engagements(both, build_identities(both))
    assert _content(twice) == _content(once)
    pairs = zip(sorted(twice, key=lambda m: m.id), sorted(once, key=lambda m: m.id), strict=True)
    assert all(len(m.sources) == 2 * len(o.sources) for m, o in pairs)


@settings(max_examples=60, deadline=None)
@given(_articles)
def test_merging_never_joins_different_dyads_or_one_article_twice(arts: list[Article]) -> None:
    by_id = {a.id: a for a in arts}
    for m in merge_engagements(arts, build_identities(arts)):
        assert {by_id[a].dyad for a, _ in m.sources} == {m.dyad}
        assert len({a for a, _ in m.sources}) == len(m.sources)
        assert {by_id[a].engagements[n].kind for a, n in m.sources} == {m.kind}


@settings(max_examples=60, deadline=None)
@given(_articles, st.randoms(use_true_random=False))
def test_the_order_of_articles_does_not_change_the_result(arts: list[Article], rnd: object) -> None:
    shuffled = list(arts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert merge_engagements(shuffled, build_identities(shuffled)) == merge_engagements(
        arts, build_identities(arts)
    )

"""Indexed filters: the same answer as a plain scan, in corpus order, composing when chained."""

from __future__ import annotations

from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _articles import PEOPLE, article, corpora, criteria_for
from bilateral import Corpus
from bilateral.corpus.index import Criteria, Index
from bilateral.model import Engagement, EngagementKind, Locality, Person, Topic


def scan(articles: list[Any], **kw: Any) -> list[str]:
    test = Criteria.of(**kw)
    return [a.id for a in articles if test.matches(a)]


@given(corpora(), st.data())
def test_indexed_filter_equals_a_plain_scan(articles: list[Any], data: st.DataObject) -> None:
    kw = data.draw(criteria_for(articles))
    corpus = Corpus(articles)
    assert list(corpus.filter(**kw).ids) == scan(articles, **kw)


@given(corpora(), st.data())
def test_chained_filters_compose(articles: list[Any], data: st.DataObject) -> None:
    first, then = data.draw(criteria_for(articles)), data.draw(criteria_for(articles))
    corpus = Corpus(articles)
    chained = corpus.filter(**first).filter(**then)
    expected = [i for i in scan(articles, **first) if i in set(scan(articles, **then))]
    assert list(chained.ids) == expected
    # The indexes are built once and shared by the filtered corpora.
    assert chained._indexes() is corpus._indexes()


@given(corpora(), st.data(), st.integers(0, 10), st.integers(0, 25))
def test_filter_of_a_slice_stays_in_the_slice(
    articles: list[Any], data: st.DataObject, lo: int, hi: int
) -> None:
    kw = data.draw(criteria_for(articles))
    corpus = Corpus(articles)
    corpus.filter()  # build the indexes first, so the slice is a view of them
    part = corpus[lo:hi]
    assert list(part.ids) == [a.id for a in articles[lo:hi]]
    assert list(part.filter(**kw).ids) == scan(articles[lo:hi], **kw)


def sample() -> Corpus:
    hoa = Person("Nguyễn Thị Hoa", country="VNM", aliases=("Hoa",))
    return Corpus(
        [
            article("old", date=pendulum.Date(2019, 12, 31), countries=("VNM", "CUB"),
                    dyad=("VNM", "CUB"), people=(hoa,), agency="VNA"),
            article("mid", date=pendulum.Date(2020, 1, 1), countries=("CHN",),
                    localities=(Locality("Hà Nội", "VNM"),), topics=(Topic.TRADE,),
                    engagements=(Engagement(EngagementKind.CALL),)),
            article("undated", countries=("VNM",), dyad=("CUB", "VNM"), text="Rice talks"),
            article("new", date=pendulum.Date(2020, 6, 30), countries=("VNM",),
                    people=(Person("Zhang Lei"),), agency="Xinhua"),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kw", "ids"),
    [
        ({"since": "2020-01-01"}, ["mid", "new"]),
        ({"until": pendulum.Date(2020, 1, 1)}, ["old", "mid"]),
        ({"since": "2020-01-01", "until": "2020-01-01"}, ["mid"]),
        ({"country": "vnm"}, ["old", "undated", "new"]),
        ({"dyad": ("CUB", "VNM")}, ["old", "undated"]),
        ({"dyad": "VNM-CUB"}, ["old", "undated"]),
        ({"person": "nguyen thi hoa"}, ["old"]),
        ({"person": "HOA"}, ["old"]),
        ({"locality": "Ha Noi"}, ["mid"]),
        ({"topic": "trade"}, ["mid"]),
        ({"kind": EngagementKind.CALL}, ["mid"]),
        ({"agency": "vna"}, ["old"]),
        ({"text_contains": "RICE"}, ["undated"]),
        ({"country": "VNM", "since": "2020-01-01"}, ["new"]),
        ({"country": "FRA"}, []),
    ],
)
def test_each_criterion(kw: dict[str, Any], ids: list[str]) -> None:
    assert list(sample().filter(**kw).ids) == ids


def test_predicate_and_keywords_together() -> None:
    c = sample()
    assert list(c.filter(lambda a: a.agency is not None, country="VNM").ids) == ["old", "new"]


def test_bad_criteria_are_value_errors() -> None:
    c = sample()
    for kw in ({"since": "last week"}, {"dyad": "VNM"}, {"topic": "gardening"}, {"kind": "x"}):
        with pytest.raises(ValueError):
            c.filter(**kw)


def test_index_keys_and_counts() -> None:
    idx = Index.build(list(sample()))
    assert idx.keys("country") == ("VNM", "CHN", "CUB")
    assert idx.count("country", "VNM") == 3
    # people under their full names ("n:") and short mentions ("a:"), words joined
    assert idx.count("person", "a:hoa") == 1
    assert idx.count("person", "n:hoa") == 0
    assert idx.count("person", "a:nobody") == 0
    assert len(idx) == 4


def test_filtered_corpus_keeps_errors_and_lookup_by_id() -> None:
    from bilateral import ArticleError

    c = Corpus(list(sample()), errors=[ArticleError("bad.txt", "the file is empty")])
    hits = c.filter(country="VNM")
    assert len(hits.errors) == 1
    assert hits["new"].id == "new" and "mid" not in hits
    assert hits[0].id == "old"


def test_many_articles_sparse_and_dense_lists() -> None:
    # Enough articles that long posting lists go through sets and short ones through bisection.
    arts = [
        article(f"n{i}", countries=("VNM",) if i % 2 else ("VNM", "CUB"),
                people=(Person(PEOPLE[0]),) if i % 97 == 0 else (),
                date=pendulum.Date(2020, 1, 1).add(days=i % 50))
        for i in range(400)
    ]  # fmt: skip
    c = Corpus(arts)
    for kw in ({"country": "CUB", "person": PEOPLE[0]}, {"country": "VNM", "since": "2020-02-01"},
               {"country": "CUB", "until": "2020-01-05"}):  # fmt: skip
        assert list(c.filter(**kw).ids) == scan(arts, **kw)

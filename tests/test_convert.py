"""The one converter: the JSON form is the codebook record, and it round-trips exactly."""

from __future__ import annotations

import json

import pendulum
from hypothesis import given

import bilateral
from bilateral import convert
from bilateral.model import Aid, Article, Engagement, EngagementKind, Span
from bilateral.strategies import articles

RECORD_KEYS = [
    "id", "date", "headline", "dateline", "agency", "people", "countries", "localities",
    "dyad", "engagements", "topics", "agreements", "aid",
]  # fmt: skip


@given(articles())
def test_structure_inverts_unstructure(article: Article) -> None:
    assert convert.structure(convert.unstructure(article), Article) == article


@given(articles())
def test_json_lines_round_trip(article: Article) -> None:
    line = convert.dumps(article)
    assert "\n" not in line
    assert convert.loads(line) == article


@given(articles())
def test_json_form_has_the_codebook_shapes(article: Article) -> None:
    record = json.loads(convert.dumps(article))
    assert list(record)[: len(RECORD_KEYS)] == RECORD_KEYS
    assert all(isinstance(c, str) and len(c) == 3 for c in record["countries"])
    assert record["date"] is None or len(record["date"]) == 10
    assert record["headline"] is None or isinstance(record["headline"], str)
    assert record["dyad"] is None or record["dyad"] == sorted(record["dyad"])
    for e in record["engagements"]:
        assert set(e) >= {"kind", "start", "end", "host", "participants"}
    for p in record["people"]:
        assert set(p) >= {"name", "country", "title"}


def test_record_of_a_seed_has_codebook_values(seeds) -> None:  # type: ignore[no-untyped-def]
    article = bilateral.load_article(seeds / "seed-havana.txt")
    record = convert.to_record(article)
    assert record["id"] == "seed-havana"
    assert record["date"] == "2023-06-09"
    assert isinstance(record["text"], str) and record["text"].startswith(" date 2023-06-09 ")


def test_values_take_their_json_shapes() -> None:
    e = Engagement(
        EngagementKind.VISIT,
        start=pendulum.Date(2023, 6, 5),
        end=pendulum.Date(2023, 6, 15),
        participants=("Luis",),
        spans=(Span(1, 4),),
    )
    assert convert.unstructure(e) == {
        "kind": "visit",
        "start": "2023-06-05",
        "end": "2023-06-15",
        "host": None,
        "participants": ["Luis"],
        "spans": [[1, 4]],
    }
    aid = convert.structure({"item": "rice", "quantity": 2000, "unit": "tonne"}, Aid)
    assert aid == Aid("rice", 2000.0, "tonne")

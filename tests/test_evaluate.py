"""Scoring against a user's own hand-coded articles: per field, with every miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.cli import main
from bilateral.evaluate import FIELDS, FieldScore, Miss, evaluate, score_records

# Written for these tests: an invented visit, coded by hand.
TEXT = (
    " date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong received "
    "Cambodian Health Minister Mam Sok Heng in Vientiane on Monday. The two sides agreed "
    "to expand cooperation in health care."
)
GOLD = {
    "id": "v1", "date": "2024-03-12", "headline": None, "dateline": "Vientiane",
    "agency": "KPL",
    "people": [
        {"name": "Bounkong Sihavong", "country": "LAO", "title": "Minister of Health"},
        {"name": "Mam Sok Heng", "country": "KHM", "title": "Health Minister"},
    ],
    "countries": ["KHM", "LAO"], "localities": [{"name": "Vientiane", "country": "LAO"}],
    "dyad": ["KHM", "LAO"],
    "engagements": [{"kind": "reception", "start": "2024-03-11", "end": None,
                     "host": "Bounkong Sihavong", "participants": ["Mam Sok Heng"]}],
    "topics": ["health", "trade"], "agreements": [], "aid": [],
}  # fmt: skip


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    (tmp_path / "v1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "v1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_each_field_is_scored_and_the_misses_listed(gold: Path) -> None:
    result = evaluate(gold)
    assert (result.articles, result.unparsed, list(result.fields)) == (1, (), list(FIELDS))
    # The gold's "trade" is not in the text: one topic missed, none extra.
    assert result.fields["topics"] == FieldScore("topics", "f1", tp=1, fp=0, fn=1)
    assert result.misses == (Miss("v1", "topics", ("trade",), ()),)
    assert result.fields["people"] == FieldScore("people", "f1", tp=2)
    assert result.fields["engagements.host"] == FieldScore(
        "engagements.host", "acc", right=1, total=1
    )
    assert result.fields["topics"].recall == 0.5
    assert result.overall == pytest.approx((16 + 2 / 3) / 17)


def test_score_records_matches_by_id_and_counts_a_missing_record_as_empty() -> None:
    result = score_records([{"id": "a", "date": "2024-01-02", "countries": ["VNM"]}], [])
    assert result.unparsed == ("a",)
    assert result.fields["date"] == FieldScore("date", "acc", right=0, total=1)
    assert result.fields["countries"] == FieldScore("countries", "f1", fn=1)
    names = score_records(
        [{"id": "a", "people": ["Dr. Lê Văn An"], "localities": [{"name": "Huế City"}]}],
        [{"id": "a", "people": [{"name": "Le Van An"}], "localities": ["Hue"]}],
    )
    assert names.fields["people"].f1 == names.fields["localities"].f1 == 1.0
    docs = score_records(
        [{"id": "a", "agreements": [{"kind": "MoU", "start_year": 2024, "signed": True}]}],
        [{"id": "a", "agreements": [{"kind": "memorandum of understanding",
                                     "start_year": 2024, "signed": True}]}],
    )  # fmt: skip
    assert docs.fields["agreements"].f1 == 1.0


def test_the_command_prints_the_table_and_the_misses(
    gold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(gold), "-v"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("--- v1\n    topics: missing ['trade'] extra []\n")
    assert "│ topics                   │  F1 0.667 │     1.000 │  0.500 │ tp 1 fp 0 fn 1 │" in out
    assert main(["evaluate", str(gold), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"]["topics"]["recall"] == 0.5 and data["misses"] == [
        ["v1", "topics", ["trade"], []]
    ]


def test_a_folder_without_codings_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "no NAME.gold.json files" in capsys.readouterr().err

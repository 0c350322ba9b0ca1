"""The held-out evaluation set (evaluation/): well-formed, and the library scores above a floor.

The articles there are never read to tune rules; this test only keeps the
overall score from dropping unnoticed. It scores with evaluation/evaluate.py, which is
bilateral.evaluate (counting as the shared scorer does) on that folder.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bilateral.evaluate import FIELDS, evaluate, score_records

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evaluation" / "corpus"

# The overall score (mean of the seventeen fields) must stay at or above this. Measured
# 0.766 when the set was written and 0.868 after issue 12's work; the floor sits 0.02
# under the latest figure so that a small regression fails the suite. Raise it as the
# extraction improves; never lower it to let a change in.
EVALUATION_FLOOR = 0.848

RECORD_KEYS = {
    "id", "url", "date", "headline", "dateline", "agency", "people", "countries",
    "localities", "dyad", "engagements", "topics", "agreements", "aid",
}  # fmt: skip


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "evaluation" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return gold


def test_every_article_has_its_coding_in_the_codebook_format() -> None:
    texts = sorted(p.stem for p in CORPUS.glob("*.txt"))
    codings = sorted(p.name.removesuffix(".gold.json") for p in CORPUS.glob("*.gold.json"))
    assert texts == codings
    assert len(texts) >= 24
    for name in codings:
        gold = _gold(CORPUS / f"{name}.gold.json")
        assert set(gold) == RECORD_KEYS, name
        assert gold["id"] == name
        for e in gold["engagements"]:
            assert set(e) == {"kind", "start", "end", "host", "participants"}, name


def test_the_library_scores_at_least_the_floor(capsys: pytest.CaptureFixture[str]) -> None:
    # what the script prints is the library's evaluation of the folder
    assert _load_script().main([]) == 0
    printed = capsys.readouterr().out.splitlines()
    result = evaluate(CORPUS)
    assert printed[0] == f"{result.articles} articles"
    assert printed[-1] == f"overall {result.overall:.3f}"
    rows = {field: round(s.score, 3) for field, s in result.fields.items()}
    assert result.overall >= EVALUATION_FLOOR, rows


def test_gold_records_score_one_and_empty_records_fall_under_the_floor() -> None:
    # The measure can fail: records that find nothing score far under the floor,
    # and the gold codings themselves score exactly 1 on every field.
    golds = [_gold(p) for p in sorted(CORPUS.glob("*.gold.json"))]
    perfect = score_records(golds, golds)
    assert {f: s.score for f, s in perfect.fields.items()} == dict.fromkeys(FIELDS, 1.0)
    empty = score_records(golds, [{"id": g["id"]} for g in golds])
    assert empty.overall < EVALUATION_FLOOR

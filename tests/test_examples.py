"""Every script in examples/ runs as a user runs it and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

# What each script must print (whatever the extraction finds, these lines are there).
EXPECTED = {
    "parse_article.py": ("article   seed-havana", "date      2023-06-09", "\npeople (", "\naid ("),
    "partner_table.py": ("loaded 10 articles, 0 errors", "VNM's partners", "articles by year"),
    "export_tables.py": ("wrote 10 articles to examples/out/csv/", "engagements", "events:"),
    "network.py": ("10 articles,", "graph:", "drew examples/out/network.png"),
    "evidence_page.py": ("wrote examples/out/seed-havana.html", "dates        1"),
}


def test_there_are_at_least_four_examples_and_each_is_checked() -> None:
    assert len(EXAMPLES) >= 4
    assert {p.name for p in EXAMPLES} == set(EXPECTED)


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_from_anywhere(script: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,  # the scripts find the repository from their own path
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for line in EXPECTED[script.name]:
        assert line in done.stdout, (line, done.stdout[:2000])


def test_examples_write_their_files_under_examples_out() -> None:
    out = ROOT / "examples" / "out"
    for name in ("network.png", "seed-havana.html", "csv/articles.csv", "parquet/events.parquet"):
        path = out / name
        if not path.exists():
            pytest.skip("run after the examples (the parametrized test above writes them)")
        assert path.stat().st_size > 0
    assert (out / "network.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "examples/out/" in (ROOT / ".gitignore").read_text(encoding="utf-8")

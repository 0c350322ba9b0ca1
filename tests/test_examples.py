"""Every script in examples/ runs as a user runs it and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

# What each script must print (whatever the extraction finds, these lines are there);
# OUT stands for the folder given with --out.
EXPECTED = {
    "parse_article.py": ("article   seed-havana", "date      2023-06-09", "\npeople (", "\naid ("),
    "partner_table.py": ("loaded 10 articles, 0 errors", "VNM's partners", "articles by year"),
    "export_tables.py": (
        "wrote 10 articles to OUT/csv/ and OUT/parquet/",
        "engagements",
        "events:",
    ),
    "network.py": ("10 articles,", "graph:", "drew OUT/network.png"),
    "evidence_page.py": ("wrote OUT/seed-havana.html", "dates        4"),
    "own_lexicon.py": (
        "without it:\n  person      Ban Sokhavi [THA]: Ban Sokhavi\n",
        "with it:\n  locality    Ban Sokhavi (LAO): Ban Sokhavi, Sokha Town, Ban Sokhavi\n"
        "  person      Dara Velimon [LAO] Governor: Old Vel, Dara Velimon\n",
        "  engagement  reception, host Dara Velimon, with Kietisak Somboon\n"
        "  topics      agriculture, trade\n",
    ),
}
# The files the scripts that write leave in the --out folder.
WRITTEN = {
    "export_tables.py": ("csv/articles.csv", "parquet/events.parquet"),
    "network.py": ("network.png",),
    "evidence_page.py": ("seed-havana.html",),
}


def test_there_are_at_least_four_examples_and_each_is_checked() -> None:
    assert len(EXAMPLES) >= 4
    assert {p.name for p in EXAMPLES} == set(EXPECTED)


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_from_anywhere_and_writes_only_where_told(
    script: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    before = sorted(p.relative_to(ROOT) for p in (ROOT / "examples").rglob("*"))
    done = subprocess.run(
        [sys.executable, str(script), *(["--out", str(out)] if script.name in WRITTEN else [])],
        cwd=tmp_path,  # the scripts find the repository from their own path
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for line in EXPECTED[script.name]:
        assert line.replace("OUT", str(out)) in done.stdout, (line, done.stdout[:2000])
    for name in WRITTEN.get(script.name, ()):
        assert (out / name).stat().st_size > 0, name
    # Nothing is written into the repository.
    assert sorted(p.relative_to(ROOT) for p in (ROOT / "examples").rglob("*")) == before


def test_without_out_an_example_writes_to_a_new_temporary_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "evidence_page.py")],
        capture_output=True, text=True, timeout=300, check=True,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )  # fmt: skip
    [written] = list(tmp_path.glob("bilateral-example-*/seed-havana.html"))
    assert f"wrote {written} " in done.stdout

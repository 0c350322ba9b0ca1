"""Exports: JSON lines, CSV, Parquet and DuckDB (queried with SQL), pandas and polars."""

from __future__ import annotations

import csv
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
import duckdb
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _articles import article, rich_article
from bilateral import Corpus
from bilateral.corpus.export import TABLES, read_duckdb, read_parquet, rows, to_arrow
from bilateral.strategies import articles


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [
            rich_article("r1"),
            article("plain", text="Nothing much; no facts here.", countries=("LAO",)),
            rich_article("r2"),
        ]
    )


def test_jsonl_round_trip(corpus: Corpus, tmp_path: Path) -> None:
    path = corpus.export(tmp_path / "out.jsonl", to="jsonl")
    assert list(Corpus.load(path)) == list(corpus)


def test_parquet_round_trip_and_tables(corpus: Corpus, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    folder = corpus.export(tmp_path / "pq", to="parquet")
    assert sorted(p.stem for p in folder.glob("*.parquet")) == sorted(TABLES)
    assert list(read_parquet(folder)) == list(corpus)
    people = pq.read_table(folder / "people.parquet").to_pylist()
    assert [(r["article_id"], r["name"], r["country"]) for r in people] == [
        ("r1", "Nguyễn Thị Hoa", "VNM"), ("r1", "Ana Beltrán", "CUB"),
        ("r2", "Nguyễn Thị Hoa", "VNM"), ("r2", "Ana Beltrán", "CUB"),
    ]  # fmt: skip
    eng = pq.read_table(folder / "engagements.parquet").to_pylist()
    assert eng[1]["end"] == datetime.date(2024, 3, 6) and eng[1]["participants"] == ["Ana Beltrán"]


def test_empty_tables_keep_their_schema() -> None:
    table = to_arrow([], "engagements")
    assert table.num_rows == 0
    assert table.schema.names == [c.name for c in TABLES["engagements"]]
    assert str(table.schema.field("participants").type) == "list<item: string>"


def test_csv_tables(corpus: Corpus, tmp_path: Path) -> None:
    folder = corpus.export(tmp_path / "csv", to="csv")
    with (folder / "articles.csv").open(encoding="utf-8") as fh:
        arts = list(csv.DictReader(fh))
    assert [a["article_id"] for a in arts] == ["r1", "plain", "r2"]
    assert arts[0]["date"] == "2024-03-05" and arts[0]["dyad_a"] == "CUB"
    assert arts[0]["topics"] == "health; trade" and arts[1]["date"] == ""
    assert "record" not in arts[0]
    with (folder / "engagements.csv").open(encoding="utf-8") as fh:
        eng = list(csv.DictReader(fh))
    assert [(e["article_id"], e["kind"], e["start"], e["host"]) for e in eng[:2]] == [
        ("r1", "talks", "2024-03-04", "Nguyễn Thị Hoa"), ("r1", "visit", "2024-03-03", ""),
    ]  # fmt: skip
    with (folder / "events.csv").open(encoding="utf-8") as fh:
        events = list(csv.DictReader(fh))
    assert events[0]["cameo"] == "042" and events[0]["date"] == "2024-03-05"
    assert (events[0]["date_basis"], events[0]["sides"], events[0]["goldstein"]) == (
        "article", "told", "1.9"
    )  # fmt: skip


def test_duckdb_tables_keys_and_sql(corpus: Corpus, tmp_path: Path) -> None:
    path = corpus.export(tmp_path / "c.duckdb", to="duckdb")
    con = duckdb.connect(str(path))
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
        joined = con.execute(
            """SELECT a.article_id, count(*) FROM engagements e
               JOIN articles a USING (article_id)
               WHERE e.kind = 'talks' AND a.date >= DATE '2024-01-01'
               GROUP BY a.article_id ORDER BY a.article_id"""
        ).fetchall()
        assert joined == [("r1", 1), ("r2", 1)]
        assert con.execute("SELECT sum(quantity) FROM aid WHERE unit = 'tonne'").fetchone() == (
            1000.0,
        )
        assert con.execute(
            "SELECT participants FROM engagements WHERE kind = 'visit' LIMIT 1"
        ).fetchone() == (["Ana Beltrán"],)
        # The keys hold: a second row with an existing key is refused, and so is a row
        # pointing at an article, a person or an engagement that is not there.
        blank = ", NULL" * 7
        with pytest.raises(duckdb.ConstraintException):
            con.execute(f"INSERT INTO people VALUES ('r1', 0, 'X', NULL, NULL, []{blank})")
        with pytest.raises(duckdb.ConstraintException):
            con.execute(f"INSERT INTO people VALUES ('nope', 9, 'X', NULL, NULL, []{blank})")
        with pytest.raises(duckdb.ConstraintException):
            con.execute(
                "INSERT INTO people VALUES ('r1', 7, 'X', NULL, NULL, [], 'NOBODY/x'"
                + ", NULL" * 6
                + ")"
            )
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO participants VALUES ('r1', 5, 0, NULL, 'X', 'host', NULL)")
        keys = con.execute(
            "SELECT table_name, constraint_type, constraint_column_names "
            "FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') "
            "ORDER BY ALL"
        ).fetchall()
        assert [(t, k, c) for t, k, c in keys if t in ("participants", "persons")] == [
            ("participants", "FOREIGN KEY", ["article_id"]),
            ("participants", "FOREIGN KEY", ["article_id", "engagement"]),
            ("participants", "FOREIGN KEY", ["article_id", "person"]),
            ("participants", "FOREIGN KEY", ["person_key"]),
            ("participants", "PRIMARY KEY", ["article_id", "engagement", "participant"]),
            ("persons", "PRIMARY KEY", ["person_key"]),
        ]
        # participants keyed to the people table, and people to persons across articles
        joined = con.execute(
            """SELECT p.article_id, e.kind, x.role, pe.name, ps.actor_code
               FROM participants x
               JOIN engagements e USING (article_id, engagement)
               JOIN people pe ON pe.article_id = x.article_id AND pe.person = x.person
               JOIN persons ps ON ps.person_key = pe.person_key
               JOIN articles p ON p.article_id = x.article_id
               WHERE p.article_id = 'r1' ORDER BY x.engagement, x.participant"""
        ).fetchall()
        assert joined == [
            ("r1", "talks", "host", "Nguyễn Thị Hoa", "VNM"),
            ("r1", "talks", "participant", "Ana Beltrán", "CUBGOV"),
            ("r1", "visit", "participant", "Ana Beltrán", "CUBGOV"),
        ]
        # one real talks and one visit, each told by both copies of the article
        assert con.execute(
            "SELECT merged_id, kind, n_articles FROM merged_engagements ORDER BY merged_id"
        ).fetchall() == [("r1#0", "talks", 2), ("r1#1", "visit", 2)]
    finally:
        con.close()
    assert list(read_duckdb(path)) == list(corpus)
    assert not Path(f"{path}.wal").exists()


def test_duplicate_ids_cannot_make_keys(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="occurs twice"):
        Corpus([article("a"), article("a")]).export(tmp_path / "d.duckdb", to="duckdb")
    assert list(tmp_path.iterdir()) == []


def test_pandas_and_polars_frames(corpus: Corpus) -> None:
    df = corpus.to_pandas()
    assert list(df["article_id"]) == ["r1", "plain", "r2"]
    assert str(df["date"].dtype).startswith("datetime64") and df["date"].isna().tolist() == [
        False, True, False
    ]  # fmt: skip
    assert df["n_people"].tolist() == [2, 0, 2]
    eng = corpus.to_pandas("engagements")
    assert eng["kind"].tolist() == ["talks", "visit", "talks", "visit"]
    pl_people = corpus.to_polars("people")
    assert pl_people.shape == (4, len(TABLES["people"]))
    assert pl_people["aliases"].to_list()[0] == ["Hoa"]
    aid = corpus.to_polars("aid")
    assert aid["quantity"].sum() == 1000.0
    dates = corpus.to_polars("articles")["date"].to_list()
    assert dates == [datetime.date(2024, 3, 5), None, datetime.date(2024, 3, 5)]


def test_rows_name_the_unknown_table() -> None:
    with pytest.raises(ValueError, match="no table 'nope'"):
        list(rows([], "nope"))
    with pytest.raises(ValueError, match="unknown format"):
        Corpus([]).export("x", to="xml")


def test_an_interrupted_export_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    def broken(*args: object, **kw: object) -> None:
        raise KeyboardInterrupt

    import bilateral.corpus.tables as tables

    monkeypatch.setattr(tables, "_article_row", broken)
    for fmt, name in (("duckdb", "c.duckdb"), ("parquet", "pq"), ("csv", "csv")):
        with pytest.raises(KeyboardInterrupt):
            Corpus([rich_article()]).export(tmp_path / name, to=fmt)
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert left == ["csv", "pq"]  # the folders only, empty: no temporary or partial file


def test_article_years_from_month_headers() -> None:
    a = article("m", text="x")
    a = attrs.evolve(a, month="2022-07")
    (row,) = rows([a], "articles")
    cols = [c.name for c in TABLES["articles"]]
    assert row[cols.index("year")] == 2022 and row[cols.index("month")] == "2022-07"
    assert row[cols.index("date")] is None
    b = article("d", date=pendulum.Date(2021, 2, 3))
    (row,) = rows([b], "articles")
    assert row[cols.index("month")] == "2021-02"


def test_tables_written_in_batches_keep_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bilateral.corpus.export as ex

    real = ex._batches
    monkeypatch.setattr(ex, "_batches", lambda arts, size=2: real(arts, 2))
    corpus = Corpus([rich_article(f"r{i}") for i in range(5)])
    db = corpus.export(tmp_path / "b.duckdb", to="duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = con.execute("SELECT article_id, position FROM articles ORDER BY position").fetchall()
        assert got == [(f"r{i}", i) for i in range(5)]
        assert con.execute("SELECT count(*) FROM people").fetchone() == (10,)
    finally:
        con.close()
    assert list(read_parquet(corpus.export(tmp_path / "pq", to="parquet"))) == list(corpus)


@settings(max_examples=15)
@given(st.lists(articles(), max_size=4))
def test_any_articles_round_trip_through_jsonl_and_parquet(arts: list[Any]) -> None:
    # Ids made distinct: the DuckDB and Parquet tables key on them.
    corpus = Corpus(attrs.evolve(a, id=f"{i}-{a.id}") for i, a in enumerate(arts))
    with tempfile.TemporaryDirectory() as tmp:
        back = Corpus.load(corpus.export(Path(tmp) / "c.jsonl", to="jsonl"))
        assert list(back) == list(corpus)
        assert list(read_parquet(corpus.export(Path(tmp) / "pq", to="parquet"))) == list(corpus)


def test_the_core_imports_no_extra() -> None:
    code = (
        "import sys, bilateral, bilateral.corpus, bilateral.corpus.export, "
        "bilateral.corpus.summary, bilateral.cli\n"
        "c = bilateral.Corpus.load('seeds'); c.filter(country='VNM'); c.summary(); c.network()\n"
        "import tempfile, pathlib\n"
        "with tempfile.TemporaryDirectory() as tmp:\n"
        "    c.identities; c.merged_engagements()\n"
        "    c.export(pathlib.Path(tmp, 'g.tsv'), to='gdelt')\n"
        "extras = ('pandas', 'polars', 'pyarrow', 'duckdb', 'networkx', 'dask', 'matplotlib',"
        " 'folium')\n"
        "print(sorted(m for m in extras if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"


def test_a_missing_extra_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    import bilateral.corpus.export as ex

    real = importlib.import_module

    def without_polars(name: str, *args: Any) -> Any:
        if name.split(".")[0] == "polars":
            raise ImportError(f"No module named {name!r}")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_polars)
    with pytest.raises(ImportError, match=r"pip install 'bilateral\[polars\]'"):
        ex.to_polars([], "articles")

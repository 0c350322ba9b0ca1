"""The Dask path: a glob to a bag of articles, partitioned Parquet, on the local scheduler."""

from __future__ import annotations

from pathlib import Path

import pytest

import bilateral.dask as bd
from _articles import TEXTS, write_bad_files
from bilateral import ArticleError, Corpus
from bilateral.corpus.export import read_parquet


def names(n: int) -> list[str]:
    return [sorted(TEXTS)[i % len(TEXTS)] for i in range(n)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Twelve short articles (the test texts under new names and dates) and three bad files."""
    out = tmp_path / "corpus"
    out.mkdir()
    for i in range(12):
        name, text = sorted(TEXTS.items())[i % len(TEXTS)]
        header = text[: len(" date 2024-02-14 ")]
        dated = text.replace(header, f" date {2010 + i}-01-{10 + i} ", 1)
        (out / f"{i:02d}-{name}.txt").write_text(dated, encoding="utf-8")
    write_bad_files(out)
    return out


def test_bag_of_articles_equals_a_local_load(folder: Path) -> None:
    bag = bd.read_articles(str(folder / "*.txt"), files_per_partition=4)
    assert bag.npartitions == 4
    got = bag.compute(scheduler="sync")
    expected = Corpus.load(folder)
    assert got == list(expected) and len(got) == 12


def test_errors_are_kept_as_values_when_asked(folder: Path) -> None:
    bag = bd.read_articles(folder, files_per_partition=5, keep_errors=True)
    errs = bd.errors(bag).compute(scheduler="sync")
    assert sorted(Path(e.source).name for e in errs) == ["x-empty.txt", "y-binary.txt",
                                                          "z-latin1.txt"]  # fmt: skip
    assert all(isinstance(e, ArticleError) for e in errs)
    recs = bd.records(bag).compute(scheduler="sync")
    assert [r["id"] for r in recs] == [f"{i:02d}-{n}" for i, n in enumerate(names(12))]
    assert [r["date"] for r in recs][:2] == ["2010-01-10", "2011-01-11"]


def test_partitioned_parquet_reads_back(folder: Path, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    bag = bd.read_articles(str(folder / "*.txt"), files_per_partition=5)
    out = tmp_path / "parquet"
    n = bd.write_parquet(bag, out, scheduler="threads")
    assert n == 12
    parts = sorted(p.name for p in (out / "articles").glob("*.parquet"))
    assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert sorted(p.name for p in (out / "events").glob("*.parquet")) == parts
    assert list(read_parquet(out / "articles")) == list(Corpus.load(folder))
    table = ds.dataset(out / "articles", format="parquet").to_table(columns=["article_id", "year"])
    assert table.num_rows == 12
    assert sorted(table.column("year").to_pylist()) == list(range(2010, 2022))


def test_unknown_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no table 'nope'"):
        bd.write_parquet(bd.read_articles(tmp_path), tmp_path / "o", tables=("nope",))

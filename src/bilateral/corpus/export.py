"""Exports: JSON lines, CSV tables, Parquet, a DuckDB database, GDELT rows, pandas and
polars frames.

A corpus flattens into related tables (:mod:`bilateral.corpus.tables` defines them):
per-article tables keyed by ``article_id`` and a position, and the corpus-wide
``persons``, ``places`` and ``merged_engagements`` that the per-article rows point
into. ``gdelt`` writes the events as GDELT 2.0 Events rows
(:mod:`bilateral.corpus.gdelt`).

Every optional library is imported only by the function that needs it, and
its absence is an ``ImportError`` naming the extra to install. Every file is
written beside its target and renamed into place, so an interrupted export
never leaves a truncated file. One table in memory (Arrow, pandas, polars) is
:mod:`bilateral.corpus.frames`.

>>> [c.name for c in TABLES["engagements"]][:7]
['article_id', 'engagement', 'kind', 'start', 'end', 'host', 'participants']
"""

from __future__ import annotations

import csv
import datetime
import gzip
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from bilateral._atomic import atomic_path
from bilateral._optional import need_extra
from bilateral.corpus.frames import arrow_schema, to_arrow, to_pandas, to_polars
from bilateral.corpus.tables import CORPUS_TABLES, FOREIGN_KEYS, KEYS, TABLES, Links, rows
from bilateral.model import Article

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "TABLES",
    "export",
    "format_of",
    "read_duckdb",
    "read_parquet",
    "to_arrow",
    "to_pandas",
    "to_polars",
    "write_csv",
    "write_duckdb",
    "write_jsonl",
    "write_parquet",
]

#: The formats :func:`export` writes.
FORMATS = ("jsonl", "csv", "parquet", "duckdb", "gdelt")


def _batches(articles: Iterable[Article], size: int = 5_000) -> Iterator[tuple[int, list[Article]]]:
    """Articles in lists of ``size`` with the position of each list's first, so that
    a table is built and written a batch at a time, not whole in memory.

    >>> [(start, len(batch)) for start, batch in _batches("abcdefg", 3)]
    [(0, 3), (3, 3), (6, 1)]
    """
    batch: list[Article] = []
    start = 0
    for a in articles:
        batch.append(a)
        if len(batch) == size:
            yield start, batch
            start += size
            batch = []
    if batch or start == 0:
        yield start, batch


def _unique_ids(articles: Collection[Article]) -> None:
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise ValueError(f"article id {a.id!r} occurs twice; table keys must be unique")
        seen.add(a.id)


# --- JSON lines ---


def write_jsonl(articles: Iterable[Article], path: str | os.PathLike[str]) -> Path:
    """The records, one JSON object per line (gzip-compressed when ``path`` ends in ``.gz``).

    The file is written beside the target and renamed into place, so an
    interrupted write leaves no truncated file; ``Corpus.load`` reads it back.

    >>> import tempfile
    >>> from bilateral.convert import loads
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_jsonl([a], Path(folder, "articles.jsonl"))
    ...     lines = path.read_text(encoding="utf-8").splitlines()
    >>> len(lines), loads(lines[0]) == a
    (1, True)
    """
    from bilateral.convert import dumps

    target = Path(path)
    with atomic_path(target) as tmp:
        opener = gzip.open if target.name.lower().endswith(".gz") else open
        with opener(tmp, "wt", encoding="utf-8") as fh:
            for article in articles:
                fh.write(dumps(article))
                fh.write("\n")
    return target


# --- CSV ---


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def write_csv(
    articles: Collection[Article],
    folder: str | os.PathLike[str],
    tables: Iterable[str] = tuple(TABLES),
) -> Path:
    """One CSV file per table in ``folder`` (``articles.csv``, ``people.csv``…).

    Lists are joined with ``"; "``, dates written ``YYYY-MM-DD``, None as an
    empty field; the JSON record column is left out (use JSON lines for it).

    >>> import tempfile
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_csv([a], folder, tables=["people"])
    ...     print(Path(out, "people.csv").read_text(encoding="utf-8"), end="")
    article_id,person,name,title,country,aliases,person_key,actor_code,role,subnational,...
    a,0,Bounkong Sihavong,Lao Minister of Health,LAO,,LAO/bounkong-sihavong,...,false,2024-03-12,...
    a,1,Mam Sok Heng,Cambodian Health Minister,KHM,,KHM/mam-sok-heng,...,false,2024-03-12,...
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    links = Links.of(articles)
    for table in tables:
        keep = [i for i, c in enumerate(TABLES[table]) if c.csv]
        with atomic_path(out / f"{table}.csv") as tmp, tmp.open("w", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([TABLES[table][i].name for i in keep])
            for row in rows(articles, table, links=links):
                writer.writerow([_csv_value(row[i]) for i in keep])
    return out


# --- Arrow and Parquet ---


def write_parquet(
    articles: Collection[Article],
    folder: str | os.PathLike[str],
    tables: Iterable[str] = tuple(TABLES),
) -> Path:
    """One Parquet file per table in ``folder``; :func:`read_parquet` reads the corpus back.

    >>> import tempfile
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_parquet([a], folder, tables=["articles", "people"])
    ...     files = sorted(p.name for p in out.iterdir())
    >>> files
    ['articles.parquet', 'people.parquet']
    """
    pq = need_extra("pyarrow.parquet", "parquet", "Parquet export")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    links = Links.of(articles)
    for table in tables:
        with (
            atomic_path(out / f"{table}.parquet") as tmp,
            pq.ParquetWriter(tmp, arrow_schema(table)) as writer,
        ):
            if table in CORPUS_TABLES:
                writer.write_table(to_arrow((), table, links=links))
                continue
            for start, batch in _batches(articles):
                writer.write_table(to_arrow(batch, table, start=start, links=links))
    return out


def _from_records(records: Iterable[str | None]) -> tuple[Article, ...]:
    from bilateral.convert import loads

    return tuple(loads(r) for r in records if r is not None)


def read_parquet(path: str | os.PathLike[str]) -> tuple[Article, ...]:
    """The articles back from :func:`write_parquet`'s folder (or its ``articles.parquet``).

    A folder of partitioned files (as :mod:`bilateral.dask` writes) reads in
    file-name order.

    >>> import tempfile
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     back = read_parquet(write_parquet([a], folder, tables=["articles"]))
    >>> [x.id for x in back], back[0] == a
    (['a'], True)
    """
    pq = need_extra("pyarrow.parquet", "parquet", "Parquet import")
    source = Path(path)
    if source.is_dir():
        files = (
            [source / "articles.parquet"]
            if (source / "articles.parquet").exists()
            else sorted(source.glob("*.parquet"))
        )
    else:
        files = [source]
    records: list[str | None] = []
    for file in files:
        records.extend(pq.read_table(file, columns=["record"]).column("record").to_pylist())
    return _from_records(records)


# --- DuckDB ---

_SQL_TYPES = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
    "list": "VARCHAR[]",
}


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _ddl(table: str) -> str:
    cols = [f'"{c.name}" {_SQL_TYPES[c.type]}' for c in TABLES[table]]
    cols.append(f"PRIMARY KEY ({_names(KEYS[table])})")
    if table not in ("articles", *CORPUS_TABLES):
        cols.append('FOREIGN KEY ("article_id") REFERENCES articles ("article_id")')
    for mine, other, theirs in FOREIGN_KEYS.get(table, ()):
        cols.append(f'FOREIGN KEY ({_names(mine)}) REFERENCES "{other}" ({_names(theirs)})')
    return f'CREATE TABLE "{table}" (\n  ' + ",\n  ".join(cols) + "\n)"


# The order tables are made and filled in: each after the tables its keys point into.
_CREATION = (
    "articles", "persons", "places", "merged_engagements", "people", "localities",
    "engagements", "participants",
)  # fmt: skip


def write_duckdb(
    articles: Collection[Article],
    path: str | os.PathLike[str],
    tables: Iterable[str] = tuple(TABLES),
) -> Path:
    """A DuckDB database file holding the tables, with primary and foreign keys.

    >>> print(_ddl("topics"))  # doctest: +NORMALIZE_WHITESPACE
    CREATE TABLE "topics" (
      "article_id" VARCHAR, "topic_no" BIGINT, "topic" VARCHAR, "cap_code" BIGINT,
      PRIMARY KEY ("article_id", "topic_no"),
      FOREIGN KEY ("article_id") REFERENCES articles ("article_id")
    )
    """
    duckdb = need_extra("duckdb", "duckdb", "DuckDB export")
    _unique_ids(articles)
    # the tables the keys of those asked for point into come too
    asked, todo = set(tables), list(tables)
    while todo:
        for _, other, _ in FOREIGN_KEYS.get(todo.pop(), ()):
            if other not in asked:
                asked.add(other)
                todo.append(other)
    wanted = ["articles", *(t for t in _CREATION[1:] if t in asked)]
    wanted += [t for t in TABLES if t in asked and t not in wanted]
    links = Links.of(articles)
    try:
        import pyarrow  # noqa: F401  (bulk inserts when present)

        arrow = True
    except ImportError:
        arrow = False
    target = Path(path)
    with atomic_path(target) as tmp:
        tmp.unlink()  # DuckDB creates the file itself
        con = duckdb.connect(str(tmp))
        try:
            for table in wanted:
                con.execute(_ddl(table))
                batches = [(0, [])] if table in CORPUS_TABLES else _batches(articles)
                for start, batch in batches:
                    if arrow:
                        incoming = to_arrow(batch, table, start=start, links=links)
                        con.register("_incoming", incoming)
                        con.execute(f'INSERT INTO "{table}" SELECT * FROM _incoming')
                        con.unregister("_incoming")
                    else:
                        marks = ", ".join("?" for _ in TABLES[table])
                        con.executemany(
                            f'INSERT INTO "{table}" VALUES ({marks})',
                            list(rows(batch, table, start=start, links=links)),
                        )
            con.execute("CHECKPOINT")
        finally:
            con.close()
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return target


def read_duckdb(path: str | os.PathLike[str]) -> tuple[Article, ...]:
    """The articles back from a database :func:`write_duckdb` wrote.

    >>> import tempfile
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     back = read_duckdb(write_duckdb([a], Path(folder, "corpus.duckdb")))
    >>> [x.id for x in back], back[0] == a
    (['a'], True)
    """
    duckdb = need_extra("duckdb", "duckdb", "DuckDB import")
    con = duckdb.connect(str(path), read_only=True)
    try:
        found = con.execute("SELECT record FROM articles ORDER BY position").fetchall()
    finally:
        con.close()
    return _from_records(r[0] for r in found)


def _write_gdelt(articles: Collection[Article], path: Path) -> Path:
    from bilateral.corpus.gdelt import write_gdelt

    return write_gdelt(articles, path)


_WRITERS: dict[str, Callable[[Collection[Article], Path], Path]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
    "duckdb": write_duckdb,
    "gdelt": _write_gdelt,
}

#: The format each file suffix names (a folder, with no suffix, names none).
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".duckdb": "duckdb",
    ".db": "duckdb",
}
# The formats written as a folder of tables (or, with ``table=``, one table's file).
_FOLDERS = ("csv", "parquet")


def format_of(path: str | os.PathLike[str], to: str | None = None) -> str:
    """The format a write to ``path`` uses: the suffix's, or ``to`` for a folder (and
    for ``gdelt``, whose tab-separated rows no suffix names).

    ``to`` and the suffix must agree; a path without a known suffix (a folder, a
    GDELT file such as ``events.tsv``) needs ``to``.

    >>> format_of("out/records.jsonl.gz"), format_of("out/tables", to="csv")
    ('jsonl', 'csv')
    >>> format_of("out/events.tsv", to="gdelt")
    'gdelt'
    >>> format_of("x.parquet", to="jsonl")
    Traceback (most recent call last):
    ValueError: x.parquet: the suffix says parquet, not jsonl; change one of them
    """
    name = Path(path).name.lower()
    said = next((f for s, f in sorted(SUFFIXES.items(), key=lambda x: -len(x[0]))
                 if name.endswith(s)), None)  # fmt: skip
    if to is not None and to not in FORMATS:
        raise ValueError(f"unknown format {to!r}; choose one of {', '.join(FORMATS)}")
    if said is not None and to is not None and said != to:
        raise ValueError(f"{path}: the suffix says {said}, not {to}; change one of them")
    found = said or to
    if found is None:
        known = ", ".join(sorted(SUFFIXES))
        raise ValueError(
            f"{path}: no format: end the file name with one of {known}, "
            "or give the format of a folder (to='csv' or 'parquet') or of GDELT rows "
            "(to='gdelt')"
        )
    return found


def export(
    articles: Collection[Article],
    path: str | os.PathLike[str],
    *,
    to: str | None = None,
    table: str | None = None,
) -> Path:
    """Write ``articles`` (a corpus) in one of :data:`FORMATS`, chosen by the suffix.

    :param path: ``*.jsonl`` (or ``.ndjson``, ``.jsonl.gz``) writes JSON lines;
        ``*.duckdb`` (or ``.db``) a DuckDB database; a folder (no suffix)
        one file per table, as ``to`` says (``csv`` or ``parquet``); a
        ``*.csv`` or ``*.parquet`` file the one ``table`` given; with
        ``to="gdelt"`` a file (``events.tsv``) of the events as GDELT 2.0
        Events rows, tab-separated (:mod:`bilateral.corpus.gdelt`).
    :param to: the format; needed only for a folder and for ``gdelt``, and
        refused where the suffix says another.
    :param table: one table (see :data:`TABLES`) to write as a single CSV
        or Parquet file.
    :returns: the path written.
    :raises ValueError: a format the suffix contradicts, a file where a
        folder is written (or the reverse), an unknown table.

    >>> import tempfile
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     print(export([a], Path(folder, "a.jsonl")).name,
    ...           export([a], Path(folder, "a.duckdb")).name,
    ...           export([a], Path(folder, "people.parquet"), table="people").name,
    ...           len(list(export([a], Path(folder, "csv"), to="csv").iterdir())))
    a.jsonl a.duckdb people.parquet 13
    >>> export([a], "out.parquet")
    Traceback (most recent call last):
    ValueError: out.parquet: parquet writes one file per table: give a folder (to='parquet'), \
or the one table= to write to this file
    """
    fmt = format_of(path, to)
    target = Path(path)
    suffixed = Path(path).name.lower().endswith(tuple(SUFFIXES))
    if table is not None:
        if table not in TABLES:
            raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
        if fmt not in _FOLDERS or not suffixed:
            raise ValueError(
                f"{path}: table= writes one table to a .csv or .parquet file, not {fmt}"
            )
        if target.is_dir():
            raise ValueError(f"{path}: is a folder; a single table is written to a file")
        return _write_table(articles, target, fmt, table)
    if fmt in _FOLDERS:
        if suffixed:
            raise ValueError(
                f"{path}: {fmt} writes one file per table: give a folder (to={fmt!r}), "
                "or the one table= to write to this file"
            )
        if target.exists() and not target.is_dir():
            raise ValueError(f"{path}: is a file; {fmt} writes a folder of tables")
    elif target.is_dir():
        raise ValueError(f"{path}: is a folder; {fmt} writes one file")
    return _WRITERS[fmt](articles, target)


def _write_table(articles: Collection[Article], target: Path, fmt: str, table: str) -> Path:
    """One table as one CSV or Parquet file."""
    links = Links.of(articles)
    if fmt == "csv":
        keep = [i for i, c in enumerate(TABLES[table]) if c.csv]
        with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([TABLES[table][i].name for i in keep])
            for row in rows(articles, table, links=links):
                writer.writerow([_csv_value(row[i]) for i in keep])
        return target
    pq = need_extra("pyarrow.parquet", "parquet", "Parquet export")
    with atomic_path(target) as tmp, pq.ParquetWriter(tmp, arrow_schema(table)) as writer:
        if table in CORPUS_TABLES:
            writer.write_table(to_arrow((), table, links=links))
            return target
        for start, batch in _batches(articles):
            writer.write_table(to_arrow(batch, table, start=start, links=links))
    return target

"""Exports: JSON lines, CSV tables, Parquet, a DuckDB database, pandas and polars frames.

A corpus flattens into related tables keyed by ``article_id`` (and a
position within the article for the facts it lists):

| table | key | one row per |
|---|---|---|
| ``articles`` | ``article_id`` | article (date, dyad, text, JSON record) |
| ``people`` | ``article_id, person`` | person named |
| ``countries`` | ``article_id, country`` | country named |
| ``localities`` | ``article_id, locality`` | locality named |
| ``engagements`` | ``article_id, engagement`` | meeting, visit, call, signing |
| ``topics`` | ``article_id, topic_no`` | field of cooperation |
| ``agreements`` | ``article_id, agreement`` | agreement signed or planned |
| ``aid`` | ``article_id, aid_no`` | gift or handover |
| ``events`` | ``article_id, event`` | CAMEO / PLOVER coded event |

Every optional library is imported only by the function that needs it, and
its absence is an ``ImportError`` naming the extra to install. Every file is
written beside its target and renamed into place, so an interrupted export
never leaves a truncated file.

>>> [c.name for c in TABLES["engagements"]]
['article_id', 'engagement', 'kind', 'start', 'end', 'host', 'participants']
"""

from __future__ import annotations

import csv
import datetime
import gzip
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from bilateral._atomic import atomic_path
from bilateral.model import Article

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow


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
FORMATS = ("jsonl", "csv", "parquet", "duckdb")


@attrs.frozen
class Column:
    """A column of an exported table: its name and type (internal: see :data:`TABLES`).

    ``type`` is ``str``, ``int``, ``float``, ``bool``, ``date`` or ``list``
    (a list of strings); ``csv`` is False for the columns CSV leaves out
    (the JSON record, which CSV readers handle badly).

    >>> Column("name", "str")
    Column(name='name', type='str', csv=True)
    >>> [c.name for c in TABLES["articles"] if not c.csv]
    ['record']
    """

    name: str
    type: str
    csv: bool = True


def _cols(spec: str) -> tuple[Column, ...]:
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        wide = kind.endswith("!")
        out.append(Column(name, kind.rstrip("!"), csv=not wide))
    return tuple(out)


#: The tables, their columns in order; the first column(s) form the key.
TABLES: dict[str, tuple[Column, ...]] = {
    "articles": _cols(
        "article_id:str position:int date:date month:str year:int headline:str dateline:str "
        "agency:str dyad_a:str dyad_b:str countries:list topics:list n_people:int "
        "n_engagements:int source:str text:str record:str!"
    ),
    "people": _cols("article_id:str person:int name:str title:str country:str aliases:list"),
    "countries": _cols("article_id:str country:int code:str"),
    "localities": _cols("article_id:str locality:int name:str country:str"),
    "engagements": _cols(
        "article_id:str engagement:int kind:str start:date end:date host:str participants:list"
    ),
    "topics": _cols("article_id:str topic_no:int topic:str cap_code:int"),
    "agreements": _cols(
        "article_id:str agreement:int kind:str parties:list start_year:int end_year:int signed:bool"
    ),
    "aid": _cols(
        "article_id:str aid_no:int item:str quantity:float unit:str donor:str recipient:str"
    ),
    "events": _cols(
        "article_id:str event:int cameo:str plover:str source:str target:str basis:str date:date"
    ),
}

# The key of each table: the article id and, for the child tables, the position column.
_KEYS = {name: (("article_id",) if name == "articles" else ("article_id", cols[1].name)) for
         name, cols in TABLES.items()}  # fmt: skip


def _article_row(position: int, a: Article) -> tuple[Any, ...]:
    from bilateral.convert import dumps

    year = a.date.year if a.date else (int(a.month[:4]) if a.month else None)
    return (
        a.id,
        position,
        a.date,
        a.month or (f"{a.date.year:04d}-{a.date.month:02d}" if a.date else None),
        year,
        a.headline.text if a.headline else None,
        a.dateline.text if a.dateline else None,
        a.agency.text if a.agency else None,
        a.dyad.a if a.dyad else None,
        a.dyad.b if a.dyad else None,
        [c.code for c in a.countries],
        [t.topic.value for t in a.topics],
        len(a.people),
        len(a.engagements),
        a.source,
        a.text,
        dumps(a),
    )


def _child_rows(table: str, a: Article) -> Iterator[tuple[Any, ...]]:
    i = a.id
    if table == "people":
        for n, p in enumerate(a.people):
            yield (i, n, p.name, p.title, p.country, list(p.aliases))
    elif table == "countries":
        for n, c in enumerate(a.countries):
            yield (i, n, c.code)
    elif table == "localities":
        for n, loc in enumerate(a.localities):
            yield (i, n, loc.name, loc.country)
    elif table == "engagements":
        for n, e in enumerate(a.engagements):
            yield (i, n, e.kind.value, e.start, e.end, e.host, list(e.participants))
    elif table == "topics":
        for n, t in enumerate(a.topics):
            yield (i, n, t.topic.value, t.topic.cap_code)
    elif table == "agreements":
        for n, g in enumerate(a.agreements):
            yield (i, n, g.kind, list(g.parties), g.start_year, g.end_year, g.signed)
    elif table == "aid":
        for n, x in enumerate(a.aid):
            yield (i, n, x.item, x.quantity, x.unit, x.donor, x.recipient)
    elif table == "events":
        for n, ev in enumerate(a.events):
            yield (i, n, ev.cameo, ev.plover, ev.source, ev.target, ev.basis, a.date)


def rows(articles: Iterable[Article], table: str, *, start: int = 0) -> Iterator[tuple[Any, ...]]:
    """The rows of one table (tuples in the order of :data:`TABLES` [table]).

    ``start`` is the ``position`` of the first article (for batches).

    >>> from bilateral.model import Article, Layout, Span, Person
    >>> a = Article(id="a", text="x", layout=Layout(Span(0, 1)), people=(Person("Ann"),))
    >>> list(rows([a], "people"))
    [('a', 0, 'Ann', None, None, [])]
    """
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    if table == "articles":
        for position, a in enumerate(articles, start):
            yield _article_row(position, a)
        return
    for a in articles:
        yield from _child_rows(table, a)


def _need(module: str, extra: str, what: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"{what} needs {module}: pip install 'bilateral[{extra}]'") from exc


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
    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
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
    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_csv([a], folder, tables=["people"])
    ...     print(Path(out, "people.csv").read_text(encoding="utf-8"), end="")
    article_id,person,name,title,country,aliases
    a,0,Ana,,CUB,
    a,1,Bo,,,
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for table in tables:
        keep = [i for i, c in enumerate(TABLES[table]) if c.csv]
        with atomic_path(out / f"{table}.csv") as tmp, tmp.open("w", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([TABLES[table][i].name for i in keep])
            for row in rows(articles, table):
                writer.writerow([_csv_value(row[i]) for i in keep])
    return out


# --- Arrow and Parquet ---


def _arrow_type(pa: Any, kind: str) -> Any:
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
    }[kind]


def arrow_schema(table: str) -> pyarrow.Schema:
    """The pyarrow schema of one table.

    >>> arrow_schema("topics").names
    ['article_id', 'topic_no', 'topic', 'cap_code']
    >>> str(arrow_schema("people").field("aliases").type)
    'list<item: string>'
    """
    pa = _need("pyarrow", "parquet", "Arrow and Parquet export")
    return pa.schema([(c.name, _arrow_type(pa, c.type)) for c in TABLES[table]])


def to_arrow(articles: Iterable[Article], table: str, *, start: int = 0) -> pyarrow.Table:
    """One table as a ``pyarrow.Table`` (extra ``bilateral[parquet]``).

    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> t = to_arrow([a], "people")
    >>> t.num_rows, t.column("name").to_pylist(), t.column("country").to_pylist()
    (2, ['Ana', 'Bo'], ['CUB', None])
    """
    pa = _need("pyarrow", "parquet", "Arrow and Parquet export")
    columns: list[list[Any]] = [[] for _ in TABLES[table]]
    for row in rows(articles, table, start=start):
        for col, value in zip(columns, row, strict=True):
            col.append(value)
    return pa.Table.from_arrays(
        [
            pa.array(col, type=_arrow_type(pa, c.type))
            for col, c in zip(columns, TABLES[table], strict=True)
        ],
        schema=arrow_schema(table),
    )


def write_parquet(
    articles: Collection[Article],
    folder: str | os.PathLike[str],
    tables: Iterable[str] = tuple(TABLES),
) -> Path:
    """One Parquet file per table in ``folder``; :func:`read_parquet` reads the corpus back.

    >>> import tempfile
    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_parquet([a], folder, tables=["articles", "people"])
    ...     files = sorted(p.name for p in out.iterdir())
    >>> files
    ['articles.parquet', 'people.parquet']
    """
    pq = _need("pyarrow.parquet", "parquet", "Parquet export")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for table in tables:
        with (
            atomic_path(out / f"{table}.parquet") as tmp,
            pq.ParquetWriter(tmp, arrow_schema(table)) as writer,
        ):
            for start, batch in _batches(articles):
                writer.write_table(to_arrow(batch, table, start=start))
    return out


def _from_records(records: Iterable[str | None]) -> tuple[Article, ...]:
    from bilateral.convert import loads

    return tuple(loads(r) for r in records if r is not None)


def read_parquet(path: str | os.PathLike[str]) -> tuple[Article, ...]:
    """The articles back from :func:`write_parquet`'s folder (or its ``articles.parquet``).

    A folder of partitioned files (as :mod:`bilateral.dask` writes) reads in
    file-name order.

    >>> import tempfile
    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     back = read_parquet(write_parquet([a], folder, tables=["articles"]))
    >>> [x.id for x in back], back[0] == a
    (['a'], True)
    """
    pq = _need("pyarrow.parquet", "parquet", "Parquet import")
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


def _ddl(table: str) -> str:
    cols = [f'"{c.name}" {_SQL_TYPES[c.type]}' for c in TABLES[table]]
    key = ", ".join(f'"{k}"' for k in _KEYS[table])
    cols.append(f"PRIMARY KEY ({key})")
    if table != "articles":
        cols.append('FOREIGN KEY ("article_id") REFERENCES articles ("article_id")')
    return f'CREATE TABLE "{table}" (\n  ' + ",\n  ".join(cols) + "\n)"


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
    duckdb = _need("duckdb", "duckdb", "DuckDB export")
    _unique_ids(articles)
    wanted = ["articles", *(t for t in tables if t != "articles")]
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
                for start, batch in _batches(articles):
                    if arrow:
                        con.register("_incoming", to_arrow(batch, table, start=start))
                        con.execute(f'INSERT INTO "{table}" SELECT * FROM _incoming')
                        con.unregister("_incoming")
                    else:
                        marks = ", ".join("?" for _ in TABLES[table])
                        con.executemany(
                            f'INSERT INTO "{table}" VALUES ({marks})',
                            list(rows(batch, table, start=start)),
                        )
            con.execute("CHECKPOINT")
        finally:
            con.close()
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return target


def read_duckdb(path: str | os.PathLike[str]) -> tuple[Article, ...]:
    """The articles back from a database :func:`write_duckdb` wrote.

    >>> import tempfile
    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     back = read_duckdb(write_duckdb([a], Path(folder, "corpus.duckdb")))
    >>> [x.id for x in back], back[0] == a
    (['a'], True)
    """
    duckdb = _need("duckdb", "duckdb", "DuckDB import")
    con = duckdb.connect(str(path), read_only=True)
    try:
        found = con.execute("SELECT record FROM articles ORDER BY position").fetchall()
    finally:
        con.close()
    return _from_records(r[0] for r in found)


# --- data frames ---


def to_pandas(articles: Iterable[Article], table: str = "articles") -> pandas.DataFrame:
    """One table as a pandas frame (extra ``bilateral[pandas]``); dates as ``datetime64``.

    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> frame = to_pandas([a], "people")
    >>> frame[["name", "country"]]
      name country
    0  Ana     CUB
    1   Bo    <NA>
    >>> str(frame["person"].dtype), str(frame["name"].dtype)
    ('Int64', 'string')
    """
    pd = _need("pandas", "pandas", "to_pandas()")
    cols = TABLES[table]
    frame = pd.DataFrame.from_records(list(rows(articles, table)), columns=[c.name for c in cols])
    for c in cols:
        if c.type == "date":
            frame[c.name] = pd.to_datetime(frame[c.name])
        elif c.type == "int":
            frame[c.name] = frame[c.name].astype("Int64")
        elif c.type == "float":
            frame[c.name] = frame[c.name].astype("Float64")
        elif c.type == "bool":
            frame[c.name] = frame[c.name].astype("boolean")
        elif c.type == "str":
            frame[c.name] = frame[c.name].astype("string")
    result: pandas.DataFrame = frame
    return result


def to_polars(articles: Iterable[Article], table: str = "articles") -> polars.DataFrame:
    """One table as a polars frame (extra ``bilateral[polars]``).

    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> frame = to_polars([a], "people")
    >>> frame.columns
    ['article_id', 'person', 'name', 'title', 'country', 'aliases']
    >>> frame["name"].to_list(), str(frame.schema["aliases"])
    (['Ana', 'Bo'], 'List(String)')
    """
    pl = _need("polars", "polars", "to_polars()")
    types = {
        "str": pl.Utf8,
        "int": pl.Int64,
        "float": pl.Float64,
        "bool": pl.Boolean,
        "date": pl.Date,
        "list": pl.List(pl.Utf8),
    }
    cols = TABLES[table]
    data = list(rows(articles, table))
    frame: polars.DataFrame = pl.DataFrame(
        data, schema=[(c.name, types[c.type]) for c in cols], orient="row", strict=False
    )
    return frame


_WRITERS: dict[str, Callable[[Collection[Article], Path], Path]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
    "duckdb": write_duckdb,
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
    """The format a write to ``path`` uses: the suffix's, or ``to`` for a folder.

    ``to`` and the suffix must agree; a path without a suffix (a folder)
    needs ``to``.

    >>> format_of("out/records.jsonl.gz"), format_of("out/tables", to="csv")
    ('jsonl', 'csv')
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
            "or give the format of a folder (to='csv' or 'parquet')"
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
        ``*.csv`` or ``*.parquet`` file the one ``table`` given.
    :param to: the format; needed only for a folder, and refused where the
        suffix says another.
    :param table: one table (see :data:`TABLES`) to write as a single CSV
        or Parquet file.
    :returns: the path written.
    :raises ValueError: a format the suffix contradicts, a file where a
        folder is written (or the reverse), an unknown table.

    >>> import tempfile
    >>> from bilateral.model import Layout, Person, Span
    >>> a = Article("a", "Ana met Bo.", Layout(Span(0, 11)),
    ...             people=(Person("Ana", country="CUB"), Person("Bo")))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     print(export([a], Path(folder, "a.jsonl")).name,
    ...           export([a], Path(folder, "a.duckdb")).name,
    ...           export([a], Path(folder, "people.parquet"), table="people").name,
    ...           len(list(export([a], Path(folder, "csv"), to="csv").iterdir())))
    a.jsonl a.duckdb people.parquet 9
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
    if fmt == "csv":
        keep = [i for i, c in enumerate(TABLES[table]) if c.csv]
        with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([TABLES[table][i].name for i in keep])
            for row in rows(articles, table):
                writer.writerow([_csv_value(row[i]) for i in keep])
        return target
    pq = _need("pyarrow.parquet", "parquet", "Parquet export")
    with atomic_path(target) as tmp, pq.ParquetWriter(tmp, arrow_schema(table)) as writer:
        for start, batch in _batches(articles):
            writer.write_table(to_arrow(batch, table, start=start))
    return target

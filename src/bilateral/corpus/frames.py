"""One table in memory: a ``pyarrow.Table``, a pandas frame or a polars frame, each typed
from the table's columns (:data:`~bilateral.corpus.tables.TABLES`) and each needing its
extra (``parquet``, ``pandas``, ``polars``). :mod:`bilateral.corpus.export` writes the
Arrow tables to Parquet and DuckDB; :meth:`bilateral.Corpus.to_pandas` and
:meth:`~bilateral.Corpus.to_polars` hand the frames over.

>>> from bilateral import parse
>>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
>>> to_arrow([a], "people").num_rows, len(to_pandas([a], "people")), to_polars([a]).height
(2, 2, 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bilateral._optional import need_extra
from bilateral.corpus.tables import TABLES, Links, rows
from bilateral.model import Article

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

__all__ = ["arrow_schema", "to_arrow", "to_pandas", "to_polars"]


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
    pa = need_extra("pyarrow", "parquet", "Arrow and Parquet export")
    return pa.schema([(c.name, _arrow_type(pa, c.type)) for c in TABLES[table]])


def to_arrow(
    articles: Iterable[Article], table: str, *, start: int = 0, links: Links | None = None
) -> pyarrow.Table:
    """One table as a ``pyarrow.Table`` (extra ``bilateral[parquet]``).

    ``start`` is the position of the first article (for batches); ``links`` ties the
    rows to the whole corpus (:class:`~bilateral.corpus.tables.Links`: keys of people
    and places, merged engagements), made from ``articles`` when not given.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> t = to_arrow([a], "people")
    >>> t.num_rows, t.column("name").to_pylist(), t.column("country").to_pylist()
    (2, ['Bounkong Sihavong', 'Mam Sok Heng'], ['LAO', 'KHM'])
    """
    pa = need_extra("pyarrow", "parquet", "Arrow and Parquet export")
    columns: list[list[Any]] = [[] for _ in TABLES[table]]
    for row in rows(articles, table, start=start, links=links):
        for col, value in zip(columns, row, strict=True):
            col.append(value)
    return pa.Table.from_arrays(
        [
            pa.array(col, type=_arrow_type(pa, c.type))
            for col, c in zip(columns, TABLES[table], strict=True)
        ],
        schema=arrow_schema(table),
    )


def to_pandas(articles: Iterable[Article], table: str = "articles") -> pandas.DataFrame:
    """One table as a pandas frame (extra ``bilateral[pandas]``); dates as ``datetime64``.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> frame = to_pandas([a], "engagements")
    >>> frame[["kind", "start", "end"]]
            kind      start end
    0  reception 2024-03-11 NaT
    >>> str(frame["engagement"].dtype), str(frame["kind"].dtype)
    ('Int64', 'string')
    """
    pd = need_extra("pandas", "pandas", "to_pandas()")
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

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> frame = to_polars([a], "people")
    >>> frame.columns[:6]
    ['article_id', 'person', 'name', 'title', 'country', 'aliases']
    >>> frame["name"].to_list(), str(frame.schema["aliases"])
    (['Bounkong Sihavong', 'Mam Sok Heng'], 'List(String)')
    """
    pl = need_extra("polars", "polars", "to_polars()")
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

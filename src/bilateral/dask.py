"""Parsing beyond one machine with Dask (extra ``bilateral[dask]``).

:func:`read_articles` turns a glob of article files into a Dask bag of
:class:`~bilateral.model.Article`; :func:`write_parquet` writes their
records and events as partitioned Parquet (one file per partition and
table), which DuckDB, pandas, polars, Spark or :func:`bilateral.corpus.export.read_parquet`
read back. The same code runs on the local scheduler and on a cluster: create
a ``dask.distributed.Client`` first and Dask sends the work to it. On a
cluster the workers must see the files (a shared file system, or a URL such
as ``s3://bucket/articles/*.txt``, which is read through ``fsspec``).

>>> import bilateral.dask as bd
>>> bag = bd.read_articles("seeds/*.txt", files_per_partition=1)  # doctest: +SKIP
>>> bd.write_parquet(bag, "out/")                                  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bilateral._read import DEFAULT_MAX_BYTES
from bilateral.errors import ArticleError
from bilateral.lexicon import Lexicon
from bilateral.model import Article

try:
    # Imported as untyped modules: dask's partial annotations would fail ``mypy --strict``.
    dask: Any = importlib.import_module("dask")
    db: Any = importlib.import_module("dask.bag")
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("bilateral.dask needs dask: pip install 'bilateral[dask]'") from exc

#: A ``dask.bag.Bag`` (typed loosely, as dask's own annotations are partial).
Bag = Any

__all__ = ["errors", "read_articles", "records", "write_parquet"]

#: The tables :func:`write_parquet` writes unless told otherwise.
DEFAULT_TABLES = ("articles", "events")


def _parse_local(path: str, max_bytes: int, lexicon: Lexicon | None) -> Article | ArticleError:
    from bilateral import load_article

    try:
        return load_article(Path(path), max_bytes=max_bytes, lexicon=lexicon)
    except ArticleError as exc:
        return exc


def _parse_remote(file: Any, max_bytes: int, lexicon: Lexicon | None) -> Article | ArticleError:
    from bilateral import parse

    name = str(file.path)
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    try:
        with file as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            return ArticleError(name, f"file is over the limit of {max_bytes:,} bytes")
        article = parse(bytes(data), id=stem, max_bytes=max_bytes, lexicon=lexicon)
    except ArticleError as exc:
        return type(exc)(name, exc.reason, span=exc.span)
    except OSError as exc:
        return ArticleError(name, f"cannot be read: {exc}")
    return article


def _is_article(item: object) -> bool:
    return isinstance(item, Article)


def _is_error(item: object) -> bool:
    return isinstance(item, ArticleError)


def read_articles(
    pattern: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    files_per_partition: int = 100,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_errors: bool = False,
    lexicon: Lexicon | None = None,
) -> Bag:
    """A Dask bag of the articles in the files a glob (folder, list of paths) names.

    Each partition parses ``files_per_partition`` files, with ``lexicon`` (your own
    places, aliases and topic cues, see :class:`~bilateral.Lexicon`). Bad files are
    dropped, or kept in the bag as :class:`~bilateral.errors.ArticleError`
    values with ``keep_errors=True`` (then :func:`errors` picks them out).
    Nothing is read until the bag is computed.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> _ = Path(folder.name, "a.txt").write_text("Hanoi (VNA) - Talks were held.")
    >>> _ = Path(folder.name, "b.txt").write_text("Havana (ACN) - A visit began.")
    >>> _ = Path(folder.name, "empty.txt").write_text("")
    >>> bag = read_articles(Path(folder.name, "*.txt"), files_per_partition=2)
    >>> bag.npartitions, sorted(a.id for a in bag.compute(scheduler="sync"))
    (2, ['a', 'b'])
    >>> folder.cleanup()
    """
    from bilateral.corpus import expand_paths

    given = [pattern] if isinstance(pattern, str | os.PathLike) else list(pattern)
    remote = [os.fspath(p) for p in given if "://" in os.fspath(p)]
    local = [os.fspath(p) for p in given if "://" not in os.fspath(p)]
    bags = []
    paths = [str(p) for g in local for p in expand_paths(g)]
    if paths:
        bags.append(
            db.from_sequence(paths, partition_size=files_per_partition).map(
                _parse_local, max_bytes=max_bytes, lexicon=lexicon
            )
        )
    if remote:
        fsspec: Any = importlib.import_module("fsspec")
        files = fsspec.open_files(remote, mode="rb")
        bags.append(
            db.from_sequence(list(files), partition_size=files_per_partition).map(
                _parse_remote, max_bytes=max_bytes, lexicon=lexicon
            )
        )
    if not bags:
        return db.from_sequence([], npartitions=1)
    bag = bags[0] if len(bags) == 1 else db.concat(bags)
    return bag if keep_errors else bag.filter(_is_article)


def errors(bag: Bag) -> Bag:
    """The :class:`~bilateral.errors.ArticleError` values of a bag read with ``keep_errors``.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> _ = Path(folder.name, "a.txt").write_text("Hanoi (VNA) - Talks were held.")
    >>> _ = Path(folder.name, "b.txt").write_text("Havana (ACN) - A visit began.")
    >>> _ = Path(folder.name, "empty.txt").write_text("")
    >>> bag = read_articles(folder.name, keep_errors=True)
    >>> [(Path(e.source).name, e.reason) for e in errors(bag).compute(scheduler="sync")]
    [('empty.txt', 'the article is empty')]
    >>> folder.cleanup()
    """
    return bag.filter(_is_error)


def records(bag: Bag) -> Bag:
    """The JSON-ready records of a bag of articles (for ``Bag.to_dataframe`` or JSON lines).

    Errors kept in the bag are left out.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> _ = Path(folder.name, "a.txt").write_text("Hanoi (VNA) - Talks were held.")
    >>> _ = Path(folder.name, "b.txt").write_text("Havana (ACN) - A visit began.")
    >>> _ = Path(folder.name, "empty.txt").write_text("")
    >>> bag = read_articles(folder.name, keep_errors=True)
    >>> [(r["id"], r["text"][:6]) for r in records(bag).compute(scheduler="sync")]
    [('a', 'Hanoi '), ('b', 'Havana')]
    >>> folder.cleanup()
    """
    from bilateral.convert import to_record

    return bag.filter(_is_article).map(to_record)


def _write_part(part: Iterable[object], folder: str, tables: tuple[str, ...], number: int) -> int:
    import pyarrow.parquet as pq

    from bilateral._atomic import atomic_path
    from bilateral.corpus.export import to_arrow

    articles = [x for x in part if isinstance(x, Article)]
    for table in tables:
        out = Path(folder) / table
        out.mkdir(parents=True, exist_ok=True)
        with atomic_path(out / f"part-{number:05d}.parquet") as tmp:
            pq.write_table(to_arrow(articles, table), tmp)
    return len(articles)


def write_parquet(
    bag: Bag,
    folder: str | os.PathLike[str],
    *,
    tables: Sequence[str] = DEFAULT_TABLES,
    **compute: Any,
) -> int:
    """Write each partition's tables as ``folder/<table>/part-NNNNN.parquet``; return the count.

    ``tables`` are names of :data:`bilateral.corpus.export.TABLES` (the records are
    in ``articles``, whose ``record`` column holds each article's JSON; its
    ``position`` counts within the partition). Each partition is parsed once
    for all its tables. ``compute`` goes to ``dask.compute`` (e.g.
    ``scheduler="threads"``); with a ``distributed.Client`` active, the
    cluster does the work.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> _ = Path(folder.name, "a.txt").write_text("Hanoi (VNA) - Talks were held.")
    >>> _ = Path(folder.name, "b.txt").write_text("Havana (ACN) - A visit began.")
    >>> _ = Path(folder.name, "empty.txt").write_text("")
    >>> bag = read_articles(folder.name, files_per_partition=2)
    >>> write_parquet(bag, Path(folder.name, "out"), scheduler="sync")
    2
    >>> sorted(p.relative_to(folder.name).as_posix()
    ...        for p in Path(folder.name, "out").rglob("*.parquet"))
    ['out/articles/part-00000.parquet', 'out/articles/part-00001.parquet',
     'out/events/part-00000.parquet', 'out/events/part-00001.parquet']
    >>> from bilateral.corpus.export import read_parquet
    >>> [a.id for a in read_parquet(Path(folder.name, "out", "articles"))]
    ['a', 'b']
    >>> folder.cleanup()
    """
    from bilateral.corpus.export import TABLES

    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError(f"no table {unknown[0]!r}; the tables are {', '.join(TABLES)}")
    target = os.fspath(folder)
    Path(target).mkdir(parents=True, exist_ok=True)
    parts = bag.to_delayed()
    writer = dask.delayed(_write_part, pure=False)
    tasks = [writer(part, target, tuple(tables), i) for i, part in enumerate(parts)]
    counts = dask.compute(*tasks, **compute)
    return int(sum(counts))

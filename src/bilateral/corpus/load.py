"""Reading many articles: files, folders, globs and JSON-lines records, in order, with
worker processes, a progress callback and errors kept as values.

A folder, a glob or a JSON-lines file is read one file (or line) at a time, so
memory grows with the articles kept, not with the files read; ``jobs=N`` parses in
``N`` worker processes, keeping file order; a bad file becomes one
:class:`~bilateral.errors.ArticleError` and costs no good article.
"""

from __future__ import annotations

import collections
import concurrent.futures
import glob
import gzip
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from bilateral._read import DEFAULT_MAX_BYTES
from bilateral.errors import ArticleError
from bilateral.model import Article

__all__ = ["Progress", "Sources", "expand_paths", "iter_load"]

#: A progress callback: ``progress(done, total)`` in bytes of input read.
Progress = Callable[[int, int], None]
Sources = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

_RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def expand_paths(path_or_glob: str | os.PathLike[str]) -> list[Path]:
    """The files a path names: a folder's ``*.txt``, a glob's matches, or the file itself.

    >>> expand_paths("no/such/dir/*.txt")
    []
    """
    text = os.fspath(path_or_glob)
    path = Path(text)
    if path.is_dir():
        return sorted(p for p in path.glob("*.txt") if p.is_file())
    if any(ch in text for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
    return [path]


def _is_records(path: Path) -> bool:
    return path.name.lower().endswith(_RECORD_SUFFIXES)


def _open_text(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _parse_chunk(paths: list[str], max_bytes: int) -> list[Article | ArticleError]:
    """Parse a few files in a worker process; errors come back as values, in order."""
    from bilateral import load_article

    out: list[Article | ArticleError] = []
    for path in paths:
        try:
            out.append(load_article(Path(path), max_bytes=max_bytes))
        except ArticleError as exc:
            out.append(exc)
    return out


def _read_records(
    path: Path, advance: Callable[[int], None] | None = None
) -> Iterator[Article | ArticleError]:
    """Articles back from a JSON-lines file of records, one line at a time.

    ``advance`` is told the bytes read, about every megabyte (not for ``.gz``,
    whose size on disk is not what is read).
    """
    from bilateral.convert import loads

    try:
        fh = _open_text(path)
    except OSError as exc:
        yield ArticleError(str(path), f"cannot be read: {exc.strerror or exc}")
        return
    counting = advance is not None and not path.name.lower().endswith(".gz")
    unreported = 0
    with fh:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, 1):
                if counting:
                    unreported += len(line.encode("utf-8"))
                    if unreported >= 1 << 20 and advance is not None:
                        advance(unreported)
                        unreported = 0
                if not line.strip():
                    continue
                try:
                    yield loads(line)
                except Exception as exc:  # any malformed line is that line's error only
                    yield ArticleError(f"{path}, line {lineno}", f"not an article record: {exc}")
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            yield ArticleError(f"{path}, line {lineno + 1}", f"cannot be read: {exc}")
    if advance is not None:
        advance(unreported if counting else _size(path))


def _units(sources: Sources) -> Iterator[Path | ArticleError]:
    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    for given in sources:
        files = expand_paths(given)
        if not files:
            yield ArticleError(os.fspath(given), "no article files match")
        yield from files


def _start_method() -> str:
    """``fork`` where it is safe (no other threads to deadlock on), else a fresh interpreter.

    Forked workers start at once and need no importable ``__main__``; with
    threads running (a GUI, a progress thread) ``forkserver`` or ``spawn`` is safe.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def iter_load(
    sources: Sources,
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    chunk_size: int | None = None,
) -> Iterator[Article | ArticleError]:
    """Articles (and errors, as values) from files, folders, globs and JSON-lines files.

    Yields in the order of the files; ``*.jsonl`` / ``*.ndjson`` (optionally
    ``.gz``) files are read as saved records, anything else is parsed as an
    article. With ``jobs`` > 1 the parsing runs in that many processes, a
    bounded number of chunks ahead, so memory stays bounded too.

    >>> [type(x).__name__ for x in iter_load(["no/such/file.txt"])]
    ['ArticleError']
    """
    units = list(_units(sources))
    total = sum(_size(u) for u in units if isinstance(u, Path))
    done = 0

    def advance(nbytes: int) -> None:
        nonlocal done
        done += nbytes
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    if jobs <= 1:
        for unit in units:
            if isinstance(unit, ArticleError):
                yield unit
            elif _is_records(unit):
                yield from _read_records(unit, advance)
            else:
                yield from _parse_chunk([str(unit)], max_bytes)
                advance(_size(unit))
        return

    texts = sum(1 for u in units if isinstance(u, Path) and not _is_records(u))
    size = chunk_size or max(1, min(64, texts // (jobs * 8) or 1))
    context = multiprocessing.get_context(_start_method())
    Pending = tuple[concurrent.futures.Future[list[Article | ArticleError]], list[str], int]
    pending: collections.deque[Pending] = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    chunk: list[Path] = []

    def drain(keep: int) -> Iterator[Article | ArticleError]:
        while len(pending) > keep:
            future, paths, nbytes = pending.popleft()
            try:
                parsed = future.result()
            except Exception:
                # A worker that died (killed, out of memory) must not cost its files:
                # they are parsed here instead, each one's failure its own error.
                parsed = _parse_chunk(paths, max_bytes)
            yield from parsed
            advance(nbytes)

    def submit() -> None:
        paths = [str(p) for p in chunk]
        nbytes = sum(_size(p) for p in chunk)
        try:
            future = pool.submit(_parse_chunk, paths, max_bytes)
        except RuntimeError:  # the pool broke earlier: drain() falls back to this process
            future = concurrent.futures.Future()
            future.set_exception(RuntimeError("the worker pool is broken"))
        pending.append((future, paths, nbytes))
        chunk.clear()

    try:
        for unit in units:
            if isinstance(unit, Path) and not _is_records(unit):
                chunk.append(unit)
                if len(chunk) >= size:
                    submit()
                    yield from drain(jobs * 4)
                continue
            # Records and errors keep their place: everything before them comes out first.
            if chunk:
                submit()
            yield from drain(0)
            if isinstance(unit, ArticleError):
                yield unit
            else:
                yield from _read_records(unit, advance)
        if chunk:
            submit()
        yield from drain(0)
    finally:
        # Also when the consumer stops early: queued chunks are dropped, not parsed.
        pool.shutdown(wait=True, cancel_futures=True)

"""Reading many articles: files, folders, globs and JSON-lines records, in order, with
worker processes, a progress callback and errors kept as values.

A folder, a glob or a JSON-lines file is read one file (or line) at a time, so
memory grows with the articles kept, not with the files read; ``jobs=N`` parses in
``N`` worker processes, keeping file order; a bad file becomes one
:class:`~bilateral.errors.ArticleError` and costs no good article. Ids are unique: a
file named twice is read once, a second article under a taken id is a
:class:`~bilateral.errors.DuplicateIdError`, and ``ids="relative"`` names articles by
their paths.
"""

from __future__ import annotations

import collections
import concurrent.futures
import glob
import gzip
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

import attrs

from bilateral._read import DEFAULT_MAX_BYTES, check_encoding
from bilateral.errors import ArticleError, DuplicateIdError
from bilateral.model import Article

if TYPE_CHECKING:
    from bilateral.lexicon import Lexicon

__all__ = ["IdRule", "Progress", "Sources", "expand_paths", "iter_load"]

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


#: How articles read from files are named: ``stem``, the file name without its
#: extension; ``relative``, the path from the folder all the files share.
IdRule = Literal["stem", "relative"]


@attrs.frozen
class _Options:
    """How a worker reads each file (picklable, sent with every chunk)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str = "utf-8"
    lexicon: Lexicon | None = None


def _parse_chunk(files: list[tuple[str, str]], options: _Options) -> list[Article | ArticleError]:
    """Parse a few ``(path, id)`` files in a worker process; errors come back as values."""
    from bilateral import load_article

    out: list[Article | ArticleError] = []
    for path, ident in files:
        try:
            out.append(
                load_article(
                    Path(path),
                    id=ident,
                    max_bytes=options.max_bytes,
                    encoding=options.encoding,
                    lexicon=options.lexicon,
                )
            )
        except ArticleError as exc:
            out.append(exc)
        except Exception as exc:  # a defect: this file's error, its cause kept
            error = ArticleError(
                path,
                f"internal error while parsing (a defect of bilateral; please report it): "
                f"{type(exc).__name__}: {exc}",
            )
            error.__cause__ = exc
            out.append(error)
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
    """The files the sources name, each once (a file named twice is the same article)."""
    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    seen: set[str] = set()
    for given in sources:
        files = expand_paths(given)
        if not files:
            yield ArticleError(os.fspath(given), "no article files match")
        for file in files:
            real = os.path.realpath(file)
            if real not in seen:
                seen.add(real)
                yield file


def _ids_of(units: Sequence[Path | ArticleError], rule: IdRule) -> dict[Path, str]:
    """The id of each article file, by ``rule``."""
    texts = [u for u in units if isinstance(u, Path) and not _is_records(u)]
    if rule == "stem":
        return {p: p.stem for p in texts}
    if rule != "relative":
        raise ValueError(f"ids must be 'stem' or 'relative', got {rule!r}")
    if not texts:
        return {}
    folders = [os.path.dirname(os.path.abspath(p)) for p in texts]
    common = os.path.commonpath(folders)
    return {
        p: Path(os.path.relpath(os.path.abspath(p), common)).with_suffix("").as_posix()
        for p in texts
    }


class _Ids:
    """The ids handed out so far, to refuse a second article under one id."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def clash(self, ident: str, source: str) -> DuplicateIdError | None:
        taken = self.first.setdefault(ident, source)
        if taken is source:
            return None
        return DuplicateIdError(
            source,
            f"id {ident!r} is taken by {taken}; ids='relative' (--ids relative) names "
            "articles by their paths",
        )

    def checked(self, item: Article | ArticleError, source: str) -> Article | ArticleError:
        if isinstance(item, ArticleError):
            return item
        return self.clash(item.id, source) or item


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
    ids: IdRule = "stem",
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    lexicon: Lexicon | None = None,
    progress: Progress | None = None,
    chunk_size: int | None = None,
) -> Iterator[Article | ArticleError]:
    """Articles (and errors, as values) from files, folders, globs and JSON-lines files.

    Yields in the order of the files; ``*.jsonl`` / ``*.ndjson`` (optionally
    ``.gz``) files are read as saved records, anything else is parsed as an
    article. With ``jobs`` > 1 the parsing runs in that many processes, a
    bounded number of chunks ahead, so memory stays bounded too.

    Ids are unique: a file named twice is read once, and an article whose id
    is taken already comes out as a :class:`~bilateral.errors.DuplicateIdError`
    naming both files (``ids="relative"`` names articles by their paths from
    the folder the files share, so ``a/article.txt`` and ``b/article.txt``
    become ``a/article`` and ``b/article``). ``encoding``, ``max_bytes`` and
    ``lexicon`` are those of :func:`bilateral.load_article`.

    >>> [type(x).__name__ for x in iter_load(["no/such/file.txt"])]
    ['ArticleNotFoundError']
    """
    check_encoding(encoding)
    options = _Options(max_bytes=max_bytes, encoding=encoding, lexicon=lexicon)
    units = list(_units(sources))
    names = _ids_of(units, ids)
    taken = _Ids()
    total = sum(_size(u) for u in units if isinstance(u, Path))
    done = 0

    def advance(nbytes: int) -> None:
        nonlocal done
        done += nbytes
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)

    def records(path: Path) -> Iterator[Article | ArticleError]:
        for item in _read_records(path, advance):
            yield taken.checked(item, str(path))

    def parsed(path: Path) -> Iterator[Article | ArticleError]:
        clash = taken.clash(names[path], str(path))
        if clash is not None:
            yield clash
        else:
            yield from _parse_chunk([(str(path), names[path])], options)

    if jobs <= 1:
        for unit in units:
            if isinstance(unit, ArticleError):
                yield unit
            elif _is_records(unit):
                yield from records(unit)
            else:
                yield from parsed(unit)
                advance(_size(unit))
        return

    texts = sum(1 for u in units if isinstance(u, Path) and not _is_records(u))
    size = chunk_size or max(1, min(64, texts // (jobs * 8) or 1))
    context = multiprocessing.get_context(_start_method())
    Pending = tuple[
        concurrent.futures.Future[list[Article | ArticleError]], list[tuple[str, str]], int
    ]
    pending: collections.deque[Pending] = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    chunk: list[Path] = []

    def drain(keep: int) -> Iterator[Article | ArticleError]:
        while len(pending) > keep:
            future, paths, nbytes = pending.popleft()
            try:
                done = future.result()
            except Exception:
                # A worker that died (killed, out of memory) must not cost its files:
                # they are parsed here instead, each one's failure its own error.
                done = _parse_chunk(paths, options)
            yield from done
            advance(nbytes)

    def submit() -> None:
        paths = [(str(p), names[p]) for p in chunk]
        nbytes = sum(_size(p) for p in chunk)
        try:
            future = pool.submit(_parse_chunk, paths, options)
        except RuntimeError:  # the pool broke earlier: drain() falls back to this process
            future = concurrent.futures.Future()
            future.set_exception(RuntimeError("the worker pool is broken"))
        pending.append((future, paths, nbytes))
        chunk.clear()

    try:
        for unit in units:
            if isinstance(unit, Path) and not _is_records(unit):
                clash = taken.clash(names[unit], str(unit))
                if clash is not None:
                    # Before this file's place in the order: what was queued comes out first.
                    if chunk:
                        submit()
                    yield from drain(0)
                    yield clash
                    advance(_size(unit))
                    continue
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
                yield from records(unit)
        if chunk:
            submit()
        yield from drain(0)
    finally:
        # Also when the consumer stops early: queued chunks are dropped, not parsed.
        pool.shutdown(wait=True, cancel_futures=True)

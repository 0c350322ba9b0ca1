"""What the subcommands of :mod:`bilateral.cli` share: the one ``--format`` vocabulary,
the options that read articles and those that filter them, reading the inputs
(standard input, a progress bar) into a corpus, and reporting errors.

A subcommand of its own takes the same options by these decorators
(:func:`inputs`, :func:`criteria`, :func:`format_option`) and reads its corpus
with :func:`selected`, so its errors and exit status are those of the others.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import click

from bilateral.corpus import Corpus, Progress, iter_load
from bilateral.errors import ArticleError
from bilateral.lexicon import Lexicon, LexiconError
from bilateral.model import Article, EngagementKind, Topic

__all__ = [
    "FORMATS",
    "Usage",
    "closing",
    "criteria",
    "error",
    "filter_criteria",
    "format_option",
    "inputs",
    "lexicon_option",
    "progress_bar",
    "read_inputs",
    "report",
    "selected",
    "stdin_as_file",
]

F = TypeVar("F", bound=Callable[..., Any])

#: Every ``--format`` value, with what it means wherever a subcommand accepts it.
FORMATS: dict[str, str] = {
    "table": "a readable table (for people, not programs)",
    "jsonl": "one JSON record per line (the codebook's record with its evidence)",
    "json": "one JSON document",
    "ids": "the article ids, one per line",
    "csv": "a folder with one CSV file per table",
    "parquet": "a folder with one Parquet file per table",
    "duckdb": "a DuckDB database file",
    "gdelt": "GDELT 2.0 Events rows, tab-separated (a file such as events.tsv)",
    "html": "the evidence page",
}


def format_option(*names: str, default: str | None) -> Callable[[F], F]:
    """The ``--format`` option taking ``names``, each one of :data:`FORMATS` (a name
    outside the vocabulary is a defect of the subcommand).

    >>> @click.command()
    ... @format_option("table", "json", default="table")
    ... def show(fmt):
    ...     click.echo(fmt)
    >>> show.main(["--format", "json"], standalone_mode=False)
    json
    """
    unknown = set(names) - set(FORMATS)
    assert not unknown, unknown
    shown = "; ".join(f"{n}: {FORMATS[n]}" for n in names)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(names),
        default=default,
        show_default=default is not None,
        help=f"The output format ({shown}).",
    )


# --- shared options ---


def _read_lexicon(ctx: click.Context, param: click.Parameter, value: str | None) -> Lexicon | None:
    if value is None:
        return None
    try:
        return Lexicon.load(value)
    except LexiconError as exc:  # the file, its row and what is wrong: one line
        raise Usage(str(exc)) from None


def lexicon_option(f: F) -> F:
    """The ``--lexicon FILE`` option: your own places, aliases and topic cues, a ``.tsv``
    or ``.csv`` table (see :class:`bilateral.Lexicon`), read before any article.

    >>> @click.command()
    ... @lexicon_option
    ... def count(lexicon):
    ...     click.echo(len(lexicon.places) if lexicon else "none")
    >>> count.main([], standalone_mode=False)
    none
    """
    return click.option(
        "--lexicon",
        metavar="FILE",
        default=None,
        callback=_read_lexicon,
        help="Your own places, aliases and topic cues: a .tsv or .csv table "
        "(columns kind, name, value, country).",
    )(f)


def inputs(f: F) -> F:
    """The options of every subcommand that reads articles: paths (``-`` for standard input),
    ``--jobs``, ``--ids``, ``--encoding``, ``--lexicon``, ``--no-progress``.

    >>> @click.command()
    ... @inputs
    ... def count(paths, jobs, ids, encoding, lexicon, no_progress):
    ...     click.echo(f"{len(paths)} paths, {jobs} jobs")
    >>> [p.name for p in count.params]
    ['paths', 'jobs', 'ids', 'encoding', 'lexicon', 'no_progress']
    >>> count.main(["a.txt", "b/", "-j", "2"], standalone_mode=False)
    2 paths, 2 jobs
    """
    f = click.option("--no-progress", is_flag=True, help="No progress bar, even on a terminal.")(f)
    f = lexicon_option(f)
    f = click.option(
        "--encoding",
        default="utf-8",
        show_default=True,
        metavar="NAME",
        help="The files' encoding (UTF-8 reads UTF-16/32 with a byte-order mark too).",
    )(f)
    f = click.option(
        "--ids",
        type=click.Choice(["stem", "relative"]),
        default="stem",
        show_default=True,
        help="Article ids: the file name, or the path from the folder the files share.",
    )(f)
    f = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        metavar="N",
        help="Parse in N processes.",
    )(f)
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...|-")(f)


_CRITERIA = ("since", "until", "country", "dyad", "person", "locality", "topic", "kind", "agency")


def criteria(f: F) -> F:
    """The filter options (``--since``, ``--country``…); all given must hold.

    >>> @click.command()
    ... @criteria
    ... def show(**given):
    ...     click.echo(sorted(k for k, v in given.items() if v))
    >>> show.main(["--country", "LAO", "--kind", "visit"], standalone_mode=False)
    ['country', 'kind']
    """
    options = [
        click.option("--since", metavar="YYYY-MM-DD", help="Dated on or after."),
        click.option("--until", metavar="YYYY-MM-DD", help="Dated on or before."),
        click.option(
            "--country", metavar="COUNTRY", help="Names this country (code, name or demonym)."
        ),
        click.option(
            "--dyad", metavar="A-B", help="Reports this pair of countries: CUB-VNM, Vietnam-Laos."
        ),
        click.option("--person", metavar="NAME", help="Names this person (case, accents ignored)."),
        click.option("--locality", metavar="NAME", help="Names this locality."),
        click.option(
            "--topic",
            type=click.Choice([t.value for t in Topic], case_sensitive=False),
            help="Field of cooperation.",
        ),
        click.option(
            "--kind",
            type=click.Choice([k.value for k in EngagementKind], case_sensitive=False),
            help="Engagement kind.",
        ),
        click.option("--agency", metavar="NAME", help="Credited to this news agency."),
        click.option("--text", "text_contains", metavar="WORDS", help="The text contains WORDS."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def filter_criteria(given: dict[str, Any]) -> dict[str, Any]:
    return {k: given[k] for k in (*_CRITERIA, "text_contains") if given.get(k) is not None}


@contextlib.contextmanager
def progress_bar(no_progress: bool) -> Iterator[Progress | None]:
    """A rich progress bar on standard error when it is a terminal, else nothing."""
    if no_progress or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    # No refresh thread: worker processes may then be forked safely.
    bar = Bar(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        auto_refresh=False,
        transient=True,
    )
    task = bar.add_task("reading", total=None)
    last = 0.0

    def update(done: int, total: int) -> None:
        nonlocal last
        bar.update(task, completed=done, total=total or None)
        now = time.monotonic()
        if now - last > 0.1 or done >= total:
            last = now
            bar.refresh()

    with bar:
        yield update


def error(message: object) -> None:
    click.echo(f"bilateral: error: {message}", err=True)


def report(errors: Sequence[ArticleError]) -> int:
    for err in errors:
        error(err)
    return 1 if errors else 0


class Usage(click.ClickException):
    """A bad argument value: exit status 2, one line on standard error."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        error(self.message)


@contextlib.contextmanager
def stdin_as_file(paths: Sequence[str]) -> Iterator[tuple[list[str], str | None]]:
    """The paths with ``-`` read into a file: JSON lines of records, or one article's text."""
    if "-" not in paths:
        yield list(paths), None
        return
    import tempfile

    data = sys.stdin.buffer.read()
    records = data.lstrip()[:1] == b"{"
    with tempfile.TemporaryDirectory(prefix="bilateral-stdin-") as folder:
        path = os.path.join(folder, "stdin.jsonl" if records else "stdin.txt")
        with open(path, "wb") as fh:
            fh.write(data)
        yield [path if p == "-" else p for p in paths], path


def read_inputs(given: dict[str, Any]) -> Iterator[Article | ArticleError]:
    """Every article and error the inputs give, in order (``-`` is standard input)."""
    import attrs

    with stdin_as_file(given["paths"]) as (paths, stdin), progress_bar(given["no_progress"]) as bar:
        for item in iter_load(
            paths,
            jobs=given["jobs"],
            ids=given["ids"],
            encoding=given["encoding"],
            lexicon=given.get("lexicon"),
            progress=bar,
        ):
            if stdin is not None and isinstance(item, Article) and item.source == stdin:
                item = attrs.evolve(item, source="<stdin>")
            elif stdin is not None and isinstance(item, ArticleError):
                item = type(item)(
                    item.source.replace(stdin, "<stdin>"), item.reason, span=item.span
                )
            yield item


def closing(read: int, errors: Sequence[ArticleError]) -> int:
    """Report each error, then ``N read, M skipped``; the exit status (1 if any was skipped)."""
    status = report(errors)
    if errors:
        click.echo(f"bilateral: {read} read, {len(errors)} skipped", err=True)
    return status


def selected(given: dict[str, Any]) -> tuple[Corpus, int]:
    """The corpus the inputs and criteria give, and the exit status of its loading."""
    try:
        wanted = filter_criteria(given)
        Corpus().filter(**wanted)  # a bad criterion is refused before anything is read
        articles: list[Article] = []
        errors: list[ArticleError] = []
        for item in read_inputs(given):
            (errors if isinstance(item, ArticleError) else articles).append(item)  # type: ignore[arg-type]
        corpus = Corpus(articles, errors=errors)
        return corpus.filter(**wanted), closing(len(articles), errors)
    except ValueError as exc:
        raise Usage(str(exc)) from None

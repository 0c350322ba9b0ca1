"""The command line: ``bilateral parse | filter | stats | export | show``, built on Click.

Every command reads article files, folders (their ``*.txt``), globs and
JSON-lines files of saved records, in parallel with ``--jobs N``, with a
progress bar when standard error is a terminal. A bad file is reported on
standard error (one line each) and makes the exit status 1, but every good
article is still processed.

A subcommand is a Click command added to :data:`cli`, the group:
``cli.add_command(my_command)``; the shared options are the decorators
:func:`inputs` and :func:`criteria`, and :data:`FORMATS` is the one
vocabulary of ``--format`` values.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import click

from bilateral.convert import dumps, to_record
from bilateral.corpus import Corpus, Progress, iter_load
from bilateral.errors import ArticleError
from bilateral.model import Article, EngagementKind, Topic

__all__ = ["FORMATS", "cli", "criteria", "inputs", "main"]

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
    "html": "the evidence page",
}


def _format_option(*names: str, default: str | None) -> Callable[[F], F]:
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


def _dash(value: object) -> str:
    """A table cell: the value, or ``-`` for nothing."""
    if value is None or value == "" or value == () or value == []:
        return "-"
    return str(value)


def _table(article: Article) -> str:
    """A readable, plain-text view of one article's record."""
    lines = [f"== {article.id}"]

    def row(label: str, value: object) -> None:
        lines.append(f"  {label:<12} {_dash(value)}")

    row("date", article.date.isoformat() if article.date else article.month)
    row("headline", article.headline.text if article.headline else None)
    row("dateline", article.dateline.text if article.dateline else None)
    row("agency", article.agency.text if article.agency else None)
    row("dyad", "-".join(article.dyad) if article.dyad else None)
    row("countries", ", ".join(article.country_codes))
    row("localities", ", ".join(f"{x.name} ({_dash(x.country)})" for x in article.localities))
    row("people", len(article.people))
    for p in article.people:
        lines.append(f"    - {p.name} [{_dash(p.country)}] {p.title or ''}".rstrip())
    row("engagements", len(article.engagements))
    for e in article.engagements:
        when = _dash(e.start.isoformat() if e.start else None)
        if e.end:
            when += f"..{e.end.isoformat()}"
        who = ", ".join(e.participants)
        lines.append(f"    - {e.kind.value} {when} host={_dash(e.host)} with={_dash(who)}")
    row("topics", ", ".join(article.topic_names))
    for ag in article.agreements:
        years = f" {ag.start_year}-{ag.end_year}" if ag.start_year else ""
        lines.append(f"  agreement    {ag.kind}{years} ({'signed' if ag.signed else 'planned'})")
    for aid in article.aid:
        amount = " ".join(_dash(x) for x in (aid.quantity, aid.unit) if x is not None) or "-"
        lines.append(
            f"  aid          {aid.item}: {amount} {_dash(aid.donor)} -> {_dash(aid.recipient)}"
        )
    return "\n".join(lines)


# --- shared options ---


def inputs(f: F) -> F:
    """The options of every subcommand that reads articles: paths, ``--jobs``, ``--no-progress``.

    >>> @click.command()
    ... @inputs
    ... def count(paths, jobs, no_progress):
    ...     click.echo(f"{len(paths)} paths, {jobs} jobs")
    >>> [p.name for p in count.params]
    ['paths', 'jobs', 'no_progress']
    >>> count.main(["a.txt", "b/", "-j", "2"], standalone_mode=False)
    2 paths, 2 jobs
    """
    f = click.option("--no-progress", is_flag=True, help="No progress bar, even on a terminal.")(f)
    f = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        metavar="N",
        help="Parse in N processes.",
    )(f)
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(f)


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
        click.option("--country", metavar="ISO3", help="Names this country (alpha-3 code)."),
        click.option("--dyad", metavar="A-B", help="Reports this pair of countries: CUB-VNM."),
        click.option("--person", metavar="NAME", help="Names this person (case, accents ignored)."),
        click.option("--locality", metavar="NAME", help="Names this locality."),
        click.option(
            "--topic", type=click.Choice([t.value for t in Topic]), help="Field of cooperation."
        ),
        click.option(
            "--kind", type=click.Choice([k.value for k in EngagementKind]), help="Engagement kind."
        ),
        click.option("--agency", metavar="NAME", help="Credited to this news agency."),
        click.option("--text", "text_contains", metavar="WORDS", help="The text contains WORDS."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _criteria(given: dict[str, Any]) -> dict[str, Any]:
    return {k: given[k] for k in (*_CRITERIA, "text_contains") if given.get(k) is not None}


@contextlib.contextmanager
def _progress(no_progress: bool) -> Iterator[Progress | None]:
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


def _error(message: object) -> None:
    click.echo(f"bilateral: error: {message}", err=True)


def _report(errors: Sequence[ArticleError]) -> int:
    for err in errors:
        _error(err)
    return 1 if errors else 0


class _Usage(click.ClickException):
    """A bad argument value: exit status 2, one line on standard error."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        _error(self.message)


def _selected(given: dict[str, Any]) -> tuple[Corpus, int]:
    """The corpus the inputs and criteria give, and the exit status of its loading."""
    try:
        wanted = _criteria(given)
        Corpus().filter(**wanted)  # a bad criterion is refused before anything is read
        with _progress(given["no_progress"]) as progress:
            corpus = Corpus.load(given["paths"], jobs=given["jobs"], progress=progress)
        return corpus.filter(**wanted), _report(corpus.errors)
    except ValueError as exc:
        raise _Usage(str(exc)) from None


# --- the group ---


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    invoke_without_command=True,
    no_args_is_help=False,
)
@click.version_option(package_name="bilateral", prog_name="bilateral")
@click.pass_context
def cli(ctx: click.Context) -> int:
    """Extract bilateral-relations records from news articles.

    Every subcommand reads article files, folders (their *.txt), globs and
    JSON-lines files of saved records. Run `bilateral COMMAND --help` for one
    command's options.
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
    return 0


# --- parse ---


@cli.command("parse")
@inputs
@_format_option("table", "jsonl", "json", "ids", default="table")
def parse_command(paths: tuple[str, ...], jobs: int, no_progress: bool, fmt: str) -> int:
    """Parse articles and print their records."""
    errors: list[ArticleError] = []
    out = sys.stdout

    def articles() -> Iterator[Article]:
        with _progress(no_progress) as progress:
            for item in iter_load(paths, jobs=jobs, progress=progress):
                if isinstance(item, ArticleError):
                    errors.append(item)
                else:
                    yield item

    if fmt == "json":
        records = [to_record(a) for a in articles()]
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for article in articles():
            out.write(_line(article, fmt) + "\n")
    return _report(errors)


def _line(article: Article, fmt: str) -> str:
    if fmt == "ids":
        return article.id
    if fmt == "table":
        return _table(article)
    return dumps(article)


# --- filter ---


@cli.command("filter")
@inputs
@criteria
@_format_option("jsonl", "json", "ids", "table", default="jsonl")
def filter_command(fmt: str, **given: Any) -> int:
    """Print the articles that meet every criterion given."""
    corpus, status = _selected(given)
    out = sys.stdout
    if fmt == "json":
        json.dump([to_record(a) for a in corpus], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return status
    for article in corpus:
        out.write(_line(article, fmt) + "\n")
    return status


# --- stats ---

_SUMMARIES = ("dyad", "partner", "country", "year", "month", "topic", "kind", "person", "agency")


@cli.command("stats")
@inputs
@criteria
@click.option(
    "--by",
    multiple=True,
    type=click.Choice(_SUMMARIES),
    help="A summary to show (repeatable; default all).",
)
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, metavar="N",
    help="Rows per table.",
)  # fmt: skip
@click.option("--focus", metavar="ISO3", help="The country whose partners are counted.")
@_format_option("table", "json", default="table")
def stats_command(by: tuple[str, ...], top: int, focus: str | None, fmt: str, **given: Any) -> int:
    """Count the articles by dyad, partner, year, topic…"""
    corpus, status = _selected(given)
    try:
        summary = corpus.summary(focus=focus.upper() if focus else None)
    except ValueError as exc:
        raise _Usage(str(exc)) from None
    tables = summary.tables()
    wanted = list(by) or list(_SUMMARIES)
    out = sys.stdout
    if fmt == "json":
        data: dict[str, Any] = {
            "articles": summary.articles,
            "dated": summary.dated,
            "focus": summary.focus,
        }
        data.update({name: dict(tables[name][:top]) for name in wanted})
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return status

    from rich.console import Console
    from rich.table import Table

    console = Console(file=out)
    console.print(f"{summary.articles} articles, {summary.dated} dated")
    for name in wanted:
        counts = tables[name]
        title = f"by {name}" + (
            f" (of {summary.focus})" if name == "partner" and summary.focus else ""
        )
        if not counts:
            console.print(f"{title}: none")
            continue
        if len(counts) > top:
            title += f", top {top} of {len(counts)}"
        table = Table(title=title, title_justify="left")
        table.add_column(name)
        table.add_column("engagements" if name == "kind" else "articles", justify="right")
        for key, count in counts[:top]:
            table.add_row(key, str(count))
        console.print(table)
    return status


# --- export ---


def _export_formats() -> tuple[str, ...]:
    from bilateral.corpus.export import FORMATS as WRITTEN

    return WRITTEN


@cli.command("export")
@inputs
@criteria
@click.option(
    "--to",
    "--format",
    "fmt",
    type=click.Choice(_export_formats()),
    required=True,
    help="The format (jsonl, csv, parquet, duckdb).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="PATH",
    help="The file (jsonl, duckdb) or folder (csv, parquet) to write.",
)
def export_command(fmt: str, output: str, **given: Any) -> int:
    """Write the articles as jsonl, csv, parquet or duckdb."""
    corpus, status = _selected(given)
    try:
        written = corpus.export(output, to=fmt)
    except (ImportError, ValueError, OSError) as exc:
        raise _Usage(str(exc)) from None
    click.echo(f"bilateral: wrote {len(corpus)} articles to {written} ({fmt})", err=True)
    return status


# --- show ---


@cli.command("show")
@click.argument("file", metavar="FILE")
@click.option(
    "--html", "output", required=True, metavar="OUT", help="The page to write ('-': stdout)."
)
def show_command(file: str, output: str) -> int:
    """Write one article's evidence page (HTML, highlighted facts)."""
    from pathlib import Path

    from bilateral import load_article
    from bilateral.render import render_html

    try:
        page = render_html(load_article(Path(file)))
    except ArticleError as exc:
        _error(exc)
        return 1
    if output == "-":
        sys.stdout.write(page)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as out:
            out.write(page)
    except OSError as exc:
        raise _Usage(f"{output}: {exc.strerror or exc}") from None
    click.echo(f"bilateral: wrote {output}", err=True)
    return 0


# --- shell completion ---


@cli.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_command(shell: str) -> int:
    """Print the shell-completion script for SHELL.

    Add `eval "$(bilateral completion bash)"` to ~/.bashrc (zsh: the same in
    ~/.zshrc; fish: `bilateral completion fish | source`).
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None  # the choice admits only the shells Click knows
    script = completer(cli, {}, "bilateral", "_BILATERAL_COMPLETE").source()
    click.echo(script)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 if any file failed).

    ``argv`` defaults to ``sys.argv[1:]``. Records go to standard output, one
    line per bad file to standard error.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "a.txt").write_text("Hanoi (VNA) - Talks were held.")
    ...     _ = Path(folder, "b.txt").write_text("")
    ...     status = main(["parse", folder, "--format", "jsonl", "--no-progress"])
    {"id":"a",...,"text":"Hanoi (VNA) - Talks were held.",...}
    >>> status
    1
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        status = cli.main(args=args, prog_name="bilateral", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("bilateral: aborted", err=True)
        return 1
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())

"""The command line: ``bilateral parse | filter | stats | export | map | show``, built on Click.

Every command reads article files, folders (their ``*.txt``), globs and
JSON-lines files of saved records, in parallel with ``--jobs N``, with a
progress bar when standard error is a terminal. A bad file is reported on
standard error (one line each) and makes the exit status 1, but every good
article is still processed.

A subcommand is a Click command added to :data:`cli`, the group:
``cli.add_command(my_command)``; the shared options are the decorators
:func:`inputs`, :func:`criteria` and :func:`format_option`, and :data:`FORMATS`
is the one vocabulary of ``--format`` values (kept, with the reading of inputs and
the error reports the subcommands share, in the private ``bilateral._cli_shared``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from bilateral._cli_shared import (
    FORMATS,
    Usage,
    closing,
    criteria,
    error,
    format_option,
    inputs,
    lexicon_option,
    read_inputs,
    selected,
)
from bilateral.convert import dumps, to_record
from bilateral.errors import ArticleError
from bilateral.lexicon import Lexicon
from bilateral.model import Article

__all__ = ["FORMATS", "cli", "criteria", "format_option", "inputs", "main"]


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
@format_option("table", "jsonl", "json", "ids", default="table")
def parse_command(fmt: str, **given: Any) -> int:
    """Parse articles and print their records."""
    errors: list[ArticleError] = []
    read = 0
    out = sys.stdout

    def articles() -> Iterator[Article]:
        nonlocal read
        try:
            for item in read_inputs(given):
                if isinstance(item, ArticleError):
                    errors.append(item)
                else:
                    read += 1
                    yield item
        except ValueError as exc:  # an option's value (an unknown encoding)
            raise Usage(str(exc)) from None

    if fmt == "json":
        records = [to_record(a) for a in articles()]
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for article in articles():
            out.write(_line(article, fmt) + "\n")
    return closing(read, errors)


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
@format_option("jsonl", "json", "ids", "table", default="jsonl")
def filter_command(fmt: str, **given: Any) -> int:
    """Print the articles that meet every criterion given."""
    corpus, status = selected(given)
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
@format_option("table", "json", default="table")
def stats_command(by: tuple[str, ...], top: int, focus: str | None, fmt: str, **given: Any) -> int:
    """Count the articles by dyad, partner, year, topic…"""
    corpus, status = selected(given)
    try:
        summary = corpus.summary(focus=focus.upper() if focus else None)
    except ValueError as exc:
        raise Usage(str(exc)) from None
    tables = {name: _top(name, counts, top) for name, counts in summary.tables().items()}
    totals = {name: len(counts) for name, counts in summary.tables().items()}
    wanted = list(by) or list(_SUMMARIES)
    out = sys.stdout
    if fmt == "json":
        data: dict[str, Any] = {
            "articles": summary.articles,
            "dated": summary.dated,
            "focus": summary.focus,
        }
        data.update({name: dict(tables[name]) for name in wanted})
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
        if totals[name] > top:
            title += f", top {top} of {totals[name]}"
        table = Table(title=title, title_justify="left")
        table.add_column(name)
        table.add_column("engagements" if name == "kind" else "articles", justify="right")
        for key, count in counts:
            table.add_row(key, str(count))
        console.print(table)
    return status


def _top(name: str, counts: Sequence[tuple[str, int]], n: int) -> list[tuple[str, int]]:
    """The ``n`` largest counts; years and months then shown in calendar order.

    >>> _top("year", [("2021", 5), ("2022", 1), ("2023", 7)], 2)
    [('2021', 5), ('2023', 7)]
    """
    largest = sorted(counts, key=lambda kv: (-kv[1], kv[0]))[:n]
    if name in ("year", "month"):
        return sorted(largest)
    return largest


# --- export ---


def _export_formats() -> tuple[str, ...]:
    from bilateral.corpus.export import FORMATS as WRITTEN

    return WRITTEN


@cli.command("export")
@inputs
@criteria
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="PATH",
    help="Where to write: records.jsonl, corpus.duckdb, events.tsv (with --format gdelt), "
    "a folder (with --format csv or parquet), or one --table as table.csv or table.parquet.",
)
@click.option(
    "--format",
    "--to",
    "fmt",
    type=click.Choice(_export_formats()),
    default=None,
    help="The format; needed only for a folder and for gdelt (the suffix of -o says it otherwise).",
)
@click.option("--table", default=None, metavar="NAME", help="Write this one table only.")
def export_command(output: str, fmt: str | None, table: str | None, **given: Any) -> int:
    """Write the articles as jsonl, csv, parquet, duckdb or GDELT event rows (the -o suffix
    says which, or --format)."""
    from bilateral.corpus.export import format_of

    try:
        chosen = format_of(output, fmt)
    except ValueError as exc:
        raise Usage(str(exc)) from None
    corpus, status = selected(given)
    try:
        written = corpus.export(output, to=chosen, table=table)
    except ImportError as exc:
        raise Usage(str(exc)) from None
    except ValueError as exc:
        raise Usage(str(exc)) from None
    except OSError as exc:
        raise Usage(f"{exc.filename or output}: {exc.strerror or exc}") from None
    click.echo(f"bilateral: wrote {len(corpus)} articles to {written} ({chosen})", err=True)
    return status


# --- map ---


@cli.command("map")
@inputs
@criteria
@click.option("-o", "--output", required=True, metavar="PATH", help="The HTML page to write.")
def map_command(output: str, **given: Any) -> int:
    """Draw where the engagements took place: an HTML map (the map extra, folium)."""
    import importlib.util

    if importlib.util.find_spec("folium") is None:  # said before anything is read
        raise Usage("bilateral map needs folium: pip install 'bilateral[map]'")
    corpus, status = selected(given)
    try:
        corpus.map().save(output)
    except ImportError as exc:
        raise Usage(str(exc)) from None
    except OSError as exc:
        raise Usage(f"{exc.filename or output}: {exc.strerror or exc}") from None
    click.echo(f"bilateral: wrote {output}", err=True)
    return status


# --- show ---


@cli.command("show")
@click.argument("file", metavar="FILE|-")
@click.option("--id", "ident", metavar="ID", help="The article of a JSON-lines record file.")
@click.option(
    "-o",
    "--output",
    "--html",
    "output",
    default="-",
    show_default=True,
    metavar="OUT",
    help="The page to write ('-': standard output).",
)
@click.option("--encoding", default="utf-8", show_default=True, metavar="NAME",
              help="The file's encoding.")  # fmt: skip
@lexicon_option
@format_option("html", "table", "jsonl", default="html")
def show_command(
    file: str, ident: str | None, output: str, encoding: str, lexicon: Lexicon | None, fmt: str
) -> int:
    """Show one article: its evidence page (HTML, highlighted facts) or its record.

    FILE is an article, or a JSON-lines file of records with --id naming one.
    """
    from bilateral.render import render_html

    given = {"paths": (file,), "jobs": 1, "ids": "stem", "encoding": encoding,
             "lexicon": lexicon, "no_progress": True}  # fmt: skip
    found: Article | None = None
    try:
        for item in read_inputs(given):
            if isinstance(item, ArticleError):
                error(item)
                return 1
            if ident is None or item.id == ident:
                found = item
                break
    except ValueError as exc:
        raise Usage(str(exc)) from None
    if found is None:
        error(f"{file}: no article with id {ident!r}")
        return 1
    page = render_html(found) if fmt == "html" else _line(found, fmt) + "\n"
    if output == "-":
        sys.stdout.write(page)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as out:
            out.write(page)
    except OSError as exc:
        raise Usage(f"{output}: {exc.strerror or exc}") from None
    click.echo(f"bilateral: wrote {output}", err=True)
    return 0


# --- evaluate ---


def _field_json(score: Any) -> dict[str, Any]:
    keys = ("kind", "tp", "fp", "fn", "right", "total")
    rounded = {k: round(getattr(score, k), 4) for k in ("score", "precision", "recall")}
    return {**rounded, **{k: getattr(score, k) for k in keys}}


@cli.command("evaluate")
@click.argument("folder", metavar="GOLD_DIR")
@click.option("-v", "--verbose", is_flag=True, help="List every miss, article by article.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              metavar="N", help="Parse in N processes.")  # fmt: skip
@click.option("--encoding", default="utf-8", show_default=True, metavar="NAME",
              help="The articles' encoding.")  # fmt: skip
@lexicon_option
@format_option("table", "json", default="table")
def evaluate_command(
    folder: str, verbose: bool, jobs: int, encoding: str, lexicon: Lexicon | None, fmt: str
) -> int:
    """Score the library against hand-coded articles (NAME.txt + NAME.gold.json).

    Each field gets its precision, recall and F1 (or accuracy), scored as the
    codebook says; -v lists the misses.
    """
    from bilateral.evaluate import evaluate

    try:
        result = evaluate(folder, jobs=jobs, encoding=encoding, lexicon=lexicon)
    except ValueError as exc:
        raise Usage(str(exc)) from None
    out = sys.stdout
    if fmt == "json":
        data = {
            "articles": result.articles,
            "overall": round(result.overall, 4),
            "unparsed": list(result.unparsed),
            "fields": {f: _field_json(s) for f, s in result.fields.items()},
            "misses": [[m.article, m.field, list(m.missing), list(m.extra)] for m in result.misses],
        }
        json.dump(data, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out)
    if verbose:
        current = None
        for m in result.misses:
            if m.article != current:
                current = m.article
                console.print(f"--- {m.article}", markup=False, highlight=False)
            console.print(
                f"    {m.field}: missing {list(m.missing)} extra {list(m.extra)}",
                markup=False, highlight=False,
            )  # fmt: skip
    table = Table(title=f"{result.articles} articles", title_justify="left")
    for name, justify in (("field", "left"), ("score", "right"), ("precision", "right"),
                          ("recall", "right"), ("counts", "right")):  # fmt: skip
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for f, sc in result.fields.items():
        if sc.kind == "f1":
            counts = f"tp {sc.tp} fp {sc.fp} fn {sc.fn}"
            table.add_row(f, f"F1 {sc.f1:.3f}", f"{sc.precision:.3f}", f"{sc.recall:.3f}", counts)
        else:
            table.add_row(f, f"acc {sc.accuracy:.3f}", "-", "-", f"{sc.right}/{sc.total}")
    console.print(table)
    console.print(f"overall {result.overall:.3f}")
    if result.unparsed:
        error(f"no record for {len(result.unparsed)} articles: {', '.join(result.unparsed)}")
        return 1
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

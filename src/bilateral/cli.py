"""The command line: ``bilateral parse | filter | stats | export | show | map``.

Every command reads article files, folders (their ``*.txt``), globs and
JSON-lines files of saved records, in parallel with ``--jobs N``, with a
progress bar when standard error is a terminal. A bad file is reported on
standard error (one line each) and makes the exit status 1, but every good
article is still processed.

Subcommands are registered in :data:`SUBCOMMANDS`: each is one function that
adds its parser to the ``add_subparsers`` object and sets ``func``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bilateral.convert import dumps, to_record
from bilateral.corpus import Corpus, Progress, iter_load
from bilateral.errors import ArticleError
from bilateral.model import Article, EngagementKind, Topic

__all__ = ["SUBCOMMANDS", "build_parser", "main"]


def _table(article: Article) -> str:
    """A readable, plain-text view of one article's record."""
    lines = [f"== {article.id}"]

    def row(label: str, value: object) -> None:
        lines.append(f"  {label:<12} {value if value not in (None, '', []) else '-'}")

    row("date", article.date.isoformat() if article.date else article.month)
    row("headline", article.headline.text if article.headline else None)
    row("dateline", article.dateline.text if article.dateline else None)
    row("agency", article.agency.text if article.agency else None)
    row("dyad", "-".join(article.dyad) if article.dyad else None)
    row("countries", ", ".join(article.country_codes))
    row("localities", ", ".join(f"{x.name} ({x.country})" for x in article.localities))
    row("people", len(article.people))
    for p in article.people:
        lines.append(f"    - {p.name} [{p.country or '?'}] {p.title or ''}".rstrip())
    row("engagements", len(article.engagements))
    for e in article.engagements:
        when = e.start.isoformat() if e.start else "?"
        if e.end:
            when += f"..{e.end.isoformat()}"
        who = ", ".join(e.participants)
        lines.append(f"    - {e.kind.value} {when} host={e.host or '-'} with={who or '-'}")
    row("topics", ", ".join(article.topic_names))
    for ag in article.agreements:
        years = f" {ag.start_year}-{ag.end_year}" if ag.start_year else ""
        lines.append(f"  agreement    {ag.kind}{years} ({'signed' if ag.signed else 'planned'})")
    for aid in article.aid:
        lines.append(
            f"  aid          {aid.item}: {aid.quantity} {aid.unit or ''} "
            f"{aid.donor or '?'} -> {aid.recipient or '?'}"
        )
    return "\n".join(lines)


# --- shared options ---


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", help="article files, folders (their *.txt), globs, or *.jsonl records"
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (default 1)"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")


_CRITERIA = ("since", "until", "country", "dyad", "person", "locality", "topic", "kind", "agency")


def _add_criteria(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("criteria (all must hold)")
    g.add_argument("--since", metavar="YYYY-MM-DD", help="dated on or after")
    g.add_argument("--until", metavar="YYYY-MM-DD", help="dated on or before")
    g.add_argument("--country", metavar="ISO3", help="names this country (alpha-3 code)")
    g.add_argument("--dyad", metavar="A-B", help="reports this pair of countries, e.g. CUB-VNM")
    g.add_argument("--person", metavar="NAME", help="names this person (case and accents ignored)")
    g.add_argument("--locality", metavar="NAME", help="names this locality")
    g.add_argument("--topic", choices=[t.value for t in Topic], help="field of cooperation")
    g.add_argument("--kind", choices=[k.value for k in EngagementKind], help="engagement kind")
    g.add_argument("--agency", metavar="NAME", help="credited to this news agency")
    g.add_argument("--text", dest="text_contains", metavar="WORDS", help="text contains")


def _criteria(args: argparse.Namespace) -> dict[str, Any]:
    found = {name: getattr(args, name, None) for name in (*_CRITERIA, "text_contains")}
    return {k: v for k, v in found.items() if v is not None}


@contextlib.contextmanager
def _progress(args: argparse.Namespace) -> Iterator[Progress | None]:
    """A rich progress bar on standard error when it is a terminal, else nothing."""
    if getattr(args, "no_progress", False) or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    # No refresh thread: worker processes may then be forked safely.
    bar = Progress(
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


def _report(errors: Sequence[ArticleError]) -> int:
    for err in errors:
        print(f"bilateral: error: {err}", file=sys.stderr)
    return 1 if errors else 0


def _load(args: argparse.Namespace) -> Corpus:
    with _progress(args) as progress:
        return Corpus.load(args.paths, jobs=args.jobs, progress=progress)


def _selected(args: argparse.Namespace) -> tuple[Corpus, int] | int:
    """The corpus the inputs and criteria give, or the exit status of a usage error."""
    try:
        criteria = _criteria(args)
        corpus = _load(args)
        return corpus.filter(**criteria), _report(corpus.errors)
    except ValueError as exc:
        print(f"bilateral: error: {exc}", file=sys.stderr)
        return 2


# --- parse ---


def _cmd_parse(args: argparse.Namespace) -> int:
    errors: list[ArticleError] = []
    out = sys.stdout

    def articles() -> Iterator[Article]:
        with _progress(args) as progress:
            for item in iter_load(args.paths, jobs=args.jobs, progress=progress):
                if isinstance(item, ArticleError):
                    errors.append(item)
                else:
                    yield item

    if args.format == "json":
        records = [to_record(a) for a in articles()]
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for article in articles():
            out.write((dumps(article) if args.format == "jsonl" else _table(article)) + "\n")
    return _report(errors)


def _add_parse(sub: Any) -> None:
    p = sub.add_parser("parse", help="parse articles and print their records")
    _add_inputs(p)
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="table")
    p.set_defaults(func=_cmd_parse)


# --- filter ---


def _cmd_filter(args: argparse.Namespace) -> int:
    found = _selected(args)
    if isinstance(found, int):
        return found
    corpus, status = found
    out = sys.stdout
    for article in corpus:
        if args.format == "ids":
            out.write(article.id + "\n")
        elif args.format == "table":
            out.write(_table(article) + "\n")
        else:
            out.write(dumps(article) + "\n")
    return status


def _add_filter(sub: Any) -> None:
    p = sub.add_parser("filter", help="print the articles that meet the criteria")
    _add_inputs(p)
    _add_criteria(p)
    p.add_argument(
        "--format", choices=("jsonl", "ids", "table"), default="jsonl", help="default jsonl"
    )
    p.set_defaults(func=_cmd_filter)


# --- stats ---

_SUMMARIES = ("dyad", "partner", "country", "year", "month", "topic", "kind", "person", "agency")


def _cmd_stats(args: argparse.Namespace) -> int:
    found = _selected(args)
    if isinstance(found, int):
        return found
    corpus, status = found
    try:
        summary = corpus.summary(focus=args.focus.upper() if args.focus else None)
    except ValueError as exc:
        print(f"bilateral: error: {exc}", file=sys.stderr)
        return 2
    tables = summary.tables()
    wanted = args.by or list(_SUMMARIES)
    if args.format == "json":
        data: dict[str, Any] = {
            "articles": summary.articles,
            "dated": summary.dated,
            "focus": summary.focus,
        }
        data.update({name: dict(tables[name][: args.top]) for name in wanted})
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return status

    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout)
    console.print(f"{summary.articles} articles, {summary.dated} dated")
    for name in wanted:
        counts = tables[name]
        title = f"by {name}" + (
            f" (of {summary.focus})" if name == "partner" and summary.focus else ""
        )
        if not counts:
            console.print(f"{title}: none")
            continue
        if len(counts) > args.top:
            title += f", top {args.top} of {len(counts)}"
        table = Table(title=title, title_justify="left")
        table.add_column(name)
        table.add_column("engagements" if name == "kind" else "articles", justify="right")
        for key, count in counts[: args.top]:
            table.add_row(key, str(count))
        console.print(table)
    return status


def _add_stats(sub: Any) -> None:
    p = sub.add_parser("stats", help="count the articles by dyad, partner, year, topic…")
    _add_inputs(p)
    _add_criteria(p)
    p.add_argument(
        "--by",
        action="append",
        choices=_SUMMARIES,
        help="a summary to show (repeatable; default all)",
    )
    p.add_argument("--top", type=int, default=10, metavar="N", help="rows per table (10)")
    p.add_argument("--focus", metavar="ISO3", help="the country whose partners are counted")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_cmd_stats)


# --- export ---


def _cmd_export(args: argparse.Namespace) -> int:
    found = _selected(args)
    if isinstance(found, int):
        return found
    corpus, status = found
    try:
        written = corpus.export(args.output, to=args.to)
    except (ImportError, ValueError, OSError) as exc:
        print(f"bilateral: error: {exc}", file=sys.stderr)
        return 2
    print(f"bilateral: wrote {len(corpus)} articles to {written} ({args.to})", file=sys.stderr)
    return status


def _add_export(sub: Any) -> None:
    from bilateral.corpus.export import FORMATS

    p = sub.add_parser(
        "export", help="write the articles as jsonl, csv, parquet, duckdb or GDELT event rows"
    )
    _add_inputs(p)
    _add_criteria(p)
    p.add_argument("--to", choices=FORMATS, required=True, help="the format")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        help="the file (jsonl, duckdb, gdelt) or folder (csv, parquet) to write",
    )
    p.set_defaults(func=_cmd_export)


# --- show ---


def _cmd_show(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bilateral import load_article
    from bilateral.render import render_html

    try:
        page = render_html(load_article(Path(args.file)))
    except ArticleError as exc:
        print(f"bilateral: error: {exc}", file=sys.stderr)
        return 1
    if args.html == "-":
        sys.stdout.write(page)
        return 0
    try:
        with open(args.html, "w", encoding="utf-8") as out:
            out.write(page)
    except OSError as exc:
        print(f"bilateral: error: {args.html}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"bilateral: wrote {args.html}", file=sys.stderr)
    return 0


def _add_show(sub: Any) -> None:
    p = sub.add_parser("show", help="write one article's evidence page (HTML, highlighted facts)")
    p.add_argument("file", help="the article file")
    p.add_argument("--html", required=True, metavar="OUT", help="the page to write ('-': stdout)")
    p.set_defaults(func=_cmd_show)


# --- map ---


def _cmd_map(args: argparse.Namespace) -> int:
    found = _selected(args)
    if isinstance(found, int):
        return found
    corpus, status = found
    try:
        corpus.map().save(args.output)
    except (ImportError, OSError) as exc:
        print(f"bilateral: error: {exc}", file=sys.stderr)
        return 2
    print(f"bilateral: wrote {args.output}", file=sys.stderr)
    return status


def _add_map(sub: Any) -> None:
    p = sub.add_parser("map", help="draw where the engagements took place (HTML, needs folium)")
    _add_inputs(p)
    _add_criteria(p)
    p.add_argument("-o", "--output", required=True, help="the HTML page to write")
    p.set_defaults(func=_cmd_map)


#: The subcommands, each a function adding its parser; extend this to add one.
SUBCOMMANDS: tuple[Callable[[Any], None], ...] = (_add_parse, _add_filter, _add_stats, _add_export)
SUBCOMMANDS += (_add_show, _add_map)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``bilateral`` command.

    >>> parser = build_parser()
    >>> args = parser.parse_args(["filter", "news/", "-j", "4", "--dyad", "CUB-VNM"])
    >>> args.command, args.paths, args.jobs, args.dyad, args.since
    ('filter', ['news/'], 4, 'CUB-VNM', None)
    >>> print(parser.format_usage(), end="")
    usage: bilateral [-h] {parse,filter,stats,export,show,map} ...
    """
    parser = argparse.ArgumentParser(
        prog="bilateral", description="Extract bilateral-relations records from news articles."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add in SUBCOMMANDS:
        add(sub)
    return parser


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
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    return status


if __name__ == "__main__":
    sys.exit(main())

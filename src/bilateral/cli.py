"""The command line: ``bilateral parse PATH... [--format jsonl|json|table]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from bilateral import load_article
from bilateral.convert import dumps, to_record
from bilateral.corpus import expand_paths
from bilateral.errors import ArticleError
from bilateral.model import Article

__all__ = ["main"]


def _articles(paths: Sequence[str], errors: list[ArticleError]) -> Iterator[Article]:
    for given in paths:
        files = expand_paths(given)
        if not files:
            errors.append(ArticleError(given, "no article files match"))
        for path in files:
            try:
                yield load_article(Path(path))
            except ArticleError as exc:
                errors.append(exc)


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
    row("people", "")
    for p in article.people:
        lines.append(f"    - {p.name} [{p.country or '?'}] {p.title or ''}".rstrip())
    row("engagements", "")
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


def _cmd_parse(args: argparse.Namespace) -> int:
    errors: list[ArticleError] = []
    out = sys.stdout
    if args.format == "json":
        records = [to_record(a) for a in _articles(args.paths, errors)]
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for article in _articles(args.paths, errors):
            out.write((dumps(article) if args.format == "jsonl" else _table(article)) + "\n")
    for err in errors:
        print(f"bilateral: error: {err}", file=sys.stderr)
    return 1 if errors else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``bilateral`` command."""
    parser = argparse.ArgumentParser(
        prog="bilateral", description="Extract bilateral-relations records from news articles."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles and print their records")
    p.add_argument("paths", nargs="+", help="article files, folders (their *.txt) or globs")
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="table")
    p.set_defaults(func=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 if any file failed)."""
    args = build_parser().parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())

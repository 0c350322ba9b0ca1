"""Parse one article and print its facts, each with the evidence it came from.

Run from anywhere: ``python examples/parse_article.py [FILE]`` (default: the
Havana seed article). Every fact carries spans of the article's text; this
prints the fact, then each span as ``@start-end "surface text"``.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

import bilateral
from bilateral import Span

ROOT = Path(__file__).resolve().parent.parent


def evidence(text: str, spans: Iterable[Span]) -> str:
    """The spans of a fact as ``@start-end "text"``, joined."""
    shown = [f'@{s.start}-{s.end} "{s.of(text)}"' for s in spans]
    return "; ".join(shown) if shown else "(no span)"


def main(path: Path) -> None:
    a = bilateral.load_article(path)
    t = a.text
    print(f"article   {a.id}  ({len(t)} characters, {len(a.sentences)} sentences)")
    print(f"date      {a.date or a.month or '-'}")
    for name in ("headline", "dateline", "agency"):
        snippet = getattr(a, name)
        print(f"{name:<9} {snippet.text if snippet else '-'}")
    print(f"dyad      {'-'.join(a.dyad) if a.dyad else '-'}")

    def section(title: str, facts: list[tuple[str, Iterable[Span]]]) -> None:
        print(f"\n{title} ({len(facts)})")
        for label, spans in facts:
            print(f"  - {label}")
            print(
                textwrap.fill(
                    evidence(t, spans), 100, initial_indent=" " * 6, subsequent_indent=" " * 6
                )
            )

    section(
        "people", [(f"{p.name} [{p.country or '?'}] {p.title or ''}", p.spans) for p in a.people]
    )
    section("countries", [(c.code, c.spans) for c in a.countries])
    section("localities", [(f"{x.name} [{x.country or '?'}]", x.spans) for x in a.localities])
    section(
        "engagements",
        [
            (
                f"{e.kind.value} {e.start or '?'}{f'..{e.end}' if e.end else ''} "
                f"host={e.host or '-'} with={', '.join(e.participants) or '-'}",
                e.spans,
            )
            for e in a.engagements
        ],
    )
    section("topics", [(f"{m.topic.value} (CAP {m.topic.cap_code})", m.spans) for m in a.topics])
    section(
        "agreements",
        [(f"{g.kind} {'signed' if g.signed else 'planned'}", g.spans) for g in a.agreements],
    )
    section(
        "aid",
        [
            (
                f"{x.item}: {x.quantity} {x.unit or ''} {x.donor or '?'} -> {x.recipient or '?'}",
                x.spans,
            )
            for x in a.aid
        ],
    )
    section(
        "events", [(f"CAMEO {e.cameo} / PLOVER {e.plover} ({e.basis})", e.spans) for e in a.events]
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds" / "seed-havana.txt")

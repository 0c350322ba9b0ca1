"""Load a corpus, filter it, and print who Viet Nam's partners are.

Run from anywhere: ``python examples/partner_table.py [COUNTRY]`` (default
``VNM``). Loads the tutorial corpus and the seeds, keeps the articles naming
the country since 2023, and prints its partners, topics and engagements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bilateral import Corpus

ROOT = Path(__file__).resolve().parent.parent


def table(title: str, rows: tuple[tuple[str, int], ...]) -> None:
    """A two-column table with a bar of the count."""
    print(f"\n{title}")
    if not rows:
        print("  (none found)")
    for key, n in rows:
        print(f"  {key:<20} {n:>3}  {'#' * n}")


def main(country: str) -> None:
    corpus = Corpus.load([ROOT / "examples" / "corpus", ROOT / "seeds"])
    print(f"loaded {len(corpus)} articles, {len(corpus.errors)} errors")
    recent = corpus.filter(country=country, since="2023-01-01")
    print(
        f"{len(recent)} name {country} and are dated 2023-01-01 or later: {', '.join(recent.ids)}"
    )

    s = recent.summary(focus=country)
    table(f"{country}'s partners (articles whose dyad includes {country})", s.by_partner)
    table("dyads", s.by_dyad)
    table("topics", s.by_topic)
    table("engagements by kind", s.by_kind)
    table("articles by year (whole corpus)", corpus.summary().by_year)


if __name__ == "__main__":
    main(sys.argv[1].upper() if len(sys.argv) > 1 else "VNM")

"""Score ``bilateral`` against the project's own hand-coded evaluation corpus.

Run from the repository root (or anywhere) with the project's interpreter::

    .venv/bin/python evaluation/evaluate.py          # one line per field, then the overall
    .venv/bin/python evaluation/evaluate.py -v       # and each article's differences
    .venv/bin/python evaluation/evaluate.py DIR      # another corpus of NAME.txt + NAME.gold.json

It is :func:`bilateral.evaluate.evaluate` (what ``bilateral evaluate`` runs) on this
folder, printed as the shared scorer (``../shared/eval/score.py``) prints: the library
scores by that scorer's method (the same name folding, keys and counting), so the two
agree on any corpus; ``overall`` is the mean of the seventeen rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bilateral.evaluate import FieldScore, evaluate

CORPUS = Path(__file__).resolve().parent / "corpus"


def report(s: FieldScore) -> str:
    """One line of figures, as the shared scorer prints them."""
    if s.kind == "acc":
        return f"acc {s.score:.3f}  ({s.right}/{s.total})"
    return (
        f"F1  {s.score:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  (tp {s.tp} fp {s.fp} fn {s.fn})"
    )


def main(argv: list[str] | None = None) -> int:
    """Parse every article of the corpus, compare with the gold and print the scores."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list each article's differences"
    )
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.corpus)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.verbose:
        for miss in result.misses:
            print(f"--- {miss.article} {miss.field}: missing {miss.missing} extra {miss.extra}")
    print(f"{result.articles} articles")
    for field, s in result.fields.items():
        print(f"{field:26} {report(s)}")
    print(f"overall {result.overall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

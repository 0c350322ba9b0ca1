"""Adversarial inputs: time per MB next to ordinary articles (issue: no catastrophic backtracking).

    python benchmarks/adversarial.py            # 1 MB inputs, prints the ratios
    python benchmarks/adversarial.py --size 100000

Each input is parsed whole as one article; ordinary articles (the seeds and
texts of the genre built from them) are parsed one by one and their time is
scaled to a megabyte. A ratio above 5 means some rule costs more than linear
time on that shape of text.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bilateral import ArticleError, parse  # noqa: E402

LIMIT = 5.0

_CAPS = ("Secretary", "General", "Party", "Committee", "People", "Hanoi", "Havana", "Chairman",
         "Minister", "Foreign", "Affairs", "National", "Assembly", "Vice", "President", "Cuba",
         "Lao", "Viet", "Nam", "Central", "Politburo", "Ambassador", "Council", "City")  # fmt: skip
_TITLES = ("Secretary of the Hanoi Party Committee", "Vice Chairman of the People's Committee",
           "Chinese Ambassador to Việt Nam", "Politburo member", "Deputy Prime Minister",
           "President of the National Assembly", "First Secretary")  # fmt: skip

_ENDLESS = (*_CAPS, "met", "and", "the", "with", "on", "June")


def _fill(size: int, piece: Callable[[random.Random], str], seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        p = piece(rng)
        parts.append(p)
        total += len(p)
    return "".join(parts)[:size]


def adversarial_inputs(size: int) -> dict[str, str]:
    """Named texts of about ``size`` characters that stress the rules."""
    return {
        "capitalised runs": _fill(size, lambda r: r.choice(_CAPS) + " "),
        "titles without names": _fill(size, lambda r: r.choice(_TITLES) + " and "),
        "'of the' chains": _fill(size, lambda r: "of the " if r.random() < 0.8 else "Committee "),
        "digits": _fill(size, lambda r: r.choice(("2,000 ", "1.5 million ", "2023-2028 ", "9 ",
                                                  "US$100,000 ", "VND 500 ", "12.", "0"))),
        "punctuation": _fill(size, lambda r: r.choice(".,;:!?—–-()[]\"'’/ \n")),
        "one endless sentence": _fill(size, lambda r: r.choice(_ENDLESS) + r.choice((" ", ", "))),
        "100,000 paragraphs": _fill(size, lambda r: r.choice(("Talks.", "Hà Nội —", "VNA", "A"))
                                    + "\n\n"),
    }  # fmt: skip


def ordinary_texts(size: int) -> list[str]:
    """Articles of the genre adding up to about ``size`` characters."""
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts: list[str] = []
    total = 0
    while total < size:
        t = seeds[len(texts) % len(seeds)]
        texts.append(t)
        total += len(t)
    return texts


def _parse(text: str) -> None:
    with contextlib.suppress(ArticleError):
        parse(text, id="bench", max_bytes=len(text.encode("utf-8")) + 1)


def seconds_per_mb(texts: list[str]) -> float:
    """Wall time to parse ``texts`` one by one, per million characters."""
    chars = sum(len(t) for t in texts)
    start = time.perf_counter()
    for t in texts:
        _parse(t)
    return (time.perf_counter() - start) / chars * 1_000_000


def measure(size: int) -> tuple[float, dict[str, float]]:
    """Ordinary seconds per MB and each adversarial input's seconds per MB."""
    ordinary = seconds_per_mb(ordinary_texts(size))
    return ordinary, {name: seconds_per_mb([t]) for name, t in adversarial_inputs(size).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    args = ap.parse_args()
    _parse(ordinary_texts(1)[0])  # warm the compiled tables before timing
    ordinary, results = measure(args.size)
    print(f"input size {args.size:,} characters")
    print(f"{'ordinary articles':24} {ordinary:8.3f} s/MB   ratio 1.00")
    worst = 0.0
    for name, spm in results.items():
        ratio = spm / ordinary
        worst = max(worst, ratio)
        flag = "" if ratio <= LIMIT else "   OVER THE LIMIT"
        print(f"{name:24} {spm:8.3f} s/MB   ratio {ratio:4.2f}{flag}")
    print(f"worst ratio {worst:.2f} (limit {LIMIT:.0f})")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())

"""Score ``bilateral`` against the project's own hand-coded evaluation corpus.

Run from the repository root (or anywhere) with the project's interpreter::

    .venv/bin/python evaluation/evaluate.py          # one line per field
    .venv/bin/python evaluation/evaluate.py -v       # and each article's differences
    .venv/bin/python evaluation/evaluate.py DIR      # another corpus of NAME.txt + NAME.gold.json

Each article is parsed in-process (``bilateral.load_article`` then
``bilateral.convert.to_record``) and compared to its gold coding field by field.
Names are compared folded (case, diacritics, spacing, punctuation and leading
honorifics ignored). Set-like fields are scored as multisets with precision,
recall and F1 summed over all articles; single-valued fields by accuracy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import bilateral
from bilateral.convert import to_record

HERE = Path(__file__).resolve().parent
HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|dr|prof|h\.e\.|his excellency|comrade)\.?\s+)+", re.I)
PLACE_SUFFIX = re.compile(r"(?:city|province|prefecture|capital|autonomousregion)$")
# Single values scored by accuracy; a person's or an engagement's attributes are
# scored only where the person or engagement itself was found.
ACCURACY_FIELDS = (
    "date",
    "headline",
    "dateline",
    "agency",
    "dyad",
    "people.country",
    "people.title",
    "engagements.end",
    "engagements.host",
)
SET_FIELDS = (
    "people",
    "countries",
    "localities",
    "engagements",
    "engagements.participants",
    "topics",
    "agreements",
    "aid",
)
ORDER = (
    "date",
    "headline",
    "dateline",
    "agency",
    "people",
    "people.country",
    "people.title",
    "countries",
    "localities",
    "dyad",
    "engagements",
    "engagements.end",
    "engagements.host",
    "engagements.participants",
    "topics",
    "agreements",
    "aid",
)


def fold(text: object) -> str:
    """A name without case, diacritics, honorifics, spaces or punctuation."""
    if text is None:
        return ""
    s = HONORIFIC.sub("", str(text).strip()).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s.lower())


def fold_place(text: object) -> str:
    """A folded place name without a trailing City, Province, Capital..."""
    s = fold(text)
    return PLACE_SUFFIX.sub("", s) or s


def name_of(x: Any) -> str | None:
    """The name of a person or place given as a string or as a mapping."""
    return x.get("name") if isinstance(x, dict) else x


def title_matches(want: str | None, got: str | None) -> bool:
    """Titles agree when at least half of their words overlap (token F1 >= 0.5)."""
    a, b = Counter(fold_words(want)), Counter(fold_words(got))
    if not a and not b:
        return True
    hit = sum((a & b).values())
    return hit > 0 and 2 * hit / (sum(a.values()) + sum(b.values())) >= 0.5


def fold_words(text: str | None) -> list[str]:
    """The lower-case, diacritic-free words of a text."""
    s = unicodedata.normalize("NFKD", (text or "").replace("đ", "d").replace("Đ", "D"))
    return re.findall(r"\w+", "".join(c for c in s if not unicodedata.combining(c)).lower())


class Tally:
    """Counts for one field: true/false positives and misses, or right/total."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.right = self.total = 0

    def report(self, accuracy: bool) -> str:
        if accuracy:
            acc = self.right / self.total if self.total else 1.0
            return f"acc {acc:.3f}  ({self.right}/{self.total})"
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"F1 {f:.3f}  P {p:.3f}  R {r:.3f}  (tp {self.tp} fp {self.fp} fn {self.fn})"


class Comparison:
    """Compares one article's record with its gold coding, noting each difference."""

    def __init__(self, tallies: dict[str, Tally]) -> None:
        self.tallies = tallies
        self.notes: list[str] = []

    def same(
        self, field: str, want: object, got: object, ok: bool | None = None, of: str = ""
    ) -> None:
        tally = self.tallies[field]
        tally.total += 1
        if want == got if ok is None else ok:
            tally.right += 1
        else:
            self.notes.append(f"{field}{of}: want {want!r} got {got!r}")

    def sets(self, field: str, want: list[Any], got: list[Any]) -> None:
        w, g = Counter(want), Counter(got)
        hit = w & g
        missing, extra = list((w - hit).elements()), list((g - hit).elements())
        tally = self.tallies[field]
        tally.tp += sum(hit.values())
        tally.fn += len(missing)
        tally.fp += len(extra)
        if missing or extra:
            self.notes.append(f"{field}: missing {missing} extra {extra}")


def compare(gold: dict[str, Any], rec: dict[str, Any], cmp: Comparison) -> None:
    """Adds one article's agreements and differences to the tallies."""
    cmp.same("date", gold["date"], rec.get("date"))
    cmp.same("headline", fold(gold["headline"]), fold(rec.get("headline")))
    cmp.same("dateline", fold(gold["dateline"]), fold(rec.get("dateline")))
    cmp.same("agency", fold(gold["agency"]), fold(rec.get("agency")))

    want_people = {fold(p["name"]): p for p in gold["people"]}
    got_people = {fold(name_of(p)): p for p in rec.get("people") or [] if name_of(p)}
    cmp.sets("people", list(want_people), list(got_people))
    for k, want in want_people.items():
        if k in got_people:
            got = got_people[k]
            of = f" of {want['name']}"
            cmp.same("people.country", want["country"], got.get("country"), of=of)
            ok = title_matches(want["title"], got.get("title"))
            cmp.same("people.title", want["title"], got.get("title"), ok=ok, of=of)

    cmp.sets("countries", gold["countries"], list(rec.get("countries") or []))
    cmp.sets(
        "localities",
        [fold_place(x["name"]) for x in gold["localities"]],
        [fold_place(name_of(x)) for x in rec.get("localities") or []],
    )
    cmp.same("dyad", gold["dyad"], sorted(rec["dyad"]) if rec.get("dyad") else None)

    def key(e: dict[str, Any]) -> tuple[str, str | None]:
        return e["kind"], e.get("start")

    got_engagements = list(rec.get("engagements") or [])
    cmp.sets(
        "engagements", [key(e) for e in gold["engagements"]], [key(e) for e in got_engagements]
    )
    for want in gold["engagements"]:
        match = next((e for e in got_engagements if key(e) == key(want)), None)
        if match is None:
            continue
        got_engagements.remove(match)
        of = f" of {want['kind']} {want['start']}"
        cmp.same("engagements.end", want["end"], match.get("end"), of=of)
        host = name_of(match.get("host"))
        cmp.same("engagements.host", want["host"], host, ok=fold(want["host"]) == fold(host), of=of)
        cmp.sets(
            "engagements.participants",
            [fold(p) for p in want["participants"]],
            [fold(name_of(p)) for p in match.get("participants") or []],
        )

    cmp.sets("topics", gold["topics"], list(rec.get("topics") or []))

    def agreement(a: dict[str, Any]) -> tuple[object, object, bool]:
        return a.get("start_year"), a.get("end_year"), bool(a.get("signed"))

    cmp.sets(
        "agreements",
        [agreement(a) for a in gold["agreements"]],
        [agreement(a) for a in rec.get("agreements") or []],
    )

    def aid(a: dict[str, Any]) -> tuple[float | None, object, object]:
        q = a.get("quantity")
        return (float(q) if q is not None else None), a.get("donor"), a.get("recipient")

    cmp.sets("aid", [aid(a) for a in gold["aid"]], [aid(a) for a in rec.get("aid") or []])


def main(argv: list[str] | None = None) -> int:
    """Parse every article of the corpus, compare with the gold and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=HERE / "corpus")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list each article's differences"
    )
    args = parser.parse_args(argv)

    gold_files = sorted(args.corpus.glob("*.gold.json"))
    if not gold_files:
        print(f"no gold files in {args.corpus}", file=sys.stderr)
        return 1
    tallies = {f: Tally() for f in ORDER}
    for path in gold_files:
        gold = json.loads(path.read_text("utf-8"))
        article = bilateral.load_article(path.with_name(f"{gold['id']}.txt"), id=gold["id"])
        cmp = Comparison(tallies)
        # Through JSON, as the command line prints it: kinds and dates become strings.
        compare(gold, json.loads(json.dumps(to_record(article))), cmp)
        if args.verbose and cmp.notes:
            print(f"--- {gold['id']}")
            for note in cmp.notes:
                print("   ", note)
    print(f"{len(gold_files)} articles")
    for field, tally in tallies.items():
        print(f"{field:26} {tally.report(field in ACCURACY_FIELDS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

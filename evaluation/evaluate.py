"""Score ``bilateral`` against the project's own hand-coded evaluation corpus.

Run from the repository root (or anywhere) with the project's interpreter::

    .venv/bin/python evaluation/evaluate.py          # one line per field, then the overall
    .venv/bin/python evaluation/evaluate.py -v       # and each article's differences
    .venv/bin/python evaluation/evaluate.py DIR      # another corpus of NAME.txt + NAME.gold.json

Each article is parsed in-process (``bilateral.load_article`` then
``bilateral.convert.to_record``, read back through JSON as the command line
prints it) and compared to its gold coding field by field, by the method of
the shared scorer (``../shared/eval/score.py``): the same name folding, the
same keys and the same counting, so the two agree on any corpus. Only the
standard library and ``bilateral`` are needed; the shared scorer is not.

- ``date``, ``headline``, ``dateline``, ``agency``, ``dyad``: accuracy (names folded);
- ``people``: precision/recall/F1 over folded names; ``people.country`` and
  ``people.title`` (token F1 of at least 0.5) by accuracy over every gold person,
  a person not found counting as wrong;
- ``countries``, ``topics``: F1 over codes; ``localities``: over folded names
  without a trailing City, Province, Region...;
- ``engagements``: F1 over ``(kind, start)``; ``engagements.end`` and
  ``engagements.host`` by accuracy and ``engagements.participants`` by F1, over
  every gold engagement, one not found counting as wrong;
- ``agreements``: F1 over ``(class of document, start_year, end_year, signed)``;
- ``aid``: F1 over ``(quantity, unit, donor, recipient)``;
- ``overall``: the mean of the seventeen rows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

import bilateral
from bilateral.convert import to_record

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

# The shared scorer's honorifics and styles, dropped from the front of a name before comparing.
HONORIFICS = re.compile(
    r"^(?:(?:mr|mrs|ms|madam|madame|dr|prof|professor|assoc|associate|comrade|h\.e\."
    r"|his excellency|her excellency|his majesty|her majesty|his royal highness"
    r"|her royal highness|samdech|sheikh|al-sultan|tan sri|datuk seri|datuk"
    r"|dato'? seri|dato'?|shri|smt|ratu|hon|honourable|honorable)\.?\s+)+",
    re.I,
)
# The codebook's place-name endings that a locality's name drops.
LOCALITY_SUFFIX = re.compile(
    r"(?:city|province|prefecture|state|municipality|capital|region|oblast"
    r"|(?:zhuang|dai|hui|uyghur|uygur|yi|miao|bai|tujia|hani|lisu|tibetan|korean|mongol)?"
    r"autonomous(?:region|prefecture|county))$"
)
# The coarse classes of agreement the scorer tells apart; anything else is an agreement.
DOCUMENT_CLASSES = (
    ("memorandum", r"memorand|\bmou"),
    ("plan", r"\bplan\b|programme|program\b"),
    ("treaty", r"treat"),
    ("declaration", r"declaration"),
    ("minutes", r"minutes"),
    ("contract", r"contract"),
)
ACCURACY_FIELDS = frozenset(
    {
        "date",
        "headline",
        "dateline",
        "agency",
        "dyad",
        "people.country",
        "people.title",
        "engagements.end",
        "engagements.host",
    }
)
FIELDS = (
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
# A title is right when its words and the gold's overlap at least this much (token F1).
TITLE_MATCH = 0.5


def fold(text: object) -> str:
    """A name without case, diacritics, honorifics, spaces or punctuation."""
    if text is None:
        return ""
    s = HONORIFICS.sub("", str(text).replace("đ", "d").replace("Đ", "D").strip())
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s.lower())


def fold_place(text: object) -> str:
    """A folded place name without a trailing City, Province, Region..."""
    s = fold(text)
    return LOCALITY_SUFFIX.sub("", s) or s


def fold_words(text: object) -> str:
    """The text in lower case without diacritics."""
    s = unicodedata.normalize("NFKD", str(text or "").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def name_of(x: Any) -> str | None:
    """The name of a person or place given as a string or as a mapping."""
    return x.get("name") if isinstance(x, dict) else x


def day(x: object) -> str | None:
    """A date as ``YYYY-MM-DD``, whatever follows it."""
    return str(x)[:10] if x else None


def country(x: object) -> str | None:
    """A country code in capitals."""
    return str(x).upper() if x else None


def token_f1(a: object, b: object) -> float:
    """How much two titles' words overlap: 1.0 for two empty titles."""
    ta = Counter(re.findall(r"\w+", fold_words(a)))
    tb = Counter(re.findall(r"\w+", fold_words(b)))
    if not ta and not tb:
        return 1.0
    hit = sum((ta & tb).values())
    if not hit:
        return 0.0
    p, r = hit / sum(ta.values()), hit / sum(tb.values())
    return 2 * p * r / (p + r)


def document_class(kind: object) -> str:
    """The coarse class of an agreement's kind: what is compared."""
    words = fold_words(kind)
    found = (name for name, pattern in DOCUMENT_CLASSES if re.search(pattern, words))
    return next(found, "agreement")


class Tally:
    """Counts for one field: true/false positives and misses, or right/total."""

    def __init__(self, accuracy: bool) -> None:
        self.accuracy = accuracy
        self.tp = self.fp = self.fn = 0
        self.right = self.total = 0

    def value(self) -> float:
        """Accuracy, or micro-averaged F1; 1.0 where there was nothing to count."""
        if self.accuracy:
            return self.right / self.total if self.total else 1.0
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> str:
        """One line of figures."""
        if self.accuracy:
            return f"acc {self.value():.3f}  ({self.right}/{self.total})"
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return (
            f"F1  {self.value():.3f}  P {p:.3f}  R {r:.3f}"
            f"  (tp {self.tp} fp {self.fp} fn {self.fn})"
        )


class Comparison:
    """Compares one article's record with its gold coding, noting each difference."""

    def __init__(self, tallies: dict[str, Tally]) -> None:
        self.tallies = tallies
        self.notes: list[str] = []

    def check(self, field: str, ok: bool, note: str = "") -> None:
        tally = self.tallies[field]
        tally.total += 1
        tally.right += ok
        if not ok and note:
            self.notes.append(note)

    def same(self, field: str, want: object, got: object, of: str = "") -> None:
        self.check(field, want == got, f"{field}{of}: want {want!r} got {got!r}")

    def sets(self, field: str, want: Iterable[Hashable], got: Iterable[Hashable]) -> None:
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
    cmp.same("date", day(gold.get("date")), day(rec.get("date")))
    for field in ("headline", "dateline", "agency"):
        cmp.same(field, fold(gold.get(field)), fold(rec.get(field)))
    compare_people(gold, rec, cmp)
    cmp.sets("countries", map(country, gold["countries"]), map(country, rec.get("countries") or []))
    cmp.sets(
        "localities",
        [fold_place(name_of(x)) for x in gold["localities"]],
        [fold_place(name_of(x)) for x in rec.get("localities") or []],
    )
    want_dyad = sorted(country(c) or "" for c in gold["dyad"]) if gold.get("dyad") else None
    got_dyad = sorted(country(c) or "" for c in rec["dyad"]) if rec.get("dyad") else None
    cmp.same("dyad", want_dyad, got_dyad)
    compare_engagements(gold, rec, cmp)
    cmp.sets("topics", gold["topics"], rec.get("topics") or [])

    def agreement(a: dict[str, Any]) -> tuple[str, object, object, bool]:
        kind, signed = document_class(a.get("kind")), bool(a.get("signed"))
        return kind, a.get("start_year"), a.get("end_year"), signed

    got_agreements = rec.get("agreements") or []
    cmp.sets("agreements", map(agreement, gold["agreements"]), map(agreement, got_agreements))

    def aid(a: dict[str, Any]) -> tuple[float | None, str | None, str | None, str | None]:
        q = a.get("quantity")
        unit = str(a.get("unit") or "").strip().lower().removesuffix("s") or None
        quantity = float(q) if q is not None else None
        return quantity, unit, country(a.get("donor")), country(a.get("recipient"))

    cmp.sets("aid", map(aid, gold["aid"]), map(aid, rec.get("aid") or []))


def compare_people(gold: dict[str, Any], rec: dict[str, Any], cmp: Comparison) -> None:
    """People by folded name; each gold person's country and title, wrong where not found."""
    want_people = {fold(name_of(p)): p for p in gold["people"]}
    got_people = {fold(name_of(p)): p for p in rec.get("people") or [] if name_of(p)}
    cmp.sets("people", list(want_people), list(got_people))
    for key, want in want_people.items():
        found = key in got_people
        got = got_people.get(key)
        got = got if isinstance(got, dict) else {}  # a person given by name alone
        of = f" of {want['name']}"
        want_country, got_country = country(want.get("country")), country(got.get("country"))
        note = f"people.country{of}: want {want_country!r} got {got_country!r}" if found else ""
        cmp.check("people.country", found and want_country == got_country, note)
        title = got.get("title")
        if isinstance(title, list | tuple):
            title = title[0] if title else None
        if isinstance(title, dict):
            title = title.get("text") or title.get("name")
        note = f"people.title{of}: want {want['title']!r} got {title!r}" if found else ""
        cmp.check("people.title", token_f1(want.get("title"), title) >= TITLE_MATCH, note)


def compare_engagements(gold: dict[str, Any], rec: dict[str, Any], cmp: Comparison) -> None:
    """Engagements by (kind, start); each gold one's end, host and participants."""

    def key(e: dict[str, Any]) -> tuple[object, str | None]:
        return e.get("kind"), day(e.get("start"))

    pool = list(rec.get("engagements") or [])
    cmp.sets("engagements", map(key, gold["engagements"]), map(key, pool))
    for want in gold["engagements"]:
        match = next((e for e in pool if key(e) == key(want)), None)
        if match is None:  # a missed engagement gets none of its attributes right
            cmp.check("engagements.end", False)
            cmp.check("engagements.host", False)
            cmp.tallies["engagements.participants"].fn += len(want["participants"])
            continue
        pool.remove(match)
        of = f" of {want['kind']} {want['start']}"
        cmp.same("engagements.end", day(want.get("end")), day(match.get("end")), of=of)
        host = fold(name_of(want.get("host"))), fold(name_of(match.get("host")))
        cmp.check(
            "engagements.host",
            host[0] == host[1],
            f"engagements.host{of}: want {want['host']!r} got {name_of(match.get('host'))!r}",
        )
        cmp.sets(
            "engagements.participants",
            [fold(name_of(p)) for p in want["participants"]],
            [fold(name_of(p)) for p in match.get("participants") or []],
        )


def parse(path: Path, id: str) -> dict[str, Any]:
    """The library's record of one article, through JSON as the command line prints it."""
    record: dict[str, Any] = json.loads(json.dumps(to_record(bilateral.load_article(path, id=id))))
    return record


def score(
    corpus: Path = CORPUS,
    on_differences: Callable[[str, list[str]], None] | None = None,
    record_of: Callable[[Path, str], dict[str, Any]] = parse,
) -> dict[str, Tally]:
    """The tallies of every field over a corpus; ``on_differences(id, notes)`` per article."""
    gold_files = sorted(corpus.glob("*.gold.json"))
    if not gold_files:
        raise FileNotFoundError(f"no gold files in {corpus}")
    tallies = {f: Tally(f in ACCURACY_FIELDS) for f in FIELDS}
    for path in gold_files:
        gold = json.loads(path.read_text("utf-8"))
        cmp = Comparison(tallies)
        compare(gold, record_of(path.with_name(f"{gold['id']}.txt"), gold["id"]), cmp)
        if on_differences and cmp.notes:
            on_differences(gold["id"], cmp.notes)
    return tallies


def overall(tallies: dict[str, Tally]) -> float:
    """The mean of all fields' scores, as the shared scorer reports it."""
    return sum(t.value() for t in tallies.values()) / len(tallies)


def main(argv: list[str] | None = None) -> int:
    """Parse every article of the corpus, compare with the gold and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list each article's differences"
    )
    args = parser.parse_args(argv)

    def show(id: str, notes: list[str]) -> None:
        print(f"--- {id}")
        for note in notes:
            print("   ", note)

    try:
        tallies = score(args.corpus, show if args.verbose else None)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{len(list(args.corpus.glob('*.gold.json')))} articles")
    for field, tally in tallies.items():
        print(f"{field:26} {tally.report()}")
    print(f"overall {overall(tallies):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the library against your own hand-coded articles, field by field.

Before trusting bilateral's counts on a new source, code a sample of its
articles by hand in the codebook's format (``NAME.txt`` beside
``NAME.gold.json``) and run :func:`evaluate` (or ``bilateral evaluate
FOLDER``). Every field is scored as the project's own evaluation scores it:

- ``date``, ``headline``, ``dateline``, ``agency``, ``dyad``,
  ``people.country``, ``engagements.end``, ``engagements.host``: accuracy;
  a person's or an engagement's attributes are scored over every gold
  person or engagement, so one that was missed counts as wrong;
- ``people.title``: accuracy, a title right when it shares at least half
  its words with the gold one;
- ``people``, ``countries``, ``localities``, ``topics``,
  ``engagements.participants``: precision, recall and F1 over the values;
- ``engagements``: over ``(kind, start)``; ``agreements``: over the class of
  document (memorandum, plan, treaty, declaration, minutes, contract, else
  agreement), its period and ``signed``; ``aid``: over quantity, unit, donor
  and recipient.

Names are compared folded: case, diacritics, spaces, punctuation and leading
honorifics do not count (``Hà Nội`` is ``Hanoi``), and a trailing ``City``,
``Province``… does not count for localities. Every miss is listed.

>>> import json, tempfile
>>> from pathlib import Path
>>> gold = {"id": "t1", "date": "2024-05-20", "headline": None, "dateline": "Hanoi",
...         "agency": "VNS", "people": [], "countries": ["VNM", "CUB"],
...         "localities": [{"name": "Hà Nội", "country": "VNM"}],
...         "dyad": ["CUB", "VNM"], "engagements": [], "topics": [], "agreements": [],
...         "aid": []}
>>> with tempfile.TemporaryDirectory() as folder:
...     _ = Path(folder, "t1.txt").write_text(
...         " date 2024-05-20 Hanoi (VNA) - Viet Nam and Cuba held talks.")
...     _ = Path(folder, "t1.gold.json").write_text(json.dumps(gold))
...     result = evaluate(folder)
>>> result.articles, result.fields["countries"].f1, result.fields["date"].accuracy
(1, 1.0, 1.0)
>>> [(m.field, m.missing, m.extra) for m in result.misses]
[('agency', ('VNS',), ('VNA',))]
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from bilateral.lexicon import Lexicon

__all__ = ["FIELDS", "Evaluation", "FieldScore", "Miss", "evaluate", "score_records"]

#: The fields scored, in the codebook's order, each with how: ``acc`` or ``f1``.
FIELDS: dict[str, str] = {
    "date": "acc",
    "headline": "acc",
    "dateline": "acc",
    "agency": "acc",
    "people": "f1",
    "people.country": "acc",
    "people.title": "acc",
    "countries": "f1",
    "localities": "f1",
    "dyad": "acc",
    "engagements": "f1",
    "engagements.end": "acc",
    "engagements.host": "acc",
    "engagements.participants": "f1",
    "topics": "f1",
    "agreements": "f1",
    "aid": "f1",
}

_HONORIFICS = re.compile(
    r"^(?:(?:mr|mrs|ms|madam|madame|dr|prof|professor|assoc|associate|comrade|h\.e\."
    r"|his excellency|her excellency|his majesty|her majesty|his royal highness"
    r"|her royal highness|samdech|sheikh|al-sultan|tan sri|datuk seri|datuk|dato'? seri"
    r"|dato'?|shri|smt|ratu|hon|honourable|honorable)\.?\s+)+",
    re.I,
)
_PLACE_SUFFIX = re.compile(
    r"(?:city|province|prefecture|state|municipality|capital|region|oblast"
    r"|(?:zhuang|dai|hui|uyghur|uygur|yi|miao|bai|tujia|hani|lisu|tibetan|korean|mongol)?"
    r"autonomous(?:region|prefecture|county))$"
)
_DOCUMENTS = (
    ("memorandum", r"memorand|\bmou"),
    ("plan", r"\bplan\b|programme|program\b"),
    ("treaty", r"treat"),
    ("declaration", r"declaration"),
    ("minutes", r"minutes"),
    ("contract", r"contract"),
)


def _plain(text: object) -> str:
    s = unicodedata.normalize("NFKD", str(text or "").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _name(text: object) -> str:
    if text is None:
        return ""
    s = _HONORIFICS.sub("", str(text).replace("đ", "d").replace("Đ", "D").strip())
    return re.sub(r"[\W_]+", "", _plain(s))


def _place(text: object) -> str:
    s = _name(text)
    return _PLACE_SUFFIX.sub("", s) or s


def _of(x: object) -> str | None:
    return x.get("name") if isinstance(x, dict) else (None if x is None else str(x))


def _entry(x: object) -> dict[str, Any]:
    """A person as a mapping: the codebook accepts a name alone."""
    return x if isinstance(x, dict) else {"name": x}


def _day(x: object) -> str | None:
    return str(x)[:10] if x else None


def _code(x: object) -> str | None:
    return str(x).upper() if x else None


def _document(kind: object) -> str:
    k = _plain(kind)
    return next((name for name, rx in _DOCUMENTS if re.search(rx, k)), "agreement")


def _title_matches(want: object, got: object) -> bool:
    a, b = Counter(re.findall(r"\w+", _plain(want))), Counter(re.findall(r"\w+", _plain(got)))
    if not a and not b:
        return True
    hit = sum((a & b).values())
    return hit > 0 and 2 * hit / (sum(a.values()) + sum(b.values())) >= 0.5


@attrs.frozen
class FieldScore:
    """The tally of one field: matches, false hits and misses, or right of total.

    >>> s = FieldScore("people", "f1", tp=8, fp=2, fn=0)
    >>> s.precision, s.recall, round(s.f1, 3), s.score == s.f1
    (0.8, 1.0, 0.889, True)
    >>> FieldScore("date", "acc", right=9, total=10).score
    0.9
    """

    field: str
    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    total: int = 0

    @property
    def precision(self) -> float:
        """Of the values found, the share that the gold has (1.0 when none was found)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Of the gold values, the share found (1.0 when the gold has none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        """Right of total (1.0 for no case)."""
        return self.right / self.total if self.total else 1.0

    @property
    def score(self) -> float:
        """F1 for a set-valued field, accuracy for a single-valued one."""
        return self.f1 if self.kind == "f1" else self.accuracy


@attrs.frozen
class Miss:
    """One difference between an article's record and its gold coding.

    For a set-valued field, ``missing`` are gold values not found and
    ``extra`` values found but not in the gold; for a single value,
    ``missing`` is the gold's and ``extra`` what was found.

    >>> Miss("a1", "date", ("2024-05-20",), ("2024-05-21",)).field
    'date'
    """

    article: str
    field: str
    missing: tuple[Any, ...]
    extra: tuple[Any, ...]


@attrs.frozen
class Evaluation:
    """The scores of a set of articles, per field, with every miss.

    >>> e = Evaluation(2, {"date": FieldScore("date", "acc", right=1, total=2)}, (), ())
    >>> e.overall
    0.5
    """

    articles: int
    fields: dict[str, FieldScore]
    misses: tuple[Miss, ...]
    #: Gold articles that had no record (their file failed to parse, or no file).
    unparsed: tuple[str, ...]

    @property
    def overall(self) -> float:
        """The mean of the fields' scores."""
        return sum(s.score for s in self.fields.values()) / len(self.fields)


class _Tally:
    def __init__(self) -> None:
        self.counts = {f: Counter[str]() for f in FIELDS}
        self.misses: list[Miss] = []

    def same(self, article: str, field: str, want: object, got: object, ok: bool) -> None:
        self.counts[field]["total"] += 1
        if ok:
            self.counts[field]["right"] += 1
        else:
            self.misses.append(Miss(article, field, (want,), (got,)))

    def sets(self, article: str, field: str, want: Iterable[Any], got: Iterable[Any]) -> None:
        w, g = Counter(want), Counter(got)
        hit = w & g
        missing, extra = tuple((w - hit).elements()), tuple((g - hit).elements())
        c = self.counts[field]
        c["tp"] += sum(hit.values())
        c["fn"] += len(missing)
        c["fp"] += len(extra)
        if missing or extra:
            self.misses.append(Miss(article, field, missing, extra))

    def compare(self, gold: Mapping[str, Any], rec: Mapping[str, Any]) -> None:
        i = str(gold.get("id"))
        for field, fold in (("date", _day), ("headline", _name), ("dateline", _name),
                            ("agency", _name)):  # fmt: skip
            want, got = fold(gold.get(field)), fold(rec.get(field))
            self.same(i, field, gold.get(field), rec.get(field), want == got)
        want_people = {_name(_of(p)): _entry(p) for p in gold.get("people") or []}
        got_people = {_name(_of(p)): _entry(p) for p in rec.get("people") or [] if _of(p)}
        self.sets(i, "people", list(want_people), list(got_people))
        for k, gold_p in want_people.items():
            got_p = got_people.get(k, {})
            found = k in got_people
            w_c, g_c = _code(gold_p.get("country")), _code(got_p.get("country"))
            self.same(i, "people.country", (k, w_c), (k, g_c), found and w_c == g_c)
            w_t, g_t = gold_p.get("title"), got_p.get("title")
            ok = found and _title_matches(w_t, g_t)
            self.same(i, "people.title", (k, w_t), (k, g_t), ok)
        self.sets(i, "countries", map(_code, gold.get("countries") or []),
                  map(_code, rec.get("countries") or []))  # fmt: skip
        self.sets(i, "localities", (_place(_of(x)) for x in gold.get("localities") or []),
                  (_place(_of(x)) for x in rec.get("localities") or []))  # fmt: skip
        dyads = [sorted(str(c).upper() for c in d) if d else None
                 for d in (gold.get("dyad"), rec.get("dyad"))]  # fmt: skip
        self.same(i, "dyad", gold.get("dyad"), rec.get("dyad"), dyads[0] == dyads[1])
        self._engagements(i, gold, rec)
        self.sets(i, "topics", gold.get("topics") or [], rec.get("topics") or [])

        def agreement(a: Mapping[str, Any]) -> tuple[object, ...]:
            return (
                _document(a.get("kind")),
                a.get("start_year"),
                a.get("end_year"),
                bool(a.get("signed")),
            )

        self.sets(i, "agreements", map(agreement, gold.get("agreements") or []),
                  map(agreement, rec.get("agreements") or []))  # fmt: skip

        def aid(a: Mapping[str, Any]) -> tuple[object, ...]:
            q = a.get("quantity")
            unit = str(a.get("unit") or "").strip().lower().removesuffix("s") or None
            quantity = float(q) if q is not None else None
            return quantity, unit, _code(a.get("donor")), _code(a.get("recipient"))

        self.sets(i, "aid", map(aid, gold.get("aid") or []), map(aid, rec.get("aid") or []))

    def _engagements(self, i: str, gold: Mapping[str, Any], rec: Mapping[str, Any]) -> None:
        def key(e: Mapping[str, Any]) -> tuple[object, str | None]:
            return e.get("kind"), _day(e.get("start"))

        found = list(rec.get("engagements") or [])
        wanted = list(gold.get("engagements") or [])
        self.sets(i, "engagements", map(key, wanted), map(key, found))
        for want in wanted:
            match = next((e for e in found if key(e) == key(want)), None)
            if match is None:  # a missed engagement gets none of its attributes right
                self.same(i, "engagements.end", _day(want.get("end")), None, False)
                self.same(i, "engagements.host", _of(want.get("host")), None, False)
                self.counts["engagements.participants"]["fn"] += len(want.get("participants") or [])
                continue
            found.remove(match)
            w_end, g_end = _day(want.get("end")), _day(match.get("end"))
            self.same(i, "engagements.end", w_end, g_end, w_end == g_end)
            w_host, g_host = _of(want.get("host")), _of(match.get("host"))
            self.same(i, "engagements.host", w_host, g_host, _name(w_host) == _name(g_host))
            self.sets(i, "engagements.participants",
                      (_name(_of(p)) for p in want.get("participants") or []),
                      (_name(_of(p)) for p in match.get("participants") or []))  # fmt: skip


def score_records(
    golds: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]
) -> Evaluation:
    """Score records (JSON objects, as ``bilateral parse --format jsonl`` prints) against gold.

    Records are matched to gold codings by ``id``; a gold coding without a
    record is scored as an empty record and listed in ``unparsed``.

    >>> gold = {"id": "a", "countries": ["VNM", "CUB"], "topics": ["trade"]}
    >>> e = score_records([gold], [{"id": "a", "countries": ["VNM"], "topics": ["trade"]}])
    >>> e.fields["countries"].recall, e.fields["topics"].f1
    (0.5, 1.0)
    """
    by_id = {str(r.get("id")): r for r in records}
    tally = _Tally()
    unparsed: list[str] = []
    n = 0
    for gold in golds:
        n += 1
        rec = by_id.get(str(gold.get("id")))
        if rec is None:
            unparsed.append(str(gold.get("id")))
        tally.compare(gold, rec or {})
    fields = {
        f: FieldScore(
            f, kind, **{k: tally.counts[f][k] for k in ("tp", "fp", "fn", "right", "total")}
        )
        for f, kind in FIELDS.items()
    }
    return Evaluation(n, fields, tuple(tally.misses), tuple(unparsed))


def evaluate(
    folder: str | os.PathLike[str],
    *,
    jobs: int = 1,
    encoding: str = "utf-8",
    lexicon: Lexicon | None = None,
) -> Evaluation:
    """Parse every ``NAME.txt`` that has a ``NAME.gold.json`` in ``folder`` and score it.

    :param folder: hand-coded articles: ``NAME.txt`` with ``NAME.gold.json``
        (the codebook's record, its ``id`` the ``NAME``).
    :param jobs: parse in this many processes.
    :param encoding: the articles' encoding (see :func:`bilateral.load_article`).
    :param lexicon: your own places, aliases and topic cues (see :class:`~bilateral.Lexicon`).
    :returns: the :class:`Evaluation`: per field its scores, every miss.
    :raises ValueError: the folder holds no gold file, or a gold file is not JSON.
    """
    from bilateral.convert import to_record
    from bilateral.corpus import Corpus

    root = Path(folder)
    paths = sorted(root.glob("*.gold.json"))
    if not paths:
        raise ValueError(f"{folder}: no NAME.gold.json files (the hand codings) in it")
    golds = []
    for path in paths:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{path}: not a gold coding: {exc}") from None
        gold.setdefault("id", path.name.removesuffix(".gold.json"))
        golds.append(gold)
    texts = [root / f"{g['id']}.txt" for g in golds if (root / f"{g['id']}.txt").is_file()]
    corpus = (
        Corpus.load(texts, jobs=jobs, encoding=encoding, lexicon=lexicon) if texts else Corpus()
    )
    # Through JSON, as the command line prints records: kinds and dates become strings.
    records = [json.loads(json.dumps(to_record(a))) for a in corpus]
    return score_records(golds, records)

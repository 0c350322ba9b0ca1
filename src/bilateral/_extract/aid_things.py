"""The things a giving clause names: its list's phrases, each read as one item with
its count ("33 ambulances"), measure ("2,000 tonnes of rice", "US$5,000") or neither
("camping tents"); names and kinds of nouns from ``data/aid_items.tsv``.

>>> from bilateral._extract.layout import read_document
>>> from bilateral._extract.analysis import build_context
>>> doc = read_document(" date 2024-05-17 It gave 3 buses, 5 tonnes of rice and tents.")
>>> ctx = build_context(doc, (), (), ())
>>> [read_thing(doc, ctx, span, "any", after).item for span, after in elements(doc.folded, 25, 60)]
['buses', 'rice', 'tents']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Literal

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.quantities import NUMBER_WORDS, find_quantities
from bilateral._lexicon.gazetteer import data_lines
from bilateral.model import Span

__all__ = [
    "ANAPHORIC",
    "FIRST_WORD",
    "PART",
    "PLEDGED_AFTER",
    "SEPARATORS",
    "STOPS",
    "TOKEN",
    "Thing",
    "elements",
    "is_kind",
    "names_in",
    "read_thing",
]

_KINDS = frozenset({"goods", "service", "umbrella", "container", "modifier", "notitem"})


def _load_item_words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word, kind in data_lines("aid_items.tsv"):
        if kind not in _KINDS:
            raise ValueError(f"aid_items.tsv: unknown kind {kind!r} for {word!r}")
        table.setdefault(word, set()).add(kind)
    return {w: frozenset(k) for w, k in table.items()}


_ITEM_WORDS = _load_item_words()


def is_kind(word: str, kind: str) -> bool:
    """Whether ``aid_items.tsv`` gives ``word`` that kind (goods, umbrella...)."""
    return kind in _ITEM_WORDS.get(word, ())


def names_in(ctx: Context, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """The people (as their country) and countries named in ``[lo, hi)``, by position."""
    out: list[tuple[int, int, str | None]] = [
        (s.start, s.end, code) for s, code in ctx.countries_at(lo, hi)
    ]
    people = ctx.people
    i = bisect.bisect_left(people, lo, key=lambda m: m[0].start)
    while i < len(people) and people[i][0].start < hi:
        span, person = people[i]
        if span.end <= hi:
            out.append((span.start, span.end, person.country))
        i += 1
    out.sort()
    return out


# --- the things given ---

TOKEN = re.compile(
    r"\([^)]*\)|(?:us\$|[$€£¥])?\d(?:[\d,.]*\d)?|[a-z][\w'-]*|[^\w\s]", re.ASCII | re.IGNORECASE
)
SEPARATORS = frozenset({",", "and", "or", "plus", "with"})
_JOINED = re.compile(r"(?:together|along) with|as well as")
STOPS = frozenset({
    "to", "from", "by", "for", "in", "at", "on", "during", "under", "through", "via", "as",
    "into", "after", "before", "since", "following", "when", "while", "which", "that", "who",
    "whose", "where", "worth", "weighing", "valued", "is", "are", "was", "were", "has", "have",
    "had", "will", "would", "including", "such", "among", "per", "each", "if", "because",
    "between",
})  # fmt: skip
# words that open a phrase about the thing itself ("500 million kip in cash"), not an argument
_MODIFYING = frozenset({"in", "worth", "weighing", "valued"})
_CLAUSE_END = frozenset({";", ":", "but", "whereas"})
_DETERMINERS = frozenset({
    "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "such",
    "both", "all",
})  # fmt: skip
_PRONOUNS = frozenset({
    "it", "them", "they", "this", "that", "these", "those", "we", "he", "she",
})  # fmt: skip
ANAPHORIC = frozenset({
    "the", "this", "these", "those", "its", "their", "his", "her", "our", "such", "both", "all",
    "it", "them",
})  # fmt: skip
_APPROX = re.compile(
    r"(?:some|about|around|over|nearly|approximately|almost|roughly|up to|more than|at least"
    r"|a total of)\s+"
)
PART = re.compile(
    r"\b(?:of (?:the|that|this|which) (?:total|amount|sum)?|of which|the other|the remaining"
    r"|the rest|part of|share of)\b"
)
PLEDGED_AFTER = re.compile(
    r"\s*(?:of [a-z]+\s+)?(?:(?:that|which) (?:was |were |had been )?)?"
    r"(?:pledged|promised|committed)\b"
)


def elements(folded: str, lo: int, hi: int) -> Iterator[tuple[Span, bool]]:
    """The phrases of a list in ``[lo, hi)``, each cut at its first preposition or verb
    (what follows, up to the next comma or "and", is an argument, not a thing); with
    each, whether an argument came before it (then only a counted or measured phrase
    is still a thing given: "40 laptops to a school and 20 tablets to a clinic")."""
    start: int | None = None
    last = lo
    skipping = after_argument = False
    for m in TOKEN.finditer(folded, lo, hi):
        tok = m.group()
        if tok in _CLAUSE_END:
            break
        if tok in SEPARATORS or (
            tok in ("together", "along", "as") and _JOINED.match(folded, m.start())
        ):
            if start is not None:
                yield Span(start, last), after_argument
            start, skipping = None, False
            continue
        if tok in STOPS:
            if start is not None:
                yield Span(start, last), after_argument
            start, skipping = None, True
            after_argument = after_argument or tok not in _MODIFYING
            continue
        if skipping or tok.startswith("("):
            if not skipping:
                last = m.end()
            continue
        if start is None:
            start = m.start()
        last = m.end()
    if start is not None:
        yield Span(start, last), after_argument


@attrs.frozen
class Thing:
    """One thing given as one clause tells it."""

    item: str
    value: float | None
    unit: str | None
    span: Span
    umbrella: bool = False
    digits: bool = False  # its number is printed in digits (so a repeat is the same gift)


def _words(doc: Document, lo: int, hi: int) -> list[tuple[str, str]]:
    """(folded, printed) words of ``[lo, hi)``, parentheses left out."""
    out = []
    for m in TOKEN.finditer(doc.folded, lo, hi):
        tok = m.group()
        if tok[0].isalnum() or tok[0] in "$€£¥":
            out.append((tok, doc.text[m.start() : m.end()]))
    return out


def _name(words: list[tuple[str, str]]) -> tuple[str, str, bool] | None:
    """The item's name (one or two words), its head noun and whether it is an
    umbrella word; None where the words name no thing given."""
    while True:
        folded = [w for w, _ in words]
        if "of" not in folded:
            break
        k = folded.index("of")
        left = folded[:k]
        if left and not (is_kind(left[-1], "container") or is_kind(left[-1], "umbrella")):
            words = words[:k]
            break
        words = words[k + 1 :]
    kept = [
        (w, p)
        for w, p in words
        if w not in _DETERMINERS
        and not is_kind(w, "modifier")
        and not any(c.isdigit() for c in w)
        and not (("-" in w) and w.endswith("ed"))
        and w not in NUMBER_WORDS
    ]
    if not kept or any(w in _PRONOUNS for w, _ in kept):
        return None
    head = kept[-1][0]
    if is_kind(head, "notitem") or any(is_kind(w, "notitem") for w, _ in kept):
        return None
    printed = [p if p[1:] != p[1:].lower() else p.lower() for _, p in kept[-2:]]
    return " ".join(printed), head, is_kind(head, "umbrella")


def _count(folded: str, lo: int, hi: int) -> tuple[float, int] | None:
    """A count at ``lo`` ("33 ambulances", "three cars"): its value and where it ends."""
    m = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\b|([a-z]+)\b").match(folded, lo, hi)
    if m is None:
        return None
    if m.group(1):
        after = folded[m.end() : m.end() + 2]
        if after.startswith(("%", "-", ".")) or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            return None
        return float(m.group(1).replace(",", "")), m.end()
    value = NUMBER_WORDS.get(m.group(2))
    return (float(value), m.end()) if value is not None else None


def read_thing(
    doc: Document, ctx: Context, span: Span, items: str, after_argument: bool = False
) -> Thing | None:
    """The thing one phrase names, with its quantity, or None."""
    folded = doc.folded
    lo = _start_of_thing(folded, span.start, span.end)
    if not _NUMBER_START.match(folded, lo, span.end):
        named = names_in(ctx, lo, span.end)
        if named:
            # "Cambodia's Ministry of Defence 33 ambulances": the thing starts at its count
            m = _THING_AFTER_NAME.search(folded, named[0][1], span.end)
            if m is None:
                return None  # a name, not a thing
            lo = _start_of_thing(folded, m.start(), span.end)
    of = _OF_COUNT.match(folded, lo, span.end)
    if of is not None and (is_kind(of.group(1), "container") or is_kind(of.group(1), "umbrella")):
        lo = of.end()  # "a gift of 500 blankets": the count is the gift's
    measured = _measured(doc, lo, span)
    if measured is not None:
        return measured or None
    count = _count(folded, lo, span.end)
    if count is not None:
        name = _name(_words(doc, count[1], span.end))
        if name is None:
            return None
        return Thing(name[0], count[0], None, span, digits=folded[lo].isdigit())
    first = FIRST_WORD.match(folded, lo, span.end)
    if after_argument or (first is not None and first.group(1) in ANAPHORIC):
        return None  # "the equipment": a gift already told
    name = _name(_words(doc, lo, span.end))
    if name is None:
        return None
    item, head, umbrella = name
    if items != "any" and not any(is_kind(head, k) for k in ("goods", "service", "umbrella")):
        return None
    return Thing(item, None, None, span, umbrella=umbrella)


_NUMBER_WORDS = "|".join(NUMBER_WORDS)
_OF_COUNT = re.compile(rf"(?:[a-z-]+\s+){{0,3}}?([a-z]+)\s+of\s+(?=\d|(?:{_NUMBER_WORDS})\b)")
_THING_AFTER_NAME = re.compile(rf"\d|\b(?:a|an|{_NUMBER_WORDS})\b")
FIRST_WORD = re.compile(r"([a-z]+)\b")
_NUMBER_START = re.compile(rf"(?:us\$|[$€£¥]|[a-z]{{3}} )?\d|(?:{_NUMBER_WORDS}|a|an|half)\b")


def _start_of_thing(folded: str, lo: int, hi: int) -> int:
    approx = _APPROX.match(folded, lo, hi)
    return approx.end() if approx is not None else lo


def _measured(doc: Document, lo: int, span: Span) -> Thing | Literal[False] | None:
    """A thing measured in tonnes, doses or money from ``lo``; False where the phrase
    is measured but is no gift ("a loan of US$5 million"); None where it has no unit."""
    folded = doc.folded
    for qspan, q in find_quantities(folded, lo, span.end):
        if q.unit is None:
            continue
        rest = _words(doc, qspan.end, span.end)
        name = _name(rest)
        before = _words(doc, lo, qspan.start)
        if (name is None and rest) or any(is_kind(w, "notitem") for w, _ in before):
            return False
        item = name[0] if name is not None else "money" if len(q.unit) == 3 else "goods"
        digits = not folded[qspan.start].isalpha()
        return Thing(item, q.value, q.unit, span, digits=digits)
    return None

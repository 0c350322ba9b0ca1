"""Documents named in a story: the phrases that name them, the verbs around them and the
periods they cover (what :mod:`bilateral._extract.agreements` reads; who signed them is
:mod:`bilateral._extract.signers`').

A document is named by a noun of ``data/documents.tsv`` with the few words before it:
its modifiers (``cooperation agreement``) and its lead-in, which says whether it is one
told before (``the agreement``), a new one (``an agreement``) or a count (``seven
agreements``, ``a number of documents``). What is said of it and its period are read from
its clause by small functions of the text, so that they can read a clause layer where
there is one.

>>> period("a cooperation agreement for the 2023-2028 period")
(2023, 2028)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import (
    DOCUMENT_NOUN_ROWS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERB_ROWS,
    DOCUMENT_VERBS,
)
from bilateral._lexicon.gazetteer import data_lines
from bilateral._text import fold
from bilateral.model import Span

__all__ = [
    "CUES", "LEFT_REACH", "MAX_MODIFIERS", "MONTH", "NUMBERS", "PERIOD", "RIGHT_REACH",
    "TIME_WORD", "Cue",
    "Mention", "Story", "Verbs", "clause_start", "items", "merge_periods", "period",
    "periods_in", "read_story", "singular", "topic", "words", "years",
]  # fmt: skip

# --- the tables ---


def _load_cues() -> dict[str, re.Pattern[str]]:
    rows: dict[str, list[str]] = {}
    for role, pattern in data_lines("document_cues.tsv"):
        rows.setdefault(role, []).append(pattern)
    return {role: re.compile("|".join(f"(?:{p})" for p in ps)) for role, ps in rows.items()}


def words(role: str) -> frozenset[str]:
    """The words of one role of ``data/document_words.tsv``."""
    return _WORDS[role]


_WORDS = {role: frozenset(line.split()) for role, line in data_lines("document_words.tsv")}
# The nouns and the three kinds of verb said of a document (signed, drafted, referred):
# cue tables of bilateral._extract.cues, found in build_context's one automaton pass.
_NOUN_ROWS = DOCUMENT_NOUN_ROWS
_NOUNS = DOCUMENT_NOUNS
CUES = _load_cues()
_VERB_ROWS = DOCUMENT_VERB_ROWS
_VERBS = DOCUMENT_VERBS
_ONE_VERB = re.compile("|".join(f"(?:{pattern})" for _role, pattern in _VERB_ROWS))

Cue = tuple[str, re.Match[str]]  # a verb's role (signed, drafted, referred) and its match


@attrs.frozen
class Verbs:
    """Where the verbs said of documents may begin in a story (``starts``, sorted, with
    the rows of ``data/document_cues.tsv`` that may match there): a search in a clause
    tries only those places."""

    folded: str
    starts: tuple[int, ...]
    rows: tuple[tuple[int, ...], ...]

    def _at(self, k: int, hi: int) -> Cue | None:
        at = self.starts[k]
        for row in self.rows[k]:
            # matched on the whole text, so that a lookahead sees past ``hi``
            m = _VERBS.regexes[row].match(self.folded, at)
            if m is not None and m.end() <= hi:
                return _VERB_ROWS[row][0], m
        return None

    def first(self, lo: int, hi: int) -> Cue | None:
        """The first verb in ``[lo, hi)``."""
        for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                break
            cue = self._at(k, hi)
            if cue is not None:
                return cue
        return None

    def last(self, lo: int, hi: int) -> Cue | None:
        """The last verb in ``[lo, hi)``: the one that begins last, or one before it that
        holds it ("put their signatures to", not its "signatures to")."""
        found: Cue | None = None
        for k in range(bisect.bisect_left(self.starts, hi) - 1, -1, -1):
            if self.starts[k] < lo:
                break
            cue = self._at(k, hi)
            if cue is None:
                continue
            if found is not None and cue[1].end() <= found[1].start():
                break
            found = cue
        return found

    def each(self, lo: int, hi: int) -> Iterator[Cue]:
        """The verbs in ``[lo, hi)``, in order, none inside another."""
        done = lo
        for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                break
            if self.starts[k] < done:
                continue
            cue = self._at(k, hi)
            if cue is not None:
                done = cue[1].end()
                yield cue


# --- periods ---

_YEAR = r"(?:19|20)\d\d"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
TIME_WORD = re.compile(rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|{MONTH})\b")
_DAY_MONTH = rf"(?:(?:\d{{1,2}}\s)?{MONTH}\s(?:\d{{1,2}},?\s)?)"
PERIOD = re.compile(
    # from 2025 through 2029, between 2024 and 2026
    rf"\b(?:from|between)\s(?:the\s)?(?:years?\s)?(?P<a>{_YEAR})\s(?:to|through|until|till|and"
    rf"|-)\s(?:the\s)?(?:end\sof\s)?(?P<b>{_YEAR})\b"
    # the years 2024 and 2025
    rf"|\byears\s(?P<c>{_YEAR})(?:,\s{_YEAR})*,?\s(?:and|to|through)\s(?P<d>{_YEAR})\b"
    # 2024-2028, 2024 - 2028, 2024/25, 2024 to 2028
    rf"|(?<![\d-])(?P<e>{_YEAR})\s?(?:-|/|to|through|until|till)\s?(?P<f>{_YEAR}|\d\d)(?![\d-])"
    # until October 2028, running to 2031, valid to 2031
    rf"|\b(?:until|till|through|thru|up\sto|(?:valid|running|runs|run|extended|lasting)\s"
    rf"(?:(?!{_YEAR})\w+\s){{0,2}}?to)\s(?:the\send\sof\s)?{_DAY_MONTH}?(?P<g>{_YEAR})\b"
    # to 31 March 2026
    rf"|\bto\s{_DAY_MONTH}(?P<h>{_YEAR})\b"
)
# A document's period spans at most this many years; a wider "range" is two dates.
_LONGEST_PERIOD = 50


def years(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The (start, end) one period expression gives, (None, None) where it is no period."""
    for a, b in (("a", "b"), ("c", "d"), ("e", "f")):
        if m.group(a) is not None:
            start, end_text = int(m.group(a)), m.group(b)
            end = int(end_text) if len(end_text) == 4 else start // 100 * 100 + int(end_text)
            if start <= end <= start + _LONGEST_PERIOD:
                return start, end
            return None, None
    return None, int(m.group("g") or m.group("h"))


def merge_periods(found: Sequence[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    # Several periods for one document ("for 2021-2025 and 2021-2030"): the span of all.
    ranges = [(a, b) for a, b in found if a is not None and b is not None]
    if ranges:
        return min(a for a, _ in ranges), max(b for _, b in ranges)
    ends = [b for _a, b in found if b is not None]
    return (None, max(ends)) if ends else (None, None)


def period(text: str) -> tuple[int | None, int | None]:
    """The years a document covers, in any of their written forms; (None, None) if none.

    A period with no start (``until October 2028``) gives only the end; several give
    the span of them all.

    >>> period("for the years 2024 and 2025"), period("valid until 2031")
    ((2024, 2025), (None, 2031))
    >>> period("for a five-year term")
    (None, None)
    """
    folded = fold(text)
    return merge_periods([years(m) for m in periods_in(folded, 0, len(folded))])


_ANY_YEAR = re.compile(_YEAR)
# A period's words around its first year: its lead-in before ("running to the end of
# 31 October "), its second year after (" through 2029").
_PERIOD_LEAD = 48
_PERIOD_TAIL = 24


def periods_in(folded: str, start: int, end: int) -> list[re.Match[str]]:
    """The period expressions in ``folded[start:end]``, as ``PERIOD.finditer`` gives them,
    looked for only around the years (the long regex tried at every character is slow)."""
    found: list[re.Match[str]] = []
    done = start
    for year in _ANY_YEAR.finditer(folded, start, end):
        if year.start() < done:
            continue  # the second year of a period found
        lo = max(done, year.start() - _PERIOD_LEAD)
        hi = min(end, year.end() + _PERIOD_TAIL)
        m = PERIOD.search(folded, lo, hi)
        if m is not None and m.start() <= year.start() < m.end():
            found.append(m)
            done = m.end()
    return found


# --- mentions of documents ---

_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBERS = {w: n for n, w in enumerate(_NUMBERS.split(" "))} | {
    "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
}  # fmt: skip
_DETERMINERS = words("definite")
_INDEFINITE = words("indefinite")
_VAGUE = words("vague")
_NOT_NAME = words("not_name")
_FRESH = words("fresh")
_QUALIFIERS = words("qualifier")
_FUNCTION = _DETERMINERS | _INDEFINITE | words("function")
_YEAR_TOKEN = re.compile(rf"{_YEAR}(?:-\d\d(?:\d\d)?)?|-")
# A token: a word or a mark.
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*|[^\sa-z0-9]")
# A name's lead-in is at most this many words: "upwards of two dozen", "a total of 12".
_LEAD_IN = 6
_ALIAS = re.compile(r"\s?\((?P<alias>[a-z][a-z-]{0,15})\)")
# After its noun, a word that makes the noun a modifier ("the treaty regime").
_COMPOUND = re.compile(
    r"\s(?:regime|implementation|framework|mechanism|process|committee|commission|council"
    r"|secretariat|office|officers?|projects?|partners?|members?|provisions|obligations"
    r"|negotiations|talks|review|anniversary|fund)\b"
)
# Reaches, in characters, each with its reason: a name's modifiers and lead-in (a count,
# a determiner) are a few words; a verb governs a name a few words on; a passive verb
# comes after the name's own complements and apposition (one long noun phrase).
_NAME_REACH = 90
LEFT_REACH = 90
RIGHT_REACH = 160
MAX_MODIFIERS = 4


class Mention(NamedTuple):
    """A noun phrase naming a document: ``lead`` its first word (a determiner, a count),
    ``[start, name_end)`` its modifiers and noun, ``end`` past a bracketed short form
    ``(MoU)``. (A named tuple: stages build one per mention, and tuples are built fast.)"""

    lead: int
    start: int
    name_end: int
    end: int
    kind: str
    cls: str
    generic: bool  # a word for any document ("deal", "documents")
    document: bool  # False for what is none (a joint statement): read, never counted
    plural: bool
    reference: str  # definite, indefinite, bare or count
    number: int  # the number counted; -1 for a vague count (several, a number of)
    fresh: bool  # "a new agreement": never one told before
    proper: bool  # its modifiers capitalised ("the Trade Accord"): a name, not a reference
    aliases: frozenset[str]
    sentence: int


def _count_before(lead_in: list[str], plural: bool) -> tuple[str, int, bool, int]:
    """The reference a name's lead-in lead_in make (read right to left): its kind, its
    count, whether it says the document is a new one, and how many words it took."""
    fresh = ahead = False
    i = len(lead_in) - 1
    count = 0
    while i >= 0 and lead_in[i] in _NOT_NAME:
        fresh = fresh or lead_in[i] in _FRESH
        ahead = ahead or lead_in[i] == "following"  # "the following agreements:" ahead
        i -= 1
    if i >= 0 and (lead_in[i] in NUMBERS or lead_in[i].isdigit()):
        count = NUMBERS.get(lead_in[i], 0) or int(lead_in[i][:3])
        if lead_in[i] == "dozen" and i > 0 and lead_in[i - 1] in NUMBERS:
            count, i = 12 * NUMBERS[lead_in[i - 1]], i - 1
        i -= 1
        while i >= 0 and lead_in[i] in _QUALIFIERS:
            i -= 1
    elif i >= 1 and lead_in[i] == "of" and lead_in[i - 1] in _VAGUE:
        count, i = -1, i - 2
    elif i >= 0 and lead_in[i] in _VAGUE:
        count, i = -1, i - 1
    while i >= 0 and lead_in[i] in _NOT_NAME:
        ahead = ahead or lead_in[i] == "following"
        i -= 1
    before = lead_in[i] if i >= 0 else ""
    used = len(lead_in) - 1 - i
    if before == "that" and (plural or count):
        before = ""  # "announced that 15 agreements were signed": a conjunction
    if (before in _DETERMINERS or before.endswith("'s")) and not ahead:
        return "definite", count, fresh, used + 1
    if count:
        return "count", count, fresh, used
    if before in _INDEFINITE:
        return "indefinite", 0, fresh or before == "another", used + 1
    return "bare", 0, fresh, used


def _modifier(doc: Document, word: str, at: int) -> bool:
    """Whether a word before a document's noun is part of its name ("cooperation")."""
    return not (
        not word[0].isalpha()
        or word in _FUNCTION
        or word in NUMBERS
        or word in _NOT_NAME
        or word.endswith("'s")
        or (word.endswith("ed") and "-" not in word and not doc.text[at].isupper())
        or _ONE_VERB.fullmatch(word) is not None
    )


def _mention(
    doc: Document, sent: Span, index: int, head: re.Match[str], cls: str, role: str
) -> Mention | None:
    folded = doc.folded
    if _COMPOUND.match(folded, head.end()):
        return None
    # the tokens before the noun, read right to left; between two, only spaces, so each
    # begins where it last occurs before the next
    tokens = _TOKEN.findall(folded, max(sent.start, head.start() - _NAME_REACH), head.start())
    # the kind keeps the last few modifiers; a longer name ("the Lake X River Basin Water
    # Sharing Agreement") reaches further back, to its lead-in
    name_start = extent = at = head.start()
    modifiers, k = 0, len(tokens) - 1
    while k >= 0:
        at = folded.rfind(tokens[k], 0, at)
        if not _YEAR_TOKEN.fullmatch(tokens[k]):  # "the 2024-2026 plan": a period
            if not _modifier(doc, tokens[k], at):
                break
            extent, modifiers = at, modifiers + 1
            if modifiers <= MAX_MODIFIERS:
                name_start = at
        k -= 1
    # the lead-in: up to six words before the modifiers (from the token that ended them)
    lead_in: list[tuple[str, int]] = []
    for j in range(k, -1, -1):
        if len(lead_in) == _LEAD_IN:
            break
        if j < k:
            at = folded.rfind(tokens[j], 0, at)
        if tokens[j][0].isalnum():
            lead_in.append((tokens[j], at))
    lead_in.reverse()
    noun = head.group()
    word = noun.split(" of ")[0].split()[-1]
    plural = cls != "minutes" and word.endswith(("s", "memoranda"))
    reference, count, fresh, used = _count_before([w for w, _at in lead_in], plural)
    lead = lead_in[len(lead_in) - used][1] if used else extent
    end, aliases = head.end(), frozenset[str]()
    alias = _ALIAS.match(folded, end)
    if alias is not None:
        end, aliases = alias.end(), frozenset((alias.group("alias").rstrip("s"),))
    named = doc.text[name_start : head.start()]
    proper = named[:1].isupper() and name_start > sent.start  # not a sentence's first word
    kind = doc.text[name_start : head.end()].lower()
    return Mention(
        lead, name_start, head.end(), end, kind, cls, role == "generic", role != "not",
        plural, reference,
        count, fresh, proper, aliases, index,
    )  # fmt: skip


@attrs.frozen
class Story:
    """A story's mentions of documents, in order, and where its verbs may be."""

    mentions: tuple[Mention, ...]
    verbs: Verbs


def read_story(doc: Document, ctx: Context) -> Story:
    """The mentions of documents in the story (none inside another's brackets) and its
    verbs, from the context's one automaton pass."""
    found: list[Mention] = []
    sentences = ctx.sentences
    if not sentences:
        return Story((), Verbs(doc.folded, (), ()))
    folded = doc.folded
    nouns, verbs = ctx.document_starts, ctx.document_verb_starts
    order = sorted(verbs)
    story_verbs = Verbs(folded, tuple(order), tuple(tuple(sorted(verbs[at])) for at in order))
    k = 0
    for row, m in _NOUNS.finditer(folded, sentences[0].start, sentences[-1].end, nouns):
        while k < len(sentences) and sentences[k].end <= m.start():
            k += 1
        if k == len(sentences) or m.start() < sentences[k].start or m.end() > sentences[k].end:
            continue
        role, cls, _pattern = _NOUN_ROWS[row]
        if found and m.start() < found[-1].end:
            continue
        mention = _mention(doc, sentences[k], k, m, cls, role)
        if mention is not None:
            found.append(mention)
    return Story(tuple(found), story_verbs)


# --- clauses ---

_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:which|that|who|whom|whose|where|while|whereas|because|although|though|but"
    r"|said|says|told|added|noted|stressed|announced)\b"
)
_WORD_START = re.compile(r"\b\w")


def clause_start(folded: str, sent: Span, at: int, reach: int = LEFT_REACH) -> int:
    """Where the clause holding ``at`` begins, looking back at most ``reach``."""
    start = max(sent.start, at - reach)
    if start > sent.start:
        word = _WORD_START.search(folded, start, at)  # not in a word's middle
        start = word.start() if word is not None else at
    for m in _CLAUSE_BREAK.finditer(folded, start, at):
        start = m.end()
    return start


# --- counted documents given one by one ---

_ONE_ITEM = re.compile(r"(?:[:;,]\s*|\s)(?:and\s)?(?:one|another)\s(?!of\b)")
_FIRST_ITEM = re.compile(
    r"(?:\s(?:were|was|have been|had been)(?:\s\w+ly|\salso)?\s(?:signed|inked|concluded))?"
    r"(?::\s|\s)(?P<prep>on|in|for|covering|concerning|regarding)\s"
)
# What follows "on" in a list of times and places, not of subjects ("on Monday, on the
# sidelines of ...").
_NOT_ITEM = re.compile(
    rf"{TIME_WORD.pattern}|(?:\d|the sidelines|the margins|the occasion|behalf|the same|this"
    r"|that)\b"
)


_NEXT_ITEM = {
    prep: re.compile(rf"(?:[,;]\s(?:and\s)?|\sand\s){prep}\s")
    for prep in ("on", "in", "for", "covering", "concerning", "regarding")
}
# A list's colon comes after the count and its verb ("four memorandums were signed at
# the same ceremony: one ..."), a clause's length at most.
_COLON_REACH = 80


def items(folded: str, sent: Span, m: Mention) -> int:
    """How many documents a plural mention's list gives one by one: ``four memorandums:
    one on X, one on Y``, ``agreements on X, on Y and on Z``; 0 when it gives none."""
    if not m.plural:
        return 0
    colon = folded.find(":", m.end, min(sent.end, m.end + _COLON_REACH))
    if colon >= 0:
        ones = len(_ONE_ITEM.findall(folded, colon, sent.end))
        if ones >= 2:
            return ones
    first = _FIRST_ITEM.match(folded, m.end)
    if first is None:
        return 0
    starts = [first.end()]
    starts += [
        x.end() for x in _NEXT_ITEM[first.group("prep")].finditer(folded, first.end(), sent.end)
    ]
    if any(_NOT_ITEM.match(folded, s) for s in starts):
        return 0
    if len(starts) >= 2:
        return len(starts)
    # "three memorandums on defence, oil and gas, and trade": subjects after one "on",
    # as many as the count says (commas part them; a last "and" when no comma does);
    # fields named as a range ("covering trade, fisheries and other fields") are no list
    stop = _LIST_END.search(folded, first.end(), sent.end)
    listed = folded[first.end() : stop.start() if stop else sent.end]
    if first.group("prep") != "on" or _OTHER_FIELDS.search(listed):
        return 0
    parts = [x for x in _COMMA.split(listed) if x.strip()]
    if len(parts) < m.number and " and " in parts[-1]:
        parts[-1:] = parts[-1].rsplit(" and ", 1)
    return m.number if m.number >= 2 and len(parts) == m.number else 0


_COMMA = re.compile(r",\s*(?:and\s+)?")
_OTHER_FIELDS = re.compile(r"\b(?:other|various|many|several|etc)\b")
# where a list of subjects ends: a clause of its own or the sentence's end
_LIST_END = re.compile(r"[;:(]|,\s(?:which|who|while|as|to|in order|with the)\b|\.\s")


def singular(kind: str) -> str:
    """``memorandums`` -> ``memorandum``, ``memoranda of understanding`` -> ``memorandum
    of understanding``, ``treaties`` -> ``treaty``: one of the documents a list gives."""
    head, sep, tail = kind.partition(" of ")
    head = re.sub(r"memoranda$", "memorandum", head)
    head = re.sub(r"ies$", "y", head)
    head = re.sub(r"(?<=[^s])s$", "", head)
    return head + sep + tail


_TOPIC = re.compile(
    r"\s(?:on|in the (?:fields?|areas?|sphere) of|regarding|concerning|covering)\s(?:the\s)?"
    r"(?P<topic>[a-z-]+)"
)


def topic(folded: str, m: Mention) -> str | None:
    """What a document is on, by the first word of its subject ("an MoU on health")."""
    topic = _TOPIC.match(folded, m.end)
    return topic.group("topic") if topic is not None else None

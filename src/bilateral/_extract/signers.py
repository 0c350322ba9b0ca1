"""Who signed a document: the persons or organisations named as its signers.

First the agent of a passive (``signed by X and Y``), else those the document is
``between``, else the subject of an active signing verb and those it was signed ``with``.
A small function of a mention's clause, so that it can read a clause layer where there is
one; it reads persons from :class:`bilateral._extract.analysis.Context` and takes other
names as written.
"""

from __future__ import annotations

import re

from bilateral._extract.analysis import Context, Document
from bilateral._extract.documents import (
    RIGHT_REACH,
    TIME_WORD,
    Mention,
    Verbs,
    clause_start,
    words,
)
from bilateral.model import Span

__all__ = ["signers"]


# A passive's agent: "signed (on Monday in Hanoi) by", a few words after the participle.
_AGENT = re.compile(r"\s(?:[^\s;:.]+\s){0,6}?by\s")
_PARTICIPLES = ("signed", "inked", "concluded", "sealed", "exchanged")
# Where a list of signers ends: the clause's end, or a word that begins what follows it.
_PHRASE_END = re.compile(
    r"[;:.]|\s(?:during|after|before|at|on|in|witnessed|following|for|under|as|to|covering"
    r"|valid|was|were|is|are|has|have|had|signed|which|that|who|within|through|from|with"
    r"|aimed|designed|meant|intended|establishing|setting|renewing|amending|looked|said|put"
    r"|will|would|today|yesterday)\b"
)
# Words that may be inside an organisation's name ("Centre for ...", "Institute in ...").
_IN_NAME = re.compile(r"\s(?:for|in|on)$")
_SPLIT = re.compile(r",\s(?:and\s)?|\sand\s|\sas well as\s")
_FRONTED = words("fronted")
_GERUND_LEAD = re.compile(r"\b(?:with|by|as|after)\s(?!.*\b(?:with|by|as|after)\s)")
# The words between a subject and its verb ("have also", "on Saturday"): a few at most.
_TAIL_REACH = 40
_SUBJECT_TAIL = re.compile(
    r"(?:\s(?:have|has|had|also|jointly|officially|formally|successfully|then|later|today"
    r"|yesterday|both|on \w+day|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|this \w+))+\s*$"
)
# A dateline's end before the subject: a dash after its date or agency ("Dec. 20 (MNA) –")
_DATELINE_END = re.compile(r"(?:\)|\d)\s*(?:–|—|--?)\s+")
# A list's part that names no one: a relation ("his counterpart") or a pronoun.
_NO_NAME = words("no_name")
_BRACKETS = re.compile(r"\([^)]*\)")
_DETERMINER = re.compile(r"(?:the|both|a|an)\s", re.IGNORECASE)
_SPACED_BRACKETS = re.compile(r"\s*\([^)]*\)")
_LEAD_WORD = re.compile(r"^(?:the|both|a|an)(?:\s|$)", re.IGNORECASE)
# A party named after the document's name ("an MoU with X", "for 2024-2026 with X").
_WITH_REACH = 40


def _phrase_end(doc: Document, start: int, limit: int) -> int:
    """Where a list of names that begins at ``start`` ends (at most at ``limit``)."""
    folded, text = doc.folded, doc.text
    stop = _PHRASE_END.search(folded, start, limit)
    while stop is not None and _IN_NAME.match(stop.group()):
        at = stop.end() + 1 + (4 if folded.startswith("the ", stop.end() + 1) else 0)
        if not text[at : at + 1].isupper() or TIME_WORD.match(folded, at):
            break  # "the CPC and the LPRP on building", "... on Tuesday": past the name
        stop = _PHRASE_END.search(folded, at, limit)  # "the Centre for the Training of ..."
    end = stop.start() if stop is not None else limit
    comma = folded.find(", ", start, end)
    while comma >= 0:
        at = comma + 2
        at += 4 if folded.startswith("and ", at) else 0
        if not (folded.startswith("the ", at) or text[at : at + 1].isupper()):
            return comma  # ", a province of ...", ", and gave ...": no longer a name
        comma = folded.find(", ", at, end)
    return end


def _conjuncts(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a list of names ("A, the B (B) and C"), brackets kept whole."""
    folded = doc.folded
    masked = folded[start:end]
    if "(" in masked:
        masked = _BRACKETS.sub(lambda b: "x" * len(b.group()), masked)
    cuts = [(m.start(), m.end()) for m in _SPLIT.finditer(masked)]
    parts, at = [], 0
    for a, b in cuts:
        parts.append((start + at, start + a))
        at = b
    parts.append((start + at, end))
    if sum(folded.startswith("the ", a) for a, _b in parts) >= 2:
        # "the X, the Y of A, B and C": only a "the" begins a new name
        merged: list[tuple[int, int]] = []
        for a, b in parts:
            if merged and not folded.startswith("the ", a):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        parts = merged
    return parts


def _names(doc: Document, ctx: Context, start: int, end: int) -> list[str]:
    """The persons (by their full names) and named organisations or places in a list."""
    people = ctx.people_in(start, end)
    if people:  # signatories are persons, or else organisations
        return list(dict.fromkeys(p.name for p in people))
    lead = _DETERMINER.match(doc.text, start)
    rest = doc.text[lead.end() if lead else start : end]
    if rest == rest.lower():
        return []  # "The two sides": nothing named (the cheap test, for most subjects)
    names: list[str] = []
    for a, b in _conjuncts(doc, start, end):
        piece = _LEAD_WORD.sub("", _SPACED_BRACKETS.sub("", doc.text[a:b]).strip(" ,."))
        first = piece.split(" ", 1)[0].lower()
        if first in _NO_NAME or piece == piece.lower():
            continue  # "his Laotian counterpart", "the two sides": no one named
        names.append(piece)
    return list(dict.fromkeys(names))


def _subject(doc: Document, sent: Span, cue: tuple[int, int]) -> tuple[int, int]:
    """The subject of an active signing verb: its clause before the verb, without a
    fronted adverbial ("After the talks, ...") or the words before the verb."""
    folded = doc.folded
    start = clause_start(folded, sent, cue[0], reach=len(sent))
    if folded.endswith("ing", cue[0], cue[1]):
        # a gerund's subject follows a preposition ("with X and Y signing"), if any
        lead = _GERUND_LEAD.search(folded, start, cue[0])
        return (lead.end(), cue[0]) if lead is not None else (cue[0], cue[0])
    ends = [m.end() for m in _DATELINE_END.finditer(doc.text, start, cue[0])]
    if ends:
        start = ends[-1]  # "TEHRAN, Dec. 20 (MNA) – X and Y signed": after the dash
    words = folded[start : cue[0]].split()
    comma = folded.rfind(", ", start, cue[0])
    if comma >= 0 and words and words[0].strip(",") in _FRONTED:
        start = comma + 2
    tail = _SUBJECT_TAIL.search(folded, max(start, cue[0] - _TAIL_REACH), cue[0])
    return start, tail.start() if tail is not None else cue[0]


def signers(
    doc: Document,
    ctx: Context,
    verbs: Verbs,
    sent: Span,
    m: Mention,
    limit: int,
    cue: tuple[int, int] | None,
    active: bool,
) -> tuple[str, ...]:
    """Who signed the document named by ``m``, as named in its sentence (up to ``limit``,
    where the next document's name begins).

    First the agent of a passive (``signed by X and Y``), else the parties the document
    is ``between``, else the subject of an ``active`` signing verb (``cue``, before the
    name) and those it was signed ``with``.
    """
    folded = doc.folded
    window_end = min(limit, m.name_end + RIGHT_REACH)
    agent = None
    for _role, cue_found in verbs.each(m.start, window_end):
        if cue_found.group() in _PARTICIPLES:
            agent = _AGENT.match(folded, cue_found.end(), window_end)
            if agent is not None:
                break
    if agent is not None:
        found = _names(doc, ctx, agent.end(), _phrase_end(doc, agent.end(), limit))
        if found:
            return tuple(found)
    between = folded.find(" between ", m.name_end - 1, window_end)
    if between >= 0:
        found = _names(doc, ctx, between + 9, _phrase_end(doc, between + 9, limit))
        if found:
            return tuple(found)
    found = []
    if cue is not None and active:
        found = _names(doc, ctx, *_subject(doc, sent, cue))
        with_ = folded.find(" with ", cue[1] - 1, m.start)  # "signed with X a roadmap"
        if with_ >= 0:
            found += _names(doc, ctx, with_ + 6, _phrase_end(doc, with_ + 6, m.start))
    with_ = folded.find(" with ", m.name_end - 1, min(window_end, m.name_end + _WITH_REACH))
    if with_ >= 0 and verbs.first(m.name_end, with_) is None:
        found += _names(doc, ctx, with_ + 6, _phrase_end(doc, with_ + 6, limit))
    return tuple(dict.fromkeys(found))

"""Who acts in a clause: the subject before a predicate, as the clause layer reads it.

:func:`subject_of` finds it: the nearest coordinated people before the predicate in its
clause (through one apposition), else an antecedent, the main clause's subject or the one
a pronoun points at; :func:`possessor` reads "X's visit", "his talks";
:func:`after_comma` the subject after a fronted phrase; :func:`sentence_subject` the main
clause's, whom "he" points at next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from bilateral._extract.sentence import (
    EMPTY,
    PREPOSITION,
    PREPOSITION_NAMES,
    PRONOUN,
    REACH,
    Phrase,
    Segment,
    SentenceView,
    in_title,
)
from bilateral.model import Span

__all__ = [
    "POSSESSIVE",
    "after_comma",
    "last_group",
    "possessor",
    "sentence_subject",
    "subject_end",
    "subject_of",
]


def sentence_subject(s: SentenceView, segments: Sequence[Segment]) -> Phrase:
    # The main clause's first people before any argument opener: whom "he" points at next.
    for seg in segments:
        if seg.kind != "main":
            continue
        first = s.people_in(seg.start, seg.end)
        if not first:
            continue
        span0 = first[0][0]
        # (a fronted phrase up to its comma, "For her part, X", opens no argument; nor does
        # a title's preposition, "President of the Red Cross X")
        lead = s.folded.rfind(",", seg.start, span0.start) + 1 or seg.start
        opener = any(
            PREPOSITION_NAMES[m.lastgroup or ""] != "transparent"
            and not in_title(s, m.start(), m.end())
            for m in PREPOSITION.finditer(s.folded, lead, span0.start)
        )
        if opener and not _LIGHT_SUBJECT.match(s.folded, seg.start, span0.start):
            continue
        return s.phrase(seg.start, subject_end(s, seg, span0.end), pronouns=False)
    return EMPTY


# A clause may open with a time or place before its subject ("On Monday, X ..."):
# those prepositions do not make the people after them objects.
_LIGHT_SUBJECT = re.compile(r"^\W*(?:(?:on|in|at|earlier|later|also|meanwhile)\b[^,]*,\s*)+\W*$")


def subject_end(s: SentenceView, seg: Segment, first_end: int) -> int:
    # a coordinated subject ("X and Y held talks") runs on over "and" and commas
    return _subject_end_at(s, first_end, seg.end)


_PRONOUN_AND = re.compile(r"\b(?:he|she|they)\s+and\s+$")
# One apposition between a subject and its verb: ", Deputy Prime Minister of Y, "
_APPOSITION_GAP = re.compile(
    r",\s+(?!who\b|which\b|whose\b|where\b|when\b|while\b)[^,;:()]{2,90},\s*"
)


def subject_of(
    s: SentenceView,
    segs: Sequence[Segment],
    k: int,
    trigger: Span,
    previous: Phrase,
    main: Phrase,
    adjunct: bool,
) -> Phrase:
    seg = segs[k]
    folded = s.folded
    # the people nearest before the predicate in its clause, with those coordinated with
    # them ("X and Y held talks"), not those of an opening phrase ("According to X, Y
    # called on Z") or of an earlier argument ("with X", "by X")
    own = last_group(s, Segment(seg.start, trigger.start, seg.kind))
    if own.people:
        return own
    before = s.people_in(s.sent.start, seg.start)
    if before and _APPOSITION_GAP.fullmatch(folded, before[-1][0].end, trigger.start):
        # "where she and X, Deputy Prime Minister of Y, held a meeting": the people
        # before the apposition, in the segment that names them
        at = before[-1][0].start
        home = next((g for g in segs if g.start <= at < g.end), seg)
        group = last_group(s, Segment(home.start, before[-1][0].end, home.kind))
        if _PRONOUN_AND.search(folded, home.start, group.span.start) and previous.people:
            # "she and X": the one "she" is, and X
            people = (*previous.people, *(x for x in group.people if x not in previous.people))
            return attrs.evolve(group, people=people)
        return group
    if seg.resumes is not None:
        # "X, who arrived on Monday, was accorded a welcome": X
        resumed = last_group(s, Segment(*seg.resumes, "main"))
        if resumed.people:
            return resumed
    pronoun = PRONOUN.search(folded, seg.start, trigger.start)
    if seg.kind == "rel":
        before = s.people_in(s.sent.start, seg.start)
        if before and pronoun is None:
            return Phrase(before[-1][0], (before[-1][1],))
    own_group = s.phrase(seg.start, trigger.start)
    if own_group.people and not own.people:
        # all its people are inviters ("X who is here at the invitation of Y was received"):
        # the subject is the one invited, named by a title only
        own_group = attrs.evolve(own_group, people=())
    if own_group.group:
        return own_group
    if seg.kind in ("and", "sub", "speech", "stop") or adjunct or pronoun is not None:
        if pronoun is not None or seg.kind == "and":
            return attrs.evolve(previous or main, pronoun=pronoun is not None)
        # a fronted adjunct's subject comes after it ("During ..., X met Y"); a trailing
        # one's is the clause's it follows ("X and Y agreed during phone talks")
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        fronted = k == 0 or segs[k - 1].end - segs[k - 1].start < 3
        if fronted and nxt is not None and nxt.kind == "main":
            after = s.people_in(nxt.start, nxt.end)
            if after:
                return s.phrase(nxt.start, subject_end(s, nxt, after[0][0].end))
        if not fronted:
            # the subject of the clause it follows: its first people, with those
            # coordinated with them
            for prior in reversed(segs[:k]):
                first = s.people_in(prior.start, prior.end)
                if first:
                    return s.phrase(prior.start, subject_end(s, prior, first[0][0].end))
        return main or previous
    return own_group  # no one named: its words may still say who ("the guests")


def last_group(s: SentenceView, seg: Segment) -> Phrase:
    """The last people of a clause, with those coordinated before them ("X and Y", "X,
    Minister of Z, and Y")."""
    # (an inviter named in the clause is not its subject: "X, who is here at the
    # invitation of Y, was received by Z")
    found = [
        f
        for f in s.people_in(seg.start, seg.end)
        if not _INVITER_BEFORE.search(
            s.folded, max(seg.start, f[0].start - _INVITER_REACH), f[0].start
        )
    ]
    if not found:
        return EMPTY
    start = found[-1][0].start
    joined = False  # an "and" seen: the items before it may be joined by commas alone
    for span, _p in reversed(found[:-1]):
        gap = s.folded[span.end : start]
        if _COORDINATION.fullmatch(gap) and " and " in f" {gap} ".replace(",", " "):
            start, joined = span.start, True
        elif joined and _LIST_ITEM.fullmatch(gap):
            start = span.start  # "A, Minister of B, C, and D": a serial list
        else:
            break
    return s.phrase(start, found[-1][0].end)


# "at the invitation of" and up to eight title words: about sixty characters
_INVITER_REACH = 60
_INVITER_BEFORE = re.compile(
    r"\binvitation (?:extended )?(?:of|by|from)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,8}$"
)

# what may stand between two coordinated people: "and", commas, and an apposition
# ("X, Minister of Foreign Affairs of Y, and Z", "X and the Head of Y, Ambassador Z")
_COORDINATION = re.compile(
    r"(?:,\s*[^,;:]{0,90}?,)?\s*,?\s*(?:and|&)\s+(?:[^,;:]{0,80}?,\s*)?(?:[^,;:]{0,80}?\s)?"
)
# between two items of a list before its "and": a comma, and the next one's title
# ("X, Minister of Y, the Ambassador to Z, W")
_LIST_ITEM = re.compile(r",\s*(?:[^,;:]{0,90}?,\s*)?(?:[^,;:]{0,80}?\s)?")

POSSESSIVE = re.compile(r"'s?\s+(?:[\w-]+\s+){0,3}$")

_WHOSE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,3}$")

_HIS = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$")

_THEIR = re.compile(r"\b(?:their)\s+(?:[\w-]+\s+){0,3}$")


def possessor(s: SentenceView, seg_start: int, span: Span, previous: Phrase) -> Phrase:
    """Whose a noun is: "X's visit", "his talks", "their meeting"."""
    before = s.folded[max(seg_start, span.start - 40) : span.start]
    m = POSSESSIVE.search(before)
    if m is not None:
        at = span.start - len(before) + m.start()
        owners = [(sp, p) for sp, p in s.people if at - 1 <= sp.end <= at + 1]
        if owners:
            return Phrase(owners[-1][0], (owners[-1][1],))
    if _HIS.search(before):
        return attrs.evolve(previous, pronoun=True)
    if _WHOSE.search(before):
        # "X, whose visit to Y ran from ...": the antecedent
        at = span.start - len(before) + before.rfind("whose")
        owners = s.people_in(s.sent.start, at)
        if owners:
            return Phrase(owners[-1][0], (owners[-1][1],))
    if _THEIR.search(before):
        return Phrase(span, group=True)
    return EMPTY


def after_comma(s: SentenceView, span: Span, limit: int) -> tuple[int, Phrase]:
    """For a fronted adjunct ("During his talks with Y, X ..."): where it ends, and the
    people who open the clause after it."""
    # (the adjunct's clause may end at that very comma: look a little past it)
    limit = min(s.sent.end, max(limit, span.end) + 2)
    comma = s.folded.find(",", span.end, limit)
    while comma >= 0 and _RELATIVE_AFTER.match(s.folded, comma + 1):
        # "At his talks with Y, who is visiting, X said": the adjunct ends after the clause
        comma = s.folded.find(",", comma + 1, min(s.sent.end, comma + REACH))
    if comma < 0:
        return limit, EMPTY
    reach = min(s.sent.end, comma + REACH)
    after = s.people_in(comma, reach)
    if after:
        gap = s.folded[comma + 1 : after[0][0].start]
        # the clause opens with its subject: only a title may come before the person, no
        # verb ("the delegation handed over President X's message")
        if len(gap.split()) <= 8 and not _VERB_IN_GAP.search(gap):
            return comma, s.phrase(comma + 1, _subject_end_at(s, after[0][0].end, reach))
    return comma, EMPTY


_RELATIVE_AFTER = re.compile(r"\s*(?:who|whom|whose|which|where)\b")
_VERB_IN_GAP = re.compile(
    r"\b(?:[a-z]+ed|said|says|met|held|had|has|have|gave|made|took|told|was|were|is|are"
    r"|will|would|also|then)\b(?! (?:by|of))"
)


def _subject_end_at(s: SentenceView, first_end: int, limit: int) -> int:
    end = first_end
    for span, _p in s.people_in(first_end, limit):
        gap = s.folded[end : span.start]
        if re.fullmatch(r"[\s,]*(?:and|&)?[\s\w.,'-]{0,60}?", gap) and not PREPOSITION.search(gap):
            end = span.end
        else:
            break
    return end

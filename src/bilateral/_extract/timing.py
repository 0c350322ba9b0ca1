"""When an engagement took place, by scope: its clause's own date, else the date that
governs its sentence, else the last day told before it (the codebook's dates, with
:mod:`bilateral._extract.dates` resolving each mention).

A time expression governs its clause, then its sentence, then the engagements told
after it until another one, except those told as framed by a visit's days ("during
his stay", "while in Manila") or as earlier ("had called on", "told the host about his
talks"). A visit's dates are its own; a signing takes only its sentence's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol

import pendulum

from bilateral._extract.analysis import Context, Document
from bilateral._extract.clauses import Clauses, Predicate, Voice
from bilateral._extract.dates import DateMention, Relation
from bilateral.model import EngagementKind, Span

__all__ = ["PERFECT", "Timing", "Told"]

_K = EngagementKind
_MEETINGS = (_K.TALKS, _K.MEETING, _K.RECEPTION)

# What puts an engagement outside the day told before it.
_IN_A_VISIT = re.compile(
    r"\b(?:(?:during|throughout|in the course of|as part of|on the sidelines of)\s+(?:the|his"
    r"|her|their|its|this|that)?\s*(?:[\w-]+\s+){0,2}(?:visit|stay|trip|tour|programme|program)"
    r"|while (?:in|on|there|visiting)|over (?:those|the) (?:\w+ )?days)\b"
)
_EARLIER = re.compile(
    r"\b(?:previously|before that|prior to that|in the past|last (?:year|month|week)"
    r"|about (?:his|her|their|the)(?: [\w-]+){0,2})\b"
)
_SINCE = re.compile(r"\bsince\s+(?:[\w,]+\s+\(?)?$")
# What a visit's own day is the first of: "paid a visit", "began a three-day visit".
_BEGUN_BEFORE = re.compile(
    r"\b(?:paid|pays|paying|made|makes|making|undertook|undertakes|undertaking|began|begins"
    r"|beginning|started|starts|starting|kicked off|kicks off|opened|commenced)\s+"
    r"(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,3}$"
)
# "concluded her three-day visit on Wednesday", "ending his visit": the day it ended
_ENDED_BEFORE = re.compile(
    r"\b(?:concluded|concludes|concluding|wrapped up|wraps up|wrapping up|ended|ends|ending"
    r"|completed|completes|completing|rounded off|rounding off|wound up|winding up)\s+"
    r"(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,3}$"
)
_BEGAN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:which|that) (?:began|started|opened|kicked off|got under way)\b"
    # "the official visit of X to Y began on Tuesday": the noun's own verb, no comma between
    r"|[^.;,]{0,50}?\s(?:began|started|opened|kicked off|got under way)\b"
)
_RUNS_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:which|that) (?:will )?(?P<verb>runs?|lasts?|continues?|ends?)\b"
)
# "the visit (that) X paid to Y": the noun's own verb after it, in a reduced relative
_PAID_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w.'’-]+\s+){0,4}?(?:paid|made)\b")
# "... and also called on Y": a second engagement coordinated with the one before
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+ly\s+)?$")
_ONE_DAY = re.compile(r"\b(?:one-day|day-long|one day|a day's)\s+(?:[\w-]+\s+)?$")
# A perfect tense before a predicate: told as past, not as the story's day.
PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:(?:already|also|earlier|just|recently)\s+)?\S*$")


class Told(Protocol):
    """An engagement told so far, as far as its date goes."""

    @property
    def kind(self) -> EngagementKind: ...

    @property
    def start(self) -> pendulum.Date | None: ...

    @property
    def sentence(self) -> int: ...


class Timing:
    """The dates of one article's engagements, read as the engagements are told.

    ``told`` is the list of engagements told so far (the engagement stage's own, read,
    never changed here).
    """

    def __init__(self, doc: Document, ctx: Context, layer: Clauses, told: Sequence[Told]) -> None:
        self.folded = doc.folded
        self.ctx = ctx
        self.layer = layer
        self.told = told
        self._date_starts = [d.span.start for d in ctx.dates]

    def pick(self, p: Predicate, kind: EngagementKind) -> DateMention | None:
        """The date its own clause gives a predicate's engagement: a period or the day of
        arrival for a visit, else the day nearest the predicate."""
        dates = [d for d in p.dates if not d.span.overlaps(p.span)]
        # "on a visit since Wednesday": when a stay began, never the day of a meeting
        since = [
            d for d in dates if _SINCE.search(self.folded, max(0, d.span.start - 24), d.span.start)
        ]
        if kind is _K.VISIT and since:
            return since[0]
        dates = [d for d in dates if d not in since]
        if (
            kind is _K.VISIT
            and not dates
            and _ONE_DAY.search(self.folded, max(0, p.span.start - 30), p.span.start)
        ):
            # "received on Wednesday, during a one-day visit": the visit is that day
            sent = self.ctx.sentences[p.sentence]
            days = [d for d in self.ctx.dates_in(sent) if d.relation is Relation.POINT]
            return days[0] if len(days) == 1 else None
        began = _BEGAN_AFTER.match(self.folded, p.span.end) if kind is _K.VISIT else None
        if began is not None:
            # "a three-day visit, which began on Monday" (the relative clause's day)
            sent = self.ctx.sentences[p.sentence]
            after = [d for d in self.ctx.dates_in(Span(began.end(), sent.end))]
            if after and after[0].relation is Relation.POINT:
                return after[0]
        runs = _RUNS_AFTER.match(self.folded, p.span.end) if kind is _K.VISIT else None
        if runs is not None and not dates:
            # "a visit that runs until Friday", "which lasts from June 5 to 7": its days
            sent = self.ctx.sentences[p.sentence]
            after = [d for d in self.ctx.dates_in(Span(runs.start("verb"), sent.end))]
            if after and after[0].relation in (Relation.PERIOD, Relation.UNTIL):
                return after[0]
        if not dates:
            return None
        if kind is _K.VISIT:
            periods = [d for d in dates if d.relation in (Relation.PERIOD, Relation.UNTIL)]
            if periods:
                return periods[0]
            points = [d for d in dates if d.relation is Relation.POINT]
            if points and (
                p.lemma in ("arrive", "travel", "be_in")
                or p.voice is not Voice.NOMINAL
                or _BEGUN_BEFORE.search(self.folded, max(0, p.span.start - 60), p.span.start)
                or self.ended(p)
                # "the state visit X paid to Y on 3 May 2019": the day it was paid
                or _PAID_AFTER.match(self.folded, p.span.end)
            ):
                # "X visited Y on Monday", "arrived on Monday", "paid a visit on Monday",
                # "began a three-day visit on Monday": the day it began
                return points[0]
            return None
        points = [d for d in dates if d.relation not in (Relation.PERIOD, Relation.UNTIL)]
        if not points:
            return None
        return min(points, key=lambda d: abs(d.span.start - p.span.start))

    def ended(self, p: Predicate) -> bool:
        """Whether a visit is told by its end ("concluded her visit on Wednesday"): its
        day is the visit's last, per the codebook an end alone."""
        return bool(_ENDED_BEFORE.search(self.folded, max(0, p.span.start - 60), p.span.start))

    def resolve(
        self, mention: DateMention | None, kind: EngagementKind
    ) -> tuple[pendulum.Date | None, pendulum.Date | None]:
        """A mention's start and end for an engagement of ``kind`` ("the same day": the
        day of the engagement told last; a period ends only a visit)."""
        if mention is None:
            return None, None
        if mention.relation is Relation.SAME:
            prev = next(
                (d for d in reversed(self.told) if d.kind is not _K.VISIT and d.start), None
            )
            return (prev.start if prev else None), None
        if mention.relation is Relation.SAME_TALKS:
            prev = next((d for d in reversed(self.told) if d.kind in _MEETINGS), None)
            return (prev.start if prev else None), None
        if mention.relation is Relation.UNTIL:
            return None, mention.end
        if kind is not _K.VISIT or mention.relation is not Relation.PERIOD:
            return mention.start, None
        return mention.start, mention.end

    def scoped(self, p: Predicate, kind: EngagementKind) -> pendulum.Date | None:
        """A date by scope where the predicate's clause has none: one that governs its
        sentence (in a clause of no other predicate), else the last day told before it,
        unless a period (a visit's days) came between, or the predicate is told outside
        that day (:meth:`unscoped`). A visit's dates are its own; a signing takes only its
        sentence's."""
        if kind is _K.VISIT:
            return None
        sent = self.ctx.sentences[p.sentence]
        # (read within the clause's reach of the predicate, as the clause layer reads)
        near = Span(max(sent.start, p.clause.start - 200), min(sent.end, p.clause.end + 200))
        # (a date in another predicate's clause is that one's, unless that one is an
        # adjunct of this: "signed it after holding talks on April 18")
        others = (
            [
                q.clause
                for q in self.layer.in_sentence(p.sentence)
                if q.clause != p.clause and q.clause.overlaps(near) and not q.adjunct
            ]
            if len(self.layer.in_sentence(p.sentence)) < 20
            else []
        )
        free = [
            d
            for d in self.ctx.dates_in(near)
            if d.relation in (Relation.POINT, Relation.SAME, Relation.SAME_TALKS)
            and not any(c.contains(d.span) for c in others)
            and not d.span.overlaps(p.span)  # ("during their talks" names these talks)
        ]
        if len(free) == 1:
            # "When the meeting was over, the two leaders signed ...": the meeting's day
            return self.resolve(free[0], kind)[0]
        if _ALSO_BEFORE.search(self.folded, max(0, p.span.start - 20), p.span.start):
            # "X called on Y today, and also called on Z": the day of the one it adds to
            here = [d for d in self.told if d.sentence == p.sentence and d.kind is kind]
            if here and here[-1].start is not None:
                return here[-1].start
        if p.sentence > 0:
            # the sentence before, when it tells no engagement of its own
            prev_sent = self.ctx.sentences[p.sentence - 1]
            points = [d for d in self.ctx.dates_in(prev_sent) if d.relation is Relation.POINT]
            if len(points) == 1 and not self.layer.in_sentence(p.sentence - 1):
                return points[0].start
        if not any(d.kind not in (_K.VISIT, _K.SIGNING) for d in self.told):
            # the first meeting of a story is the one its lead dates
            points = [
                d for d in self.ctx.dates_in(self.ctx.sentences[0]) if d.relation is Relation.POINT
            ]
            if len(points) == 1 and p.sentence <= 2:
                return points[0].start
        if kind is _K.SIGNING or self.unscoped(p):
            return None
        # the last day told before the sentence, unless a period came after it
        i = bisect.bisect_left(self._date_starts, sent.start) - 1
        while i >= 0:
            d = self.ctx.dates[i]
            if d.relation in (Relation.PERIOD, Relation.UNTIL):
                return None  # the days of a visit: what follows is on one of them
            if d.relation is Relation.POINT and d.start is not None:
                return d.start
            i -= 1
        return None

    def unscoped(self, p: Predicate) -> bool:
        """Whether a predicate stands outside the day told before it: framed by a visit's
        days ("during his stay", "while in Manila"), or told as earlier ("Earlier, X had
        called on Y", "told the host about his talks with Z")."""
        sent = self.ctx.sentences[p.sentence]
        # (its clause's words before it, and the sentence's opening)
        start = max(sent.start, min(p.clause.start, p.span.start - 200))
        head = self.folded[start : p.span.end]
        opening = self.folded[sent.start : min(sent.start + 80, p.span.end)]
        return bool(
            _IN_A_VISIT.search(head)
            or _EARLIER.search(head)
            or _IN_A_VISIT.search(opening)
            or _EARLIER.search(opening)
            or PERFECT.search(self.folded, max(sent.start, p.span.start - 25), p.span.start)
        )

"""The drafts of an article's engagements as they are told, and the lookups every kind
of engagement shares: the engagement told last, the people a phrase names (a pronoun, "the
two leaders", "the delegation"), a definite mention's engagement, and the merging of one
engagement told twice.

:class:`Drafting` holds the state of one article's pass; :mod:`.ceremonies` adds the
kinds with frames of their own (signings, handovers, calls) and :mod:`.engagements` the
main pass over the clause layer (meetings, receptions, talks, visits).
"""

from __future__ import annotations

from collections.abc import Iterable

import pendulum

from bilateral._extract.analysis import Context, Document
from bilateral._extract.clauses import Clauses, Phrase, Predicate
from bilateral._extract.cues import GUEST_WORDS, LED_BY
from bilateral._extract.hosts import Draft, compatible, settle_hosts
from bilateral._extract.timing import Timing
from bilateral.model import EngagementKind, Person

__all__ = ["MEETINGS", "Drafting"]

_K = EngagementKind
# the kinds a definite "the meeting" may refer to
MEETINGS = (_K.TALKS, _K.MEETING, _K.RECEPTION)


class Drafting:
    """One article's engagements while they are read, and the lookups over them."""

    def __init__(self, doc: Document, ctx: Context, layer: Clauses) -> None:
        self.doc = doc
        self.ctx = ctx
        self.layer = layer
        self.folded = doc.folded
        self.drafts: list[Draft] = []
        # the kinds told as planned ("is to pay a state visit"): "the visit" after one is it
        self.planned: set[EngagementKind] = set()
        self.timing = Timing(doc, ctx, layer, self.drafts)
        # the heads of delegations ("a delegation led by X") are guests wherever they go
        self.visitors: list[Person] = [
            x
            for m in LED_BY.finditer(self.folded)
            for _s, x in ctx.people_at(m.end(), m.end() + 120)[:1]
        ]

    def last(self, kinds: Iterable[EngagementKind]) -> Draft | None:
        wanted = set(kinds)
        for d in reversed(self.drafts):
            if d.kind in wanted:
                return d
        return None

    def group(self, phrase: Phrase) -> list[Person]:
        """The people of a phrase; for "they", "the two leaders": the pair just told; for
        "his guest", "the delegation": the visitors."""
        if phrase.people:
            return list(phrase.people)
        if self.visitors and GUEST_WORDS.search(self.folded, phrase.span.start, phrase.span.end):
            return list(self.visitors)
        if phrase.group:
            prev = self.last((*MEETINGS, _K.CALL))
            if prev is not None and len(prev.people()) >= 2:
                # "the two leaders", "their": the first of each side, not their retinues
                people = prev.people()
                other = next((x for x in people if x.country != people[0].country), None)
                return [people[0], other] if other is not None else people
            return self.pair_before(phrase.span.start)
        return []

    def pair_before(self, at: int) -> list[Person]:
        """The last two people of two countries named together before ``at`` (whom "the
        two leaders" are)."""
        best: list[Person] = []
        for p in self.layer.predicates:
            if p.span.start >= at:
                break
            for ph in (p.subject, p.object, *p.args.values()):
                people = list(ph.people)
                if len(people) >= 2 and len({x.country for x in people}) >= 2:
                    best = people[:2]
            merged = [*p.subject.people, *p.object.people, *p.arg("with").people]
            if len(merged) >= 2 and len({x.country for x in merged}) >= 2:
                best = merged[:2]
        if best:
            return best
        for ph in self.layer.subjects:
            if len(ph.people) >= 2 and len({x.country for x in ph.people}) >= 2:
                return list(ph.people[:2])
        return []

    def reference(self, p: Predicate, kind: EngagementKind, start: pendulum.Date | None) -> bool:
        """A definite mention ("the meeting", "during their talks"): the engagement told
        before it, now with its date if it had none. False when none was told: then it is
        the first mention ("At his talks with X, Y said ..."), an engagement of its own."""
        kinds = (kind,) if kind is not _K.MEETING else MEETINGS
        prev = self.last(kinds)
        if prev is None and kind is _K.MEETING:
            prev = self.last((_K.CALL,))
        if prev is None:
            return False
        prev.spans.append(p.told)
        if prev.start is None and start is not None:
            prev.start = start
        return True

    def borrowed(self, p: Predicate) -> Draft | None:
        """The engagement told in the same sentence, whose people a definite mention naming
        no one shares ("was welcomed by X before the talks")."""
        here = [d for d in self.drafts if d.sentence == p.sentence and d.kind is not _K.VISIT]
        return here[-1] if here else None

    def merge_or_append(self, draft: Draft) -> None:
        mine = {id(p) for p in draft.people()}
        for d in reversed(self.drafts):
            if d.kind in (_K.VISIT, _K.SIGNING, _K.CALL):
                continue
            same_kind = d.kind is draft.kind
            generic = draft.kind is _K.MEETING and d.kind in (_K.TALKS, _K.RECEPTION)
            if not (same_kind or generic) or not compatible(d.start, draft.start):
                continue
            if draft.host is not None and d.host is not None and draft.host is not d.host:
                continue
            theirs = {id(p) for p in d.people()}
            if same_kind and d.host is draft.host and draft.host is not None and not d.participants:
                # "welcomed a delegation ... While welcoming the delegation, X": who was met
                d.participants += draft.participants
                d.start = d.start or draft.start
                d.spans.extend(draft.spans)
                return
            if mine and theirs and (mine <= theirs or (same_kind and mine == theirs)):
                d.start = d.start or draft.start
                d.spans.extend(draft.spans)
                return
        self.drafts.append(draft)

    def finish(self) -> None:
        settle_hosts(self.drafts, self.visitors, self.ctx.venue)

"""Signings, handovers and calls: the engagements whose people come from frames of their
own (the signers and witnesses, the giver and the receiver, the caller and the one
called) rather than from a host and guests.
"""

from __future__ import annotations

import attrs
import pendulum

from bilateral._extract.clauses import Predicate, Voice
from bilateral._extract.cues import AT_HANDOVER, PLACED, SIDES
from bilateral._extract.drafting import Drafting
from bilateral._extract.hosts import Draft, compatible
from bilateral._extract.timing import PERFECT
from bilateral.model import EngagementKind, Person

__all__ = ["Ceremonies"]

_K = EngagementKind


class Ceremonies(Drafting):
    """The signing, handover and call of a predicate, merged with the one told before."""

    def signing(self, p: Predicate, start: pendulum.Date | None) -> None:
        subject = p.subject
        if subject.group and (
            subject.countries or SIDES.search(self.folded, subject.span.start, subject.span.end)
        ):
            # "the two sides signed", "India and the UAE signed": bodies, not persons
            subject = attrs.evolve(subject, group=False)
        signers = [
            *self.group(subject),
            *p.arg("by").people,
            *(p.arg("with").people if p.voice is not Voice.NOMINAL else ()),  # "signed with Y"
            *p.arg("witness").people,
            *p.arg("accompany").people,
        ]
        signers = list(dict.fromkeys(signers))
        if (
            not signers
            and start is None
            and PERFECT.search(self.folded, max(p.clause.start, p.span.start - 25), p.span.start)
        ):
            return  # "a memorandum has been signed by the two bodies": recalled, no event
        weak = p.voice is Voice.NOMINAL and not p.told.start < p.span.start  # (no light verb)
        existing = self.last((_K.SIGNING,))
        if (
            existing is not None
            and compatible(existing.start, start)
            and (
                p.sentence - existing.sentence <= 3
                or not start
                or existing.start == start
                or existing.weak  # "spoke highly of the signing of ...": the one told later
            )
        ):
            existing.start = existing.start or start
            existing.weak = existing.weak and weak
            existing.participants += [s for s in signers if s not in existing.participants]
            existing.spans.append(p.told)
            return
        self.drafts.append(
            Draft(_K.SIGNING, start, None, None, signers, [p.told], p.sentence, weak=weak)
        )

    def handover(self, p: Predicate, start: pendulum.Date | None) -> None:
        people = list(
            dict.fromkeys(
                [
                    *self.group(p.subject),
                    *p.object.people,
                    *(x for ph in p.args.values() for x in ph.people),
                ]
            )
        )
        if PERFECT.search(self.folded, max(p.clause.start, p.span.start - 25), p.span.start):
            return  # "Laos has received 16 vehicles from Japan": gifts recalled, not a handover
        if not people and p.adjunct:
            # "X and Y led the two sides at the turnover ceremony": the sentence's subject
            people = list(self.layer.subjects[p.sentence].people)
        existing = self.last((_K.MEETING,))
        handovers = [d for d in self.drafts if d.kind is _K.MEETING and d.host is None
                     and not d.venue_based]  # fmt: skip
        if not people and handovers:
            existing = handovers[-1]  # "the donated equipment": the handover told
        new = [x for x in people if existing is None or x not in existing.participants]
        if (
            existing is not None
            and existing.host is None
            and not existing.venue_based
            and (p.sentence - existing.sentence <= 2 or not people)
            and compatible(existing.start, start)
            # "X handed over A to Y. X handed over B to Z": a giver and a receiver of whom
            # at least one is new make another handover
            and not (new and existing.participants and len(people) - len(new) <= 1 < len(people))
        ):
            existing.start = existing.start or start
            existing.participants += [x for x in people if x not in existing.participants]
            existing.spans.append(p.told)
            existing.sentence = p.sentence
            return
        self.drafts.append(Draft(_K.MEETING, start, None, None, people, [p.told], p.sentence))

    def call(self, p: Predicate, start: pendulum.Date | None) -> None:
        subject = self.group(p.subject)
        # ("a call from X came in for Y": Y is called)
        others = [*p.object.people, *p.arg("with", "to", "for").people, *p.arg("by").people]
        caller: Person | None = None
        requester = p.arg("requester").people
        from_ = p.arg("from").people
        directed = (
            p.lemma == "phone"
            or (p.lemma == "call" and p.voice is not Voice.NOMINAL)
            or (
                p.voice is Voice.NOMINAL
                and PLACED.search(self.folded, max(p.clause.start, p.span.start - 30), p.span.start)
                is not None
                and bool(p.arg("to", "with").people)
            )
        )
        if requester:
            caller = requester[0]
        elif from_:
            caller = from_[0]
            others = [*subject, *others]
        elif directed and len(subject) == 1:
            caller = subject[0]
        people = list(dict.fromkeys([*subject, *others, *from_]))
        if caller is not None and people == [caller]:
            # "A call came in from X": the one called is whom the story is about
            people += [x for x in p.topic.people[:1] if x.country != caller.country]
        existing = self.last((_K.CALL,))
        others_here = {id(x) for x in people if x is not caller}
        if (
            existing is not None
            and compatible(existing.start, start)
            # the same call told again names no one new on the other end ("X phoned Y ...
            # The call lasted an hour"); "X called Z" after "X called Y" is another call
            and (not people or others_here <= {id(x) for x in existing.people()})
            # a call placed by someone else is that one's own call
            and (caller is None or existing.host is None or existing.host is caller)
        ):
            existing.start = existing.start or start
            existing.host = existing.host or caller
            existing.participants += [x for x in people if x not in existing.participants]
            existing.spans.append(p.told)
            return
        guests = [x for x in people if x is not caller]
        self.drafts.append(Draft(_K.CALL, start, None, caller, guests, [p.told], p.sentence))

    def at_the_handover(self, index: int) -> None:
        """ "X thanked the donors for the gift": who speaks of a handover just told was at it."""
        last = self.drafts[-1] if self.drafts else None
        if (
            last is None
            or last.kind is not _K.MEETING
            or last.venue_based
            or last.host is not None
            or index - last.sentence > 2
        ):
            return
        sent = self.ctx.sentences[index]
        if not AT_HANDOVER.search(self.folded, sent.start, sent.end):
            return
        speaker = self.layer.subjects[index]
        last.participants += [x for x in speaker.people if x not in last.participants]

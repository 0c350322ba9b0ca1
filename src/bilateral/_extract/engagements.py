"""Engagements: the talks, receptions, meetings, calls, visits and signings an article reports.

Read off the clause layer (:mod:`bilateral._extract.clauses`): each predicate's frame
(``data/engagement_frames.tsv``) says which engagement it tells and where its host is
read: the subject of ``received`` (the agent after ``by`` in the passive), the one
called on in ``a courtesy call on X``, the side on whose ground talks are held, the
caller of a call, the inviter of a visit. Planned and denied engagements are not
engagements. A definite mention (``the meeting``, ``during their talks``) is the
engagement already told; dates come from the predicate's clause, else its sentence,
else by scope from the sentence before or the article's lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pendulum

from bilateral._extract.analysis import Context, Document, build_context
from bilateral._extract.ceremonies import Ceremonies
from bilateral._extract.clauses import Clauses, Mood, Predicate, Voice, analyse
from bilateral._extract.cues import (
    DOCUMENT,
    FOR_MULTILATERAL,
    FRAMES,
    GOODS,
    GUEST_WORDS,
    HELD,
    INDEFINITE,
    MULTILATERAL_BEFORE,
    NAMED_PLACE,
    SOME_PLACE,
)
from bilateral._extract.drafting import MEETINGS
from bilateral._extract.hosts import Draft, compatible, counterpart, received_from_abroad
from bilateral.model import Country, Engagement, EngagementKind, Locality, Person

__all__ = ["find_engagements"]

_K = EngagementKind


OTHER = re.compile(r"\b(?:other|further|additional)\s+(?:[\w-]+\s+)?$")
_WITH_AFTER = re.compile(r"\s+(?:together with|along with|alongside|with)\b")
_WHICH_BEFORE = re.compile(r"\b(?:which|that)\s*$")
_OWNED = re.compile(r"(?:['’]s?|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){0,3}$")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}$")
_PEERS = re.compile(r"\b(?:counterparts|peers|colleagues|opposite numbers)\b")
_ON_ARRIVAL = re.compile(r"\b(?:airport|(?:up)?on (?:his |her |their |the )?arrival)\b")
# a numbered session: "the 8th meeting", "the 21st session of the joint commission"
_NUMBERED = re.compile(r"\bthe\s+\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}$")


class _Builder(Ceremonies):
    # -- the main pass -------------------------------------------------------------
    def run(self) -> list[Engagement]:
        by_sentence: dict[int, list[Predicate]] = {}
        for p in self.layer.predicates:
            by_sentence.setdefault(p.sentence, []).append(p)
        for index in range(len(self.ctx.sentences)):
            told = len(self.drafts)
            for p in by_sentence.get(index, ()):
                self.predicate(p)
            if len(self.drafts) == told:
                # (a sentence that tells no engagement of its own may tell who was at one)
                self.at_the_handover(index)
        self.finish()
        return [d.freeze() for d in self.drafts]

    def predicate(self, p: Predicate) -> None:
        kind, host_role, needs = FRAMES[p.lemma]
        if (
            p.lemma == "meet"
            and p.voice is Voice.PASSIVE
            and _ON_ARRIVAL.search(self.folded, p.span.end, p.clause.end)
        ):
            # "X was met at the airport by Y": a welcome on arrival, Y receives
            kind, host_role = _K.RECEPTION, "subject"
        if p.mood is not Mood.REPORTED:
            if p.mood is Mood.PLANNED:
                self.planned.add(kind)
            return
        folded = self.folded
        sent = self.ctx.sentences[p.sentence]
        if p.text in ("meeting", "meetings") and MULTILATERAL_BEFORE.search(
            folded, max(0, p.span.start - 40), p.span.start
        ):
            return  # "the ASEAN Foreign Ministers' Meeting": a multilateral gathering
        if needs == "document" and p.voice is not Voice.NOMINAL:
            # "the declaration, which he signed": the document before the relative pronoun
            which = _WHICH_BEFORE.search(
                folded, max(sent.start, p.clause.start - 12), p.clause.start
            )
            since = max(sent.start, p.clause.start - 80) if which else p.clause.start
            if not DOCUMENT.search(folded, since, min(sent.end, p.clause.end + 200)):
                return
        if needs == "goods" and not self.goods(p):
            return
        if needs == "known place" and not (p.places or p.arg("to").countries or p.object.countries):
            return
        if needs == "place" and not (
            p.places
            or p.arg("to").countries
            or SOME_PLACE.match(folded, p.span.end)
            or NAMED_PLACE.match(self.doc.text, p.span.end)
        ):
            return
        if p.lemma == "receive" and self.given(p) and (p.arg("from") or p.arg("by")):
            # "X received 20 tonnes of rice from Y": a handover, told recipient first
            host_role, needs = "none", "goods"
        mention = self.timing.pick(p, kind)
        start, end = self.timing.resolve(mention, kind)
        if kind is _K.VISIT and start is not None and end is None and self.timing.ended(p):
            start, end = None, start  # "concluded her visit on Wednesday": its end alone
        dated = mention is not None
        ref = self.doc.reference_date or self.doc.date
        if ref is not None and start is not None and start > ref:
            return  # dated after the article: planned, not held
        if host_role == "ref":
            self.more_of(p, start)
            return
        if kind is _K.VISIT:
            self.visit(p, start, end, host_role)
            return
        if p.form == "attributive":
            return
        if kind is _K.SIGNING:
            if p.voice is Voice.NOMINAL and not p.told.start < p.span.start:
                # "spoke highly of the signing of the agreement": the signing told, if any
                told = self.last((_K.SIGNING,))
                if told is not None:
                    told.spans.append(p.told)
                return
            if start is None and not dated:
                start = self.timing.scoped(p, kind)
            self.signing(p, start)
            return
        if host_role == "none":
            if start is None and not dated:
                start = self.timing.scoped(p, kind)
            self.handover(p, start)
            return
        if (
            kind is _K.TALKS
            and p.voice is Voice.NOMINAL
            and _FOR_BEFORE.search(self.folded, max(0, p.span.start - 30), p.span.start)
        ):
            told = self.borrowed(p)
            if told is not None and told.kind is _K.RECEPTION:
                # "X received Y in Ankara for talks": the talks the reception was for
                told.spans.append(p.told)
                return
        indefinite = INDEFINITE.search(self.folded, max(0, p.span.start - 30), p.span.start)
        numbered = p.voice is Voice.NOMINAL and bool(
            _NUMBERED.search(self.folded, max(0, p.span.start - 30), p.span.start)
        )
        if p.definite and OTHER.search(self.folded, max(0, p.span.start - 20), p.span.start):
            # "his other meetings were with A, B and C": more, not those told
            if not self.new_people(p):
                return
        elif numbered:
            pass  # "attended the 8th meeting of the joint group": a session of its own
        elif p.definite or (
            p.adjunct and p.voice is Voice.NOMINAL and not indefinite and not self.new_people(p)
        ):
            if self.reference(p, kind, start):
                return
            # the first mention of one not told yet ("At his talks with X, Y said"): only
            # with the two sides named, or those of the sentence's other engagement
            named = {
                id(x) for x in (*self.group(p.subject), *self.group(p.object),
                                *self.group(p.arg("with")))
            }  # fmt: skip
            if len(named) < 2 and self.borrowed(p) is None:
                return
        if needs == "person" and not (self.acted_on(p) or host_role == "caller"):
            return
        if p.lemma == "call" and p.voice is not Voice.NOMINAL and not self.called(p):
            return
        if start is None and not dated:
            start = self.timing.scoped(p, kind)
            told = self.borrowed(p)
            if start is None and p.adjunct and told is not None:
                start = told.start  # "held talks on Thursday, following a welcome ceremony"
        if kind is _K.CALL:
            self.call(p, start)
            return
        for host, guests, venue_based in self.groups(p, host_role):
            if host is None and not guests:
                continue
            draft = Draft(
                kind, start, None, host, guests, [p.told], p.sentence, venue_based,
                places=p.places, dated=dated,
            )  # fmt: skip
            if numbered:
                self.drafts.append(draft)
            elif not self.welcome_at(p, draft):
                self.merge_or_append(draft)

    def welcome_at(self, p: Predicate, draft: Draft) -> bool:
        """ "X met Y ... Welcoming the guests, X said": the welcome of a participle opening
        is the meeting or talks just told with the same people, not a reception of its own."""
        if draft.kind is not _K.RECEPTION or not (p.adjunct and p.form == "ing"):
            return False
        told = self.last((_K.MEETING, _K.TALKS))
        mine = {id(x) for x in draft.people()}
        if (
            told is None
            or p.sentence - told.sentence > 2
            or not mine
            or not mine <= {id(x) for x in told.people()}
            or not compatible(told.start, draft.start)
        ):
            return False
        told.host = told.host or draft.host
        told.spans.extend(draft.spans)
        return True

    def acted_on(self, p: Predicate) -> bool:
        """Whether someone is received, called on or hosted ("received the delegation",
        "a ceremony for the guests")."""
        if p.object.people or p.object.group or p.arg("for", "on", "to", "with").people:
            return True
        if p.voice is Voice.PASSIVE and p.object.span.end > p.object.span.start:
            return True  # "The Tanzanian President ... was received by Y": someone, untold
        return any(
            GUEST_WORDS.search(self.folded, ph.span.start, min(ph.span.end, ph.span.start + 60))
            # (the phrases as written: arg() skips those that name no one)
            for ph in (p.object, *(p.args[n] for n in ("for", "to", "with") if n in p.args))
            if ph.span.end > ph.span.start
        )

    def goods(self, p: Predicate) -> bool:
        """Whether goods or money are what is handed over: after the verb ("handed over 20
        tonnes of rice", "handed the rice over"), or before it in the passive ("the rice was
        handed over by X")."""
        # (the goods may sit inside the predicate: "handed the equipment over to Y")
        since = p.clause.start if p.voice is Voice.PASSIVE else p.span.start
        return GOODS.search(self.folded, since, p.clause.end) is not None

    def given(self, p: Predicate) -> bool:
        """Whether what is received is goods or money, not a person."""
        span = p.object.span
        return not p.object.people and GOODS.search(self.folded, span.start, span.end) is not None

    def more_of(self, p: Predicate, start: pendulum.Date | None) -> None:
        """ "The two ministers talked for 30 minutes on Tuesday": the date of the call or
        talks just told; "They were joined by X": more people at it."""
        prev = self.last((*MEETINGS, _K.CALL))
        if p.lemma == "members":
            # "The delegation included X and Y", "X and Y were part of her delegation": the
            # guests of the visit told, and of the engagement told last if the delegation's
            # head was its guest
            visit = self.last((_K.VISIT,))
            named = self.present(p)
            head = [x for x in prev.participants if x is not prev.host] if prev else []
            if visit is not None and not visit.participants:
                visit.participants += head  # the visitor, before the delegation
            led = prev is not None and (visit is None or bool(set(map(id, head)) & set(
                map(id, [*visit.participants, *self.visitors]))))  # fmt: skip
            for guests in (visit, prev if led else None):
                if guests is not None:
                    guests.participants += [x for x in named if x not in guests.people()]
                    guests.spans.append(p.told)
            self.visitors += [x for x in named if x not in self.visitors]
            return
        if p.lemma in ("presence", "witnesses", "signatories"):
            others = [q for q in self.layer.in_sentence(p.sentence) if q is not p]
            # "The signing ... was attended by X": the engagement the sentence names
            named_kinds = [FRAMES[q.lemma][0] for q in others if q.definite]
            if p.lemma in ("witnesses", "signatories"):
                named_kinds = [_K.SIGNING]
            # else the engagement told last ("X attended the ceremony")
            prev = self.last(named_kinds[:1] or (*MEETINGS, _K.CALL, _K.SIGNING))
            named = self.present(p)
            if prev is None and p.lemma == "signatories" and named:
                # "Signing for the two sides were X and Y": the signing is told by its signers
                self.drafts.append(Draft(_K.SIGNING, start, None, None, [], [], p.sentence))
                prev = self.drafts[-1]
            # another engagement told in the sentence is theirs, not the one before;
            # what those named do in a clause of their own is not ("who accepted the gifts")
            ids = {id(x) for x in named}
            if prev is not None and all(
                q.definite
                or (q.span.start > p.span.end and ids >= {id(x) for x in q.subject.people})
                for q in others
            ):
                prev.participants += [x for x in named if x not in prev.people()]
                prev.spans.append(p.told)
            return
        if prev is None or start is None or prev.start is not None:
            return
        named = self.group(p.subject)
        if not named or {id(x) for x in named} & {id(x) for x in prev.people()}:
            prev.start = start
            prev.spans.append(p.told)

    def present(self, p: Predicate) -> list[Person]:
        """Who a presence or membership tells of: its subject ("X and Y were also
        present"), else those named after it ("Also present was X", "Accompanying him
        were X and Y", "They were joined by X")."""
        named = [*p.subject.people, *p.object.people]
        if not named or p.text.endswith(" by") or _WITH_AFTER.match(self.folded, p.span.end):
            sent = self.ctx.sentences[p.sentence]
            named += [x for _s, x in self.ctx.people_at(p.span.end, sent.end)]
        return list(dict.fromkeys(named))

    def called(self, p: Predicate) -> bool:
        """Whether "called" has a person called: "X called Y", not "called for" or "called
        on Y to act"."""
        after = self.folded[p.span.end : p.span.end + 40]
        if re.match(r"\s*(?:for|on|upon|it|this|the (?:meeting|talks|event))\b", after):
            return False
        first = self.ctx.people_at(p.span.end, p.span.end + 60)
        return bool(first) and len(self.folded[p.span.end : first[0][0].start].split()) <= 5

    def new_people(self, p: Predicate) -> bool:
        """Whether an adjunct names people no engagement has yet ("during his talks with Y")."""
        known = {id(x) for d in self.drafts for x in d.people()}
        named = [*p.object.people, *p.arg("with").people]
        return any(id(x) not in known for x in named)

    # -- kinds ---------------------------------------------------------------------
    def groups(
        self, p: Predicate, host_role: str
    ) -> list[tuple[Person | None, list[Person], bool]]:
        subject = self.group(p.subject)
        by = p.args.get("by")
        if (
            host_role == "subject"
            and p.voice is Voice.NOMINAL
            and by
            and (by.people or by.countries)
        ):
            # "X was accorded a welcome ceremony presided over by Y": Y hosts; "given a
            # guard of honour by a Lao army contingent": a body of the other side, no one
            host: Person | None = by.people[0] if by.people else None
            guests = [*subject, *p.object.people, *p.arg("for").people]
            return [(host, [g for g in dict.fromkeys(guests) if g is not host], False)]
        if host_role == "subject" and p.voice is Voice.NOMINAL and not subject:
            # "following a welcome ceremony for X": the other side of what the sentence tells
            told = self.borrowed(p)
            guests = [*p.arg("for").people, *p.object.people]
            if told is not None and guests:
                others = [x for x in told.people() if x not in guests]
                return [(others[0] if others else None, guests, False)]
        if host_role == "subject":
            guests = [
                *self.group(p.object),
                *p.arg("for").people,
                *p.arg("from").people,
            ] or list(p.arg("to").people)
            # (those accompanying the guest come with whoever the guest is: "received in
            # Vientiane a delegation led by X, accompanied by Y")
            guests += [x for x in p.arg("accompany").people if x not in guests]
            if not guests and self.acted_on(p):
                guests = list(self.visitors)
            host = subject[0] if subject else None
            if host is not None and host in guests:
                host = None  # no one receives themselves: the subject was misread
            if not guests and self.acted_on(p):
                # "hosted a ceremony for the guest": the other side of what was just told
                told = self.last((*MEETINGS, _K.CALL))
                guests = [x for x in told.people() if x is not host] if told else []
            # "X and Y received Z": Y receives too, a participant of the host's side
            if guests:
                guests += [x for x in subject[1:] if x not in guests]
            guests = [g for g in guests if g is not host]
            if host is None and guests:
                host = counterpart(self.ctx, p.places[0] if p.places else self.ctx.venue, guests)
            return [(host, guests, False)]
        if p.lemma == "audience" and not p.arg("with", "by").people and subject:
            # "X granted the delegation an audience": X receives
            guests = [*p.object.people, *p.arg("to").people] or list(self.visitors)
            return [(subject[0], [g for g in guests if g is not subject[0]], False)]
        if host_role == "object":
            hosts = [*p.arg("on", "to", "with", "by").people] or list(p.object.people)
            if p.text.endswith((" on", " upon")):
                # "paid a courtesy call on A and on B": A is the verb's object, B an "on"
                hosts = list(dict.fromkeys([*p.object.people, *hosts]))
            guests = subject or list(self.visitors)
            guests += [g for g in p.arg("accompany").people if g not in guests]
            if not hosts:
                return [(None, guests, False)] if guests else []
            if p.plural or (len(hosts) > 1 and self.separate(p)):
                return [(h, [g for g in guests if g is not h], False) for h in hosts]
            # one call on two ("a courtesy call on A and B"): the first hosts, the other
            # is of the host's side, a participant
            return [(hosts[0], [g for g in [*guests, *hosts[1:]] if g is not hosts[0]], False)]
        # venue: the side on whose ground it takes place hosts (settled in finish)
        if p.definite and not subject and not p.object and not p.arg("with"):
            told = self.borrowed(p)
            if told is not None:
                return [(told.host, [x for x in told.participants if x is not told.host], False)]
        others = [*self.group(p.object), *self.group(p.arg("with"))]
        if not others and _PEERS.search(self.folded, p.object.span.start, p.object.span.end):
            # "met his peers from A and B, X and Y": the object's own "from" phrase
            others = list(p.arg("from").people)
        others += [x for x in p.arg("accompany").people if x not in others]
        if p.plural and len(others) > 1:
            return [(None, [*subject, o], True) for o in others if o not in subject]
        people = [*subject, *[o for o in others if o not in subject]]
        if (
            not people
            and p.voice is Voice.NOMINAL
            and HELD.search(self.folded, p.span.end, p.clause.end)
        ):
            # "official talks were held between Maldives and Pakistan": the sides, no names
            sides = {*p.arg("with").countries, *p.object.countries}
            return [(None, [], True)] if len(sides) >= 2 else []
        return [(None, people, True)] if len(people) >= 1 else []

    def separate(self, p: Predicate) -> bool:
        text = self.folded[p.clause.start : p.clause.end]
        return text.count(" on ") > 1 or "separate" in text

    def visit(self, p: Predicate, start: pendulum.Date | None, end: pendulum.Date | None,
              host_role: str) -> None:  # fmt: skip
        # the visitors: who pays it ("X visited"), whose it is ("X's visit", "the visit of
        # X"), or for whom ("the first visit for X")
        named = self.group(p.subject) or list(p.object.people) or list(p.arg("for").people)
        if p.subject.pronoun:
            # "X received Y ... as part of his visit": whose visit is the guest's
            here = [d for d in self.drafts if d.sentence == p.sentence and d.host is not None]
            if here and here[-1].participants:
                named = list(here[-1].participants)
        if (
            p.lemma in ("be_in", "arrive", "travel")
            and FOR_MULTILATERAL.match(self.folded, p.span.end)
            and "visit" not in self.folded[p.span.end : self.ctx.sentences[p.sentence].end]
        ):
            # "was in Manila for the ASEAN Ministers' Meeting": no bilateral visit (unless
            # also "on a working visit")
            return
        inviter = p.arg("inviter").people
        host = inviter[0] if inviter else None
        own = {v.country for v in named}
        abroad = [c for c in (*p.arg("to").countries, *p.places) if c not in own]
        destination = abroad[0] if abroad else (p.places[0] if p.places else None)
        visitors = [
            v for v in named if v is not host and (destination is None or v.country != destination)
        ]
        if named and not visitors and host is None:
            return  # "X landed in Hanoi": home, not a visit
        # of a pair read for the visitors, one who received a guest from abroad is at home
        # ("X received Y. The Asian leader is here on an official visit": Y's visit)
        if len(visitors) > 1:
            at_home = {id(host) for host, _guests in received_from_abroad(self.drafts)}
            visitors = [v for v in visitors if id(v) not in at_home] or visitors
        visitors += [a for a in p.arg("accompany").people if a not in visitors and a is not host]
        if (
            p.voice is Voice.NOMINAL
            and p.text.endswith("s")
            and not p.object.people
            and (
                not named or not _OWNED.search(self.folded, max(0, p.span.start - 40), p.span.start)
            )
        ):
            # "high-level visits": visits in general, none told (unless someone's: "his
            # three visits to China", "visits by X")
            return
        if p.form == "attributive":
            # "the visiting minister", "his visiting counterpart Y": a guest, not a visit told
            for v in p.object.people[:1]:
                if v not in self.visitors:
                    self.visitors.append(v)
            return
        existing = self.last((_K.VISIT,))
        if (
            existing is not None
            and destination is not None
            and existing.destination is not None
            and destination != existing.destination
            and (visitors or p.subject.pronoun)
            and (start is not None or not p.definite)  # (told with its days)
        ):
            # "His visit to Y ran from ...", after the visit to Z: another country, another
            # visit
            existing = None
            visitors = visitors or [v for v in self.visitors[:1] if v.country != destination]
        # "The visit, X said, ...": "the visit" names no visitor; who speaks is not one
        plain = bool(
            p.definite
            and (not p.object.people or "," in self.folded[p.span.end : p.object.span.start + 2])
            and _THE_BEFORE.search(self.folded, max(0, p.span.start - 12), p.span.start)
        )
        if existing is not None and (
            (p.definite and p.subject.pronoun)
            or plain
            or not visitors
            or not existing.participants
            or {id(v) for v in visitors} & {id(v) for v in existing.participants}
        ):
            existing.host = existing.host or host
            if existing.start is None and start is not None:
                existing.start, existing.end = start, end
            elif existing.end is None and end is not None and compatible(existing.start, start):
                existing.end = end
            elif (
                existing.end is None
                and start is not None
                and end is not None
                and (existing.start is not None and start <= existing.start <= end)
            ):
                # "was in Y on Monday ... His visit to Y ran from April 21-24": the period
                existing.start, existing.end = start, end
            existing.destination = existing.destination or destination
            existing.spans.append(p.told)
            if p.definite and (p.subject.pronoun or plain):
                return  # "during her visit": the visit told, whoever "her" is
            existing.participants += [v for v in visitors if v not in existing.participants]
        elif p.definite and existing is None and not visitors and _K.VISIT in self.planned:
            return  # "X is to pay a state visit ... The visit is meant to": the planned one
        elif p.definite and existing is None and not visitors:
            self.drafts.append(
                Draft(_K.VISIT, start, end, host, [], [p.told], p.sentence, destination=destination)
            )
        else:
            self.drafts.append(
                Draft(_K.VISIT, start, end, host, visitors, [p.told], p.sentence,
                       destination=destination)
            )  # fmt: skip
        self.visitors += [v for v in visitors if v not in self.visitors]


def find_engagements(
    doc: Document,
    people: Sequence[Person],
    countries: Sequence[Country] = (),
    localities: Sequence[Locality] = (),
    *,
    context: Context | None = None,
    clauses: Clauses | None = None,
) -> tuple[Engagement, ...]:
    """The engagements ``doc`` reports, once each, in the order they are first told.

    >>> from bilateral._extract.layout import read_document
    >>> from bilateral.model import Span
    >>> text = " date 2023-04-12 Mayor An Binh received Ambassador Lee Kim on Tuesday."
    >>> doc = read_document(text)
    >>> an = Person("An Binh", spans=(Span(23, 30),))
    >>> lee = Person("Lee Kim", spans=(Span(51, 58),))
    >>> [(e.kind.value, e.start.isoformat(), e.host, e.participants)
    ...  for e in find_engagements(doc, [an, lee])]
    [('reception', '2023-04-11', 'An Binh', ('Lee Kim',))]
    """
    ctx = context or build_context(doc, people, countries, localities)
    layer = clauses or analyse(doc, ctx)
    return tuple(_Builder(doc, ctx, layer).run())

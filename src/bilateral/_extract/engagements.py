"""Engagements: the talks, receptions, meetings, calls, visits and signings an article reports.

Cue words (``data/engagement_cues.tsv``) mark where an engagement is told; the
people whose mention spans fall in the same sentence take part; the host is
found by the cue's role (the subject of ``received``, the person after
``courtesy call on``, the side on whose ground talks are held, the inviter of a
visit); dates come from :mod:`bilateral._extract.dates`. Mentions of one engagement
(``At the meeting``, ``Following the talks``) fold into the one already reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from operator import itemgetter

import attrs
import pendulum

from bilateral._extract.analysis import Context, Document, build_context, within
from bilateral._extract.dates import DateMention, Relation
from bilateral._lexicon.patterns import Gated
from bilateral.model import (
    Country,
    Engagement,
    EngagementKind,
    Locality,
    Person,
    Span,
)

__all__ = ["find_engagements"]


_FIRST = itemgetter(0)

# A cue preceded by one of these is planned, hoped for or invited, not reported.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|be|expected|scheduled|set|plans? for|planned|planning|hopes?"
    r"|wish(?:es)?|invited?|inviting|upcoming|next|future|reciprocal|proposed|agreed to|ready"
    r"|organi[sz]e|prepar(?:e|ing)|possible|cancel(?:l?ed)?|postponed)\b(?:\s+\S+){0,2}\s*$"
)
# Gated patterns (``Gated``): each lists literals one of which every match contains.
_CANCELLED_AFTER = Gated(
    r"^\S*\s+(?:\S+\s+){0,3}?(?:was|were|had been|has been|is|are) "
    r"(?:put off|postponed|cancel+ed|called off|scheduled|expected|planned)\b",
    ["put off", "postponed", "cancel", "called off", "scheduled", "expected", "planned"],
)
_PERFECT_BEFORE = Gated(r"\b(?:has|have|had) (?:\w+ )?$", ["has ", "have ", "had "])
# Multilateral gatherings and other non-engagements named with the same nouns.
_GATHERING_BEFORE = re.compile(
    r"\b(?:international|annual|plenary|ministerial|general|regional|multilateral|forum|summit"
    r"|council|committee|conference|assembly|congress|party|board|cabinet|press|media)\s+$"
)
_PASSIVE_BEFORE = Gated(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$",
    ["was", "were", "been", "being", "is", "are"],
)
_BY = re.compile(r"\b(?:by|presided over by|hosted by|chaired by)\b")
_INVITATION = Gated(
    r"\b(?:at the invitation of|invited by|on the invitation of)\b|\binvitation\b", ["invit"]
)
_ARRIVAL = Gated(
    r"\b(?:arriv(?:ed|es|ing|al)|landed|lands|travel(?:l?ed|l?ing)|came)\b",
    ["arriv", "land", "travel", "came"],
)
_DEPARTURE = Gated(
    r"\b(?:wrapping up|wrapped up|concluding|concluded|ending|ended|left)\b",
    ["wrap", "conclud", "end", "left"],
)
_ARRIVAL_ANAPHOR = Gated(
    r"\b(?:after|upon|on) (?:their|his|her|the delegation's) arrival\b", ["arrival"]
)
# "The two leaders", "both (Party) presidents": the pair just told, as a group.
_LEADER_NOUNS = (
    r"(?:leaders|premiers|prime ministers|presidents|ministers|heads of (?:government|state)"
    r"|chairmen|chairwomen)"
)
# ("prime ministers" holds "ministers")
_LEADER_WORDS = (
    "leaders", "premiers", "ministers", "presidents", "heads of ", "chairmen", "chairwomen",
)  # fmt: skip
_LEADERS = Gated(rf"\b(?:the|both) (?:two )?(?:[a-z]+ )?{_LEADER_NOUNS}\b", _LEADER_WORDS)
# ... also "the two sides", "both officials".
_TWO = Gated(
    rf"\b(?:the|both) (?:two )?(?:(?:[a-z]+ )?{_LEADER_NOUNS}|officials|sides)\b",
    [*_LEADER_WORDS, "officials", "sides"],
)
_SUBORDINATE = Gated(
    r"\b(?:after|before|following|prior to|ahead of)\b",
    ["after", "before", "following", "prior to", "ahead of"],
)
_WINDOW = 400
_IN_PLACE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(?:\w+\s+)?$")
_TO_PLACE = re.compile(r"(?:s)?\s(?:\w+\s)?(?:to|in)\s(?:the\s)?(?:\w+\s)?")
_REPEATED_WITH = re.compile(r"(?:[;,]| and) with\b")
_SPEECH = re.compile(
    r"\b(?:said|says|spoke|speaking|praised|hailed|welcomed|noted|held that|highly of|told|added)\b"
)
_SPLIT_PLURAL = re.compile(r"\b(?:separate|meetings|courtesy calls|working sessions)\b")
_AID_WORDS = re.compile(
    r"\b(?:aid|rice|supplies|money|cash|gifts?|shipment|consignment|donations?|vaccines?|doses"
    r"|equipment|tonnes?|tons|assistance|relief|food|medicine|goods|kits?|masks|computers|vehicles"
    r"|ambulances)\b"
)
_DOC_WORDS = re.compile(
    r"\b(?:agreements?|memorand\w*|mous?|documents?|deals?|pacts?|plans?|accords?|contracts?"
    r"|treaty|treaties|protocols?|minutes|programmes?|declarations?|statements?|letters?|notes)\b"
)
# "On the occasion", "at the meeting": the engagement just reported is where this happened.
_SAME_OCCASION = re.compile(
    r"\b(?:(?:at|during|after|following|on the sidelines of) (?:the|this|that|their|his|her)"
    r" (?:meeting|talks|reception|audience|ceremony|working session|call)|on (?:the|this|that)"
    r" occasion)\b"
)
# "at the request of X", "at X's request": the caller of a call.
_REQUEST = Gated(r"\bat (?:the )?request of\b|'s? request\b", ["request"])
# "Also present at the reception were X and Y": more people at the engagement just told.
_PRESENT = Gated(
    r"\b(?:also present|present at|attended by|also attended|accompanied by)\b",
    ["present", "attended", "accompanied by"],
)
_RELATIVE = Gated(r", (?:who|which|whose) [^,;]{1,150}[,;]", [", wh"])
_GUEST_WORDS = re.compile(
    r" (?:the|his|her|their) (?:\w+ ){0,2}?(?:guests?|visitors?|leaders?|delegations?"
    r"|counterparts?|president|prime minister|premier|minister)\b"
)
# Small patterns of single steps, compiled once ("one-day visit", "at X's invitation", ...).
_ONE_DAY = Gated(r"\b(?:one-day|day-long|one day) $", ["day"])
_DEFINITE = re.compile(r"(?:the|this|that|these|their|his|her|its) ")
_SUBORDINATE_END = re.compile(r"\b(?:after|before|following|prior to)\s$")
_FOR = re.compile(r"\sfor\b")
_APPEAL = Gated(r"[^,;]{0,60}? to [a-z]+", [" to "])
_POSSESSIVE_END = re.compile(r"'s?\s*$")
_BY_WORD = Gated(r"\b(?:by|witnessed by)\b", ["by"])
_AND = Gated(r"\band\b", ["and"])
_WITH = Gated(r"\bwith\b", ["with"])
_TO_OR_WITH = re.compile(r"\s(?:to|with)\b")
_WELCOME = Gated(r"\bwelcom", ["welcom"])


@attrs.define
class _Draft:
    kind: EngagementKind
    start: pendulum.Date | None
    end: pendulum.Date | None
    host: Person | None
    participants: list[Person]
    spans: list[Span]
    sentence: int
    destination: str | None = None

    def people(self) -> list[Person]:
        return ([self.host] if self.host else []) + self.participants

    def freeze(self) -> Engagement:
        host = self.host.name if self.host else None
        names: list[str] = []
        for p in self.participants:
            if p.name != host and p.name not in names:
                names.append(p.name)
        return Engagement(
            self.kind, self.start, self.end, host, tuple(names), spans=tuple(self.spans)
        )


def _future(folded: str, sent: Span, cue: Span) -> bool:
    before = folded[max(sent.start, cue.start - 40) : cue.start]
    if _FUTURE_BEFORE.search(before):
        return True
    return bool(_CANCELLED_AFTER.match(folded[cue.start : min(sent.end, cue.end + 50)]))


def _pick_date(
    dates: list[DateMention], cue: Span, kind: EngagementKind, folded: str, sent: Span
) -> DateMention | None:
    if kind is EngagementKind.VISIT:
        periods = [d for d in dates if d.relation in (Relation.PERIOD, Relation.UNTIL)]
        if periods:
            return periods[0]
        arrival = _ARRIVAL.search(folded, sent.start, sent.end)
        if arrival is not None and not _DEPARTURE.search(folded, sent.start, sent.end):
            points = [d for d in dates if d.relation is Relation.POINT]
            if points:
                return min(points, key=lambda d: abs(d.span.start - arrival.start()))
        if _ONE_DAY.search(folded[max(sent.start, cue.start - 25) : cue.start]):
            # "received on Wednesday, during a one-day visit": the visit is that day
            points = [d for d in dates if d.relation is Relation.POINT]
            if len(points) == 1:
                return points[0]
        return None
    points = [d for d in dates if d.relation not in (Relation.PERIOD, Relation.UNTIL)]
    # "X, who arrived on Wednesday, was welcomed ...": the relative clause's day is not the cue's
    for clause in _RELATIVE.finditer(folded, sent.start, sent.end):
        inside = clause.start() <= cue.start < clause.end()
        points = [d for d in points if inside or not clause.start() <= d.span.start < clause.end()]
    if not points:
        return None
    return min(points, key=lambda d: abs(d.span.start - cue.start))


def _compatible(a: pendulum.Date | None, b: pendulum.Date | None) -> bool:
    return a is None or b is None or a == b


class _Builder:
    def __init__(self, doc: Document, ctx: Context) -> None:
        self.doc = doc
        self.ctx = ctx
        self.folded = doc.folded
        self.drafts: list[_Draft] = []
        self.visitors: list[Person] = []
        self.bound = 0
        self.hits = ctx.cues
        self.venues: dict[Span, str | None] = {}
        self.later_cue = False
        self.index_now = 0

    # -- helpers -----------------------------------------------------------------------
    def last(self, kinds: Iterable[EngagementKind]) -> _Draft | None:
        wanted = set(kinds)
        for d in reversed(self.drafts):
            if d.kind in wanted:
                return d
        return None

    def is_home(self, person: Person, venue: str | None) -> bool | None:
        if venue is None or person.country is None:
            return None
        return person.country == venue

    def sentence_venue(self, sent: Span) -> str | None:
        # "in Vientiane", "at the Presidential Palace, Hanoi": the place of this sentence.
        if sent in self.venues:
            return self.venues[sent]
        venue: str | None = None
        for span, code in self.ctx.countries_at(sent.start, sent.end):
            before = self.folded[max(sent.start, span.start - 12) : span.start]
            if _IN_PLACE.search(before):
                venue = code
                break
        self.venues[sent] = venue
        return venue

    def destination(self, sent: Span, cue: Span) -> str | None:
        near = self.ctx.countries_at(max(sent.start, cue.start - 40), min(sent.end, cue.end + 30))
        for span, code in near:
            between = self.folded[cue.end : span.start]
            if 0 <= span.start - cue.end <= 25 and _TO_PLACE.fullmatch(between):
                return code
            if 0 <= cue.start - span.end <= 2:
                return code  # "a Vietnam visit
        return None

    # -- the main pass -----------------------------------------------------------------
    def run(self) -> list[Engagement]:
        hits = self.hits
        for index, sent in enumerate(self.ctx.sentences):
            if hits[index]:  # (a sentence without a cue tells nothing: most sentences)
                self.sentence(index, sent)
        self.finish()
        return [d.freeze() for d in self.drafts]

    def cues(self, index: int) -> list[tuple[Span, EngagementKind, str]]:
        found: list[tuple[Span, EngagementKind, str]] = []
        # Cues taken so far, disjoint and sorted: a new cue overlaps one iff it overlaps a
        # neighbour, so a sentence with many cues costs n log n, not n squared.
        taken: list[tuple[int, int]] = []
        for _order, span, kind, role in sorted(self.hits[index], key=_FIRST):
            i = bisect.bisect_left(taken, (span.start, span.end))
            if (i > 0 and taken[i - 1][1] > span.start) or (
                i < len(taken) and taken[i][0] < span.end
            ):
                continue
            taken.insert(i, (span.start, span.end))
            found.append((span, kind, role))
        # visits first: who is visiting tells who hosts the talks in the same sentence
        found.sort(key=lambda c: (c[1] is not EngagementKind.VISIT, c[0].start))
        return found

    def sentence(self, index: int, whole: Span) -> None:
        self.index_now = index
        if not self.hits[index]:
            return  # no cue, nothing told here (most sentences)
        folded = self.folded
        all_dates = self.ctx.dates_in(whole)
        all_persons = self.ctx.people_in(whole.start, whole.end)
        handover_done = False
        cues = self.cues(index)
        starts = sorted(c[0].start for c in cues if c[2] != "ref")
        for cue, kind, role in cues:
            # A run-on "sentence" (a list, a page without stops) is read in a window
            # around each cue, so that long texts cost linear time.
            sent = whole
            persons, dates = all_persons, all_dates
            if len(whole) > 2 * _WINDOW:
                sent = Span(
                    max(whole.start, cue.start - _WINDOW), min(whole.end, cue.end + _WINDOW)
                )
                persons = self.ctx.people_in(sent.start, sent.end)
                dates = [d for d in all_dates if sent.contains(d.span)]
            text = folded[sent.start : sent.end]
            # the people of one cue run up to the next cue: "paid courtesy calls on A and B,
            # and held talks with C" gives C to the talks alone
            k = bisect.bisect_right(starts, cue.start)
            self.bound = min(starts[k], sent.end) if k < len(starts) else sent.end
            self.later_cue = bisect.bisect_left(starts, cue.start) > 0
            before = folded[max(sent.start, cue.start - 30) : cue.start]
            if role != "ref" and _future(folded, sent, cue):
                continue
            if (
                kind is EngagementKind.MEETING
                and role == "venue"
                and _GATHERING_BEFORE.search(before)
            ):
                continue
            if role == "handover":
                if handover_done or _PERFECT_BEFORE.search(before):
                    continue
                around = folded[max(sent.start, cue.start - 30) : min(sent.end, cue.end + 80)]
                if not _AID_WORDS.search(around):
                    continue
                handover_done = True
            if kind is EngagementKind.SIGNING and not (
                _DOC_WORDS.search(folded[max(sent.start, cue.start - 150) : cue.end + 80])
            ):
                continue
            if (
                kind is EngagementKind.SIGNING
                and folded[cue.start : cue.end] == "concluded"
                and not _DOC_WORDS.search(before)
            ):
                continue
            date = _pick_date(dates, cue, kind, folded, sent)
            self.add(index, sent, cue, kind, role, date, persons, text)

    def resolve(
        self, mention: DateMention | None, kind: EngagementKind
    ) -> tuple[pendulum.Date | None, pendulum.Date | None, bool]:
        if mention is None:
            return None, None, False
        if mention.relation is Relation.SAME:
            # an undated signing ("the agreement signed in 2017") is only recalled: the
            # occasion is the engagement told before it
            prev = next(
                (
                    d
                    for d in reversed(self.drafts)
                    if d.kind is not EngagementKind.VISIT
                    and not (d.kind is EngagementKind.SIGNING and d.start is None)
                ),
                None,
            )
            return (prev.start if prev else None), None, True
        if mention.relation is Relation.SAME_TALKS:
            prev = self.last(
                (EngagementKind.TALKS, EngagementKind.MEETING, EngagementKind.RECEPTION)
            )
            return (prev.start if prev else None), None, True
        if mention.relation is Relation.UNTIL:
            return None, mention.end, True
        if kind is not EngagementKind.VISIT or mention.relation is not Relation.PERIOD:
            return mention.start, None, True
        return mention.start, mention.end, True

    def add(
        self,
        index: int,
        sent: Span,
        cue: Span,
        kind: EngagementKind,
        role: str,
        mention: DateMention | None,
        persons: list[Person],
        text: str,
    ) -> None:
        start, end, explicit = self.resolve(mention, kind)
        if (
            start is None
            and not explicit
            and index <= 2
            and kind not in (EngagementKind.VISIT, EngagementKind.SIGNING)
            and not any(
                d.kind not in (EngagementKind.VISIT, EngagementKind.SIGNING) for d in self.drafts
            )
        ):
            # A first meeting told without a date takes the lead sentence's date: news
            # leads date the main event ("X said on June 9" ... "At his talks with Y").
            start = self.lead_date()
        if start is None and _ARRIVAL_ANAPHOR.search(text):
            visit = self.last((EngagementKind.VISIT,))
            if visit is not None:
                start = visit.start
        if start is None and not explicit and kind is not EngagementKind.VISIT and role != "ref":
            start = self.occasion_date(index, text)
        if role == "ref":
            self.reference(index, sent, cue, kind, start, persons, end)
            return
        if kind is EngagementKind.VISIT:
            self.visit(index, sent, cue, start, end, persons)
            return
        if kind is EngagementKind.SIGNING:
            self.signing(index, sent, cue, start, persons)
            return
        if role == "handover":
            self.handover(index, sent, cue, start, persons)
            return
        if kind is EngagementKind.CALL:
            self.call(index, sent, cue, start, persons)
            return
        if start is None and not explicit and self.later_cue:
            # "was welcomed ... before the two leaders held talks": the same day
            told = [d for d in self.drafts if d.sentence == index and d.start is not None]
            if told and _SUBORDINATE.search(self.folded, told[-1].spans[-1].end, cue.start):
                start = told[-1].start
        groups = self.groups(sent, cue, kind, role, persons)
        for host, guests in groups:
            if host is None and not guests:
                continue
            if kind is EngagementKind.RECEPTION and role == "subject" and not guests:
                continue  # "received supplies", "welcomed the proposal": no one was received
            draft = _Draft(kind, start, None, host, guests, [cue], index)
            self.merge_or_append(draft)

    # -- kinds ---------------------------------------------------------------------------
    def groups(
        self, sent: Span, cue: Span, kind: EngagementKind, role: str, persons: list[Person]
    ) -> list[tuple[Person | None, list[Person]]]:
        folded = self.folded
        if len(persons) < 2 and _TWO.search(folded, sent.start, sent.end):
            prev = self.last(
                (EngagementKind.TALKS, EngagementKind.MEETING, EngagementKind.RECEPTION)
            )
            if prev is not None:
                persons = persons + [p for p in prev.people() if p not in persons]
        before_people = self.ctx.people_in(sent.start, cue.start)
        after_people = self.ctx.people_in(cue.end, self.bound)
        if role == "venue":
            if self.later_cue:
                persons = after_people
                if not persons and _LEADERS.search(
                    folded, max(sent.start, cue.start - 40), cue.start
                ):
                    # "was welcomed ... before the two leaders held talks": the pair just told
                    prev = self.last(
                        (EngagementKind.TALKS, EngagementKind.MEETING, EngagementKind.RECEPTION)
                    )
                    persons = prev.people() if prev is not None else []
                elif (
                    not persons
                    and not _DEFINITE.match(folded[cue.start : cue.end])
                    and _SUBORDINATE_END.search(folded[max(sent.start, cue.start - 12) : cue.start])
                ):
                    # "X and Y signed the deal after holding talks": the same people
                    here = [d for d in self.drafts if d.sentence == self.index_now]
                    persons = here[-1].people() if here else []
        else:
            persons = [p for p in persons if p in before_people or p in after_people]
        if role == "subject":
            passive = bool(
                _PASSIVE_BEFORE.search(folded[max(sent.start, cue.start - 20) : cue.start])
            )
            if passive:
                by = _BY.search(folded, cue.end, sent.end)
                host = self.ctx.first_person(by.end(), sent.end) if by else None
                guests = [p for p in persons if p is not host]
                if host is not None and not guests:
                    # "the delegation was received by X": the guests already told
                    guests = self.guests([host]) or self.earlier_guests(host)
                if host is None and guests and not by:
                    host = self.counterpart(sent, guests)
                return [(host, guests)]
            host = self.ctx.first_person(sent.start, cue.start, last=True)
            if host is None:
                prev = self.last((kind,))
                host = prev.host if prev is not None else None
            guests = [p for p in after_people if p is not host]
            if not guests and host is not None and _GUEST_WORDS.match(folded, cue.end, sent.end):
                # "hosted a welcome ceremony for the guest": the guests already told
                guests = self.guests([host]) or self.earlier_guests(host)
            return [(host, guests)]
        if role == "object":
            if kind is EngagementKind.RECEPTION and _FOR.match(folded[cue.end : cue.end + 5]):
                # "a welcome ceremony for X": X is the guest; the host is the other side
                honoured = self.ctx.people_in(cue.end, self.bound)
                if honoured:
                    others = [p for p in before_people if p not in honoured]
                    return [(others[-1] if others else None, honoured)]
            by = _BY.search(folded, cue.end, sent.end)
            start = by.end() if by else cue.end
            hosts = self.ctx.people_in(start, self.bound)
            appeal = _APPEAL.match(folded[cue.end : sent.end])
            if not by and (not hosts or appeal):
                return []  # "called on Havana to send doctors" is an appeal
            guests = [p for p in before_people if p not in hosts] or self.guests(hosts)
            if kind is EngagementKind.RECEPTION and len(hosts) > 1 and not by:
                return [(h, list(guests)) for h in hosts]
            return [(hosts[0] if hosts else None, [p for p in guests if p not in hosts[:1]])]
        # venue: the side on whose ground it takes place hosts
        venue = self.sentence_venue(sent) or self.ctx.venue or self.visit_destination()
        if _SPLIT_PLURAL.search(folded, cue.start, min(sent.end, cue.end + 12)) or (
            _REPEATED_WITH.search(folded, cue.end, sent.end) is not None
        ):
            hosts = [p for p in after_people if self.is_home(p, venue) is not False]
            hosts = [p for p in hosts if p not in self.visitors] or hosts
            guests = [p for p in persons if p not in hosts] or list(self.visitors)
            if len(hosts) > 1:
                return [(h, list(guests)) for h in hosts]
        host = None
        for p in persons:
            if self.is_home(p, venue) and p not in self.visitors:
                host = p
                break
        if host is None and self.visitors:
            host = next((p for p in persons if p not in self.visitors), None)
        if host is None and venue is None and len(persons) >= 2:
            host = persons[0]
        guests = [p for p in persons if p is not host]
        if not guests and host is not None:
            guests = [v for v in self.visitors if v is not host]
        return [(host, guests)]

    def _last_mention(self, person: Person, start: int, end: int) -> int:
        spans = [s.end for s, p in self.ctx.people if p is person and start <= s.start < end]
        return spans[-1] if spans else start

    def earlier_guests(self, host: Person) -> list[Person]:
        prev = self.last((EngagementKind.TALKS, EngagementKind.MEETING, EngagementKind.RECEPTION))
        return [p for p in prev.participants if p is not host] if prev is not None else []

    def guests(self, hosts: list[Person]) -> list[Person]:
        return [v for v in self.visitors if v not in hosts]

    def visit_destination(self) -> str | None:
        for d in self.drafts:
            if d.kind is EngagementKind.VISIT and d.destination:
                return d.destination
        return None

    def visit(
        self,
        index: int,
        sent: Span,
        cue: Span,
        start: pendulum.Date | None,
        end: pendulum.Date | None,
        persons: list[Person],
    ) -> None:
        folded = self.folded
        host: Person | None = None
        inv = _INVITATION.search(folded, sent.start, sent.end)
        if inv is not None:
            if folded[inv.start() : inv.end()] == "invitation":
                # "at Prime Minister X's invitation"
                host = self.ctx.first_person(
                    max(sent.start, inv.start() - 60), inv.start(), last=True
                )
                if host is not None and not _POSSESSIVE_END.search(
                    folded[max(sent.start, inv.start() - 4) : inv.start()]
                ):
                    host = None
            else:
                stop = folded.find(",", inv.end(), sent.end)
                stop = sent.end if stop < 0 else stop
                # the inviter is a person only when one is named before the phrase ends
                host = self.ctx.first_person(inv.end(), stop)
        destination = self.destination(sent, cue) or self.sentence_venue(sent)
        hosts_here = {d.host for d in self.drafts if d.sentence == index and d.host}
        visitors = [
            p
            for p in persons
            if p is not host
            and p not in hosts_here
            and (destination is None or p.country is None or p.country != destination)
        ]
        existing = self.last((EngagementKind.VISIT,))
        if existing is not None and (
            not visitors
            or not existing.participants
            or set(map(id, visitors)) & set(map(id, existing.participants))
        ):
            existing.host = existing.host or host
            if existing.start is None and start is not None:
                existing.start, existing.end = start, end
            elif existing.end is None and end is not None and _compatible(existing.start, start):
                existing.end = end
            for v in visitors:
                if v not in existing.participants:
                    existing.participants.append(v)
            existing.destination = existing.destination or destination
            existing.spans.append(cue)
        else:
            self.drafts.append(
                _Draft(
                    EngagementKind.VISIT,
                    start,
                    end,
                    host,
                    visitors,
                    [cue],
                    index,
                    destination,
                )
            )
        for v in visitors:
            if v not in self.visitors:
                self.visitors.append(v)

    def signing(
        self, index: int, sent: Span, cue: Span, start: pendulum.Date | None, persons: list[Person]
    ) -> None:
        folded = self.folded
        stop = sent.end
        sub = _SUBORDINATE.search(folded, cue.end, sent.end)
        if sub is not None:
            stop = sub.start()
        begin = sent.start
        for m in _SUBORDINATE.finditer(folded, sent.start, cue.start):
            comma = folded.find(",", m.end(), cue.start)
            begin = comma + 1 if comma >= 0 else begin
        signers = [
            p
            for p in self.ctx.people_in(begin, cue.start)
            if not _SPEECH.search(folded, self._last_mention(p, begin, cue.start), cue.start)
        ]
        by = _BY_WORD.search(folded[cue.end : stop])
        if by is not None:
            signers += [p for p in self.ctx.people_in(cue.end + by.end(), stop) if p not in signers]
        # "the two sides signed": organisations, not named people
        if not signers and _LEADERS.search(folded, begin, cue.start):
            prev = self.last(
                (EngagementKind.TALKS, EngagementKind.MEETING, EngagementKind.RECEPTION)
            )
            signers = prev.people() if prev is not None else []
        existing = self.last((EngagementKind.SIGNING,))
        if existing is not None and _compatible(existing.start, start):
            existing.start = existing.start or start
            for p in signers:
                if p not in existing.participants:
                    existing.participants.append(p)
            existing.spans.append(cue)
            return
        self.drafts.append(_Draft(EngagementKind.SIGNING, start, None, None, signers, [cue], index))

    def handover(
        self, index: int, sent: Span, cue: Span, start: pendulum.Date | None, persons: list[Person]
    ) -> None:
        existing = self.last((EngagementKind.MEETING,))
        if (
            existing is not None
            and existing.host is None
            and index - existing.sentence <= 2
            and _compatible(existing.start, start)
        ):
            existing.start = existing.start or start
            existing.participants.extend(p for p in persons if p not in existing.participants)
            existing.spans.append(cue)
            existing.sentence = index
            return
        self.drafts.append(
            _Draft(EngagementKind.MEETING, start, None, None, list(persons), [cue], index)
        )

    def call(
        self, index: int, sent: Span, cue: Span, start: pendulum.Date | None, persons: list[Person]
    ) -> None:
        folded = self.folded
        before = self.ctx.people_in(sent.start, cue.start)
        host: Person | None = None
        joint = _AND.search(folded[sent.start : cue.start])
        with_after = _WITH.search(folded[cue.start : sent.end])
        if len(before) == 1 and with_after and not (joint and len(persons) > 1 and not with_after):
            host = before[0]
        elif (
            len(before) == 1
            and not joint
            and (
                folded[cue.start : cue.end] == "phoned"
                or _TO_OR_WITH.match(folded[cue.end : cue.end + 6])
            )
        ):
            # "X phoned Y", "X made a phone call to Y": the lone subject placed the call
            host = before[0]
        request = _REQUEST.search(folded, sent.start, sent.end)
        if request is not None:
            if folded[request.start() : request.end()].startswith("at"):
                host = self.ctx.first_person(request.end(), sent.end) or host
            else:
                host = (
                    self.ctx.first_person(
                        max(sent.start, request.start() - 60), request.start(), last=True
                    )
                    or host
                )
        existing = self.last((EngagementKind.CALL,))
        if (
            existing is not None
            and _compatible(existing.start, start)
            and (set(map(id, persons)) & set(map(id, existing.people())) or not persons)
        ):
            existing.start = existing.start or start
            existing.spans.append(cue)
            return
        guests = [p for p in persons if p is not host]
        self.drafts.append(_Draft(EngagementKind.CALL, start, None, host, guests, [cue], index))

    def reference(
        self,
        index: int,
        sent: Span,
        cue: Span,
        kind: EngagementKind,
        start: pendulum.Date | None,
        persons: list[Person],
        end: pendulum.Date | None = None,
    ) -> None:
        if kind is EngagementKind.VISIT:
            told = self.last((EngagementKind.VISIT,))
            if told is None:
                self.visit(index, sent, cue, start, None, persons)
            elif told.start is None and start is not None and end is not None:
                # "Taking place from 2-4 May at X's invitation, the visit ...": the visit told
                self.visit(index, sent, cue, start, end, persons)
            return
        kinds = (
            (kind,)
            if kind is EngagementKind.TALKS
            else (EngagementKind.TALKS, EngagementKind.MEETING, EngagementKind.RECEPTION)
        )
        prev = self.last(kinds)
        if prev is not None:
            prev.spans.append(cue)
            if _PRESENT.search(self.folded, sent.start, sent.end):
                prev.participants.extend(p for p in persons if p not in prev.people())
            if prev.host is None:
                # "Welcoming the guests, Mr. X": the host of the meeting already told
                welcome = _WELCOME.search(self.folded[sent.start : cue.start + 1])
                if welcome and persons:
                    prev.host = persons[0]
            return
        if (
            kind is EngagementKind.TALKS
            and not persons
            and _LEADERS.search(self.folded, sent.start, sent.end)
        ):
            # "During their talks, the two leaders ...": the pair the lead names
            persons = self.lead_pair()
        # "At his talks with X": the first mention of the talks can be definite.
        if kind is EngagementKind.TALKS and persons:
            groups = self.groups(sent, cue, kind, "venue", persons)
            told = self.last((EngagementKind.RECEPTION, EngagementKind.MEETING))
            if (
                not any(h or g for h, g in groups)
                and told is not None
                and index - told.sentence <= 1
                and told.participants
            ):
                # "welcomed by Y before the talks": the talks of the pair just told
                groups = [(told.host, list(told.participants))]
                start = start or told.start
            for host, guests in groups:
                self.merge_or_append(_Draft(kind, start, None, host, guests, [cue], index))

    def merge_or_append(self, draft: _Draft) -> None:
        mine = set(map(id, draft.people()))
        for d in reversed(self.drafts):
            if d.kind is EngagementKind.VISIT or d.kind is EngagementKind.SIGNING:
                continue
            same_kind = d.kind is draft.kind
            generic = draft.kind is EngagementKind.MEETING and d.kind in (
                EngagementKind.TALKS,
                EngagementKind.RECEPTION,
            )
            if not (same_kind or generic):
                continue
            theirs = set(map(id, d.people()))
            if not _compatible(d.start, draft.start):
                continue
            if draft.host is not None and d.host is not None and draft.host is not d.host:
                continue
            if (mine and theirs and mine <= theirs) or (same_kind and mine == theirs):
                d.start = d.start or draft.start
                d.spans.extend(draft.spans)
                return
            if same_kind and d.host is draft.host and draft.host is not None:
                guests_d = {id(p) for p in d.participants}
                guests_n = {id(p) for p in draft.participants}
                if guests_d & guests_n:
                    d.participants.extend(p for p in draft.participants if p not in d.participants)
                    d.start = d.start or draft.start
                    d.spans.extend(draft.spans)
                    return
        self.drafts.append(draft)

    def lead_pair(self) -> list[Person]:
        lead = self.ctx.sentences[:1]
        people = self.ctx.people_in(lead[0].start, lead[0].end) if lead else []
        if len(people) == 2 and people[0].country != people[1].country:
            return people
        return []

    def occasion_date(self, index: int, text: str) -> pendulum.Date | None:
        if not _SAME_OCCASION.search(text):
            return None
        prev = self.last(
            (
                EngagementKind.TALKS,
                EngagementKind.MEETING,
                EngagementKind.RECEPTION,
                EngagementKind.CALL,
            )
        )
        if prev is None:
            return None
        told = within(self.ctx.sentences, prev.spans[-1])
        return prev.start if told is not None and index - told <= 3 else None

    def counterpart(self, sent: Span, guests: list[Person]) -> Person | None:
        # "X was accorded a welcome" with no "by": the host is X's counterpart of the same
        # rank from the other side, already named in the article
        venue = self.sentence_venue(sent) or self.ctx.venue or self.visit_destination()
        rank = _rank(guests[0])
        if rank is None or venue is None or guests[0].country == venue:
            return None
        for d in reversed(self.drafts):
            for p in d.people():
                if p not in guests and p.country == venue and _rank(p) == rank:
                    return p
        return None

    def lead_date(self) -> pendulum.Date | None:
        lead = self.ctx.sentences[:1]
        if not lead:
            return None
        points = [d for d in self.ctx.dates_in(lead[0]) if d.relation is Relation.POINT]
        return points[0].start if len(points) == 1 else None

    def finish(self) -> None:
        for d in self.drafts:
            if d.kind is EngagementKind.VISIT and not d.participants:
                guests = [
                    p
                    for e in self.drafts
                    if e.kind in (EngagementKind.TALKS, EngagementKind.RECEPTION)
                    for p in e.participants
                ]
                d.participants = [p for p in dict.fromkeys(guests) if p is not d.host][:1]


_RANKS = re.compile(
    r"\b(?:prime minister|premier|president|chancellor|king|queen|emperor|foreign minister"
    r"|minister|speaker|mayor|governor|ambassador)\b"
)


def _rank(person: Person) -> str | None:
    if person.title is None:
        return None
    m = _RANKS.search(person.title.lower())
    if m is None:
        return None
    return "prime minister" if m.group() == "premier" else m.group()


def find_engagements(
    doc: Document,
    people: Sequence[Person],
    countries: Sequence[Country] = (),
    localities: Sequence[Locality] = (),
    *,
    context: Context | None = None,
) -> tuple[Engagement, ...]:
    """The engagements ``doc`` reports, once each, in the order they are first told.

    >>> from bilateral._extract.layout import read_document
    >>> text = " date 2023-04-12 Mayor An Binh received Ambassador Lee Kim on Tuesday."
    >>> doc = read_document(text)
    >>> an = Person("An Binh", spans=(Span(23, 30),))
    >>> lee = Person("Lee Kim", spans=(Span(51, 58),))
    >>> [(e.kind.value, e.start.isoformat(), e.host, e.participants)
    ...  for e in find_engagements(doc, [an, lee])]
    [('reception', '2023-04-11', 'An Binh', ('Lee Kim',))]
    """
    ctx = context or build_context(doc, people, countries, localities)
    return tuple(_Builder(doc, ctx).run())

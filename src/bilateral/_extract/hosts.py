"""Who hosts: the side on whose ground talks and meetings take place, and the
counterpart of a guest received by no one named; and the engagement as it is told
(:class:`Draft`), which the engagement stage fills sentence by sentence.

The codebook's host: for a reception the one who receives (read off the clause); for
talks and meetings the leader of the side on whose ground they take place, which is
their clause's place, else where their guest was visiting, else the dateline's place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import pendulum

from bilateral._extract.analysis import Context
from bilateral._extract.cues import RANKS
from bilateral.model import Engagement, EngagementKind, Person, Span

__all__ = ["Draft", "compatible", "counterpart", "rank", "settle_hosts"]

_K = EngagementKind


@attrs.define
class Draft:
    """An engagement as it is told so far (filled sentence by sentence)."""

    kind: EngagementKind
    start: pendulum.Date | None
    end: pendulum.Date | None
    host: Person | None
    participants: list[Person]
    spans: list[Span]
    sentence: int
    venue_based: bool = False
    destination: str | None = None
    places: tuple[str, ...] = ()
    dated: bool = False  # its date came from its own words, not by scope
    weak: bool = False  # told only by a noun ("the signing of ..."), no verb yet

    def people(self) -> list[Person]:
        return ([self.host] if self.host else []) + [
            p for p in self.participants if p is not self.host
        ]

    def freeze(self) -> Engagement:
        host = self.host.name if self.host else None
        names: list[str] = []
        for p in self.participants:
            if p.name != host and p.name not in names:
                names.append(p.name)
        return Engagement(
            self.kind, self.start, self.end, host, tuple(names), spans=tuple(sorted(self.spans))
        )


def compatible(a: pendulum.Date | None, b: pendulum.Date | None) -> bool:
    """Whether two days may be the same (one unknown, or equal)."""
    return a is None or b is None or a == b


def rank(person: Person) -> str | None:
    """The rank a person's title names ("prime minister" for a premier too), or None."""
    if person.title is None:
        return None
    m = RANKS.search(person.title.lower())
    if m is None:
        return None
    return "prime minister" if m.group() == "premier" else m.group()


def counterpart(ctx: Context, where: str | None, guests: Sequence[Person]) -> Person | None:
    """The host of a guest received by no one named ("X was accorded a welcome"): the one
    person of the same rank on the other side (of the country ``where`` it happened)."""
    wanted = rank(guests[0])
    if wanted is None:
        return None
    found = [
        person
        for person in dict.fromkeys(x for _s, x in ctx.people)
        if person not in guests
        and person.country != guests[0].country
        and rank(person) == wanted
        and (where is None or person.country == where)
    ]
    return found[0] if len(found) == 1 else None


def received_from_abroad(drafts: Sequence[Draft]) -> Iterator[tuple[Person, list[Person]]]:
    """Each reception's host with the guests it received from another country."""
    for d in drafts:
        if d.kind is _K.RECEPTION and d.host is not None and d.host.country:
            guests = [p for p in d.participants if p.country and p.country != d.host.country]
            if guests:
                yield d.host, guests


def settle_hosts(drafts: Sequence[Draft], visitors: Sequence[Person], venue: str | None) -> None:
    """Give the talks and meetings told without a host the leader of the side on whose
    ground they took place, and a visit told without its visitor the guest of the talks
    or reception told with it."""
    visits = [d for d in drafts if d.kind is _K.VISIT and d.destination]
    # who was received from abroad is a guest on that ground too
    visitors = [
        *visitors,
        *(p for _h, guests in received_from_abroad(drafts) for p in guests if p not in visitors),
    ]
    for d in drafts:
        if not d.venue_based or d.host is not None or len(d.participants) < 2:
            continue
        trip = next(
            (
                v.destination
                for v in visits
                if set(map(id, v.participants)) & set(map(id, d.participants))
            ),
            None,
        )
        told = next((e.places[0] for e in reversed(drafts) if e.places), None)
        where = (
            d.places[0]
            if d.places
            else trip or venue or (visits[0].destination if visits else told)
        )
        home = [x for x in d.participants if where is not None and x.country == where]
        home = [x for x in home if x not in visitors] or home
        if not home:
            home = [x for x in d.participants if x not in visitors]
            if len(home) == len(d.participants):
                home = []
        if home:
            d.host = home[0]
        elif where is None and len({x.country for x in d.participants}) > 1:
            # nowhere told: the one named first hosts, unless a guest
            first = d.participants[0]
            d.host = first if first not in visitors else None
    for d in drafts:
        if d.kind is _K.VISIT and not d.participants:
            guests = [
                p for e in drafts if e.kind in (_K.TALKS, _K.RECEPTION) for p in e.participants
            ]
            d.participants = [p for p in dict.fromkeys(guests) if p is not d.host][:1]

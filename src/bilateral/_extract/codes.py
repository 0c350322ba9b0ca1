"""Event codes: each engagement, agreement, aid item and explicit proposal or appeal
becomes a dyadic :class:`~bilateral.model.Event` with a CAMEO code and PLOVER category.

The mapping is one documented table, ``data/cameo.tsv`` (basis, case, CAMEO code,
PLOVER category, direction); the code here only decides which row a fact falls in
and who the source and target countries are.

>>> code("engagement", "visit")
Code(cameo='042', plover='CONSULT', direction='guest>host', meaning='Make a visit')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import STATEMENT_CUES
from bilateral._lexicon.gazetteer import data_lines
from bilateral.model import (
    Agreement,
    Aid,
    Dyad,
    Engagement,
    EngagementKind,
    Event,
    Person,
    Span,
)

__all__ = ["Code", "code", "find_events"]


@attrs.frozen
class Code:
    """One row of the CAMEO/PLOVER table."""

    cameo: str
    plover: str
    direction: str
    meaning: str


def _load() -> dict[tuple[str, str], Code]:
    table: dict[tuple[str, str], Code] = {}
    for basis, case, cameo, plover, direction, meaning in data_lines("cameo.tsv"):
        table[(basis, case)] = Code(cameo, plover, direction, meaning)
    return table


_TABLE = _load()


def code(basis: str, case: str) -> Code:
    """The table row for a fact: ``basis`` (engagement, agreement, aid, statement) and case."""
    return _TABLE[(basis, case)]


# The appeal and proposal cues (STATEMENT_CUES) are defined with the topics' sentence
# cues, so that build_context scans for them in its one pass.
_MATERIAL = re.compile(r"\b(?:invest\w*|trade|import\w*|export\w*|fund\w*|build\w*|supply)\b")
_AID_ASK = re.compile(r"\b(?:send|help|support|assist\w*|aid|provide)\b")


def _country_of(name: str | None, people: Sequence[Person]) -> str | None:
    if name is None:
        return None
    for p in people:
        if p.name == name:
            return p.country
    return None


def _pair(dyad: Dyad | None, first: str | None) -> tuple[str | None, str | None]:
    if dyad is None:
        return first, None
    if first is not None and first in (dyad.a, dyad.b):
        return first, dyad.other(first)
    return dyad.a, dyad.b


def _sides(source: str | None, target: str | None, how: str) -> str:
    return how if source is not None and target is not None else "unknown"


def _actor(names: Sequence[str], people: Sequence[Person], side: str | None) -> str | None:
    """The first of ``names`` on ``side``: of that country, else of no known country."""
    countries = [_country_of(n, people) for n in names]
    for wanted in (side, None):
        for name, country in zip(names, countries, strict=True):
            if country == wanted:
                return name
    return None


# Who acts in an engagement: the host (receives, hosts the talks, calls), except on a
# visit, which the guest pays to the host.
_GUEST_ACTS = frozenset({EngagementKind.VISIT})


def _engagement_event(
    e: Engagement, people: Sequence[Person], dyad: Dyad | None, venue: str | None
) -> Event:
    host_c = _country_of(e.host, people)
    guest_c = next(
        (c for c in (_country_of(n, people) for n in e.participants) if c and c != host_c), None
    )
    case = e.kind.value
    how = "told"
    if e.kind is EngagementKind.VISIT:
        source, target = guest_c, host_c
        if target is None and dyad is not None and source is not None and source in dyad:
            target = dyad.other(source)
    elif e.kind is EngagementKind.SIGNING:
        source, target = _pair(dyad, guest_c)
        how = "told" if guest_c is not None else "dyad"
    else:
        source, target = host_c, guest_c
        if (
            e.kind is EngagementKind.MEETING
            and venue
            and source
            and target
            and venue not in (source, target)
        ):
            case = "meeting_third"
        if source is None and target is not None and dyad is not None and target in dyad:
            source = dyad.other(target)
        if target is None and source is not None and dyad is not None and source in dyad:
            target = dyad.other(source)
    if source is None and target is None and dyad is not None:
        if e.kind is not EngagementKind.CALL and venue is not None and venue in dyad:
            # No side is told by a person: the host side is the dateline's country.
            host_side = venue
            guest_side = dyad.other(venue)
            if e.kind in _GUEST_ACTS:
                source, target = guest_side, host_side
            else:
                source, target = host_side, guest_side
            how = "venue"
        else:
            source, target = dyad.a, dyad.b
            how = "dyad"
    guests = [n for n in e.participants if n != e.host]
    hosts = [e.host] if e.host else []
    if e.kind in _GUEST_ACTS:
        source_actor = _actor(guests, people, source)
        target_actor = _actor(hosts, people, target) or _actor(guests, people, target)
    else:
        source_actor = _actor(hosts, people, source) or _actor(guests, people, source)
        target_actor = _actor([n for n in guests if n != source_actor], people, target)
    row = code("engagement", case)
    return Event(
        row.cameo,
        row.plover,
        source,
        target,
        "engagement",
        spans=e.spans,
        source_actor=source_actor,
        target_actor=target_actor,
        date=e.start,
        sides=_sides(source, target, how),
    )


def _statements(doc: Document, ctx: Context, dyad: Dyad | None) -> list[Event]:
    events: list[Event] = []
    found = ctx.statement_starts  # position -> which cues may begin there
    if dyad is None or not found:
        return events
    folded = doc.folded
    scanners = tuple(
        zip(STATEMENT_CUES.scanners(folded, found), ("appeal", "propose"), strict=True)
    )
    for sent in ctx.sentences:
        for rx, case in scanners:
            m = rx.search(sent.start, sent.end)
            if m is None:
                continue
            members = (dyad.a, dyad.b)
            lo = max(sent.start, m.start() - 300)
            speakers = [p for p in ctx.people_in(lo, m.start()) if p.country in members]
            countries = ctx.countries_in(max(sent.start, m.start() - 300), m.start())
            source = (
                speakers[-1].country
                if speakers
                else (countries[-1] if countries and countries[-1] in members else None)
            )
            if source is None:
                continue
            rest = folded[m.end() : sent.end]
            if case == "appeal":
                case = "appeal_aid" if _AID_ASK.search(rest[:80]) else "appeal"
            elif _MATERIAL.search(rest[:120]):
                case = "propose_material"
            row = code("statement", case)
            events.append(
                Event(
                    row.cameo,
                    row.plover,
                    source,
                    dyad.other(source),
                    "statement",
                    spans=(Span(m.start(), m.end()),),
                    source_actor=speakers[-1].name if speakers else None,
                    sides="told",
                )
            )
            break
    return events


def find_events(
    doc: Document,
    ctx: Context,
    people: Sequence[Person],
    dyad: Dyad | None,
    engagements: Sequence[Engagement],
    agreements: Sequence[Agreement],
    aid: Sequence[Aid],
) -> tuple[Event, ...]:
    """One dyadic event per fact, in the order: engagements, agreements, aid, statements."""
    events = [_engagement_event(e, people, dyad, ctx.venue) for e in engagements]
    for a in agreements:
        row = code("agreement", "signed" if a.signed else "planned")
        # an agreement binds both sides: the dyad's order, first to second; its actors
        # are the parties that are people (a ministry is no actor)
        source, target = _pair(dyad, None)
        signers = [n for n in a.parties if any(p.name == n for p in people)]
        events.append(
            Event(
                row.cameo,
                row.plover,
                source,
                target,
                "agreement",
                spans=a.spans,
                source_actor=_actor(signers, people, source) if source else None,
                target_actor=_actor(signers, people, target) if target else None,
                sides=_sides(source, target, "dyad"),
            )
        )
    for item in aid:
        if item.unit is not None and item.unit not in ("tonne", "dose"):
            case = "money"
        elif item.item in ("scholarships", "doctors", "training", "experts"):
            case = "services"
        else:
            case = "goods"
        row = code("aid", case)
        donor, recipient = item.donor, item.recipient
        if dyad is not None and (donor is None) != (recipient is None):
            # one side is told: the dyad gives its partner
            told = donor or recipient or ""
            if told in dyad:
                other = dyad.other(told)
                donor, recipient = (told, other) if donor is not None else (other, told)
        events.append(
            Event(
                row.cameo,
                row.plover,
                donor,
                recipient,
                "aid",
                spans=item.spans,
                sides=_sides(donor, recipient, "told"),
            )
        )
    events.extend(_statements(doc, ctx, dyad))
    return tuple(events)

"""One real engagement, counted once: the reports of one meeting across articles, merged.

Two outlets report the same talks; a visit is told again the next day. Two engagements
of different articles are reports of one engagement when they are of the same kind,
between the same dyad, with people in common (by their identity keys: see
:mod:`bilateral.corpus.identity`; two engagements naming no person count as having the
same people), and their dates agree: equal or overlapping periods, or, where a report
gives no date, a period that falls in the week before that report's article (news of
this genre reports an engagement within days; :data:`REPORTING_LAG`).

Merging is a clustering under one constraint: engagements of one article are never
one engagement (the article told them apart). Candidate pairs are joined best first:
the same dates before overlapping ones, more people in common before fewer, then by
their content and article ids, so the result depends on neither the order of the
articles nor anything but what they report. It never joins different dyads or kinds.

>>> from bilateral import parse
>>> from bilateral.corpus.identity import build_identities
>>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
>>> b = parse(" date 2024-03-13 Phnom Penh (AKP) - Cambodian Health Minister Mam Sok Heng "
...           "was received by his Lao counterpart in Vientiane on Monday.", id="b")
>>> c = parse(" date 2024-03-05 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="c")
>>> arts = [a, b, c]
>>> [(m.id, m.start, m.articles) for m in merge_engagements(arts, build_identities(arts))]
[('c#0', Date(2024, 3, 4), ('c',)), ('a#0', Date(2024, 3, 11), ('a', 'b'))]
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs
import pendulum

from bilateral.corpus.identity import Identities
from bilateral.model import Article, Dyad, EngagementKind, Span

__all__ = ["REPORTING_LAG", "MergedEngagement", "merge_engagements"]

#: How many days before its article an undated engagement may have taken place.
REPORTING_LAG = 7


@attrs.frozen
class MergedEngagement:
    """One real-world engagement and every report of it.

    ``host`` and ``participants`` are person keys; ``start`` is the earliest date a
    report gives and ``end`` the latest end (None for a single day); ``sources`` are
    ``(article id, position of the engagement in that article)``; ``evidence`` every
    span of every report, with its article id. ``id`` is its first source,
    ``ARTICLE#POSITION``.
    """

    id: str
    kind: EngagementKind
    start: pendulum.Date | None
    end: pendulum.Date | None
    dyad: Dyad | None
    host: str | None
    participants: tuple[str, ...]
    sources: tuple[tuple[str, int], ...]
    evidence: tuple[tuple[str, Span], ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """The ids of the articles that report it, sorted, each once."""
        return tuple(sorted({a for a, _ in self.sources}))


@attrs.frozen
class _Report:
    article: str
    position: int
    kind: EngagementKind
    dyad: Dyad | None
    start: pendulum.Date | None
    end: pendulum.Date | None
    lo: int | None  # the period it may lie in, as ordinals (None: no date at all)
    hi: int | None
    host: str | None
    people: frozenset[str]
    spans: tuple[Span, ...]
    signature: tuple[str, ...] = attrs.field(init=False)

    @signature.default
    def _signature(self) -> tuple[str, ...]:
        # what the report says, to order candidate pairs by content, not by position
        return (
            self.kind.value,
            str(self.dyad),
            str(self.start),
            str(self.end),
            str(self.host),
            ",".join(sorted(self.people)),
        )


def _reports(articles: Iterable[Article], ids: Identities) -> list[_Report]:
    out: list[_Report] = []
    for a in articles:
        day = a.date.toordinal() if a.date is not None else None
        for n, e in enumerate(a.engagements):
            host = ids.person_in(a, e.host) if e.host else None
            people = {host.key} if host is not None else set()
            for name in e.participants:
                found = ids.person_in(a, name)
                if found is not None:
                    people.add(found.key)
            lo: int | None
            hi: int | None
            if e.start is not None:
                lo = e.start.toordinal()
                hi = (e.end or e.start).toordinal()
            elif day is not None:
                lo, hi = day - REPORTING_LAG, day
            else:
                lo = hi = None
            out.append(
                _Report(
                    a.id,
                    n,
                    e.kind,
                    a.dyad,
                    e.start,
                    e.end,
                    lo,
                    max(lo, hi) if lo is not None and hi is not None else None,
                    host.key if host is not None else None,
                    frozenset(people),
                    e.spans,
                )
            )
    return out


def _score(x: _Report, y: _Report) -> tuple[int, int] | None:
    """How well two reports agree (higher first), None when they cannot be one."""
    if x.article == y.article:
        return None
    if x.people or y.people:
        shared = len(x.people & y.people)
        if not shared:
            return None
    else:
        shared = 0
    if x.lo is None or y.lo is None:
        if x.lo is not None or y.lo is not None:
            return None
        dates = 0  # neither report nor article is dated
    else:
        assert x.hi is not None and y.hi is not None
        if x.hi < y.lo or y.hi < x.lo:
            return None
        dates = 2 if x.start is not None and x.start == y.start else 1
    return dates, shared


def _sweep(reports: list[_Report]) -> Iterable[tuple[_Report, _Report]]:
    """The pairs of ``reports`` whose periods overlap (a sweep, not every pair)."""
    undated = [r for r in reports if r.lo is None]
    yield from itertools.combinations(undated, 2)
    dated = sorted((r for r in reports if r.lo is not None), key=lambda r: (r.lo, r.hi))
    active: list[_Report] = []
    for r in dated:
        assert r.lo is not None
        active = [x for x in active if x.hi is not None and x.hi >= r.lo]
        for x in active:
            yield x, r
        active.append(r)


def _candidates(block: list[_Report]) -> Iterable[tuple[_Report, _Report]]:
    """The pairs of a block that may be one engagement: sharing a person (or both naming
    none), with overlapping periods; each pair once."""
    by_person: dict[str, list[_Report]] = defaultdict(list)
    for r in block:
        for key in r.people or ("",):
            by_person[key].append(r)
    seen: set[tuple[int, int]] = set()
    for key in sorted(by_person):
        for x, y in _sweep(by_person[key]):
            pair = (id(x), id(y)) if id(x) < id(y) else (id(y), id(x))
            if pair not in seen:
                seen.add(pair)
                yield x, y


def merge_engagements(
    articles: Sequence[Article] | Iterable[Article], ids: Identities
) -> tuple[MergedEngagement, ...]:
    """The engagements of ``articles``, reports of one real engagement merged; in date
    order (undated last), then by id."""
    reports = _reports(articles, ids)
    blocks: dict[tuple[EngagementKind, Dyad | None], list[_Report]] = defaultdict(list)
    for r in reports:
        blocks[(r.kind, r.dyad)].append(r)
    pairs: list[tuple[tuple[int, int], tuple[tuple[str, ...], ...], _Report, _Report]] = []
    for block in blocks.values():
        for x, y in _candidates(block):
            score = _score(x, y)
            if score is not None:
                first, second = sorted((x, y), key=lambda r: (r.signature, r.article, r.position))
                order = (first.signature, second.signature, (first.article, second.article))
                pairs.append((score, order, first, second))
    pairs.sort(key=lambda p: (-p[0][0], -p[0][1], p[1]))
    # clusters: each report's cluster, each cluster's members and articles
    cluster: dict[tuple[str, int], int] = {}
    members: dict[int, list[_Report]] = {}
    sources: dict[int, set[str]] = {}
    for n, r in enumerate(reports):
        cluster[(r.article, r.position)] = n
        members[n] = [r]
        sources[n] = {r.article}
    for _, _, x, y in pairs:
        cx, cy = cluster[(x.article, x.position)], cluster[(y.article, y.position)]
        if cx == cy or not sources[cx].isdisjoint(sources[cy]):
            continue  # one article's engagements stay apart
        # the smaller cluster moves into the larger (ties: into the first made)
        keep, drop = sorted((cx, cy), key=lambda c: (-len(members[c]), c))
        for r in members.pop(drop):
            cluster[(r.article, r.position)] = keep
            members[keep].append(r)
        sources[keep] |= sources.pop(drop)
    return tuple(sorted((_merged(ms) for ms in members.values()), key=_order))


def _merged(reports: list[_Report]) -> MergedEngagement:
    reports = sorted(reports, key=lambda r: (r.article, r.position))
    starts = [r.start for r in reports if r.start is not None]
    ends = [r.end or r.start for r in reports if r.start is not None]
    start = min(starts) if starts else None
    last = max((e for e in ends if e is not None), default=None)
    hosts = Counter(r.host for r in reports if r.host is not None)
    host = min(hosts, key=lambda h: (-hosts[h], h)) if hosts else None
    people = sorted({p for r in reports for p in r.people} - {host})
    first = reports[0]
    return MergedEngagement(
        id=f"{first.article}#{first.position}",
        kind=first.kind,
        start=start,
        end=last if last is not None and start is not None and last > start else None,
        dyad=first.dyad,
        host=host,
        participants=tuple(people),
        sources=tuple((r.article, r.position) for r in reports),
        evidence=tuple((r.article, s) for r in reports for s in r.spans),
    )


def _order(m: MergedEngagement) -> tuple[bool, pendulum.Date, str]:
    return (m.start is None, m.start or pendulum.Date(1, 1, 1), m.id)

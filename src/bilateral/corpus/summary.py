"""Summaries of a corpus: counts, a timeline of engagements, the network of who met whom.

Counts are tuples of ``(key, count)``, most frequent first (ties by key),
except years and months, which run in calendar order.

>>> from bilateral import parse
>>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
>>> s = summarize([a])
>>> s.by_dyad, s.by_partner, s.by_kind
((('KHM-LAO', 1),), (('LAO', 1),), (('reception', 1),))
>>> [(e.a, e.b, e.weight) for e in network([a])]
[('Bounkong Sihavong', 'Mam Sok Heng', 1)]
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs
import pendulum

from bilateral.corpus.identity import Identities, build_identities
from bilateral.model import Article, Dyad, EngagementKind

if TYPE_CHECKING:
    import networkx
    import pandas

__all__ = [
    "Counts",
    "Edge",
    "Summary",
    "TimelineEntry",
    "graph",
    "network",
    "summarize",
    "timeline",
]

#: Counts as ``(key, count)`` pairs, in the order the summary gives them.
Counts = tuple[tuple[str, int], ...]


def _ranked(counter: Counter[str]) -> Counts:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _chronological(counter: Counter[str]) -> Counts:
    return tuple(sorted(counter.items()))


def _dyad_key(dyad: Dyad) -> str:
    return f"{dyad.a}-{dyad.b}"


@attrs.frozen
class Summary:
    """What a corpus holds, counted.

    ``by_dyad``, ``by_country``, ``by_topic``, ``by_person``, ``by_agency``
    count articles; ``by_kind`` counts engagements; ``by_partner`` counts the
    articles whose dyad includes ``focus``, by the other country (``focus``
    defaults to the country in most dyads); ``by_year`` and ``by_month``
    count articles by their date or, under the one rule for partial dates,
    their header month; ``dated`` counts the articles either places on the
    calendar (so it is the sum of ``by_year``), as the date filters do.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> b = parse(" date 2023-11 Vientiane (KPL) - Lao Prime Minister Sonexay Siphandone "
    ...           "received Vietnamese Ambassador Nguyen Minh Tam in Vientiane.", id="b")
    >>> c = parse("Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong held talks "
    ...           "with Thai Health Minister Somsak Thepsutin in Vientiane.", id="c")
    >>> a.date, b.month, c.date, c.month
    (Date(2024, 3, 12), '2023-11', None, None)
    >>> s = summarize([a, b, c])
    >>> s.articles, s.dated, s.focus, s.by_year, s.by_month
    (3, 2, 'LAO', (('2023', 1), ('2024', 1)), (('2023-11', 1), ('2024-03', 1)))
    """

    articles: int
    dated: int
    focus: str | None
    by_dyad: Counts
    by_partner: Counts
    by_country: Counts
    by_year: Counts
    by_month: Counts
    by_topic: Counts
    by_kind: Counts
    by_person: Counts
    by_agency: Counts

    def tables(self) -> dict[str, Counts]:
        """The counts by name (``dyad``, ``partner``, ``country``, ``year``…).

        >>> from bilateral import parse
        >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong "
        ...           "Sihavong received Cambodian Health Minister Mam Sok Heng in Vientiane "
        ...           "on Monday.", id="a")
        >>> tables = summarize([a]).tables()
        >>> list(tables)
        ['dyad', 'partner', 'country', 'year', 'month', 'topic', 'kind', 'person', 'agency']
        >>> tables["dyad"], tables["year"]
        ((('KHM-LAO', 1),), (('2024', 1),))
        """
        return {
            name.removeprefix("by_"): getattr(self, name)
            for name in attrs.fields_dict(Summary)
            if name.startswith("by_")
        }

    def to_pandas(self, by: str | None = None) -> pandas.DataFrame:
        """The counts as a pandas frame (extra ``bilateral[pandas]``).

        With ``by`` (``dyad``, ``year``…) one table, columns ``key`` and
        ``count``; without, every table stacked, with a first column ``by``.

        >>> from bilateral import parse
        >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong "
        ...           "Sihavong received Cambodian Health Minister Mam Sok Heng in Vientiane "
        ...           "on Monday.", id="a")
        >>> b = parse(" date 2024-03-20 Vientiane (KPL) - Lao Minister of Health Bounkong "
        ...           "Sihavong phoned Thai Health Minister Somsak Thepsutin on Tuesday.", id="b")
        >>> c = parse(" date 2024-03-21 Phnom Penh (AKP) - Cambodian Health Minister Mam Sok "
        ...           "Heng held talks with Lao Minister of Health Bounkong Sihavong in Phnom "
        ...           "Penh on Wednesday.", id="c")
        >>> s = summarize([a, b, c])
        >>> s.to_pandas("dyad")
               key  count
        0  KHM-LAO      2
        1  LAO-THA      1
        >>> s.to_pandas().groupby("by")["count"].sum().to_dict()["partner"]
        3
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - exercised only without the extra
            raise ImportError(
                "Summary.to_pandas() needs pandas: pip install 'bilateral[pandas]'"
            ) from exc
        tables = self.tables()
        if by is not None:
            if by not in tables:
                raise ValueError(f"no summary by {by!r}; the summaries are {', '.join(tables)}")
            frame: pandas.DataFrame = pd.DataFrame(list(tables[by]), columns=["key", "count"])
            return frame.astype({"key": "string", "count": "int64"})
        rows = [(name, key, count) for name, counts in tables.items() for key, count in counts]
        stacked: pandas.DataFrame = pd.DataFrame(rows, columns=["by", "key", "count"])
        return stacked.astype({"by": "string", "key": "string", "count": "int64"})


def _shown(identities: Identities, name: str, country: str | None) -> str:
    found = identities.person(name, country)
    return found.name if found is not None else name


def _month(article: Article) -> str | None:
    if article.date is not None:
        return f"{article.date.year:04d}-{article.date.month:02d}"
    return article.month


def summarize(
    articles: Iterable[Article], *, focus: str | None = None, identities: Identities | None = None
) -> Summary:
    """Count a collection of articles (one pass).

    ``focus`` picks the country whose partners ``by_partner`` counts; ``by_person``
    counts each person once whatever the spelling (by ``identities``, made from the
    articles when not given), shown by their fullest name.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> b = parse(" date 2024-03-14 Phnom Penh (AKP) - Cambodian Health Minister Mam Sok Heng "
    ...           "held talks with Lao Minister of Health Bounkong Syhavong in Phnom Penh on "
    ...           "Wednesday.", id="b")
    >>> c = parse(" date 2024-03-20 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "phoned Thai Health Minister Somsak Thepsutin on Tuesday.", id="c")
    >>> s = summarize([a, b, c])
    >>> s.by_dyad, s.by_partner, s.by_person
    ((('KHM-LAO', 2), ('LAO-THA', 1)), (('KHM', 2), ('THA', 1)),
     (('Bounkong Sihavong', 3), ('Mam Sok Heng', 2), ('Somsak Thepsutin', 1)))
    >>> summarize([a]).by_partner, summarize([a], focus="LAO").by_partner
    ((('LAO', 1),), (('KHM', 1),))
    """
    articles = list(articles)
    if identities is None:
        identities = build_identities(articles)
    n = dated = 0
    dyads: Counter[str] = Counter()
    dyad_members: Counter[str] = Counter()
    dyad_list: list[Dyad] = []
    countries: Counter[str] = Counter()
    years: Counter[str] = Counter()
    months: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    people: Counter[str] = Counter()
    agencies: Counter[str] = Counter()
    for a in articles:
        n += 1
        month = _month(a)
        if month:
            dated += 1
            months[month] += 1
            years[month[:4]] += 1
        if a.dyad is not None:
            dyads[_dyad_key(a.dyad)] += 1
            dyad_members.update({a.dyad.a, a.dyad.b})
            dyad_list.append(a.dyad)
        countries.update({c.code for c in a.countries})
        topics.update({t.topic.value for t in a.topics})
        kinds.update(e.kind.value for e in a.engagements)
        people.update({_shown(identities, p.name, p.country) for p in a.people})
        if a.agency is not None:
            agencies[a.agency.text] += 1
    if focus is None and dyad_members:
        focus = min(dyad_members.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    partners: Counter[str] = Counter(
        d.other(focus) for d in dyad_list if focus is not None and focus in (d.a, d.b)
    )
    return Summary(
        articles=n,
        dated=dated,
        focus=focus,
        by_dyad=_ranked(dyads),
        by_partner=_ranked(partners),
        by_country=_ranked(countries),
        by_year=_chronological(years),
        by_month=_chronological(months),
        by_topic=_ranked(topics),
        by_kind=_ranked(kinds),
        by_person=_ranked(people),
        by_agency=_ranked(agencies),
    )


@attrs.frozen
class TimelineEntry:
    """One engagement on the timeline, with the article that reports it.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> timeline([a])[0]
    TimelineEntry(start=Date(2024, 3, 11), end=None,
                  kind=<EngagementKind.RECEPTION: 'reception'>, host='Bounkong Sihavong',
                  participants=('Mam Sok Heng',), article='a', dyad=Dyad(a='KHM', b='LAO'))
    """

    start: pendulum.Date | None
    end: pendulum.Date | None
    kind: EngagementKind
    host: str | None
    participants: tuple[str, ...]
    article: str
    dyad: Dyad | None


def timeline(articles: Iterable[Article]) -> tuple[TimelineEntry, ...]:
    """Every engagement, by start date (undated last; ties keep corpus order).

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> b = parse("Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong held talks "
    ...           "with Thai Health Minister Somsak Thepsutin in Vientiane.", id="b")
    >>> [(e.kind.value, e.start, e.article) for e in timeline([b, a])]
    [('reception', Date(2024, 3, 11), 'a'), ('talks', None, 'b')]
    """
    entries = [
        TimelineEntry(e.start, e.end, e.kind, e.host, e.participants, a.id, a.dyad)
        for a in articles
        for e in a.engagements
    ]
    # sorted() is stable, so equal dates keep the corpus order.
    return tuple(
        sorted(entries, key=lambda t: (t.start is None, t.start or pendulum.Date(1, 1, 1)))
    )


@attrs.frozen
class Edge:
    """Two people (or countries) who took part in the same engagement(s).

    ``a`` < ``b`` are the people's names as shown (their fullest spelling) or the
    countries' codes; ``a_key`` and ``b_key`` the people's identity keys (the codes,
    for countries); ``weight`` counts the engagements; ``kinds`` and ``articles`` say
    which (sorted, each once).

    >>> Edge("Ana", "Bo", 2, ("call", "talks"), ("a", "b")).weight
    2
    """

    a: str
    b: str
    weight: int
    kinds: tuple[str, ...]
    articles: tuple[str, ...]
    a_key: str | None = attrs.field(default=None, kw_only=True)
    b_key: str | None = attrs.field(default=None, kw_only=True)


_LEVELS = ("person", "country")


def _members(
    a: Article, names: Iterable[str | None], identities: Identities, level: str
) -> dict[str, str]:
    """The members of an engagement, key -> name shown."""
    out: dict[str, str] = {}
    for name in names:
        if not name:
            continue
        found = identities.person_in(a, name)
        if level == "person":
            if found is not None:
                out[found.key] = found.name
            else:
                out[name] = name
        else:
            person = a.person(name)
            country = person.country if person is not None else None
            if country is None and found is not None:
                country = found.country
            if country is not None:
                out[country] = country
    if level == "country" and len(out) < 2 and a.dyad is not None:
        # who stands for a country is not always named: the dyad tells the two sides
        out.update({a.dyad.a: a.dyad.a, a.dyad.b: a.dyad.b})
    return out


def network(
    articles: Iterable[Article],
    *,
    identities: Identities | None = None,
    level: str = "person",
) -> tuple[Edge, ...]:
    """The edge list of who met whom, heaviest first (ties by names).

    Every pair among an engagement's host and participants is an edge; people are
    taken by identity (``identities``, made from the articles when not given), so
    two spellings of one person are one node. With ``level="country"`` the nodes are
    the countries of the engagement's people (the dyad's where fewer than two are
    known).

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> b = parse(" date 2024-03-20 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "held talks with Cambodian Health Minister Mam Sok Heng and Thai Health "
    ...           "Minister Somsak Thepsutin in Vientiane on Tuesday.", id="b")
    >>> for edge in network([a, b]):
    ...     print(edge.a, "|", edge.b, edge.weight, edge.kinds, edge.articles)
    Bounkong Sihavong | Mam Sok Heng 2 ('reception', 'talks') ('a', 'b')
    Bounkong Sihavong | Somsak Thepsutin 1 ('talks',) ('b',)
    Mam Sok Heng | Somsak Thepsutin 1 ('talks',) ('b',)
    """
    if level not in _LEVELS:
        raise ValueError(f"level must be one of {', '.join(_LEVELS)}, not {level!r}")
    articles = list(articles)
    if identities is None:
        identities = build_identities(articles)
    weights: Counter[tuple[str, str]] = Counter()
    kinds: dict[tuple[str, str], set[str]] = {}
    where: dict[tuple[str, str], dict[str, None]] = {}
    shown: dict[str, str] = {}
    for a in articles:
        for e in a.engagements:
            members = _members(a, (e.host, *e.participants), identities, level)
            shown.update(members)
            for x, y in itertools.combinations(sorted(members), 2):
                weights[(x, y)] += 1
                kinds.setdefault((x, y), set()).add(e.kind.value)
                where.setdefault((x, y), {})[a.id] = None
    edges = []
    for (x, y), w in weights.items():
        (p, pk), (q, qk) = sorted(((shown[x], x), (shown[y], y)))
        edges.append(
            Edge(p, q, w, tuple(sorted(kinds[(x, y)])), tuple(where[(x, y)]), a_key=pk, b_key=qk)
        )
    return tuple(sorted(edges, key=lambda e: (-e.weight, e.a, e.b)))


def graph(
    articles: Sequence[Article] | Iterable[Article],
    *,
    identities: Identities | None = None,
    level: str = "person",
) -> networkx.Graph:
    """The network as a ``networkx.Graph``. People are nodes keyed by identity, with
    ``name``, ``country``, ``title`` and ``actor_code``; with ``level="country"``
    countries are the nodes. Edges carry ``weight``, ``kinds`` and ``articles``.

    Needs the extra ``bilateral[network]``.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> g = graph([a])
    >>> sorted(g.nodes)
    ['KHM/mam-sok-heng', 'LAO/bounkong-sihavong']
    >>> g.nodes["LAO/bounkong-sihavong"], g.edges["LAO/bounkong-sihavong", "KHM/mam-sok-heng"]
    ({'name': 'Bounkong Sihavong', 'country': 'LAO', 'title': 'Lao Minister of Health',
      'actor_code': 'LAOGOV'}, {'weight': 1, 'kinds': ['reception'], 'articles': ['a']})
    """
    try:
        import networkx
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "Corpus.graph() needs networkx: pip install 'bilateral[network]'"
        ) from exc
    articles = list(articles)
    if identities is None:
        identities = build_identities(articles)
    g = networkx.Graph()
    if level == "person":
        for p in identities.people:
            g.add_node(
                p.key, name=p.name, country=p.country, title=p.title, actor_code=p.actor.code
            )
    for edge in network(articles, identities=identities, level=level):
        g.add_edge(
            edge.a_key,
            edge.b_key,
            weight=edge.weight,
            kinds=list(edge.kinds),
            articles=list(edge.articles),
        )
    return g

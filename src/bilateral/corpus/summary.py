"""Summaries of a corpus: counts, a timeline of engagements, the network of who met whom.

Counts are tuples of ``(key, count)``, most frequent first (ties by key),
except years and months, which run in calendar order.

>>> from bilateral.model import Article, Layout, Span, Dyad, Engagement, EngagementKind
>>> a = Article(id="a", text="x", layout=Layout(Span(0, 1)), dyad=Dyad.of("VNM", "CUB"),
...             engagements=(Engagement(EngagementKind.TALKS, host="Ann", participants=("Bo",)),))
>>> s = summarize([a])
>>> s.by_dyad, s.by_partner, s.by_kind
((('CUB-VNM', 1),), (('VNM', 1),), (('talks', 1),))
>>> [(e.a, e.b, e.weight) for e in network([a])]
[('Ann', 'Bo', 1)]
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

    >>> from bilateral.model import Layout, Span
    >>> a = Article("a", "x", Layout(Span(0, 1)), date=pendulum.Date(2024, 5, 2),
    ...             dyad=Dyad.of("VNM", "CUB"))
    >>> b = Article("b", "x", Layout(Span(0, 1)), month="2023-11", dyad=Dyad.of("VNM", "LAO"))
    >>> c = Article("c", "x", Layout(Span(0, 1)))
    >>> s = summarize([a, b, c])
    >>> s.articles, s.dated, s.focus, s.by_year, s.by_month
    (3, 2, 'VNM', (('2023', 1), ('2024', 1)), (('2023-11', 1), ('2024-05', 1)))
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

        >>> from bilateral.model import Layout, Span
        >>> tables = summarize([Article("a", "x", Layout(Span(0, 1)),
        ...                             dyad=Dyad.of("VNM", "CUB"))]).tables()
        >>> list(tables)
        ['dyad', 'partner', 'country', 'year', 'month', 'topic', 'kind', 'person', 'agency']
        >>> tables["dyad"], tables["year"]
        ((('CUB-VNM', 1),), ())
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

        >>> from bilateral.model import Layout, Span
        >>> s = summarize([Article(i, "x", Layout(Span(0, 1)), dyad=Dyad.of("VNM", d))
        ...                for i, d in (("a", "CUB"), ("b", "LAO"), ("c", "CUB"))])
        >>> s.to_pandas("dyad")
               key  count
        0  CUB-VNM      2
        1  LAO-VNM      1
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

    >>> from bilateral.model import Layout, Person, Span
    >>> def article(id, partner, *people):
    ...     return Article(id, "x", Layout(Span(0, 1)), dyad=Dyad.of("VNM", partner),
    ...                    people=tuple(Person(p) for p in people))
    >>> s = summarize([article("a", "CUB", "Hà Nam"), article("b", "CUB", "Ha Nam"),
    ...                article("c", "LAO")])
    >>> s.by_dyad, s.by_partner, s.by_person
    ((('CUB-VNM', 2), ('LAO-VNM', 1)), (('CUB', 2), ('LAO', 1)), (('Hà Nam', 2),))
    >>> summarize([article("a", "CUB")], focus="CUB").by_partner
    (('VNM', 1),)
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

    >>> from bilateral.model import Engagement, Layout, Span
    >>> visit = Engagement(EngagementKind.VISIT, start=pendulum.Date(2024, 5, 2),
    ...                    host="Ana", participants=("Bo",))
    >>> a = Article("a", "x", Layout(Span(0, 1)), dyad=Dyad.of("VNM", "CUB"),
    ...             engagements=(visit,))
    >>> timeline([a])[0]
    TimelineEntry(start=Date(2024, 5, 2), end=None, kind=<EngagementKind.VISIT: 'visit'>,
                  host='Ana', participants=('Bo',), article='a', dyad=Dyad(a='CUB', b='VNM'))
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

    >>> from bilateral.model import Article, Layout, Span, Engagement, EngagementKind
    >>> a = Article(id="a", text="x", layout=Layout(Span(0, 1)), engagements=(
    ...     Engagement(EngagementKind.CALL), Engagement(EngagementKind.VISIT,
    ...     start=pendulum.Date(2024, 5, 1))))
    >>> [(e.kind.value, e.start) for e in timeline([a])]
    [('visit', Date(2024, 5, 1)), ('call', None)]
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

    >>> from bilateral.model import Engagement, Layout, Span
    >>> talks = Engagement(EngagementKind.TALKS, host="Cy", participants=("Ana", "Bo"))
    >>> call = Engagement(EngagementKind.CALL, host="Bo", participants=("Cy",))
    >>> for edge in network([Article("a", "x", Layout(Span(0, 1)), engagements=(talks, call))]):
    ...     print(edge.a, edge.b, edge.weight, edge.kinds, edge.articles)
    Bo Cy 2 ('call', 'talks') ('a',)
    Ana Bo 1 ('talks',) ('a',)
    Ana Cy 1 ('talks',) ('a',)
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

    >>> from bilateral.model import Engagement, Layout, Person, Span
    >>> talks = Engagement(EngagementKind.TALKS, host="Ana", participants=("Bo",))
    >>> g = graph([Article("a", "x", Layout(Span(0, 1)), engagements=(talks,),
    ...                    people=(Person("Ana", title="Minister", country="CUB"),))])
    >>> sorted(g.nodes), g.nodes["CUB/ana"], g.edges["CUB/ana", "-/bo"]
    (['-/bo', 'CUB/ana'], {'name': 'Ana', 'country': 'CUB', 'title': 'Minister',
     'actor_code': 'CUBGOV'}, {'weight': 1, 'kinds': ['talks'], 'articles': ['a']})
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

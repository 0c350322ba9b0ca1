"""The tables a corpus flattens into: their columns, keys and rows.

Per-article tables are keyed by ``article_id`` and a position within the article;
three corpus-wide tables hold what articles share: ``persons`` (one row per person
across the corpus, see :mod:`bilateral.corpus.identity`), ``places`` (one per
locality, with its GeoNames id and position) and ``merged_engagements`` (one per
real engagement, its reports merged: :mod:`bilateral.corpus.merge`).

| table | key | one row per |
|---|---|---|
| ``articles`` | ``article_id`` | article (date, dyad, text, JSON record) |
| ``people`` | ``article_id, person`` | person named (``person_key`` into ``persons``) |
| ``countries`` | ``article_id, country`` | country named |
| ``localities`` | ``article_id, locality`` | locality named (``locality_key`` into ``places``) |
| ``engagements`` | ``article_id, engagement`` | meeting, visit, call, signing |
| ``participants`` | ``article_id, engagement, participant`` | host or participant of one |
| ``topics`` | ``article_id, topic_no`` | field of cooperation |
| ``agreements`` | ``article_id, agreement`` | agreement signed or planned |
| ``aid`` | ``article_id, aid_no`` | gift or handover |
| ``events`` | ``article_id, event`` | CAMEO / PLOVER coded event, with its actors |
| ``persons`` | ``person_key`` | person across the corpus |
| ``places`` | ``locality_key`` | locality across the corpus |
| ``merged_engagements`` | ``merged_id`` | real engagement, all its reports |

The fact tables (engagements, events, people, aid, agreements) carry the article's
date and dyad, so that they are analysed without a join.

>>> [c.name for c in TABLES["participants"]]
['article_id', 'engagement', 'participant', 'person', 'name', 'role', 'person_key']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from bilateral.actors import actor_code
from bilateral.cameo import goldstein, quad_class, root
from bilateral.corpus.identity import Identities, build_identities
from bilateral.corpus.merge import MergedEngagement, merge_engagements
from bilateral.corpus.where import place_of
from bilateral.model import Article, Event, Locality

__all__ = [
    "CORPUS_TABLES",
    "FOREIGN_KEYS",
    "KEYS",
    "TABLES",
    "Links",
    "engagement_place",
    "event_row",
]


@attrs.frozen
class Column:
    """A column of an exported table: its name and type (internal: see :data:`TABLES`).

    ``type`` is ``str``, ``int``, ``float``, ``bool``, ``date`` or ``list``
    (a list of strings); ``csv`` is False for the columns CSV leaves out
    (the JSON record, which CSV readers handle badly).

    >>> Column("name", "str")
    Column(name='name', type='str', csv=True)
    >>> [c.name for c in TABLES["articles"] if not c.csv]
    ['record']
    """

    name: str
    type: str
    csv: bool = True


def _cols(spec: str) -> tuple[Column, ...]:
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        wide = kind.endswith("!")
        out.append(Column(name, kind.rstrip("!"), csv=not wide))
    return tuple(out)


_DATED = " article_date:date dyad_a:str dyad_b:str"

#: The tables, their columns in order; the key columns come first.
TABLES: dict[str, tuple[Column, ...]] = {
    "articles": _cols(
        "article_id:str position:int date:date month:str year:int headline:str dateline:str "
        "agency:str dyad_a:str dyad_b:str countries:list topics:list n_people:int "
        "n_engagements:int source:str text:str record:str!"
    ),
    "people": _cols(
        "article_id:str person:int name:str title:str country:str aliases:list "
        "person_key:str actor_code:str role:str subnational:bool" + _DATED
    ),
    "countries": _cols("article_id:str country:int code:str"),
    "localities": _cols(
        "article_id:str locality:int name:str country:str locality_key:str geonameid:int "
        "latitude:float longitude:float"
    ),
    "engagements": _cols(
        "article_id:str engagement:int kind:str start:date end:date host:str participants:list "
        "host_key:str participant_keys:list locality_key:str locality:str merged_id:str" + _DATED
    ),
    "participants": _cols(
        "article_id:str engagement:int participant:int person:int name:str role:str person_key:str"
    ),
    "topics": _cols("article_id:str topic_no:int topic:str cap_code:int"),
    "agreements": _cols(
        "article_id:str agreement:int kind:str parties:list start_year:int end_year:int "
        "signed:bool" + _DATED
    ),
    "aid": _cols(
        "article_id:str aid_no:int item:str quantity:float unit:str donor:str recipient:str"
        + _DATED
    ),
    "events": _cols(
        "article_id:str event:int date:date date_basis:str cameo:str root:str quad_class:int "
        "goldstein:float plover:str basis:str "
        "source_key:str source_name:str source_actor_code:str source_country:str "
        "target_key:str target_name:str target_actor_code:str target_country:str sides:str "
        "locality_key:str locality:str latitude:float longitude:float location_basis:str "
        "evidence_start:int evidence_end:int evidence:str" + _DATED
    ),
    "persons": _cols(
        "person_key:str name:str country:str title:str actor_code:str role:str "
        "subnational:bool names:list aliases:list articles:int"
    ),
    "places": _cols(
        "locality_key:str name:str country:str geonameid:int latitude:float longitude:float "
        "feature:str names:list articles:int"
    ),
    "merged_engagements": _cols(
        "merged_id:str kind:str start:date end:date dyad_a:str dyad_b:str host_key:str "
        "participant_keys:list n_articles:int articles:list sources:list"
    ),
}

#: The tables of the corpus as a whole (not one row set per article).
CORPUS_TABLES = ("persons", "places", "merged_engagements")

#: The primary key of each table.
KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "participants": ("article_id", "engagement", "participant"),
    "persons": ("person_key",),
    "places": ("locality_key",),
    "merged_engagements": ("merged_id",),
}
for _name, _columns in TABLES.items():
    KEYS.setdefault(_name, ("article_id", _columns[1].name))

#: Foreign keys: table -> ((columns), referenced table, (referenced columns)).
FOREIGN_KEYS: dict[str, tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]] = {
    "people": ((("person_key",), "persons", ("person_key",)),),
    "localities": ((("locality_key",), "places", ("locality_key",)),),
    "engagements": (
        (("host_key",), "persons", ("person_key",)),
        (("locality_key",), "places", ("locality_key",)),
        (("merged_id",), "merged_engagements", ("merged_id",)),
    ),
    "participants": (
        (("article_id", "engagement"), "engagements", ("article_id", "engagement")),
        (("article_id", "person"), "people", ("article_id", "person")),
        (("person_key",), "persons", ("person_key",)),
    ),
    "events": (
        (("source_key",), "persons", ("person_key",)),
        (("target_key",), "persons", ("person_key",)),
        (("locality_key",), "places", ("locality_key",)),
    ),
    "merged_engagements": ((("host_key",), "persons", ("person_key",)),),
}


@attrs.frozen
class Links:
    """What ties a corpus's tables together: the identities of its people and places,
    and its merged engagements. Built once per export (:meth:`of`)."""

    identities: Identities
    merged: tuple[MergedEngagement, ...]
    merged_of: dict[tuple[str, int], str] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> Links:
        """The links of a collection of articles.

        >>> from bilateral import parse
        >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong "
        ...           "Sihavong received Cambodian Health Minister Mam Sok Heng in Vientiane "
        ...           "on Monday.", id="a")
        >>> links = Links.of([a])
        >>> links.identities, [m.id for m in links.merged], links.merged_of
        (<Identities of 2 people, 1 places>, ['a#0'], {('a', 0): 'a#0'})
        """
        seq = list(articles)
        ids = build_identities(seq)
        merged = merge_engagements(seq, ids)
        of = {source: m.id for m in merged for source in m.sources}
        return cls(ids, merged, of)


def _dated(a: Article) -> tuple[Any, ...]:
    return (a.date, a.dyad.a if a.dyad else None, a.dyad.b if a.dyad else None)


def _article_row(position: int, a: Article) -> tuple[Any, ...]:
    from bilateral.convert import dumps

    year = a.date.year if a.date else (int(a.month[:4]) if a.month else None)
    return (
        a.id,
        position,
        a.date,
        a.month or (f"{a.date.year:04d}-{a.date.month:02d}" if a.date else None),
        year,
        a.headline.text if a.headline else None,
        a.dateline.text if a.dateline else None,
        a.agency.text if a.agency else None,
        a.dyad.a if a.dyad else None,
        a.dyad.b if a.dyad else None,
        [c.code for c in a.countries],
        [t.topic.value for t in a.topics],
        len(a.people),
        len(a.engagements),
        a.source,
        a.text,
        dumps(a),
    )


# A phone call (CAMEO 041) takes place on no one's ground: it has no place.
_PLACELESS = frozenset({"041"})


def _where(a: Article, ev: Event) -> tuple[Locality | None, str | None]:
    if ev.cameo in _PLACELESS:
        return None, None
    visit = ev.basis == "engagement" and ev.cameo == "042"
    return place_of(a, ev.spans, _host_side(ev), (ev.source, ev.target), only_home=visit)


def _host_side(ev: Event) -> str | None:
    """The country on whose ground an event took place: the host's (the target of a
    visit, the source of a reception, talks or meeting); None for a call and for
    facts other than engagements."""
    if ev.basis != "engagement" or ev.cameo == "041":
        return None
    return ev.target if ev.cameo == "042" else ev.source


def event_row(a: Article, n: int, ev: Event, links: Links) -> tuple[Any, ...]:
    """One row of the ``events`` table."""
    ids = links.identities
    sides: list[Any] = []
    for name, country in ((ev.source_actor, ev.source), (ev.target_actor, ev.target)):
        found = ids.person_in(a, name) if name else None
        person = a.person(name) if name else None
        code = (
            actor_code(person.title, person.country).code
            if person is not None and person.country == country
            else country
        )
        sides += [found.key if found else None, name, code, country]
    loc, how = _where(a, ev)
    place = ids.place(loc.name, loc.country) if loc is not None else None
    date, basis = (ev.date, "event") if ev.date else (a.date, "article" if a.date else "undated")
    first = ev.spans[0] if ev.spans else None
    return (
        a.id,
        n,
        date,
        basis,
        ev.cameo,
        root(ev.cameo),
        quad_class(ev.cameo),
        goldstein(ev.cameo),
        ev.plover,
        ev.basis,
        *sides,
        ev.sides or ("told" if ev.source and ev.target else "unknown"),
        place.key if place else None,
        loc.name if loc else None,
        place.latitude if place else None,
        place.longitude if place else None,
        how,
        first.start if first else None,
        first.end if first else None,
        first.of(a.text) if first else None,
        *_dated(a),
    )


def engagement_place(a: Article, n: int) -> Locality | None:
    """The locality where engagement ``n`` of ``a`` took place (see
    :mod:`bilateral.corpus.where`), None where the article does not place it."""
    # An article's events begin with its engagements', one each, in order.
    if n >= len(a.events) or a.events[n].basis != "engagement":
        return None
    return _where(a, a.events[n])[0]


def _child_rows(table: str, a: Article, links: Links) -> Iterator[tuple[Any, ...]]:
    i = a.id
    ids = links.identities
    if table == "people":
        for n, p in enumerate(a.people):
            found = ids.person(p.name, p.country)
            code = actor_code(p.title, p.country)
            yield (
                i, n, p.name, p.title, p.country, list(p.aliases),
                found.key if found else None, code.code, code.role, code.subnational,
                *_dated(a),
            )  # fmt: skip
    elif table == "countries":
        for n, c in enumerate(a.countries):
            yield (i, n, c.code)
    elif table == "localities":
        for n, loc in enumerate(a.localities):
            place = ids.place(loc.name, loc.country)
            yield (
                i, n, loc.name, loc.country, place.key if place else None,
                place.geonameid if place else None,
                place.latitude if place else None, place.longitude if place else None,
            )  # fmt: skip
    elif table == "engagements":
        for n, e in enumerate(a.engagements):
            host = ids.person_in(a, e.host) if e.host else None
            keys = [k.key for k in (ids.person_in(a, p) for p in e.participants) if k]
            where = engagement_place(a, n)
            place = ids.place(where.name, where.country) if where else None
            yield (
                i, n, e.kind.value, e.start, e.end, e.host, list(e.participants),
                host.key if host else None, keys, place.key if place else None,
                where.name if where else None,
                links.merged_of.get((i, n)), *_dated(a),
            )  # fmt: skip
    elif table == "participants":
        positions = {p.name: k for k, p in enumerate(a.people)}
        for n, e in enumerate(a.engagements):
            roles = [(e.host, "host")] if e.host else []
            roles += [(p, "participant") for p in e.participants]
            for k, (name, role) in enumerate(roles):
                person = a.person(name)
                found = ids.person_in(a, name)
                yield (
                    i, n, k, positions.get(person.name) if person else None, name, role,
                    found.key if found else None,
                )  # fmt: skip
    elif table == "topics":
        for n, t in enumerate(a.topics):
            yield (i, n, t.topic.value, t.topic.cap_code)
    elif table == "agreements":
        for n, g in enumerate(a.agreements):
            yield (
                i, n, g.kind, list(g.parties), g.start_year, g.end_year, g.signed, *_dated(a)
            )  # fmt: skip
    elif table == "aid":
        for n, x in enumerate(a.aid):
            yield (i, n, x.item, x.quantity, x.unit, x.donor, x.recipient, *_dated(a))
    elif table == "events":
        for n, ev in enumerate(a.events):
            yield event_row(a, n, ev, links)


def _corpus_rows(table: str, links: Links) -> Iterator[tuple[Any, ...]]:
    ids = links.identities
    if table == "persons":
        for p in ids.people:
            yield (
                p.key, p.name, p.country, p.title, p.actor.code, p.actor.role,
                p.actor.subnational, list(p.names), list(p.aliases), p.articles,
            )  # fmt: skip
    elif table == "places":
        for q in ids.places:
            yield (
                q.key, q.name, q.country, q.geonameid, q.latitude, q.longitude, q.feature,
                list(q.names), q.articles,
            )  # fmt: skip
    elif table == "merged_engagements":
        for m in links.merged:
            yield (
                m.id, m.kind.value, m.start, m.end, m.dyad.a if m.dyad else None,
                m.dyad.b if m.dyad else None, m.host, list(m.participants), len(m.articles),
                list(m.articles), [f"{a}#{n}" for a, n in m.sources],
            )  # fmt: skip


def rows(
    articles: Iterable[Article],
    table: str,
    *,
    start: int = 0,
    links: Links | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The rows of one table (tuples in the order of :data:`TABLES` [table]); internal:
    the exports and frames write them.

    ``start`` is the ``position`` of the first article (for batches); ``links`` ties
    the rows to the whole corpus (keys of people and places, merged engagements) and
    is made from ``articles`` when not given.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> next(rows([a], "people"))
    ('a', 0, 'Bounkong Sihavong', 'Lao Minister of Health', 'LAO', [], 'LAO/bounkong-sihavong',
     'LAOGOV', 'GOV', False, Date(2024, 3, 12), 'KHM', 'LAO')
    >>> next(rows([a], "persons"))
    ('KHM/mam-sok-heng', 'Mam Sok Heng', 'KHM', 'Cambodian Health Minister', 'KHMGOV', 'GOV',
     False, ['Mam Sok Heng'], [], 1)
    """
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    if links is None:
        articles = list(articles)
        links = Links.of(articles)
    if table in CORPUS_TABLES:
        yield from _corpus_rows(table, links)
        return
    if table == "articles":
        for position, a in enumerate(articles, start):
            yield _article_row(position, a)
        return
    for a in articles:
        yield from _child_rows(table, a, links)

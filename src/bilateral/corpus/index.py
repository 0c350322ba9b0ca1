"""Filter criteria and the indexes that answer them without a scan of every article.

:class:`Criteria` is the one definition of what a filter means: its
:meth:`Criteria.matches` is the plain scan, and :class:`Index` must return
exactly the positions a scan would keep (the test suite checks this with a
Hypothesis property). The index holds, per kind of key, a posting list of
sorted positions in a compact ``array``; a query starts from the shortest
list and checks the other criteria on those candidates only, so its cost
follows the size of the answer, not of the corpus.

>>> from bilateral.model import Article, Layout, Span, Country
>>> arts = [Article(id=str(i), text="x", layout=Layout(Span(0, 1)),
...                 countries=(Country(code),)) for i, code in enumerate(["CUB", "VNM", "CUB"])]
>>> Index.build(arts).positions(Criteria.of(country="cub"))
[0, 2]
"""

from __future__ import annotations

import bisect
import functools
import itertools
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import pendulum

from bilateral._country_names import country_code, dyad_codes
from bilateral._text import choice, fold
from bilateral.corpus.identity import Identities, build_identities, name_forms, place_forms
from bilateral.model import Article, Dyad, EngagementKind, Topic

__all__ = ["Criteria", "DateLike", "Index", "Predicate", "calendar_day"]

Predicate = Callable[[Article], bool]
DateLike = pendulum.Date | str

# The keyed indexes, in the order a query considers them.
_KEYED = ("country", "dyad", "person", "locality", "topic", "kind", "agency")
# Past this share of the corpus a posting list is checked through a set, not by bisection.
_SET_RATIO = 16


def _as_date(value: DateLike) -> pendulum.Date:
    if isinstance(value, pendulum.Date):
        return value
    parts = str(value).strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")
    year, month, day = (int(x) for x in parts)
    return pendulum.Date(year, month, day)


def _as_dyad(value: tuple[str, str] | Sequence[str] | Dyad | str) -> Dyad:
    if isinstance(value, Dyad):
        return value
    if isinstance(value, str):
        first, second = dyad_codes(value)
    else:
        parts = list(value)
        if len(parts) != 2:
            raise ValueError(f"a dyad is two countries, got {value!r}")
        first, second = country_code(parts[0]), country_code(parts[1])
    if first == second:
        raise ValueError(f"a dyad is two different countries, got {value!r}")
    return Dyad.of(first, second)


def calendar_day(article: Article) -> pendulum.Date | None:
    """The day an article stands on the calendar: its date, or the first day of its month.

    The one rule for partial dates: an article whose header gives only a
    month (``month="2023-04"``) is placed on that month's first day by every
    date filter (``since``, ``until``), by sorting, and (through its month) by
    the yearly and monthly counts; an article with neither is undated.

    >>> from bilateral.model import Layout, Span
    >>> a = Article("a", "x", Layout(Span(0, 1)), month="2023-04")
    >>> calendar_day(a), calendar_day(Article("b", "x", Layout(Span(0, 1))))
    (Date(2023, 4, 1), None)
    """
    if article.date is not None:
        return article.date
    if article.month is not None:
        return pendulum.Date(int(article.month[:4]), int(article.month[5:7]), 1)
    return None


@functools.lru_cache(maxsize=1 << 16)
def _tagged(tag: str, name: str) -> frozenset[str]:
    return frozenset(f"{tag}:{f}" for f in name_forms(name, reorder=False))


def _person_keys(article: Article) -> set[str]:
    # "n:" full names, "a:" short mentions, each as its words joined (spaces, hyphens
    # and diacritics do not count)
    out: set[str] = set()
    for p in article.people:
        out |= _tagged("n", p.name)
        for alias in p.aliases:
            out |= _tagged("a", alias)
    return out


def _locality_keys(article: Article) -> set[str]:
    out: set[str] = set()
    for loc in article.localities:
        out |= place_forms(loc.name, loc.country)
    return out


def _keys(article: Article) -> dict[str, set[Any]]:
    """Every index key under which the article is found."""
    return {
        "country": {c.code.upper() for c in article.countries},
        "dyad": {article.dyad} if article.dyad is not None else set(),
        "person": _person_keys(article),
        "locality": _locality_keys(article),
        "topic": {t.topic for t in article.topics},
        "kind": {e.kind for e in article.engagements},
        "agency": {fold(article.agency.text)} if article.agency is not None else set(),
    }


def _person_query(name: str) -> frozenset[str]:
    forms = name_forms(name)
    return frozenset({f"n:{f}" for f in forms} | {f"a:{f}" for f in forms})


@attrs.frozen
class Criteria:
    """The criteria of one filter, normalised (countries as alpha-3 codes, names folded).

    Every criterion given must hold (AND). ``since``/``until`` bound the
    article's :func:`calendar_day`, inclusive (undated articles drop out);
    ``country`` is a country among the article's (an alpha-3 or alpha-2 code, a
    name or a demonym); ``dyad`` two countries in either order (``"Vietnam-Laos"``);
    ``person`` a name or alias in any spelling (case, diacritics, hyphens and the
    order of family and given name do not count; :meth:`widened` adds the other
    spellings of the same person in a corpus) and ``locality`` a place name in any
    spelling the gazetteer knows (``Ha Noi`` finds ``Hà Nội`` and ``Hanoi``);
    ``topic`` and ``kind`` codebook values (any case); ``agency`` as credited
    (folded); ``text_contains`` a case-insensitive substring of the text;
    ``predicate`` any function of an article.

    >>> c = Criteria.of(country="Vietnamese", person="Đinh Tiến Dũng", since="2023-01-01")
    >>> c.country, c.person, c.since.isoformat()
    ('VNM', 'dinh tien dung', '2023-01-01')
    """

    since: pendulum.Date | None = None
    until: pendulum.Date | None = None
    country: str | None = None
    dyad: Dyad | None = None
    person: str | None = None
    locality: str | None = None
    topic: Topic | None = None
    kind: EngagementKind | None = None
    agency: str | None = None
    text_contains: str | None = None
    predicate: Predicate | None = attrs.field(default=None, eq=False)
    #: The index keys a ``person`` is found under (see :meth:`widened`).
    person_keys: frozenset[str] | None = attrs.field(default=None, repr=False)
    #: The index keys a ``locality`` is found under.
    locality_keys: frozenset[str] | None = attrs.field(default=None, repr=False)

    @classmethod
    def of(
        cls,
        predicate: Predicate | None = None,
        *,
        since: DateLike | None = None,
        until: DateLike | None = None,
        country: str | None = None,
        dyad: tuple[str, str] | Sequence[str] | Dyad | str | None = None,
        person: str | None = None,
        locality: str | None = None,
        topic: Topic | str | None = None,
        kind: EngagementKind | str | None = None,
        agency: str | None = None,
        text_contains: str | None = None,
    ) -> Criteria:
        """Criteria from the keyword arguments of :meth:`Corpus.filter`.

        Raises ``ValueError`` naming a value that is not a date, a country,
        a dyad, a topic or a kind, and the valid choices.

        >>> Criteria.of(topic="Health").topic, Criteria.of(dyad="Vietnam-Laos").dyad
        (<Topic.HEALTH: 'health'>, Dyad(a='LAO', b='VNM'))
        >>> Criteria.of(kind="visits")
        Traceback (most recent call last):
        ValueError: unknown kind 'visits'; the kinds are talks, reception, meeting, call, \
visit, signing
        """
        return cls(
            since=_as_date(since) if since is not None else None,
            until=_as_date(until) if until is not None else None,
            country=country_code(country) if country is not None else None,
            dyad=_as_dyad(dyad) if dyad is not None else None,
            person=fold(person.strip()) if person is not None else None,
            locality=fold(locality.strip()) if locality is not None else None,
            topic=choice(Topic, topic, "topic") if topic is not None else None,
            kind=choice(EngagementKind, kind, "kind") if kind is not None else None,
            agency=fold(agency.strip()) if agency is not None else None,
            text_contains=text_contains.lower() if text_contains else None,
            predicate=predicate,
            person_keys=_person_query(person) if person is not None else None,
            locality_keys=place_forms(locality.strip()) if locality is not None else None,
        )

    def widened(self, identities: Identities) -> Criteria:
        """These criteria with ``person`` also matching every other spelling of the
        same person in the corpus ``identities`` were built from.

        >>> from bilateral.model import Layout, Person, Span
        >>> ids = build_identities([Article("a", "x", Layout(Span(0, 1)),
        ...                                 people=(Person("Ana Ruiz", country="CUB"),
        ...                                         Person("Ana Ruiz Soto", country="CUB")))])
        >>> sorted(Criteria.of(person="Ana Ruiz").widened(ids).person_keys)
        ['a:anaruiz', 'a:ruizana', 'n:anaruiz', 'n:anaruizsoto', 'n:ruizana']
        """
        if self.person is None or self.person_keys is None:
            return self
        more = {f"n:{s}" for s in identities.spellings(self.person)}
        return attrs.evolve(self, person_keys=self.person_keys | more)

    def _keyed(self) -> dict[str, Any]:
        """The criteria an index answers by key, by name (a set of keys: any of them)."""
        found = {name: getattr(self, name) for name in _KEYED}
        found["person"] = self.person_keys
        found["locality"] = self.locality_keys
        return {k: v for k, v in found.items() if v is not None}

    def matches(self, a: Article) -> bool:
        """Whether one article meets every criterion: the plain scan, by definition."""
        if self.since is not None or self.until is not None:
            day = calendar_day(a)
            if day is None:
                return False
            if self.since is not None and day < self.since:
                return False
            if self.until is not None and day > self.until:
                return False
        if self.country is not None and all(c.code.upper() != self.country for c in a.countries):
            return False
        if self.dyad is not None and a.dyad != self.dyad:
            return False
        if self.person_keys is not None and self.person_keys.isdisjoint(_person_keys(a)):
            return False
        if self.locality_keys is not None and self.locality_keys.isdisjoint(_locality_keys(a)):
            return False
        if self.topic is not None and all(t.topic != self.topic for t in a.topics):
            return False
        if self.kind is not None and all(e.kind != self.kind for e in a.engagements):
            return False
        if self.agency is not None and (a.agency is None or fold(a.agency.text) != self.agency):
            return False
        if self.text_contains is not None and self.text_contains not in a.text.lower():
            return False
        return self.predicate is None or bool(self.predicate(a))


# Turns the text of a binary number, read backwards, into one 0/1 byte per position.
_BIT_BYTES = bytes.maketrans(b"01", b"\x00\x01")


def _unpack(bits: int) -> list[int]:
    """The positions of the set bits of ``bits``, ascending, at C speed.

    >>> _unpack(0b101001)
    [0, 3, 5]
    """
    flags = format(bits, "b")[::-1].encode("ascii").translate(_BIT_BYTES)
    return list(itertools.compress(range(len(flags)), flags))


class Index:
    """Posting lists of a sequence of articles, built once, answering :class:`Criteria`.

    Build it with :meth:`build`; it keeps a reference to the articles (for
    the criteria no index answers: ``text_contains`` and ``predicate``).
    """

    __slots__ = (
        "_articles",
        "_date_block",
        "_date_keys",
        "_date_ords",
        "_date_pos",
        "_date_prefix",
        "_identities",
        "_lists",
        "_sets",
    )

    def __init__(
        self,
        articles: Sequence[Article],
        lists: dict[str, dict[Any, array[int]]],
        date_ords: array[int],
    ) -> None:
        self._articles = articles
        self._lists = lists
        # Undated articles carry 0, below every real ordinal (date(1, 1, 1) is 1).
        self._date_ords = date_ords
        order = sorted((o, i) for i, o in enumerate(date_ords) if o > 0)
        self._date_keys = array("q", (o for o, _ in order))
        self._date_pos = array("q", (i for _, i in order))
        # Bitsets (ints) of the first k * block articles in date order, so that a wide
        # date range becomes two ANDs and a C-speed unpacking instead of a sort.
        self._date_block = max(64, len(order) // 64)
        prefix = [0]
        for k in range(self._date_block, len(order) + 1, self._date_block):
            prefix.append(prefix[-1] | self._bits(self._date_pos[k - self._date_block : k]))
        self._date_prefix = tuple(prefix)
        # Sets of the long posting lists, made the first time a query needs one.
        self._sets: dict[tuple[str, Any], frozenset[int]] = {}
        self._identities: Identities | None = None

    @classmethod
    def build(cls, articles: Sequence[Article]) -> Index:
        """Index ``articles`` (one pass over them)."""
        lists: dict[str, dict[Any, array[int]]] = {name: {} for name in _KEYED}
        date_ords = array("q", bytes(8 * len(articles)))
        for i, article in enumerate(articles):
            day = calendar_day(article)
            if day is not None:
                date_ords[i] = day.toordinal()
            for name, keys in _keys(article).items():
                table = lists[name]
                for key in keys:
                    found = table.get(key)
                    if found is None:
                        table[key] = array("q", (i,))
                    else:
                        found.append(i)
        return cls(articles, lists, date_ords)

    def __len__(self) -> int:
        return len(self._articles)

    @property
    def articles(self) -> Sequence[Article]:
        """The indexed articles, by position."""
        return self._articles

    @property
    def identities(self) -> Identities:
        """The people and places of the indexed articles, each once (built on first use)."""
        if self._identities is None:
            self._identities = build_identities(self._articles)
        return self._identities

    def keys(self, name: str) -> tuple[Any, ...]:
        """The keys of one index (``country``, ``dyad``, ``person``…), most used first."""
        table = self._lists[name]
        return tuple(sorted(table, key=lambda k: (-len(table[k]), str(k))))

    def count(self, name: str, key: Any) -> int:
        """How many articles one key of one index finds."""
        return len(self._lists[name].get(key, ()))

    def _postings(self, name: str, key: Any) -> array[int]:
        table = self._lists[name]
        if not isinstance(key, frozenset):
            return table.get(key, array("q"))
        # any of several keys: the union of their lists, in order
        found = [table[k] for k in sorted(key) if k in table]
        if len(found) == 1:
            return found[0]
        return array("q", sorted(set().union(*found)))

    def _date_range(self, lo: pendulum.Date | None, hi: pendulum.Date | None) -> tuple[int, int]:
        start = 0 if lo is None else bisect.bisect_left(self._date_keys, lo.toordinal())
        stop = (
            len(self._date_keys)
            if hi is None
            else bisect.bisect_right(self._date_keys, hi.toordinal())
        )
        return start, max(start, stop)

    def _bits(self, positions: Iterable[int]) -> int:
        mask = bytearray((len(self._articles) + 7) // 8)
        for p in positions:
            mask[p >> 3] |= 1 << (p & 7)
        return int.from_bytes(mask, "little")

    def _date_bits(self, stop: int) -> int:
        """The bitset of the first ``stop`` articles in date order."""
        k = stop // self._date_block
        bits = self._date_prefix[k]
        if stop > k * self._date_block:
            bits |= self._bits(self._date_pos[k * self._date_block : stop])
        return bits

    def _member(self, name: str, key: Any) -> Callable[[int], bool]:
        """A fast membership test of one posting list."""
        postings = self._postings(name, key)
        if len(postings) * _SET_RATIO < len(self._articles):
            # A short list: bisection costs less than building a set.
            def within(p: int, lst: array[int] = postings) -> bool:
                j = bisect.bisect_left(lst, p)
                return j < len(lst) and lst[j] == p

            return within
        members = self._sets.get((name, key))
        if members is None:
            members = self._sets[(name, key)] = frozenset(postings)
        return members.__contains__

    def positions(self, criteria: Criteria, within: Iterable[int] | None = None) -> list[int]:
        """The positions of the articles that meet ``criteria``, in order.

        ``within`` (sorted positions) restricts the answer, for chained filters.
        """
        keyed = criteria._keyed()
        sources: list[tuple[int, str, Any]] = []
        for name, key in keyed.items():
            size = len(self._postings(name, key))
            if size == 0:
                return []
            sources.append((size, name, key))
        dated = criteria.since is not None or criteria.until is not None
        lo, hi = criteria.since, criteria.until
        if dated:
            start, stop = self._date_range(lo, hi)
            if start == stop:
                return []
        within_list = list(within) if within is not None else None

        # Start from the shortest source of candidates.
        candidates: Iterable[int]
        best = min(sources) if sources else None
        date_size = stop - start if dated else len(self._articles) + 1
        scope = len(within_list) if within_list is not None else len(self._articles)
        if best is not None and best[0] <= min(date_size, scope):
            candidates = self._postings(best[1], best[2])
            sources.remove(best)
            if within_list is not None:
                inside = frozenset(within_list)
                candidates = [p for p in candidates if p in inside]
        elif dated and date_size <= scope:
            if date_size * 8 <= len(self._articles):
                # A narrow range: its positions, sorted back into corpus order.
                candidates = sorted(self._date_pos[start:stop])
            else:
                candidates = _unpack(self._date_bits(stop) & ~self._date_bits(start))
            dated = False
            if within_list is not None:
                inside = frozenset(within_list)
                candidates = [p for p in candidates if p in inside]
        elif within_list is not None:
            candidates = within_list
        else:
            candidates = range(len(self._articles))

        result = list(candidates)
        # Most selective first, so each later check sees fewer candidates.
        for _, name, key in sorted(sources):
            result = list(filter(self._member(name, key), result))
        if dated:
            ords = self._date_ords
            lo_o = lo.toordinal() if lo is not None else 1
            hi_o = hi.toordinal() if hi is not None else 1 << 62
            result = [p for p in result if lo_o <= ords[p] <= hi_o]
        if criteria.text_contains is not None or criteria.predicate is not None:
            arts = self._articles
            scan = attrs.evolve(criteria, since=None, until=None, **dict.fromkeys(keyed))
            result = [p for p in result if scan.matches(arts[p])]
        return result

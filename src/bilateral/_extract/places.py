"""Places: the countries an article names, its localities, and the dyad.

A country is named by its name or a short or local form (``Viet Nam``,
``RoK``, ``Lao PDR``), its demonym (``Chinese ships``), an organisation's
abbreviation (``LPRP``; an abbreviation the text explains in brackets, as in
``Communist Party of Cuba (CPC)``, takes the country of the explanation), or
one of its localities (``Beijing``, ``Havana Party Committee``). A currency's
name (``US dollars``), a sea's (``South China Sea``), a continent or world
region (``Latin America``) and a people named after another country's demonym
(``Iraqi Turkmen``) do not name it; a form two countries share (``Korea``)
takes the one the article names otherwise.

Localities are cities, provinces and states, also inside the name of a local
body, but not inside the name of a project, route, facility, document,
international body or natural feature (``Hà Đông-Xuân Mai urban railway``,
``Noi Bai airport``, ``Paris Agreement``, ``Columbia River``), nor a route's
end points, a ship's or a person's name, districts or streets (the tests on
the words around a mention are in :mod:`.place_context`). A small city counts
only when its country is named too (so that a city called like a word or a
person is not taken), unless it is a capital of some size.

Other stages ask which countries a stretch of text names with
:func:`countries_in`.

>>> from bilateral._extract.layout import read_document
>>> from bilateral._lexicon.gazetteer import scan
>>> doc = read_document("Hanoi hosts the Havana Party Committee, paid in US dollars.")
>>> countries, localities = find_places(doc, scan(doc.text))
>>> [c.code for c in countries], [(x.name, x.country) for x in localities]
(['VNM', 'CUB'], [('Hanoi', 'VNM'), ('Havana', 'CUB')])
>>> countries_in(countries, Span(12, 38))
('CUB',)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter

from bilateral._extract.analysis import Document
from bilateral._extract.people import AGENCIES, venue_only
from bilateral._extract.place_context import (
    CURRENCY,
    ROUTE_NOUNS,
    NameCounts,
    bracket_around,
    common_word,
    designated,
    ethnic_qualifier,
    facility_name,
    foreign_demonym,
    given_name,
    inside_person_name,
    language_menu,
    names_a_feature,
    route_end,
    ship_name,
)
from bilateral._lexicon.gazetteer import Entry, Mention, folded_key, key
from bilateral.model import Country, Dyad, Locality, Person, Span

__all__ = ["countries_in", "find_dyad", "find_places", "with_people_countries"]

# A capital of fewer people is no better known by its name alone than a town.
_KNOWN_CAPITAL = 50_000
# One form that two countries share ("Korea" for either Korea): where the article
# names exactly one of them otherwise, the shared form is that one.
_SHARED_FORMS = {
    "korea": ("KOR", "PRK"),
    "korean": ("KOR", "PRK"),
    "koreans": ("KOR", "PRK"),
    "congo": ("COG", "COD"),
    "congolese": ("COG", "COD"),
}
_SHARED_CODES = frozenset(code for pair in _SHARED_FORMS.values() for code in pair)
_PLACE_KINDS = frozenset({"capital", "subdivision", "locality", "city"})
_BIG_CITY = 1_000_000
# What Span's order compares, as a sort key: cheaper than Span.__lt__ per comparison.
_START_END = attrgetter("start", "end")


def countries_in(countries: Sequence[Country], span: Span) -> tuple[str, ...]:
    """The codes of the countries named inside ``span``, in the order they first occur.

    >>> cs = (Country("CHN", spans=(Span(0, 7),)), Country("VNM", spans=(Span(23, 31),)))
    >>> countries_in(cs, Span(0, 31)), countries_in(cs, Span(8, 31))
    (('CHN', 'VNM'), ('VNM',))
    """
    lo, hi = span.start, span.end
    found = sorted(
        [(s.start, c.code) for c in countries for s in c.spans if lo <= s.start and s.end <= hi]
    )
    return tuple(dict.fromkeys([code for _, code in found]))


def _acronyms(doc: Document, mentions: Sequence[Mention]) -> dict[str, str]:
    """Abbreviations explained in brackets after a phrase that names a country."""
    out: dict[str, str] = {}
    text = doc.text
    for k, m in enumerate(mentions):
        if text[m.span.start - 1 : m.span.start] != "(" or text[m.span.end : m.span.end + 1] != ")":
            continue
        if m.best.kind != "org":
            continue
        # The nearest country named in the ten words before the bracket.
        lo = max(0, m.span.start - 80)
        for prev in reversed(mentions[:k]):
            if prev.span.end < lo:
                break
            if prev.best.kind in ("country", "demonym"):
                out[m.text] = prev.best.code
                break
    return out


_GOVERNMENT = re.compile(
    r"(?:'s)?\s+(?:city\s+|municipal\s+|provincial\s+)?(?:common\s+)?(?:party|people's"
    r"|city|province|provincial|municipal|council|committee|government|mayor|governor"
    r"|authorities|state|region|prefecture|county|autonomous|zhuang|hui|uygur|uyghur|dai|yi"
    r"|miao|bai|tujia|hani|lisu|tibetan|korean|mongol)\b"
)


def _choose(
    m: Mention,
    named: set[str],
    doc: Document,
    dateline: Span | None,
    confirmed: AbstractSet[tuple[str, str]] = frozenset(),
) -> Entry | None:
    places = [e for e in m.entries if e.kind in _PLACE_KINDS]
    if not places:
        return None
    for e in places:
        if e.code in named:
            return e
    for e in places:
        if e.kind == "capital" and 0 < e.population < _KNOWN_CAPITAL:
            continue  # "Hamilton water jets": a small territory's capital, unconfirmed
        if e.kind in ("capital", "locality") or e.population >= _BIG_CITY:
            return e
    # A province or state named as such ("the province of X", "X State") elsewhere
    # in the article is that place at every mention.
    for e in places:
        if e.kind == "subdivision" and (e.code, _place_key(e.name)) in confirmed:
            return e
    # A smaller place whose country is not named still counts as the dateline
    # or with its own government ("Albany's Common Council", "X City People's Committee").
    if (dateline is not None and dateline.overlaps(m.span)) or _GOVERNMENT.match(
        doc.folded, m.span.end
    ):
        return places[0]
    return None


def find_places(
    doc: Document, mentions: Sequence[Mention], people: Sequence[Span] = ()
) -> tuple[tuple[Country, ...], tuple[Locality, ...]]:
    """The countries and localities named in the story, in order of first mention.

    ``people`` are the spans of person names, which no place overlaps.
    """
    text = doc.text
    folded = doc.folded
    dateline = doc.dateline.span if doc.dateline is not None else None
    # Agency credits and sign-offs ("(Xinhua)", "(Source: PL)") name no place, nor
    # does the rest of a credit's brackets ("(Mekong Wire / Pakistan Daily / WAM)").
    off = [x.span for x in (doc.agency,) if x is not None]
    if doc.agency is not None and (bracket := bracket_around(text, doc.agency.span)):
        off.append(bracket)
    if doc.layout.signoff is not None:
        off.append(doc.layout.signoff)
    usable: list[tuple[int, Mention]] = []
    taken = _Cover(people).overlaps
    in_caption = doc.in_caption
    for k, m in enumerate(mentions):
        span = m.span
        if taken(span) or (off and any(o.overlaps(span) for o in off)):
            continue
        is_place = m.entries[0].kind in _PLACE_KINDS
        if is_place and folded_key(folded[span.start : span.end]) in AGENCIES:
            continue  # "told Xinhua": the agency, not the town it is named like
        if in_caption(span) and not (dateline is not None and dateline.overlaps(span)):
            continue
        if dateline is not None and dateline.overlaps(span) and len(span) < len(dateline):
            continue  # "NUR" in "NUR-SULTAN": a part of the dateline's place names nothing
        if is_place and text[span.end : span.end + 1] in (")", "/"):
            before = text[max(0, span.start - 1) : span.start]
            if before in ("(", "\n", ""):
                continue  # "(Xinhua)": a credit, not a place
        usable.append((k, m))
    acronyms = _acronyms(doc, mentions)
    country_spans: dict[str, list[Span]] = {}
    named: set[str] = set()
    shared: list[tuple[Span, tuple[str, str]]] = []
    for k, m in usable:
        best = m.best
        if best.kind not in ("country", "demonym", "org"):
            continue
        if CURRENCY.match(text, m.span.end) or names_a_feature(doc, m):
            continue
        if best.kind == "demonym" and (
            language_menu(doc, m) or ethnic_qualifier(mentions, k, text)
        ):
            continue
        code = acronyms.get(m.text, best.code) if best.kind == "org" else best.code
        pair = (
            _SHARED_FORMS.get(folded_key(folded[m.span.start : m.span.end]))
            if code in _SHARED_CODES
            else None
        )
        if pair is not None and code in pair:
            shared.append((m.span, pair))
            named.update(pair)
            continue
        country_spans.setdefault(code, []).append(m.span)
        named.add(code)
    localities: dict[tuple[str, str], tuple[str, list[Span]]] = {}
    place_keys: dict[str, str] = {}  # the key of each place name, computed once an article

    def place_key(name: str) -> str:
        k = place_keys.get(name)
        if k is None:
            k = place_keys[name] = _place_key(name)
        return k

    lower: list[frozenset[str]] = []  # the article's lower-case words, read when first needed
    capitals: set[tuple[str, str]] = set()  # localities so far named only in capital letters
    confirmed = {
        (e.code, _place_key(e.name))
        for _, m in usable
        if any(x.kind == "subdivision" for x in m.entries) and designated(doc, m)
        for e in m.entries
        if e.kind == "subdivision"
    }
    name_counts = NameCounts(text)
    routes: bool | None = None  # whether the text names any route at all, found when needed
    for k, m in usable:
        if m.best.kind in ("country", "demonym", "org", "region"):
            continue
        if inside_person_name(text, folded, m.span.start) or common_word(doc, m, lower):
            continue
        if foreign_demonym(mentions, k, text) or ship_name(text, folded, m):
            continue
        if given_name(text, folded, m, name_counts):
            continue
        entry = _choose(m, named, doc, dateline, confirmed)
        if entry is None:
            continue
        is_dateline = dateline is not None and dateline.overlaps(m.span)
        if not is_dateline and facility_name(doc, m, mentions, k):
            continue
        if routes is None:
            routes = any(noun in folded for noun in ROUTE_NOUNS)
        if routes and not is_dateline and route_end(folded, m.span.start):
            continue
        country_spans.setdefault(entry.code, []).append(m.span)
        ident = (entry.code, place_key(entry.name))
        # The name as written, from the first mention not in capitals ("HÀ NỘI" in
        # a dateline, "Hà Nội" after); an abbreviation gives the full name.
        name = entry.name if entry.kind == "locality" or m.text.isupper() else m.text
        if ident not in localities:
            localities[ident] = (name, [])
            if m.text.isupper():
                capitals.add(ident)
        elif ident in capitals and not m.text.isupper():
            localities[ident] = (name, localities[ident][1])
            capitals.discard(ident)
        localities[ident][1].append(m.span)
    for span, pair in shared:
        others = [c for c in pair if c in country_spans]
        code = others[0] if len(others) == 1 else pair[0]
        country_spans.setdefault(code, []).append(span)
    # Each list sorted once: its first span is then its least (as Span orders them).
    for spans in country_spans.values():
        spans.sort(key=_START_END)
    for _, spans in localities.values():
        spans.sort(key=_START_END)
    countries = tuple(
        Country(code, spans=tuple(spans))
        for code, spans in sorted(country_spans.items(), key=lambda kv: _START_END(kv[1][0]))
    )
    locs = tuple(
        Locality(name, code, spans=tuple(spans))
        for (code, _), (name, spans) in sorted(
            localities.items(), key=lambda kv: _START_END(kv[1][1][0])
        )
    )
    return countries, locs


class _Cover:
    """Sorted spans, asked whether a span overlaps any of them (in log time)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans, key=_START_END)
        self.starts = [s.start for s in self.spans]
        # The furthest end among the spans up to each one (spans may nest).
        self.reach: list[int] = []
        far = -1
        for s in self.spans:
            far = max(far, s.end)
            self.reach.append(far)

    def overlaps(self, span: Span) -> bool:
        k = bisect_left(self.starts, span.end) - 1
        return k >= 0 and self.reach[k] > span.start


def _place_key(name: str) -> str:
    k = key(name)
    return k[:-4] if k.endswith("city") and len(k) > 6 else k


_PERSON_WEIGHT = 1


def find_dyad(
    doc: Document, countries: Sequence[Country], people: Sequence[Person] = ()
) -> Dyad | None:
    """The two countries whose relation the article reports, or None for a domestic story.

    Each country scores one for each sentence (or the headline) that names
    it, one for each of its people, and two more when the story's first
    sentence names it; ties go to the country named first. A person counts
    no more than a sentence: their country is inferred, often from the very
    sentences already counted, and a wrong guess should not outweigh the text.
    """
    if len(countries) < 2:
        return None
    # A country named only as a multilateral meeting's venue is no side.
    venues = venue_only(doc, countries)
    if venues:
        countries = [c for c in countries if c.code not in venues]
        if len(countries) < 2:
            return None
    units = sorted(doc.story_sentences(), key=_START_END)
    first = units[0] if units else None
    if doc.headline is not None:
        units.append(doc.headline.span)
        units.sort(key=_START_END)
    starts = [u.start for u in units]
    score: dict[str, float] = {}
    for c in countries:
        hit: set[Span] = set()
        for x in c.spans:
            k = bisect_right(starts, x.start) - 1
            if k >= 0 and units[k].contains(x):
                hit.add(units[k])
        score[c.code] = len(hit) + 2 * (first in hit)
    for p in people:
        if p.country in score:
            score[p.country] += _PERSON_WEIGHT
    order = {c.code: min(s.start for s in c.spans) for c in countries}
    ranked = sorted(score, key=lambda c: (-score[c], order[c]))
    return Dyad.of(ranked[0], ranked[1])


def with_people_countries(
    countries: tuple[Country, ...], people: Sequence[Person]
) -> tuple[Country, ...]:
    """The countries, and those of the people that no name in the text gave.

    A country counts when its person is named: such a country's spans are its
    people's names.

    >>> cs = with_people_countries((Country("LAO", spans=(Span(0, 4),)),),
    ...                            [Person("Trần Văn Sơn", country="VNM", spans=(Span(9, 21),))])
    >>> [(c.code, c.spans) for c in cs]
    [('LAO', (Span(start=0, end=4),)), ('VNM', (Span(start=9, end=21),))]
    """
    known = {c.code for c in countries}
    extra: dict[str, list[Span]] = {}
    for p in people:
        if p.country is not None and p.country not in known:
            extra.setdefault(p.country, []).extend(p.spans)
    if not extra:
        return countries
    return countries + tuple(
        Country(code, spans=tuple(sorted(s, key=_START_END))) for code, s in extra.items()
    )

"""Places: the countries an article names, its localities, and the dyad.

A country is named by its name or a short or local form (``Viet Nam``,
``RoK``, ``Lao PDR``), its demonym (``Chinese ships``), an organisation's
abbreviation (``LPRP``; an abbreviation the text explains in brackets, as in
``Communist Party of Cuba (CPC)``, takes the country of the explanation), or
one of its localities (``Beijing``, ``Havana Party Committee``). A currency's
name (``US dollars``) does not name its country.

Localities are cities, provinces and states, also inside organisation names,
but not inside the name of a project, route or facility (``Hà Đông-Xuân Mai
urban railway``, ``Noi Bai airport``), nor districts or streets. A small city
counts only when its country is named too (so that a city called like a word
or a person is not taken), unless it is a capital.

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
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise
from operator import attrgetter

from bilateral._extract.analysis import Document
from bilateral._extract.people import AGENCIES, venue_only
from bilateral._extract.titles import HEADS, HONORIFICS, NOT_NAME, SURNAMES
from bilateral._lexicon.gazetteer import Entry, Mention, folded_key, key, known
from bilateral._text import fold
from bilateral.model import Country, Dyad, Locality, Person, Span

__all__ = ["countries_in", "find_dyad", "find_places", "with_people_countries"]

_CURRENCY = re.compile(
    r"\s?(?:\$|dollars?\b|yuan\b|renminbi\b|dong\b|pesos?\b|euros?\b|won\b|kips?\b|riels?\b"
    r"|rupees?\b|baht\b|yen\b|ringgit\b|rupiah\b|pounds?\b|francs?\b|roubles?\b|rubles?\b)"
)
# Words after a place name that make it a facility's, a route's, a district's
# or an event's name rather than the place itself.
_FACILITY = frozenset(
    [
        "airport",
        "airports",
        "railway",
        "railways",
        "rail",
        "route",
        "routes",
        "expressway",
        "highway",
        "road",
        "roads",
        "street",
        "avenue",
        "boulevard",
        "bridge",
        "station",
        "metro",
        "line",
        "lines",
        "project",
        "projects",
        "district",
        "districts",
        "ward",
        "wards",
        "commune",
        "communes",
        "town",
        "township",
        "village",
        "hamlet",
        "stadium",
        "hotel",
        "pagoda",
        "temple",
        "campaign",
        "war",
        "battle",
        "victory",
        "dynasty",
        "uprising",
        "offensive",
        "massacre",
        "accords",
        "accord",
        "dam",
        "canal",
        "corridor",
        "pass",
        "gate",
        "border-gate",
        "checkpoint",
        "port",
        "seaport",
        "airfield",
        "centre",
        "center",
        "park",
        "complex",
        "plaza",
        "tunnel",
        "pipeline",
        "link",
        "system",
        "terminal",
        "daily",
        "newspaper",
        "magazine",
        "times",
        "television",
        "zone",
        "zones",
        "radio",
        # events and documents named after a place
        "festival",
        "marathon",
        "games",
        "expo",
        "summit",
        "forum",
        "conference",
        "fair",
        "championship",
        "championships",
        "tournament",
        "exhibition",
        "agreement",
        "declaration",
        "treaty",
        "convention",
        "protocol",
        "charter",
        "plan",
        "statement",
        "communique",
        "memorandum",
        "roadmap",
        "initiative",
        "process",
        "consensus",
        "principles",
        "format",
        "framework",
        "agenda",
        "dialogue",
        "round",
        "pact",
        "compact",
        # international bodies named after a place ("X Group", "X Club", "X Cooperation
        # Organisation"); a local body ("X Party Committee") names its place
        "group",
        "club",
        "cooperation",
        # natural features named after a place ("X River", "X Sea")
        "river",
        "rivers",
        "lake",
        "mountain",
        "mountains",
        "hills",
        "sea",
        "ocean",
        "gulf",
        "bay",
        "strait",
        "straits",
        "peninsula",
        "basin",
        "channel",
    ]
)
# Words after a country's name or demonym that make it a sea's or a peninsula's name
# ("South China Sea", "Indian Ocean", "Korean Peninsula"), which names no country.
_WATERS = frozenset(
    {"sea", "seas", "ocean", "gulf", "bay", "strait", "straits", "peninsula", "river", "lake"}
)
_WATER_STEMS = tuple(sorted({w[:3] for w in _WATERS}))  # the cheap test before the word's
_WATER_OF = re.compile(r"\b(?:sea|gulf|bay|strait|straits|coast)\s+of\s+(?:the\s+)?\Z")
# What a navy prints before a ship's name ("INS Delhi", "USS Blue Ridge"): the place
# after it names the ship.
_SHIP_PREFIXES = frozenset(
    {"ins", "uss", "usns", "hms", "hmas", "hmcs", "hmnzs", "brp", "kri", "roks", "js", "pns",
     "tcg", "kd", "rss", "htms", "bns", "slns", "nrp", "ara", "bap", "fs", "its", "sps", "hnlms",
     "cns", "rfs", "vns", "ums", "ccgs", "uscgc"}
)  # fmt: skip
# A route and what it joins: the places named after it are its end points, which the
# codebook does not count ("a road that links X in Y province with Z").
_ROUTE = re.compile(
    r"\b(?:roads?|railways?|rail[ ]lines?|railroads?|highways?|expressways?|motorways?|routes?"
    r"|corridors?|bridges?|pipelines?|flights?|air[ ]links?|ferry|ferries|bus[ ]services?"
    r"|train[ ]services?|trains?|tunnels?|canals?)"
    r"(?:[ ](?:that|which|will|would|to|be|project|projects|service|services|line|lines)){0,3}"
    r"[ ](?:links?|linking|connects?|connecting|joins?|joining|between|from)\b"
)
# The stems of _ROUTE's nouns: an article without any names no route (a cheap test).
_ROUTE_NOUNS = ("road", "rail", "highway", "expressway", "motorway", "route", "corridor",
                "bridge", "pipeline", "flight", "air link", "ferr", "bus service", "train",
                "tunnel", "canal")  # fmt: skip
_ROUTE_REACH = 150  # how far after the cue a route's end points are named
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
# Words that may stand between a place and a facility's head word
# ("X international transit port", "X high-tech park").
_FACILITY_MODIFIERS = frozenset(
    {"international", "transit", "industrial", "economic", "special", "container", "deep",
     "deepwater", "water", "high", "speed", "hi", "tech", "urban", "logistics", "free", "trade",
     "export", "processing", "science", "technology", "cargo", "passenger", "border", "ring",
     "coastal", "gateway", "inland", "dry", "new", "rapid", "mass", "light", "rail", "power",
     "gas", "oil", "solar", "wind", "thermal", "hydropower", "hydroelectric", "convention",
     "exhibition", "sports", "business", "financial", "innovation", "research", "data",
     "national", "commercial", "tourism", "tourist", "eco", "smart", "digital", "bus"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
# Where a name's words stop: the end of a clause.
_CLAUSE_END = re.compile(r"[.,;:!?()\n\[\]\"“”]")
_CAPS_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){1,4}")
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


def _next_words(folded: str, end: int, n: int) -> list[str]:
    # Never across a clause's end: "the state of X. The agreement ..." names no facility.
    stop = _CLAUSE_END.search(folded, end, end + 40)
    return _WORD.findall(folded, end, stop.start() if stop is not None else end + 40)[:n]


def _facility(doc: Document, m: Mention, mentions: Sequence[Mention], k: int) -> bool:
    """Whether the place names a facility, route, district or event, not itself."""
    folded = doc.folded
    more = _next_words(folded, m.span.end, 5)
    after = more[:3]
    if after and after[0] in _FACILITY:
        return True
    # "Mariel Special Development Zone", "Noi Bai International Airport".
    caps = _CAPS_AFTER.match(doc.text, m.span.end)
    if caps is not None and not _FACILITY.isdisjoint(
        _WORD.findall(folded, caps.start(), caps.end())  # the fold keeps offsets
    ):
        return True
    # "X-Y urban railway": both ends of a route.
    tail = folded[m.span.end : m.span.end + 3]
    if tail.lstrip().startswith("-"):
        return not _FACILITY.isdisjoint(more)
    head = folded[max(0, m.span.start - 3) : m.span.start]
    if head.endswith("-") and k > 0:
        prv = mentions[k - 1]
        if m.span.start - prv.span.end <= 3:
            return not _FACILITY.isdisjoint(after)
    if len(after) > 1 and after[1] in _FACILITY and after[0] not in ("city", "province"):
        return True
    # "X international transit port": modifiers, then the facility's head word.
    for w in more:
        if w in _FACILITY:
            return True
        if w not in _FACILITY_MODIFIERS:
            return False
    return False


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


_PREV_WORD = re.compile(r"([^\W\d_]+) $")


def _inside_name(text: str, folded: str, start: int) -> bool:
    """Whether a capitalised name word runs straight into the place's name ("Pedro Lima")."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if m is None or not m.group(1)[0].isupper():
        return False
    word = folded[m.start(1) : m.end(1)]  # the fold keeps offsets
    if (
        word in NOT_NAME
        or len(word) < 2
        or m.group(1).isupper()
        or known(folded_key(word))  # a place or country's name
    ):
        return False
    before = text[max(0, m.start() - 2) : m.start()].strip()
    if before == "" or before[-1:] in ".!?:\n":
        # At a sentence's start the word may be any word ("Visiting Hanoi"); a family
        # name opens a person's name ("Liu Jiayi met ...").
        return word in SURNAMES
    return True


_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’\-]*)")


class _NameCounts:
    """How often a name word occurs other than right after a given place's name.

    The first few questions are answered by counting in the text (a pass in C
    each); past them, one pass counts every word and pair of words, so that an
    article full of such names costs a single pass, not one per name.
    """

    _DIRECT = 8  # names counted one by one before every word is counted once

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked = 0
        self.words: Counter[str] | None = None
        self.pairs: Counter[tuple[str, str]] = Counter()

    def alone(self, before: str, word: str) -> int:
        """How often ``word`` occurs other than right after ``before``."""
        if self.words is None and self.asked < self._DIRECT:
            self.asked += 1
            return self.text.count(word) - self.text.count(f"{before} {word}")
        if self.words is None:
            words = _NAME_WORD.findall(self.text)
            self.words = Counter(words)
            self.pairs = Counter(pairwise(words))
        return self.words[word] - self.pairs[before, word]


_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _first_name(text: str, folded: str, m: Mention, counts: _NameCounts) -> bool:
    """Whether a one-word place is a person's first name ("Santiago Cafiero").

    The word after it is a capitalised name word (no place, title or common
    word), and either a title or honorific stands before the place ("Minister
    Santiago Cafiero") or the article uses that name word on its own elsewhere
    ("... Cafiero said"): a family name, so the place word is a given name.
    """
    end = m.span.end
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper() or " " in m.text:
        return False
    if "-" in m.text:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).isupper():
        return False
    word = folded[nxt.start(1) : nxt.end(1)]
    if word in NOT_NAME or known(folded_key(word)):
        return False
    prev = _PREV_WORD.search(folded, max(0, m.span.start - 30), m.span.start)
    if prev is not None and (prev.group(1) in HEADS or prev.group(1) in HONORIFICS):
        return True
    return counts.alone(m.text, nxt.group(1)) > 0


def _ship_name(text: str, folded: str, m: Mention) -> bool:
    """Whether the place names a ship ("INS Delhi", "USS Blue Ridge")."""
    if not text[max(0, m.span.start - 2) : m.span.start - 1].isupper():
        return False  # a ship's prefix is printed in capitals
    prev = _PREV_WORD.search(folded, max(0, m.span.start - 10), m.span.start)
    return prev is not None and prev.group(1) in _SHIP_PREFIXES


_FOLLOWING_WORD = re.compile(r" ([a-z]+)")


def _names_a_feature(doc: Document, m: Mention) -> bool:
    """Whether a country's name or demonym is a sea's or peninsula's ("South China Sea")."""
    folded = doc.folded
    if (
        folded.startswith(_WATER_STEMS, m.span.end + 1)
        and folded[m.span.end : m.span.end + 1] == " "
    ):
        after = _FOLLOWING_WORD.match(folded, m.span.end)
        if after is not None and after.group(1) in _WATERS:
            return True
    if not folded.endswith((" of ", " of the "), 0, m.span.start):
        return False
    return _WATER_OF.search(folded, max(0, m.span.start - 24), m.span.start) is not None


def _route_end(folded: str, start: int) -> bool:
    """Whether a route named before ``start`` in its clause ends there ("a road that
    links X with Y"): the text from the route's cue to ``start`` has no clause stop."""
    lo = max(0, start - _ROUTE_REACH)
    stop = max(folded.rfind(".", lo, start), folded.rfind(";", lo, start))
    lo = max(lo, stop + 1, folded.rfind("\n", lo, start) + 1)
    return _ROUTE.search(folded, lo, start) is not None


def _common_word(doc: Document, m: Mention, lower: list[frozenset[str]]) -> bool:
    """A one-word place at a sentence's start that the article also writes in lower
    case is the word, not the place ("Male and female workers", "Reading the text").

    So is a small town's one-word name anywhere, when the article also uses it as
    a common word ("the Mine Action Centre" beside "mine clearance"), unless a
    designation makes it a place ("Mine city", "in the province of Bath").
    """
    if " " in m.text or "-" in m.text:
        return False
    before = doc.text[max(0, m.span.start - 3) : m.span.start].rstrip(" \"'“‘")
    initial = not before or before[-1] in ".!?\n:"
    small = m.best.kind == "city" and m.best.population < _BIG_CITY
    if not initial and not small:
        return False
    low = m.text.lower()
    if low not in doc.text:
        return False  # never written in lower case: no need for the word set
    if not lower:
        lower.append(frozenset(w for w in _WORD.findall(doc.text) if w[0].islower()))
    if not (doc.folded[m.span.start : m.span.end] in lower[0] or m.text.lower() in lower[0]):
        return False
    return initial or not _designated(doc, m)


_DESIGNATION_BEFORE = re.compile(
    r"\b(?:province|state|prefecture|region|county|oblast|governorate|emirate|canton|city"
    r"|town|municipality|department)\s+of\s+(?:the\s+)?\Z"
)
_DESIGNATION_AFTER = re.compile(
    r"\s(?:city|province|provincial|state|prefecture|municipality|county|oblast|region)\b"
)


# Names of languages as page menus print them (English, folded), and what stands
# beside them on such a line ("NDO English", "English | Tiếng Việt | Français").
_LANGUAGES = frozenset(
    {"english", "french", "francais", "spanish", "espanol", "vietnamese", "tieng", "viet",
     "chinese", "zhongwen", "russian", "русскии", "arabic", "german", "deutsch", "japanese",
     "nihongo", "korean", "lao", "khmer", "thai", "portuguese", "portugues", "italian",
     "italiano", "indonesian", "bahasa", "indonesia", "malay", "melayu", "hindi", "burmese",
     "filipino", "mongolian", "中文", "日本語", "한국어", "ລາວ", "ไทย", "ភាសាខ្មែរ"}
)  # fmt: skip
_MENU_WORDS = frozenset(
    {"edition", "version", "language", "languages", "site", "home", "menu", "select", "news",
     "online", "newspaper", "portal", "e", "en", "vn", "vi", "fr", "es", "zh", "cn", "ru", "ar"}
)  # fmt: skip
_LINE_WORD = re.compile(r"[^\W_]+")


def _language_menu(doc: Document, m: Mention) -> bool:
    """Whether a demonym is a language's name in a page's clutter ("NDO English")."""
    if fold(m.text) not in _LANGUAGES:
        return False
    text = doc.text
    lo = text.rfind("\n", 0, m.span.start) + 1
    hi = text.find("\n", m.span.end)
    line = text[lo : hi if hi >= 0 else len(text)]
    if len(line) > 80:
        return False
    for w in _LINE_WORD.findall(line):
        f = fold(w)
        if f in _LANGUAGES or f in _MENU_WORDS or (w.isupper() and len(w) <= 5):
            continue
        return False
    return True


def _designated(doc: Document, m: Mention) -> bool:
    """Whether a designation makes the mention a place: "province of X", "X State"."""
    folded = doc.folded
    return (
        _DESIGNATION_BEFORE.search(folded, max(0, m.span.start - 40), m.span.start) is not None
        or _DESIGNATION_AFTER.match(folded, m.span.end) is not None
    )


def _foreign_demonym(mentions: Sequence[Mention], k: int, text: str) -> bool:
    """A place word right after another country's demonym is a name's word
    ("the Cambodian Mine Action Centre"), not that place."""
    if k == 0:
        return False
    prv, m = mentions[k - 1], mentions[k]
    if prv.best.kind != "demonym" or text[prv.span.end : m.span.start] != " ":
        return False
    return prv.best.code not in m.codes()


_BRACKET_REACH = 80  # a credit's brackets hold a few names and a date at most


def _bracket_around(text: str, span: Span) -> Span | None:
    """The brackets (on one line) that hold ``span``, if any."""
    lo = max(0, span.start - _BRACKET_REACH)
    opening = text.rfind("(", lo, span.start)
    if opening < 0 or "\n" in text[opening : span.start] or ")" in text[opening : span.start]:
        return None
    closing = text.find(")", span.end, span.end + _BRACKET_REACH)
    if closing < 0 or "\n" in text[span.end : closing]:
        return None
    return Span(opening, closing + 1)


def _ethnic_qualifier(mentions: Sequence[Mention], k: int, text: str) -> bool:
    """A demonym right after another country's demonym names a people of that
    country ("Iraqi Turkmen"), not its own country."""
    if k == 0:
        return False
    prv, m = mentions[k - 1], mentions[k]
    return (
        prv.best.kind == "demonym"
        and text[prv.span.end : m.span.start] == " "
        and prv.best.code != m.best.code
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
    if doc.agency is not None and (bracket := _bracket_around(text, doc.agency.span)):
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
        if _CURRENCY.match(text, m.span.end) or _names_a_feature(doc, m):
            continue
        if best.kind == "demonym" and (
            _language_menu(doc, m) or _ethnic_qualifier(mentions, k, text)
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
        if any(x.kind == "subdivision" for x in m.entries) and _designated(doc, m)
        for e in m.entries
        if e.kind == "subdivision"
    }
    name_counts = _NameCounts(text)
    routes: bool | None = None  # whether the text names any route at all, found when needed
    for k, m in usable:
        if m.best.kind in ("country", "demonym", "org", "region"):
            continue
        if _inside_name(text, folded, m.span.start) or _common_word(doc, m, lower):
            continue
        if _foreign_demonym(mentions, k, text) or _ship_name(text, folded, m):
            continue
        if _first_name(text, folded, m, name_counts):
            continue
        entry = _choose(m, named, doc, dateline, confirmed)
        if entry is None:
            continue
        is_dateline = dateline is not None and dateline.overlaps(m.span)
        if not is_dateline and _facility(doc, m, mentions, k):
            continue
        if routes is None:
            routes = any(noun in folded for noun in _ROUTE_NOUNS)
        if routes and not is_dateline and _route_end(folded, m.span.start):
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

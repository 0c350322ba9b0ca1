"""What the words around a place name tell: whether it names the place at all.

A place's name also stands in the name of a facility, route, event or document
(``Noi Bai airport``, ``Paris Agreement``), a natural feature (``Columbia River``),
a ship (``INS Delhi``), a person (``Santiago Cafiero``, ``Liu Jiayi``) or a page's
language menu (``NDO English``); it may be a common word (``Male and female``), a
route's end point (``a road that links X with Y``) or part of a credit. These
predicates read the text around one mention; :mod:`.places` decides with them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from bilateral._extract.analysis import Document
from bilateral._extract.titles import HEADS, HONORIFICS, NOT_NAME, SURNAMES
from bilateral._lexicon.gazetteer import Mention, folded_key, known
from bilateral._text import fold
from bilateral.model import Span

__all__ = [
    "CURRENCY",
    "ROUTE_NOUNS",
    "NameCounts",
    "bracket_around",
    "common_word",
    "designated",
    "ethnic_qualifier",
    "facility_name",
    "foreign_demonym",
    "given_name",
    "inside_person_name",
    "language_menu",
    "names_a_feature",
    "route_end",
    "ship_name",
]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_BIG_CITY = 1_000_000  # a city this big is not taken for a common word

#: What follows a country's name when it names a currency ("US dollars").
CURRENCY: Final = re.compile(
    r"\s?(?:\$|dollars?\b|yuan\b|renminbi\b|dong\b|pesos?\b|euros?\b|won\b|kips?\b|riels?\b"
    r"|rupees?\b|baht\b|yen\b|ringgit\b|rupiah\b|pounds?\b|francs?\b|roubles?\b|rubles?\b)"
)
# Words after a place name that make it a facility's, a route's, a district's
# or an event's name rather than the place itself.
_FACILITY = _words(
    "airport airports railway railways rail route routes expressway highway road roads street "
    "avenue boulevard bridge station metro line lines project projects district districts ward "
    "wards commune communes town township village hamlet stadium hotel pagoda temple campaign "
    "war battle victory dynasty uprising offensive massacre accords accord dam canal corridor "
    "pass gate border-gate checkpoint port seaport airfield centre center park complex plaza "
    "tunnel pipeline link system terminal daily newspaper magazine times television zone zones "
    "radio "
    # events and documents named after a place
    "festival marathon games expo summit forum conference fair championship championships "
    "tournament exhibition agreement declaration treaty convention protocol charter plan "
    "statement communique memorandum roadmap initiative process consensus principles format "
    "framework agenda dialogue round pact compact "
    # international bodies named after a place ("X Group", "X Club", "X Cooperation
    # Organisation"); a local body ("X Party Committee") names its place
    "group club cooperation "
    # natural features named after a place ("X River", "X Sea")
    "river rivers lake mountain mountains hills sea ocean gulf bay strait straits peninsula "
    "basin channel "
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
ROUTE_NOUNS = ("road", "rail", "highway", "expressway", "motorway", "route", "corridor",
                "bridge", "pipeline", "flight", "air link", "ferr", "bus service", "train",
                "tunnel", "canal")  # fmt: skip
_ROUTE_REACH = 150  # how far after the cue a route's end points are named
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


def _next_words(folded: str, end: int, n: int) -> list[str]:
    # Never across a clause's end: "the state of X. The agreement ..." names no facility.
    stop = _CLAUSE_END.search(folded, end, end + 40)
    return _WORD.findall(folded, end, stop.start() if stop is not None else end + 40)[:n]


def facility_name(doc: Document, m: Mention, mentions: Sequence[Mention], k: int) -> bool:
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


_PREV_WORD = re.compile(r"([^\W\d_]+) $")


def inside_person_name(text: str, folded: str, start: int) -> bool:
    """Whether a capitalised name word runs straight into the place's name ("Pedro Lima")."""
    if text[start - 1 : start] not in (" ", "\n"):
        return False  # (what _PREV_WORD needs at its end, asked first: it is quicker)
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


class NameCounts:
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


def given_name(text: str, folded: str, m: Mention, counts: NameCounts) -> bool:
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


def ship_name(text: str, folded: str, m: Mention) -> bool:
    """Whether the place names a ship ("INS Delhi", "USS Blue Ridge")."""
    if not text[max(0, m.span.start - 2) : m.span.start - 1].isupper():
        return False  # a ship's prefix is printed in capitals
    prev = _PREV_WORD.search(folded, max(0, m.span.start - 10), m.span.start)
    return prev is not None and prev.group(1) in _SHIP_PREFIXES


_FOLLOWING_WORD = re.compile(r" ([a-z]+)")


def names_a_feature(doc: Document, m: Mention) -> bool:
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


def route_end(folded: str, start: int) -> bool:
    """Whether a route named before ``start`` in its clause ends there ("a road that
    links X with Y"): the text from the route's cue to ``start`` has no clause stop."""
    lo = max(0, start - _ROUTE_REACH)
    stop = max(folded.rfind(".", lo, start), folded.rfind(";", lo, start))
    lo = max(lo, stop + 1, folded.rfind("\n", lo, start) + 1)
    return _ROUTE.search(folded, lo, start) is not None


def common_word(doc: Document, m: Mention, lower: list[frozenset[str]]) -> bool:
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
    return initial or not designated(doc, m)


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


def language_menu(doc: Document, m: Mention) -> bool:
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


def designated(doc: Document, m: Mention) -> bool:
    """Whether a designation makes the mention a place: "province of X", "X State"."""
    folded = doc.folded
    return (
        _DESIGNATION_BEFORE.search(folded, max(0, m.span.start - 40), m.span.start) is not None
        or _DESIGNATION_AFTER.match(folded, m.span.end) is not None
    )


def foreign_demonym(mentions: Sequence[Mention], k: int, text: str) -> bool:
    """A place word right after another country's demonym is a name's word
    ("the Cambodian Mine Action Centre"), not that place."""
    if k == 0:
        return False
    prv, m = mentions[k - 1], mentions[k]
    if prv.best.kind != "demonym" or text[prv.span.end : m.span.start] != " ":
        return False
    return prv.best.code not in m.codes()


_BRACKET_REACH = 80  # a credit's brackets hold a few names and a date at most


def bracket_around(text: str, span: Span) -> Span | None:
    """The brackets (on one line) that hold ``span``, if any."""
    lo = max(0, span.start - _BRACKET_REACH)
    opening = text.rfind("(", lo, span.start)
    if opening < 0 or "\n" in text[opening : span.start] or ")" in text[opening : span.start]:
        return None
    closing = text.find(")", span.end, span.end + _BRACKET_REACH)
    if closing < 0 or "\n" in text[span.end : closing]:
        return None
    return Span(opening, closing + 1)


def ethnic_qualifier(mentions: Sequence[Mention], k: int, text: str) -> bool:
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

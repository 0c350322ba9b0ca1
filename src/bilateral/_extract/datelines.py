"""Datelines, agency credits and sign-offs: a story's first and last few words.

A dateline is read as a run of named tokens, the way pypa/packaging's
tokenizer reads a requirement: each rule of :data:`DATELINE_RULES` is a
regular expression matched where the previous token ended, and
:func:`dateline_at` asks for them in the order the house styles print them::

    [CREDIT_FIRST] PLACE {QUALIFIER} [DATE | PAREN_DATE]
        [PAREN_CREDIT | SLASH_CREDIT | DOT_CREDIT | COMMA_CREDIT]
        [DASH [DASH_CREDIT] | COLON | STOP]
    WEEKDAY_DATE PLACE (DASH | COLON)                  # the date first

so ``HAVANA, Cuba, Jun 9 (ACN)``, ``KUALA LUMPUR (Oct 2):``, ``ASTANA.
KAZINFORM -``, ``Addis Ababa, June 13/2024(ENA)``, ``MUMBAI, India, Feb. 6,
2023 /PRNewswire/ --`` and ``AKP Phnom Penh, August 23, 2018 --`` are one
grammar. Which agencies exist is data (``data/agencies.tsv``); how a credit
is printed is this grammar. (Sign-offs at a story's end are read in :mod:`.furniture`.)

>>> d = dateline_at("SEOUL, Dec. 30 (Yonhap) -- The ministers met.", 0, 45)
>>> "SEOUL, Dec. 30 (Yonhap) -- The ministers met."[d.agency.start:d.agency.end], d.date
('Yonhap', 'Dec. 30')
"""

from __future__ import annotations

import re
from typing import Final

import pendulum

from bilateral._lexicon.gazetteer import data_lines, kinds
from bilateral.model import Span

__all__ = [
    "AGENCIES",
    "DASH",
    "DATE",
    "DATELINE_RULES",
    "UP",
    "Dateline",
    "credit_span",
    "date_of",
    "dateline_at",
    "is_agency",
    "trailing_date",
]


# --------------------------------------------------------------------------- agencies


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def _load_agencies() -> frozenset[str]:
    credits: set[str] = set()
    for fields in data_lines("agencies.tsv"):
        for credit in fields[:2]:
            credit = credit.strip()
            if credit and credit not in ("credit", "name"):
                credits.add(credit)
    return frozenset(credits)


#: Credits of news agencies as printed (``VNA``, ``Xinhua``, ``dpa``) and their full
#: names (``Vietnam News Agency``), from data/agencies.tsv.
AGENCIES: Final[frozenset[str]] = _load_agencies()
_AGENCIES_FOLDED: Final[frozenset[str]] = frozenset(a.casefold() for a in AGENCIES)


def is_agency(credit: str) -> bool:
    """Whether ``credit`` is a news agency's name or short form (any case).

    >>> is_agency("XINHUA"), is_agency("Vietnam News Agency"), is_agency("Hanoi")
    (True, True, False)
    """
    return credit.casefold() in _AGENCIES_FOLDED


# --------------------------------------------------------------------------- dates


def _upper_class() -> str:
    # Python's re has no \p{Lu}: collect the capital letters of the scripts news text uses.
    ranges = ((0x41, 0x5A), (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    chars = (chr(c) for lo, hi in ranges for c in range(lo, hi + 1))
    return "".join(ch for ch in chars if ch.isupper() or ch.istitle())


#: The capital letters of the Latin, Greek and Cyrillic scripts, for a character class.
UP: Final = _upper_class()
#: Hyphen-minus, the Unicode dashes and the minus sign, for a character class.
DASH: Final = "\\-\u2010-\u2015\u2212"
_MONTH: Final = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![^\W\d_])"
)
_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_YEAR_AFTER: Final = r"(?:(?:,[ ]?|[ ]|/)\d{4}(?!\d))"
#: A printed calendar date: ``Jul 29``, ``Sept. 14, 2023``, ``26 October 2022``,
#: ``5th March, 2024``, ``December 25/2019``.
DATE: Final = (
    rf"(?i:{_MONTH}\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?(?!\d|:\d){_YEAR_AFTER}?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}\.?{_YEAR_AFTER}?)"
)
# The same and the numeric forms (25.08.2020, 2023/12/18), as a dateline prints them.
_ANY_DATE: Final = (
    rf"(?:{DATE}|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}(?!\d))"
)
_WEEKDAY: Final = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![^\W\d_])\.?"
)
_DATE_PARTS = re.compile(r"[^\W\d_]+|\d+")
# The first three letters of the months' and weekdays' names: what a date opens with.
_DAY_AND_MONTH_STEMS: Final = frozenset([*_MONTHS, "mon", "tue", "wed", "thu", "fri", "sat", "sun"])
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def date_of(surface: str, year: int | None) -> pendulum.Date | None:
    """A calendar date from a printed date, ``year`` filling in a missing year.

    >>> date_of("Jul 29", 2023), date_of("26 October 2022", None), date_of("25.08.2020", None)
    (Date(2023, 7, 29), Date(2022, 10, 26), Date(2020, 8, 25))
    """
    month = day = None
    numbers: list[str] = []
    for part in _DATE_PARTS.findall(surface):
        if part.isdigit():
            numbers.append(part)
        elif month is None:
            month = _MONTHS.get(part[:3].lower())
    if month is None:
        # Numeric forms: YYYY/MM/DD or DD/MM/YYYY (day first, as most of the world prints it).
        if len(numbers) != 3:
            return None
        if len(numbers[0]) == 4:
            y, mo, d = int(numbers[0]), int(numbers[1]), int(numbers[2])
        else:
            d, mo, y = int(numbers[0]), int(numbers[1]), int(numbers[2])
            if mo > 12 >= d:
                d, mo = mo, d
        month, day, year = mo, d, y
    else:
        for n in numbers:
            if len(n) == 4:
                year = int(n)
            elif day is None:
                day = int(n)
    if year is None or day is None:
        return None
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        return None


def has_year(surface: str) -> bool:
    """Whether a printed date carries its year."""
    return _HAS_YEAR.search(surface) is not None


_TRAILING_DATE = re.compile(rf"(?:,?[ ]+|[ ]*[{DASH}][ ]*)(?:{_WEEKDAY},?[ ])?{_ANY_DATE}[ ]*\Z")


def trailing_date(text: str, start: int, end: int) -> int:
    """Where a date printed at the end of ``text[start:end]`` begins (``end`` if none).

    A credit glued to a date (``Shantou Daily, Sep 26, 2019``) is the credit
    up to there.

    >>> trailing_date("Mekong Daily Sep 26 2019", 0, 24), trailing_date("Mekong Daily", 0, 12)
    (12, 12)
    """
    m = _TRAILING_DATE.search(text, start, end)
    return m.start() if m is not None and m.start() > start else end


# --------------------------------------------------------------------------- the token rules

_W: Final = rf"(?!{_MONTH}|{_WEEKDAY}\W)[{UP}][\w'’]*"
_PARTICLE: Final = r"(?:de|da|do|dos|del|es|al|el|la|le|di|du|von|van)"
_PLACE: Final = rf"{_W}(?:[ \-](?:{_PARTICLE}[ ])?{_W}){{0,3}}"
_CAPS_WORD: Final = rf"[{UP}][{UP}\-]+(?![\w])"

#: The dateline's tokens by name; each is matched where the previous one ended.
DATELINE_RULES: Final[dict[str, re.Pattern[str]]] = {
    # A known agency's credit before the place ("AKP Phnom Penh, ...").
    "CREDIT_FIRST": re.compile(rf"(?P<credit>[{UP}][\w.\-]{{1,24}})[ ](?={_W})"),
    "WEEKDAY_DATE": re.compile(rf"(?:{_WEEKDAY},?[ ])?(?P<date>{DATE}),[ ]"),
    "PLACE": re.compile(_PLACE),
    # The country or state after the place: ", Cuba", " [Panama]".
    "QUALIFIER": re.compile(rf"(?:,[ ]?|[ ]\[)(?P<qualifier>{_PLACE})\]?"),
    "DATE": re.compile(rf",?[ ]?(?:{_WEEKDAY},?[ ])?(?P<date>{_ANY_DATE})"),
    "PAREN_DATE": re.compile(rf"[ ]?\((?P<date>{DATE})\)"),
    "PAREN_CREDIT": re.compile(r"\.?,?[ ]?\([ ]?(?P<credit>[^()\n]{1,60}?)[ ]?\)"),
    "SLASH_CREDIT": re.compile(r"\.?[ ]?/(?P<credit>[^/()\s][^/()\n]{0,28}[^/()\s])/\.?"),
    "DOT_CREDIT": re.compile(rf"\.[ ](?P<credit>{_CAPS_WORD}(?:[ ]{_CAPS_WORD})?)"),
    "COMMA_CREDIT": re.compile(rf",[ ](?P<credit>{_CAPS_WORD})(?=[ ]?[{DASH}:])"),
    "DASH": re.compile(rf"[ ]?\.?[{DASH}]{{1,2}}"),
    "COLON": re.compile(r"[ ]?:"),
    "STOP": re.compile(r"\.(?=[ ])"),
    # An agency in capitals between two dashes ("HANOI – VNA – ...").
    "DASH_CREDIT": re.compile(
        rf"[ ]?(?P<credit>{_CAPS_WORD}(?:\.[{UP}]+)?)[ ]?(?:[{DASH}]{{1,2}}|:)(?=[ ])"
    ),
    "SPACES": re.compile(r"[ ]*"),
}


class _Tokens:
    """The tokenizer: a position in the text and the rules that may match there."""

    __slots__ = ("end", "pos", "text")

    def __init__(self, text: str, pos: int, end: int) -> None:
        self.text = text
        self.pos = pos
        self.end = end

    def peek(self, name: str) -> re.Match[str] | None:
        return DATELINE_RULES[name].match(self.text, self.pos, self.end)

    def take(self, name: str) -> re.Match[str] | None:
        m = DATELINE_RULES[name].match(self.text, self.pos, self.end)
        if m is not None:
            self.pos = m.end()
        return m


# --------------------------------------------------------------------------- datelines


class Dateline:
    """A dateline found at the start of a line: its place, credit and date.

    ``line`` is set for a dateline that is a line of its own (a region tag
    ``VIETNAM, April 12 -`` or ``Abu Dhabi, June 28, 2022``): it is the story's
    dateline only where it stands directly above the story. ``strong`` is
    false for a title-case place before a plain dash, which only counts in
    the story's first paragraph.
    """

    __slots__ = ("agency", "date", "end", "line", "place", "strong")

    def __init__(
        self,
        place: Span | None,
        agency: Span | None,
        date: str | None,
        end: int,
        *,
        strong: bool = True,
        line: bool = False,
    ) -> None:
        self.place = place
        self.agency = agency
        self.date = date
        self.end = end
        self.strong = strong
        self.line = line


# Words that open a sentence about a person or body, or a page's furniture, never a
# dateline's place name.
_NOT_PLACES: Final = _words(
    "president minister prime secretary chairman chairwoman general ambassador deputy "
    "vice governor mayor king queen prince director head chief leader spokesman "
    "spokesperson mr mrs ms dr party committee government ministry delegation by photo "
    "photos source updated published posted date"
)


def _opens_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"“‘'("


_LOCALITY_KINDS: Final = frozenset({"capital", "subdivision", "locality", "city"})


def _known_place(name: str, *, locality: bool = False) -> bool:
    """Whether the gazetteer knows ``name`` as a place (a locality only, if asked):
    a country or region may qualify a place, not stand alone as a dateline."""
    found = kinds(name)
    if not found or found[0] in ("demonym", "org"):
        return False
    return not locality or (found[0] != "region" and not _LOCALITY_KINDS.isdisjoint(found))


# Lower-case words an agency's name may hold ("Agencia Cubana de Noticias").
_NAME_PARTICLES: Final = _words("de del la las los y e of the and for da do di du")


def credit_ok(credit: str) -> bool:
    """Whether a bracketed word group can be an agency's credit.

    >>> credit_ok("Colombo Gazette"), credit_ok("Reporting by Sok Dara"), credit_ok("2nd L")
    (True, False, False)
    """
    if is_agency(credit):
        return True
    words = credit.split()
    if not words or len(words) > 6 or len(credit) < 2:
        return False
    if "photo" in credit.casefold() or any(c.isdigit() for c in credit):
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLES or not w[0].isalpha() for w in words)


def _slash_credit_ok(credit: str) -> bool:
    # "/TASS/", "/PRNewswire/", "/MONTSAME/": a known agency or one capitalised word;
    # "/Foo bar/" is no credit.
    words = credit.split()
    return is_agency(credit) or (len(words) == 1 and credit[0].isupper() and credit.isalnum())


def credit_span(text: str, start: int, end: int) -> Span | None:
    """The agency inside a credit ``text[start:end]``, without a glued date.

    A chain of credits (``UrduPoint / WAM``) gives the known agency in it, else
    its first link.

    >>> t = "Mekong Wire / VNA - 02nd May, 2021"
    >>> s = credit_span(t, 0, len(t)); t[s.start:s.end]
    'VNA'
    """
    end = trailing_date(text, start, end)
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " ,:-–—":
        end -= 1
    if end <= start:
        return None
    if "/" in text[start:end]:
        links: list[Span] = []
        pos = start
        for part in text[start:end].split("/"):
            a, b = pos, pos + len(part)
            pos = b + 1
            while a < b and text[a] == " ":
                a += 1
            while b > a and text[b - 1] == " ":
                b -= 1
            if b > a:
                links.append(Span(a, b))
        known = [s for s in links if is_agency(text[s.start : s.end])]
        return known[-1] if known else (links[0] if links else None)
    return Span(start, end)


def _match_span(m: re.Match[str], group: str) -> Span:
    return Span(m.start(group), m.end(group))


# A site's name as its credit before a dash ("MEKONGNEWS.VN - ...").
_SITE_CREDIT = re.compile(
    rf"(?P<credit>[{UP}][\w\-]*(?:\.[A-Za-z]{{2,3}}){{1,2}})[ ]?[{DASH}]{{1,2}}[ ]"
)


def dateline_at(text: str, start: int, end: int) -> Dateline | None:
    """A dateline (or an agency-only prefix, or a region tag) opening ``text[start:end]``."""
    opening = text[start : start + 1]
    if not (opening.isupper() or opening.isdigit()):
        return None  # every house style opens with a capital or a date's day
    site = _SITE_CREDIT.match(text, start, end)
    if site is not None and site.end() < end and _opens_sentence(text[site.end()]):
        return Dateline(None, _match_span(site, "credit"), None, site.end())
    # 240 characters hold the longest house style's dateline with its credit.
    t = _Tokens(text, start, min(end, start + 240))
    agency: Span | None = None
    date: str | None = None
    # Credits in brackets, between slashes or after a full stop may run straight into
    # the story; one before the place or after a comma needs the separator too.
    needs_separator = False
    # Cheap tests first: whether the first word is an agency's, a day's or a month's.
    space = text.find(" ", start, start + 26)
    credit_first = space > start and is_agency(text[start:space])
    dated = opening.isdigit() or text[start : start + 3].lower() in _DAY_AND_MONTH_STEMS
    first = t.peek("CREDIT_FIRST") if credit_first else None
    if first is not None and is_agency(first.group("credit")):
        t.take("CREDIT_FIRST")
        agency = _match_span(first, "credit")
        needs_separator = True
    elif dated and (undated := _placeless(text, t)) is not None:
        return undated
    date_first = t.take("WEEKDAY_DATE") if agency is None and dated else None
    if date_first is not None:
        date = date_first.group("date")
    place_m = t.take("PLACE")
    if place_m is None:
        return None
    if (
        text[place_m.end() : place_m.end() + 1] == " "
        and text[place_m.end() + 1 : place_m.end() + 2].islower()
    ):
        return None  # "The two ministers ...": a sentence, not a dateline
    place = place_m.group()
    words = place.split()
    if any(w.casefold() in _NOT_PLACES for w in words):
        return None  # "President Lee – The ...", "Updated: ..." open no dateline
    if len(words) > 1 and len({w.isupper() for w in words}) > 1:
        return None  # "XYZW Phnom Penh": one place is printed in one case
    qualifiers = 0
    while qualifiers < 2 and date_first is None and (q := t.take("QUALIFIER")) is not None:
        qualifier = q.group("qualifier")
        if is_agency(qualifier) and agency is None:
            agency = _match_span(q, "qualifier")  # "Tehran, IRNA – ..."
            needs_separator = True
        elif not (_known_place(qualifier) or _dateline_goes_on(t)):
            t.pos = q.start()  # "Laos, Thailand agree ...": no qualifier
            break
        qualifiers += 1
    if date is None and (d := t.take("DATE")) is not None:
        date = d.group("date")
    if agency is None:
        for rule in ("PAREN_CREDIT", "SLASH_CREDIT", "DOT_CREDIT", "COMMA_CREDIT"):
            c = t.peek(rule)
            if c is None:
                continue
            if rule == "PAREN_CREDIT" and date is None and (p := t.peek("PAREN_DATE")):
                date = p.group("date")  # "(Feb 13)" after a qualifier
                t.take("PAREN_DATE")
                continue
            if rule == "PAREN_CREDIT" and _place_not_agency(c.group("credit")):
                t.take(rule)  # "Panama City (Panama)": a qualifier in brackets
                continue
            span = credit_span(text, c.start("credit"), c.end("credit"))
            if span is None or not _credit_fits(rule, span.of(text), text, c.end(), t.end):
                break  # "(2nd L)", "/Foo bar/": no credit, and nothing a dateline goes on with
            t.take(rule)
            agency = span
            needs_separator = rule == "COMMA_CREDIT"
            if date is None and (glued := _glued_date(text, c, span)) is not None:
                date = glued  # "(Mekong Wire - 02nd May, 2021)"
            break
    sep_m = t.take("DASH") or t.take("COLON")
    if sep_m is None and date is not None and t.peek("STOP"):
        sep_m = t.take("STOP")  # "ASTANA, Kazakhstan, February 2. The ..."
    sep = sep_m.group() if sep_m is not None else None
    if sep is not None and agency is None and "-" in _dashes(sep):
        c = t.peek("DASH_CREDIT")
        if c is not None and (is_agency(c.group("credit")) or not _known_place(c.group("credit"))):
            agency = _match_span(c, "credit")  # "HANOI – VNA – ..."
            t.take("DASH_CREDIT")
        elif (whole := _credit_to_line_end(text, t.pos, end)) is not None:
            agency = whole  # "ANKARA - Mekong Wire Agency" on a line of its own
            t.pos = end
    t.take("SPACES")
    rest = text[t.pos : end]
    place_span = Span(place_m.start(), place_m.end())
    upper = place.isupper()
    if not rest.strip():
        # A line of its own: a region tag or a place-and-date line above the story; a
        # place alone only as a locality in capitals ("ANKARA", not a section "TÜRKIYE").
        alone = date is None and agency is None
        if (alone and not upper) or not _known_place(place, locality=alone):
            return None
        return Dateline(place_span, agency, date, end, line=True)
    if not _opens_sentence(rest[0]):
        return None
    if agency is not None:
        if needs_separator and sep is None:
            return None
        return Dateline(place_span, agency, date, t.pos)
    if sep is None:
        # "Addis Ababa January 11/2019 Prime Minister ...": a full date is the separator.
        if date is not None and has_year(date) and _known_place(place):
            return Dateline(place_span, None, date, t.pos)
        return None
    if upper and is_agency(place) and qualifiers == 0 and date is None:
        return Dateline(None, place_span, None, t.pos)  # "VGP – The Prime Minister ..."
    strong = upper and sum(ch.isalpha() for ch in place) >= 3
    if ":" in sep and not (upper or date is not None):
        # "Doha, Qatar: An ..." but not a headline "Vietnam: Tourism rebounds".
        line_end = text[t.pos : end].rstrip()
        sentence = line_end[-1:] in '.!?"”’' or len(line_end) > 120
        if not (sentence and _known_place(place, locality=True)):
            return None
        strong = True
    elif not strong and date is None and qualifiers == 0 and ":" not in sep:
        # A title-case place before a plain hyphen is too often an ordinary phrase
        # ("Hanoi - Vientiane railway"): ask for a second clue.
        spaced = text[sep_m.start() - 1 : sep_m.start()].isspace() if sep_m else False
        if not (sep.lstrip().startswith(".") or spaced or sep.startswith(" ")):
            return None
    return Dateline(place_span, None, date, t.pos, strong=strong or date is not None)


def _place_not_agency(words: str) -> bool:
    return not is_agency(words) and _known_place(words)


def _credit_fits(rule: str, credit: str, text: str, after: int, end: int) -> bool:
    """Whether ``credit``, read by ``rule``, is an agency's credit."""
    if rule == "PAREN_CREDIT":
        return credit_ok(credit)
    if rule == "SLASH_CREDIT":
        return _slash_credit_ok(credit)
    if is_agency(credit):
        return True
    if rule == "DOT_CREDIT":
        # "ASTANA. NEWSWIRE – ...": an unknown word in capitals needs the dash after it.
        return DATELINE_RULES["DASH"].match(text, after, end) is not None
    return not _known_place(credit)  # ", SPA --": not ", HANOI --"


def _placeless(text: str, t: _Tokens) -> Dateline | None:
    """A dateline without a place: ``April 17 (Mekong Wire) -- ...``."""
    d = DATELINE_RULES["DATE"].match(text, t.pos, t.end)
    if d is None or d.start("date") != t.pos:
        return None
    c = DATELINE_RULES["PAREN_CREDIT"].match(text, d.end(), t.end)
    if c is None or not credit_ok(c.group("credit")):
        return None
    sep = DATELINE_RULES["DASH"].match(text, c.end(), t.end) or DATELINE_RULES["COLON"].match(
        text, c.end(), t.end
    )
    if sep is None:
        return None
    span = credit_span(text, c.start("credit"), c.end("credit"))
    spaces = DATELINE_RULES["SPACES"].match(text, sep.end(), t.end)
    return Dateline(None, span, d.group("date"), spaces.end() if spaces else sep.end())


def _credit_to_line_end(text: str, start: int, end: int) -> Span | None:
    """A known agency filling the rest of a line after a dateline's dash."""
    span = _strip(text, start, end)
    return span if span is not None and is_agency(span.of(text)) else None


def _strip(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b) if b > a else None


def _dateline_goes_on(t: _Tokens) -> bool:
    """Whether a dateline's date, credit or separator follows (after an unknown qualifier)."""
    return any(
        t.peek(rule) is not None
        for rule in ("DATE", "PAREN_DATE", "PAREN_CREDIT", "SLASH_CREDIT", "DASH", "COLON")
    )


def _glued_date(text: str, m: re.Match[str], credit: Span) -> str | None:
    """The date printed inside a credit's brackets after the credit, if any."""
    d = re.search(_ANY_DATE, text[credit.end : m.end("credit")])
    return d.group() if d is not None else None


_ANY_DASH = re.compile(f"[{DASH}]")


def _dashes(sep: str) -> str:
    return _ANY_DASH.sub("-", sep)

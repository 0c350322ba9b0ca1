"""Reading an article's layout: header date, headline, dateline, agency, paragraphs, sentences.

The reader works line by line. The top of the article (before the story) is
classified into web-page clutter, captions, timestamps, a region tag and the
headline; the story's first paragraphs are searched for a dateline; the end is
searched for a sign-off and footer clutter. Every regular expression here is
anchored or bounded so that reading stays linear in the length of the text.

>>> doc = read_document(
...     " date 2023-06-09 Hanoi hosts Havana\\n\\nHÀ NỘI — The two cities met. — VNS")
>>> doc.date.isoformat(), doc.headline.text, doc.dateline.text, doc.agency.text
('2023-06-09', 'Hanoi hosts Havana', 'HÀ NỘI', 'VNS')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

import pendulum

from bilateral._extract.analysis import Document
from bilateral._lexicon.gazetteer import data_lines
from bilateral.errors import ArticleError
from bilateral.model import Layout, Snippet, Span

__all__ = ["AGENCIES", "parse_header", "read_document", "split_sentences"]


# --------------------------------------------------------------------------- tables


def _load_agencies() -> frozenset[str]:
    credits: set[str] = set()
    for fields in data_lines("agencies.tsv"):
        credit = fields[0].strip()
        if credit and credit != "credit":
            credits.add(credit)
    return frozenset(credits)


#: Credits of news agencies as printed (``VNA``, ``Xinhua``, ``dpa``), from data/agencies.tsv.
AGENCIES: Final[frozenset[str]] = _load_agencies()
_AGENCIES_FOLDED: Final[frozenset[str]] = frozenset(a.casefold() for a in AGENCIES)


def _is_agency(credit: str) -> bool:
    return credit.casefold() in _AGENCIES_FOLDED


def _upper_class() -> str:
    # Python's re has no \p{Lu}: collect the capital letters of the scripts news text uses.
    ranges = ((0x41, 0x5A), (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    chars = (chr(c) for lo, hi in ranges for c in range(lo, hi + 1))
    return "".join(ch for ch in chars if ch.isupper() or ch.istitle())


_UP: Final = _upper_class()
_DASH: Final = "\\-\u2010-\u2015\u2212"  # hyphen-minus, the Unicode dashes, minus
_MONTH: Final = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![^\W\d_])"
)
_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_DATE: Final = (
    rf"(?i:{_MONTH}\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?[ ]\d{{4}}(?!\d))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}\.?(?:,?[ ]\d{{4}}(?!\d))?)"
)


def _words(spaced: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(w.strip() for w in spaced.split(sep) if w.strip())


_WEEKDAYS: Final = _words("monday tuesday wednesday thursday friday saturday sunday")

# --------------------------------------------------------------------------- header

_HEADER = re.compile(r"\A[ \t]*(?i:date)[ ]+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=[ \n]|\Z)[ ]?")


def parse_header(text: str, source: str = "<string>") -> tuple[Span | None, object]:
    """Read the `` date YYYY-MM-DD `` (or `` date YYYY-MM ``) header.

    Returns ``(span, value)``: ``value`` is a :class:`pendulum.Date`, a
    ``"YYYY-MM"`` string for a month-only header, or None with no header.
    An impossible date raises :class:`ArticleError` naming ``source``.

    >>> span, value = parse_header(" date 2023-04-12 Hanoi")
    >>> span, value.isoformat()
    (Span(start=0, end=17), '2023-04-12')
    >>> parse_header(" date 2023-04 Hanoi")[1]
    '2023-04'
    """
    m = _HEADER.match(text)
    if not m:
        return None, None
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if day is None:
            pendulum.Date(year, month, 1)
            value: object = f"{year:04d}-{month:02d}"
        else:
            value = pendulum.Date(year, month, int(day))
    except ValueError as exc:
        shown = m.group(0).strip()
        raise ArticleError(
            source, f"impossible header date {shown!r}: {exc}", offset=m.start(1)
        ) from None
    return Span(m.start(), m.end()), value


# --------------------------------------------------------------------------- dates


def _month_number(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower())


_DATE_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _date_of(surface: str, year: int | None) -> pendulum.Date | None:
    """A calendar date from a printed date (`Jul 29`, `26 October 2022`, `2023/12/18`)."""
    month = day = None
    numbers: list[str] = []
    for part in _DATE_PARTS.findall(surface):
        if part.isdigit():
            numbers.append(part)
        elif month is None:
            month = _month_number(part)
    if month is None:
        # Numeric forms: YYYY/MM/DD or DD/MM/YYYY (day first, as the region's papers print).
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


_TS_DATE = re.compile(
    rf"{_DATE}|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?!\d)|(?<!\d)\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ ]?(?i:[ap]\.?m\.?)(?![^\W\d_]))?")
_TZ = re.compile(
    r"\(?(?:GMT|UTC|ICT|ET|EST|EDT|CET|CEST|BST)(?:[ ]?[+\-][ ]?\d{1,2}(?::?\d{2})?)?\)?"
)
_TS_NOISE = re.compile(
    r"(?i:\b(?:last[ ]+)?(?:updated|published|posted|modified|created|date|time|on|at|by)\b:?)"
)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def _timestamp(line: str) -> tuple[bool, pendulum.Date | None]:
    """Whether a line is a publication timestamp (with a byline at most); its full date."""
    if len(line) > 120 or line.endswith(".") or _DIGIT.search(line) is None:
        return False, None
    m = _TS_DATE.search(line)
    if m is None:
        return False, None
    rest = _TIME.sub(" ", _TS_DATE.sub(" ", line))
    has_time = rest != _TS_DATE.sub(" ", line)
    rest = _TS_NOISE.sub(" ", _TZ.sub(" ", rest))
    words = [w for w in _WORD.findall(rest) if w.lower() not in _WEEKDAYS]
    if len(words) > 6 or any(not w[0].isupper() for w in words):
        return False, None
    if words and not (has_time or _YEAR.search(m.group(0))):
        return False, None
    return True, _date_of(m.group(0), None)


# --------------------------------------------------------------------------- datelines

_W = rf"[{_UP}][\w'’]*"
_PARTICLE = r"(?:de|da|do|dos|del|es|al|el|la|le|di|du|von|van)"
_PLACE = rf"(?!{_MONTH}){_W}(?:[ \-](?:{_PARTICLE}[ ])?{_W}){{0,3}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?:,[ ]?(?P<place2>{_PLACE}))?"
    rf"(?:,?[ ](?P<date>{_DATE}))?"
    rf"(?:,?[ ]?\((?P<agency>[^()\n]{{1,40}})\)|\.?[ ]?/(?P<slashed>[^/()\n]{{2,20}})/\.?)?"
    rf"(?P<sep>[ ]?(?:\.?[{_DASH}]{{1,2}}|:))?"
    r"[ ]*"
)


# Words that open a sentence about a person or body, never a dateline's place name.
_NOT_PLACES: Final = _words(
    "president minister prime secretary chairman chairwoman general "
    "ambassador deputy vice governor mayor king queen prince director head chief leader "
    "spokesman spokesperson mr mrs ms dr party committee government ministry delegation"
)


class _Dateline:
    __slots__ = ("agency", "date", "end", "place", "region", "strong")

    def __init__(
        self,
        place: Span | None,
        agency: Span | None,
        date: str | None,
        end: int,
        strong: bool,
        region: bool,
    ) -> None:
        self.place = place
        self.agency = agency
        self.date = date
        self.end = end
        self.strong = strong
        self.region = region


def _opens_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"“‘'("


def _credit_ok(credit: str) -> bool:
    words = credit.split()
    if not words or len(words) > 5 or len(credit) < 2:
        return False
    if "photo" in credit.casefold() or _TS_DATE.search(credit) or any(c.isdigit() for c in credit):
        return False
    return credit[0].isupper() or _is_agency(credit)


def _dateline_at(text: str, start: int, end: int) -> _Dateline | None:
    """A dateline (or an agency-only prefix, or a region tag) opening ``text[start:end]``."""
    m = _DATELINE.match(text, start, min(end, start + 200))
    if m is None:
        return None
    place = m.group("place")
    words = place.split()
    if any(w.lower() in _WEEKDAYS for w in words):
        return None
    rest = text[m.end() : end]
    # "ULAANBAATAR, May 5. /TASS/." credits the agency between slashes
    slot = "agency" if m.group("agency") is not None else "slashed"
    agency = m.group(slot)
    sep = m.group("sep")
    date = m.group("date")
    if agency is not None:
        if not _credit_ok(agency.strip()) or (slot == "slashed" and not _is_agency(agency)):
            return None
        if sep is None and rest and not _opens_sentence(rest[0]):
            return None
        a0 = m.start(slot) + (len(agency) - len(agency.lstrip()))
        a_span = Span(a0, a0 + len(agency.strip()))
        return _Dateline(Span(m.start("place"), m.end("place")), a_span, date, m.end(), True, False)
    if sep is None:
        return None
    if not rest.strip():
        # Nothing after the dash: a region tag ("VIETNAM, April 12 -") when it carries a date.
        if date is None:
            return None
        return _Dateline(Span(m.start("place"), m.end("place")), None, date, end, True, True)
    if not _opens_sentence(rest[0]):
        return None
    if ":" in sep and not place.isupper():
        return None
    if place.isupper() and _is_agency(place) and m.group("place2") is None and date is None:
        return _Dateline(None, Span(m.start("place"), m.end("place")), None, m.end(), True, False)
    strong = place.isupper() and sum(ch.isalpha() for ch in place) >= 3
    if any(w.casefold() in _NOT_PLACES for w in words):
        return None  # "President Lee – The ..." opens a sentence, not a dateline
    if not strong:
        # A title-case place before a plain hyphen is too often an ordinary phrase
        # ("Hanoi - Vientiane railway"): ask for a second clue.
        spaced = text[m.start("sep") - 1 : m.start("sep")].isspace() or sep.startswith(" ")
        if not (m.group("place2") or date or sep.lstrip().startswith(".") or spaced):
            return None
    return _Dateline(Span(m.start("place"), m.end("place")), None, date, m.end(), strong, False)


# --------------------------------------------------------------------------- captions, clutter

_PHOTO_WORD = r"(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|[Pp]ictures?|Ảnh|[Ff]ile [Pp]hoto|[Ii]llustration)"
_AGENCY_ALT = "|".join(
    re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True) if " " not in a
)
_CREDIT_PAREN = re.compile(rf"\([ ]?{_PHOTO_WORD}\b[^()\n]{{0,100}}\)")
_CREDIT_END = re.compile(
    rf"(?:\([ ]?{_PHOTO_WORD}\b[^()\n]{{0,100}}\)"
    rf"|(?<![\w])(?:{_PHOTO_WORD})[ ]?(?::|[ ]by\b)[^\n]{{1,100}}"
    rf"|\b[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})*[ ](?:Photo|PHOTO|Photos)\b[^\n]{{0,60}}"
    rf"|\((?:{_AGENCY_ALT})/[^()\n]{{1,60}}\))[ ]*\Z"
)
_POSITION = re.compile(
    r"\((?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[ ,]*)?"
    r"(?:[LRClrc]|left|right|centre|center|middle|front|from left|from right|L[ ]?to[ ]?R)\)"
)
# Every caption pattern needs one of these; checking them first keeps long stories fast.
_POSE = re.compile(r"\bposes?[ ]for[ ]a[ ](?:\w+[ ])?(?:photo|picture)")
_MENAFN = re.compile(r"\(MENAFN[ ]?[\-\u2013\u2014][ ]?(?P<src>[^()\n]{1,60})\)[ ]*")
_SOURCE_LINE = re.compile(r"(?i:source|sources|nguồn)[ ]?:[ ]?(?P<src>[^\n]{1,80})\Z")
_BREADCRUMB = re.compile(r"(?i:home|trang chủ|news)[ ]*[/>»›][ ]*\S")
_CLUTTER = re.compile(
    r"(?i:\d+[ ]*min(?:ute)?s?[ ]+read|submit(?:[ ]+(?:a[ ]+)?(?:press[ ]+)?releases?)?"
    r"|share(?:[ ]+(?:this|on|via)\b.*)?|print(?:[ ]+\w+)?|e-?mail(?:[ ]+(?:this|to)\b.*)?"
    r"|tweet|whatsapp|facebook|twitter|linkedin|telegram|zalo|pinterest|reddit|copy[ ]link"
    r"|follow[ ]us\b.*|subscribe\b.*|sign[ ](?:in|up)\b.*|log[ ]?in\b.*|register|read[ ]more\b.*"
    r"|related(?:[ ]+(?:news|articles?|posts?|stories|topics|content))?:?|advertisement|sponsored"
    r"|listen(?:[ ]to[ ](?:this[ ])?article)?|(?:font|text)[ ]size\b.*|back[ ]to[ ]top|menu"
    r"|search|home|photos?|videos?|gallery|latest(?:[ ]news)?|top[ ]stories|breaking(?:[ ]news)?"
    r"|tags?[ ]?:.*|topics?[ ]?:.*|story[ ]topics?:?|source[ ]link|keywords?[ ]?:.*"
    r"|(?:there[ ]are[ ])?no[ ]comments\b.*|\d*[ ]?comments?(?:[ ]?\(\d+\))?"
    r"|leave[ ]a[ ](?:comment|reply)\b.*|\(?(?:web[ ])?editors?[ ]?:.*"
    r"|(?:translated|edited|reported|written|compiled|posted)[ ]by\b.*"
    r"|head[ ]office[ ]?:.*|address[ ]?:.*|tel\.?[ ]?:.*|fax[ ]?:.*|hotline[ ]?:.*|e-?mail[ ]?:.*"
    r"|copyright\b.*|(?:https?://|www\.)\S*)\Z"
    # No letters at all; a menu (two or more bars); a breadcrumb; a short byline.
    r"|[\W\d_]*\Z|(?:[^|\n]*\|){2}|(?i:home|trang chủ|news)[ ]*[/>»›][ ]*\S"
    rf"|(?i:by)[ ][{_UP}][^\n]{{0,50}}\Z"
)
_SITE_WORDS = _words(
    "portal online news times daily post herald tribune gazette journal network newspaper "
    "magazine express telegraph weekly net tv radio media observer chronicle insider today "
    "monitor review press"
)
_LANGUAGES = _words(
    "english|tiếng việt|français|francais|español|espanol|deutsch|português|русский|中文|"
    "简体中文|繁體中文|日本語|한국어|ລາວ|ພາສາລາວ|ភាសាខ្មែរ|ไทย|العربية|bahasa indonesia|"
    "bahasa melayu|italiano|vietnamese|chinese|lao|khmer|spanish|french|russian",
    "|",
)
_DOMAIN = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|vn|gov|info|edu|int|cn|la|cu|in|kh)\b")


def _is_caption(line: str) -> bool:
    """Whether a line is a photo caption (it ends in a photo credit, or marks positions)."""
    # Cheap substring tests first: most story paragraphs have none of the cues.
    tail = line[-180:]
    if _has_credit_cue(tail) and _CREDIT_END.search(tail):
        return True
    if len(line) > 600:
        return False
    if "(" in line and _POSITION.search(line):
        return True
    return "pose" in line and _POSE.search(line) is not None


def _has_credit_cue(tail: str) -> bool:
    return (
        "hoto" in tail
        or "HOTO" in tail
        or "mage" in tail
        or "icture" in tail
        or "Ảnh" in tail
        or "llustration" in tail
        or (tail.endswith(")") and "/" in tail)
    )


def _is_clutter(line: str, *, story: bool = False) -> bool:
    """Whether a line is web-page furniture rather than part of the story.

    Within the ``story``, a short title-case line may be a subheading: only
    the unmistakable furniture counts there.
    """
    if len(line) > 300:
        return False
    if _CLUTTER.match(line) or "©" in line or "rights reserved" in line.casefold():
        return True
    if story or len(line) > 200:
        return False
    if line.casefold() in _LANGUAGES or _DOMAIN.fullmatch(line.strip("() ")):
        return True
    words = line.split()
    return (
        len(words) <= 5
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
        and words[-1].casefold().strip(".") in _SITE_WORDS
    )


def _headline_like(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 200:
        return False
    if line[-1] in ".,;:" or line.endswith("/."):
        return False
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'"


# --------------------------------------------------------------------------- sentences

_SENT_END = re.compile(r"[.!?…]+[\"'’”)\]]*(?=\s)")
# The same, with the end's marks as group 1, its closing quotes and brackets as group 2,
# and the spaces after it (the next sentence starts where the match ends).
_SENT_BREAK = re.compile(r"([.!?…]+)([\"'’”)\]]*)\s+")
_ABBREV: Final = _words(
    "mr mrs ms mx dr prof assoc asst adj gen lt col maj capt cpt cmdr adm sgt cpl pvt brig sen "
    "rep gov pres supt insp amb hon rev fr sr jr st mt ft messrs mme mlle gov't dept univ inst "
    "assn est approx ca cf inc corp co ltd bros plc vs v ave rd blvd hwy sq govt jan feb mar "
    "apr jun jul aug sep sept oct nov dec"
)
_NUM_ABBREV: Final = _words("no nos vol vols art arts sec fig figs p pp para ch tel")


def _abbreviation_before(text: str, dot: int, nxt: str) -> bool:
    k = dot
    floor = max(0, dot - 16)
    while k > floor and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    token = text[k:dot]
    if not token:
        return False
    bare = token.lower().lstrip(".")
    if bare in _ABBREV:
        return True
    if bare in _NUM_ABBREV:
        return nxt.isdigit()
    if len(token) == 1 and token.isupper():
        return True  # an initial: "Mary K. Jones"
    # Dotted forms: U.S., U.N., H.E., a.m., e.g.
    return "." in bare and all(0 < len(p) <= 3 for p in bare.split("."))


def split_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """The sentences of ``text[start:end]`` as spans, abbreviations kept inside.

    >>> t = "Mr. Lee met Assoc. Prof. Kim in the U.S. on Sept. 14. They talked."
    >>> [s.of(t) for s in split_sentences(t, 0, len(t))]
    ['Mr. Lee met Assoc. Prof. Kim in the U.S. on Sept. 14.', 'They talked.']
    """
    s = start
    for m in _SENT_BREAK.finditer(text, start, end):
        j = m.end()
        if j >= end:
            break
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(["):
            continue
        if m.group(1) == "." and _abbreviation_before(text, m.start(), nxt):
            continue
        stop = m.end(2)
        if stop > s:
            yield Span(s, stop)
        s = j
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield Span(s, e)


# --------------------------------------------------------------------------- sign-offs

_SIGNOFF_DASH = re.compile(
    rf"(?:(?<=[\s.!?\"”’)\]])|^)[{_DASH}]{{1,2}}[ ]?(?P<ag>[^\W\d_][\w&'’./\- ]{{0,40}}?)[ ]*\Z"
)
_SIGNOFF_SOURCE = re.compile(r"\((?i:source|sources|nguồn)[ ]?:[ ]?(?P<ag>[^()\n]{1,60})\)[ ]*\Z")
_SIGNOFF_BARE = re.compile(r"(?<=[.!?\"”’])[ ]+(?P<ag>[^\W\d_][\w\-]{1,15})[ ]*\Z")
_SIGNOFF_SLASH = re.compile(r"/\.[ ]*\Z")


def _signoff(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """The sign-off at the end of ``text[start:end]`` and the agency it credits."""
    lo = max(start, end - 160)
    m = _SIGNOFF_SOURCE.search(text, lo, end)
    if m:
        ag = m.group("ag").strip()
        a0 = m.start("ag") + m.group("ag").index(ag[0]) if ag else m.start("ag")
        return Span(m.start(), end), (Span(a0, a0 + len(ag)) if ag else None)
    m = _SIGNOFF_DASH.search(text, lo, end)
    if m:
        ag = m.group("ag").rstrip()
        preceded = text[start : m.start()].rstrip()[-1:] in {"", ".", "!", "?", '"', "”", "’", ")"}
        words = ag.split()
        known = _is_agency(ag)
        caps = ag.isupper() and len(ag) <= 12 and " " not in ag
        titled = preceded and len(words) <= 4 and all(w[0].isupper() for w in words)
        if "photo" not in ag.casefold() and (known or caps or titled):
            return Span(m.start(), end), Span(m.start("ag"), m.start("ag") + len(ag))
    m = _SIGNOFF_BARE.search(text, lo, end)
    if m:
        ag = m.group("ag")
        if _is_agency(ag) or (ag.isupper() and 2 <= len(ag) <= 10):
            return Span(m.start("ag"), end), Span(m.start("ag"), m.end("ag"))
    m = _SIGNOFF_SLASH.search(text, lo, end)
    if m:
        return Span(m.start(), m.start() + 2), None
    return None, None


# --------------------------------------------------------------------------- the reader

_TOP = 14  # how many lines the top of an article is searched for its parts
_LEAD = 4  # how many story paragraphs are searched for a dateline


_LETTER = re.compile(r"[^\W\d_]")


def _lines(text: str, start: int) -> tuple[list[list[int]], list[int], list[Span]]:
    """The non-blank lines of ``text[start:]`` as ``[start, end]`` without outer spaces.

    A syndication prefix (``(MENAFN- ...)``) or a photo caption that runs into
    the story on one line is split off as a line of its own. Returns the
    lines, the indexes of syndication prefixes and the sources they name.
    """
    out: list[list[int]] = []
    prefix_lines: list[int] = []
    sources: list[Span] = []
    find = text.find
    for m in _LINE.finditer(text, start):
        a, b = m.span()
        if find("(", a, min(b, a + 600)) >= 0:
            a = _split_glued(text, a, b, out, prefix_lines, sources)
        out.append([a, b])
    return out, prefix_lines, sources


# A line without its outer spaces: from its first non-space character to its last
# (what str.strip() keeps of it); blank lines have none.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def _split_glued(
    text: str, a: int, b: int, out: list[list[int]], prefix_lines: list[int], sources: list[Span]
) -> int:
    """Split off the prefix and caption opening ``text[a:b]``; return where the rest starts."""
    m = _MENAFN.match(text, a, b) if text.startswith("(MENAFN", a) else None
    if m:
        src = _strip_span(text, m.start("src"), m.end("src"))
        if src is not None:
            sources.append(src)
        if m.end() >= b:
            prefix_lines.append(len(out))
            return a
        prefix_lines.append(len(out))
        out.append([a, m.end() - (len(m.group()) - len(m.group().rstrip()))])
        a = m.end()
    c = _CREDIT_PAREN.search(text, a, min(b, a + 600))
    if c is not None:
        k = c.end()
        while k < b and text[k] == " ":
            k += 1
        if k < b and (text[k].isupper() or text[k] in '"“'):
            out.append([a, c.end()])
            a = k
    return a


def read_document(text: str, source: str = "<string>") -> Document:
    """Read the layout of ``text`` (already normalised) into a :class:`Document`.

    Raises :class:`ArticleError` (naming ``source``) only for an impossible
    header date; any other text gives a document.
    """
    header, value = parse_header(text, source)
    date = value if isinstance(value, pendulum.Date) else None
    month = value if isinstance(value, str) else None
    body_start = header.end if header else 0

    lines, prefix_lines, menafn = _lines(text, body_start)
    line_text: Callable[[int], str] = lambda i: text[lines[i][0] : lines[i][1]]  # noqa: E731
    n = len(lines)
    captions: set[int] = set(prefix_lines)
    headline: int | None = None
    region: _Dateline | None = None
    agency_line: Span | None = None
    stamp_date: pendulum.Date | None = None

    # The top: clutter, captions, timestamps, a region tag and the headline, until the story.
    story = n
    story_dateline: _Dateline | None = None
    i = 0
    while i < min(n, _TOP):
        line = line_text(i)
        if i in captions:
            i += 1
            continue
        if _BREADCRUMB.match(line) and i < 8:
            # Everything above a breadcrumb ("Home / News") is site navigation.
            captions.update(k for k in range(i + 1))
            headline = None
            i += 1
            continue
        if _is_caption(line):
            captions.add(i)
        elif (src := _SOURCE_LINE.match(line)) is not None:
            captions.add(i)
            off = lines[i][0]
            agency_line = agency_line or _strip_span(
                text, off + src.start("src"), off + src.end("src")
            )
        elif (stamp := _timestamp(line))[0]:
            captions.add(i)
            stamp_date = stamp_date or stamp[1]
        elif (
            _is_clutter(line) or _one_word(line) or (headline is None and _lowercase_clutter(line))
        ):
            captions.add(i)
        elif (dl := _dateline_at(text, *lines[i])) is not None and dl.region and region is None:
            region = dl
        elif dl is not None and not dl.region:
            story = i
            story_dateline = dl  # the dateline search below starts at this line
            break
        elif _SECTIONS.match(line) or (
            headline is None and _site_above(line, line_text(i + 1) if i + 1 < n else "")
        ):
            captions.add(i)  # "Politics | World", a site's name: furniture above the headline
        elif headline is None and i + 1 < n and _headline_like(line):
            headline = i
        else:
            story = i
            break
        i += 1
    else:
        story = i if i < n else n

    # The end: footer clutter after the story, then the sign-off.
    tops = {line_text(k) for k in captions if k < story}
    last = n - 1
    while last > max(story, n - _TOP):
        line = line_text(last)
        if _is_caption(line) or line in tops:
            captions.add(last)
        elif (src := _SOURCE_LINE.match(line)) is not None:
            captions.add(last)
            off = lines[last][0]
            agency_line = _strip_span(text, off + src.start("src"), off + src.end("src"))
        elif _is_clutter(line) or _one_word(line):
            captions.add(last)
        else:
            break
        last -= 1

    # The story: captions anywhere, timestamps and their bylines near the top.
    for k in range(story, n):
        if k in captions:
            continue
        a, b = lines[k]
        line = text[a:b]
        if (b - a <= 150 and _CLUTTER.match(line)) or _is_caption(line):
            captions.add(k)
        elif k < story + _TOP and (stamp := _timestamp(line))[0]:
            captions.add(k)
            stamp_date = stamp_date or stamp[1]
            if k - 1 >= story and k - 1 not in captions and _byline_like(line_text(k - 1)):
                captions.add(k - 1)

    # The dateline: in the story's first paragraphs (the first only for a weak one).
    dateline: _Dateline | None = None
    seen = 0
    for k in range(story, n):
        if k in captions:
            continue
        found = story_dateline if k == story and story_dateline else _dateline_at(text, *lines[k])
        if found is not None and not found.region and (found.strong or seen == 0):
            dateline = found
            break
        seen += 1
        if seen >= _LEAD:
            break
    if dateline is None and region is not None:
        dateline, region = region, None

    # The agency: the dateline's, else the sign-off's, else a source line, else the syndicator's.
    signoff: Span | None = None
    credited: Span | None = None
    if 0 <= story <= last and last not in captions:
        signoff, credited = _signoff(text, *lines[last])
    agency_span = (
        (dateline.agency if dateline else None) or credited or agency_line
        or (menafn[0] if menafn else None)
    )  # fmt: skip

    # The date: the header's, else a printed timestamp's, else a dateline's with its year.
    printed = dateline.date if dateline is not None else None
    year = date.year if date else int(month[:4]) if month else None
    dl_date = _date_of(printed, year) if printed else None
    if (
        printed
        and dl_date is not None
        and date is not None
        and dl_date > date.add(months=6)
        and not _YEAR.search(printed)
    ):
        dl_date = dl_date.subtract(years=1)  # a dateline of late December in January's paper
    if date is None and month is None:
        date = stamp_date or (_date_of(printed, None) if printed else None)
        if dl_date is None and printed and date is not None:
            dl_date = _date_of(printed, date.year)

    # Paragraphs, sentences and captions share Span objects: 100,000 one-line
    # paragraphs cost one Span each, not three.
    paragraphs = tuple(Span(a, b) for a, b in lines)
    sentences: list[Span] = []
    for (a, b), para in zip(lines, paragraphs, strict=True):
        # No sentence end inside: the paragraph (stripped already) is one sentence.
        if _SENT_END.search(text, a, b) is None:
            sentences.append(para)
        else:
            sentences.extend(split_sentences(text, a, b))
    layout = Layout(
        Span(body_start, len(text)),
        paragraphs,
        tuple(sentences),
        tuple(paragraphs[k] for k in sorted(captions)),
        header=header,
        region=_snippet(text, Span(region.place.start, region.end))
        if region is not None and region.place is not None
        else None,
        dateline_date=dl_date,
        signoff=signoff,
    )
    return Document(
        text,
        layout,
        date=date,
        month=month,
        headline=_snippet(text, paragraphs[headline]) if headline is not None else None,
        dateline=_snippet(text, dateline.place) if dateline and dateline.place else None,
        agency=_snippet(text, agency_span) if agency_span else None,
    )


def _strip_span(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b) if b > a else None


def _snippet(text: str, span: Span) -> Snippet:
    return Snippet(span.of(text), span)


def _one_word(line: str) -> bool:
    return len(line.split(None, 1)) == 1


# A section trail: short title-case names joined by bars or chevrons ("News | Politics").
_SECTION = r"[^\W\d_][\w&'’]*(?:[ ][\w&'’]+){0,3}"
_SECTIONS = re.compile(rf"{_SECTION}(?:[ ]?[|»›>][ ]?{_SECTION}){{1,6}}[ ]*\Z")


def _site_name(line: str) -> bool:
    """Two or three capitalised words, no stop: a site's name ("NDO English"), not a headline."""
    words = line.split()
    return (
        2 <= len(words) <= 3
        and len(line) <= 40
        and line[-1].isalnum()
        and all(w[0].isupper() for w in words)
    )


def _site_above(line: str, following: str) -> bool:
    # a site's name stands above a section trail or a headline, not above the story
    return _site_name(line) and (
        _SECTIONS.match(following) is not None
        or (_headline_like(following) and not _timestamp(following)[0])
    )


def _lowercase_clutter(line: str) -> bool:
    """A short line opening in lower case before the headline (a site's tagline)."""
    m = _LETTER.search(line, 0, 50)
    return (
        m is not None and m.group().islower() and len(line.split()) <= 12 and not line.endswith(".")
    )


def _byline_like(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 5 and line[-1] not in ".!?:" and all(w[0].isupper() for w in words)

"""Page furniture: the lines of a web page that are not the story, and the sign-off.

Photo captions, menus, share buttons, bylines, site names, section trails,
publication timestamps and the sign-off after the story (``— VNS``, ``(TNA)``,
``Name/DMS``) are recognised here line by line, each by a bounded or
anchored pattern, so that a long story costs no more than its length. The
layout reader (:mod:`.layout`) decides from these which line is the headline
and where the story starts.

>>> is_caption("The ministers at the talks. — VNA/VNS Photo Minh Duc")
True
>>> timestamp("Published: Mar 19, 2024 05:09 PM")
(True, Date(2024, 3, 19))
"""

from __future__ import annotations

import re
from typing import Final

import pendulum

from bilateral._extract.datelines import (
    AGENCIES,
    DASH,
    DATE,
    UP,
    credit_ok,
    credit_span,
    date_of,
    is_agency,
)
from bilateral.model import Span

__all__ = [
    "BREADCRUMB",
    "CREDIT_PAREN",
    "MENAFN",
    "SECTIONS",
    "byline_like",
    "caption_opening",
    "foreign_script",
    "fragment",
    "headline_like",
    "is_caption",
    "is_clutter",
    "lowercase_clutter",
    "one_word",
    "signoff",
    "site_above",
    "source_line",
    "timestamp",
]


def _words(spaced: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(w.strip() for w in spaced.split(sep) if w.strip())


_WEEKDAYS: Final = _words("monday tuesday wednesday thursday friday saturday sunday")

# --------------------------------------------------------------------------- timestamps

_TS_DATE = re.compile(
    # "September 9. 2018" first: a date whose year follows a full stop, as some sites print it.
    r"(?i:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?[ ]\d{1,2}\.[ ]\d{4})"
    rf"|{DATE}|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?!\d)|(?<!\d)\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ ]?(?i:[ap]\.?m\.?)(?![^\W\d_]))?")
_TZ = re.compile(
    r"\(?(?:GMT|UTC|ICT|ET|EST|EDT|CET|CEST|BST|IST|MYT|WIB|KST|JST|MSK)"
    r"(?:[ ]?[+\-][ ]?\d{1,2}(?::?\d{2})?)?\)?"
)
_TS_NOISE = re.compile(
    r"(?i:\b(?:last[ ]+)?(?:updated|published|posted|modified|created|date|time|on|at|by"
    r"|hrs|clock)\b:?)"
)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# Marks that only page furniture prints: bars, chevrons, full-width brackets.
_FURNITURE_MARKS = re.compile(r"[|｜»›>［］]")
_CELL_SPLIT = re.compile(r"[|｜]")
# "Date: 2017-05-17 08:46:17, Source: ...": a labelled date anywhere in a furniture line.
_LABELLED = re.compile(
    rf"(?i:\b(?:date|published(?:[ ]on)?|posted(?:[ ]on)?|updated|last[ ]updated)[ ]?:?[ ]?)"
    rf"(?P<date>{_TS_DATE.pattern})"
)


_LABELS = ("date", "published", "posted", "updated")  # the cheap test before _LABELLED


def _timestamp_cell(cell: str, marked: bool) -> tuple[bool, pendulum.Date | None]:
    m = _TS_DATE.search(cell)
    if m is None:
        # A time and a year in another script ("25 августа, 2020 10:54"): furniture, no date.
        bare = _TIME.search(cell) is not None and _YEAR.search(cell) is not None
        return bare and len(cell.split()) <= 4, None
    rest = _TIME.sub(" ", _TS_DATE.sub(" ", cell))
    has_time = rest != _TS_DATE.sub(" ", cell)
    rest = _TS_NOISE.sub(" ", _TZ.sub(" ", rest))
    words = [w for w in _WORD.findall(rest) if w.lower().strip(".") not in _WEEKDAYS]
    if len(words) > 6:
        return False, None
    if any(not w[0].isupper() for w in words) and not (marked and len(words) <= 3):
        return False, None
    if words and not (has_time or _YEAR.search(m.group(0))):
        return False, None
    return True, date_of(m.group(0), None)


def timestamp(line: str) -> tuple[bool, pendulum.Date | None]:
    """Whether a line is a publication timestamp (with a byline at most); its full date.

    A line of cells (``Source: X | 2022-09-01 18:36 | Editor: Y``) is one when a
    cell is; a labelled date (``Date: 2017-05-17``) makes a short line one.

    >>> timestamp("Source: Mekong Wire| 2022-09-01 18:36:20|Editor: Lan")
    (True, Date(2022, 9, 1))
    >>> timestamp("The sides met on November 7, 2016 in Vientiane.")
    (False, None)
    """
    if len(line) > 200 or line.endswith(".") or _DIGIT.search(line) is None:
        return False, None
    marked = _FURNITURE_MARKS.search(line) is not None
    if len(line) <= 120:
        found = _timestamp_cell(line, marked)
        if found[0]:
            return found
    if marked:
        for cell in _CELL_SPLIT.split(line):
            found = _timestamp_cell(cell.strip(" ［］[]"), marked)
            if found[0] and found[1] is not None:
                return found
    low = line.lower()
    if not any(label in low for label in _LABELS):
        return False, None
    labelled = _LABELLED.search(line)
    if labelled is not None and (day := date_of(labelled.group("date"), None)) is not None:
        return True, day
    return False, None


# --------------------------------------------------------------------------- captions

_PHOTO_WORD = r"(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|[Pp]ictures?|Ảnh|[Ff]ile [Pp]hoto|[Ii]llustration)"
_AGENCY_ALT = "|".join(
    re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True) if " " not in a
)
#: A photo credit in brackets, ``(Photo: VNA)``.
CREDIT_PAREN: Final = re.compile(rf"\([ ]?{_PHOTO_WORD}\b[^()\n]{{0,100}}\)")
_CREDIT_END = re.compile(
    rf"(?:\([ ]?{_PHOTO_WORD}\b[^()\n]{{0,100}}\)"
    rf"|(?<![\w])(?:{_PHOTO_WORD})(?:[ ](?i:credits?))?[ ]?(?::|[ ]by\b)[^\n]{{1,100}}"
    rf"|\b[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})*[ ](?:Photo|PHOTO|Photos)\b[^\n]{{0,60}}"
    # "... on August 24. — Mekong Wire pic": a credit after a dash, then pic or photo.
    rf"|[{DASH}][ ]?[{UP}][\w.&'’\- ]{{0,40}}[ ](?:pic|pics|pix|photo|photos|PIC)\.?"
    rf"|\((?:{_AGENCY_ALT})/[^()\n]{{1,60}}\))[ ]*\Z"
)
_POSITION = re.compile(
    r"\((?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[ ,]*)?"
    r"(?:[LRClrc]|left|right|centre|center|middle|front|from left|from right|L[ ]?to[ ]?R)\)"
)
_POSE = re.compile(r"\bposes?[ ]for[ ]a[ ](?:\w+[ ])?(?:photo|picture)")
# A caption that names only the scene: "At the signing ceremony", "Overview of the talks".
_SCENE = re.compile(
    r"(?:(?:At|During)[ ]the|(?:An?[ ])?(?:[Oo]verview|[Vv]iew|[Ss]cene|[Pp]anorama|[Gg]limpse)"
    r"[ ](?:of|at|from)[ ]the)[ ][^,.;:!?\n]{3,60}"
)
_SCENE_WORDS = 8  # a scene caption is a short phrase; a longer line is a sentence or headline


def is_caption(line: str) -> bool:
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


def caption_opening(line: str) -> bool:
    """Whether a line above the story is a caption naming only the scene.

    >>> caption_opening("At the signing ceremony"), caption_opening("At the summit, leaders agree")
    (True, False)
    """
    return len(line.split()) <= _SCENE_WORDS and _SCENE.fullmatch(line) is not None


def _has_credit_cue(tail: str) -> bool:
    # "pic" also stands in "picture"; "PIC" in "PICTURE".
    return (
        "hoto" in tail
        or "HOTO" in tail
        or "mage" in tail
        or "pic" in tail
        or "PIC" in tail
        or "pix" in tail
        or "Ảnh" in tail
        or "llustration" in tail
        or (tail.endswith(")") and "/" in tail)
    )


# --------------------------------------------------------------------------- clutter

#: A syndication prefix, ``(MENAFN- Mekong Wire)``.
MENAFN: Final = re.compile(r"\(MENAFN[ ]?[\-\u2013\u2014][ ]?(?P<src>[^()\n]{1,60})\)[ ]*")
_SOURCE_LINE = re.compile(r"(?i:source|sources|nguồn)[ ]?:[ ]?(?P<src>[^\n|｜]{1,80})")
# Section names a "Source:" line may print instead of a credit ("Source: Economy").
_SECTION_WORDS: Final = _words(
    "economy business politics world news national international opinion sports sport "
    "culture society local regional asia europe africa americas health science technology "
    "diplomacy"
)
#: A breadcrumb: "Home / News", "Trang chủ > Thế giới".
BREADCRUMB: Final = re.compile(r"(?i:home|trang chủ|news)[ ]*[/>»›][ ]*\S")
_CLUTTER = re.compile(
    r"(?:\d{1,2}\.[ ]+)?"  # the number of a menu's list item ("1. Home")
    r"(?:(?i:\d+[ ]*min(?:ute)?s?[ ]+read|submit(?:[ ]+(?:a[ ]+)?(?:press[ ]+)?releases?)?"
    r"|share(?:[ ]+(?:this|on|via)\b.*)?|print(?:[ ]+\w+)?|e-?mail(?:[ ]+(?:this|to)\b.*)?"
    r"|tweet|whatsapp|facebook|twitter|linkedin|telegram|zalo|pinterest|reddit|copy[ ]link"
    r"|follow[ ]us\b.*|subscribe\b.*|sign[ ](?:in|up)\b.*|log[ ]?in\b.*|register|read[ ]more\b.*"
    r"|related(?:[ ]+(?:news|articles?|posts?|stories|topics|content))?:?|advertisement|sponsored"
    r"|listen(?:[ ]to[ ](?:this[ ])?article)?|(?:font|text)[ ]size\b.*|back[ ]to[ ]top|menu"
    r"|search|home|photos?|videos?|gallery|latest(?:[ ]news)?|top[ ]stories|breaking(?:[ ]news)?"
    r"|close(?:[ ]this)?(?:[ ]search)?(?:[ ]box|[ ]menu|[ ]window)?\.?"
    r"|tags?[ ]?:.*|topics?[ ]?:.*|story[ ]topics?:?|source[ ]link|keywords?[ ]?:.*"
    r"|(?:there[ ]are[ ])?no[ ]comments\b.*|\d*[ ]?comments?(?:[ ]?\(\d+\))?"
    r"|comments?[ ]are[ ]closed\.?|show[ ]comments|(?:check|see)[ ]also:?|you[ ]may[ ]also[ ]like"
    r"|more[ ](?:news|stories|from\b.*)|most[ ](?:read|popular|viewed)"
    r"|rate[ ]this[ ](?:post|article)"
    r"|leave[ ]a[ ](?:comment|reply)\b.*|\(?(?:web[ ])?editors?[ ]?:.*"
    r"|(?:translated|edited|reported|written|compiled|posted)[ ]by\b.*"
    r"|head[ ]office[ ]?:.*|address[ ]?:.*|tel\.?[ ]?:.*|fax[ ]?:.*|hotline[ ]?:.*|e-?mail[ ]?:.*"
    r"|copyright\b.*|(?:https?://|www\.)\S*)\Z"
    # No letters at all; a menu (two or more bars); a breadcrumb; a short byline.
    r"|[\W\d_]*\Z|(?:[^|\n]*\|){2}|(?i:home|trang chủ|news)[ ]*[/>»›][ ]*\S"
    rf"|(?i:by)[ ][{UP}][^\n]{{0,50}}\Z)"
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


def is_clutter(line: str, *, story: bool = False) -> bool:
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


def source_line(line: str) -> re.Match[str] | None:
    """A ``Source: X`` line crediting X (not a section name), or None."""
    m = _SOURCE_LINE.match(line)
    if m is None or m.group("src").strip().casefold() in _SECTION_WORDS:
        return None
    return m


def one_word(line: str) -> bool:
    """A line of one word (``Politics``), or a menu's numbered item (``2. World``)."""
    words = line.split(None, 2)
    return len(words) == 1 or (len(words) == 2 and words[0].rstrip(".").isdigit())


_SENTENCE_END = frozenset('.!?"”’')
_FRAGMENT_WORDS = 3  # a headline has more words; a menu's or a button's label no more


def fragment(line: str) -> bool:
    """A few words without a sentence's end (``FocusFocus Focus``): not the story's start."""
    return len(line.split()) <= _FRAGMENT_WORDS and line[-1] not in _SENTENCE_END


_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")


def foreign_script(line: str) -> bool:
    """A line with letters but none of the Latin script: a tagline or menu in another script."""
    return _LATIN.search(line) is None and _LETTER.search(line) is not None


def headline_like(line: str) -> bool:
    """A short line without a final stop that opens like a title."""
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 200:
        return False
    if line[-1] in ".,;:" or line.endswith("/."):
        return False
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'"


# A section trail: short names joined by bars, chevrons or spaced slashes ("News | Politics").
_SECTION = r"[^\W\d_][\w&'’]*(?:[ ][\w&'’]+){0,3}"
#: A section trail, "World | Asia Pacific", "SOURCE / ECONOMY".
SECTIONS: Final = re.compile(rf"{_SECTION}(?:(?:[ ]?[|»›>][ ]?|[ ]/[ ]){_SECTION}){{1,6}}[ ]*\Z")


def _site_name(line: str) -> bool:
    """Two or three capitalised words, no stop: a site's name ("NDO English"), not a headline."""
    words = line.split()
    return (
        2 <= len(words) <= 3
        and len(line) <= 40
        and line[-1].isalnum()
        and all(w[0].isupper() for w in words)
    )


# Lower-case words that a title-case name of an office or body may hold.
_NAME_JOINS: Final = _words("of the and for de du des la le y")


def _office_name(line: str) -> bool:
    """A title-case name of an office or body ("Office of the Prime Minister of X")."""
    words = line.split()
    return (
        3 <= len(words) <= 9
        and line[-1].isalnum()
        and all(w[0].isupper() or w in _NAME_JOINS for w in words)
        and any(w in _NAME_JOINS for w in words)
    )


def _sentence_case(line: str) -> bool:
    # A headline written as a sentence: several lower-case words.
    return sum(1 for w in line.split()[1:] if w[0].islower() and w not in _NAME_JOINS) >= 2


def site_above(line: str, following: str, after: str = "") -> bool:
    """Whether ``line`` is a site's or an office's name above a section trail or headline.

    A short title-case line counts above a timestamp only where a headline
    follows that (a short headline stands above its own timestamp).

    >>> site_above("Office of the President of Ruritania", "The President will visit Oz")
    True
    >>> site_above("Ruritania Hosts Talks With Oz", "The President will visit Oz")
    False
    """
    if _site_name(line):
        if SECTIONS.match(following) is not None:
            return True
        if timestamp(following)[0]:
            return headline_like(after) and not timestamp(after)[0]
        return headline_like(following)
    return _office_name(line) and headline_like(following) and _sentence_case(following)


def lowercase_clutter(line: str) -> bool:
    """A short line opening in lower case before the headline (a site's tagline)."""
    m = _LETTER.search(line, 0, 50)
    return (
        m is not None and m.group().islower() and len(line.split()) <= 12 and not line.endswith(".")
    )


def byline_like(line: str) -> bool:
    """Up to five capitalised words without a final stop: a reporter's name."""
    words = line.split()
    return 1 <= len(words) <= 5 and line[-1] not in ".!?:" and all(w[0].isupper() for w in words)


# --------------------------------------------------------------------------- sign-offs

_SIGNOFF_DASH = re.compile(
    rf"(?:(?<=[\s.!?\"”’)\]])|^)[{DASH}]{{1,2}}[ ]?(?P<ag>[^\W\d_][\w&'’./\- ]{{0,40}}?)[ ]*\Z"
)
_SIGNOFF_SOURCE = re.compile(r"\((?i:source|sources|nguồn)[ ]?:[ ]?(?P<ag>[^()\n]{1,60})\)[ ]*\Z")
# "... on Monday. (TNA)": a credit in brackets after the last sentence.
_SIGNOFF_PAREN = re.compile(r"(?<=[.!?\"”’\n])[ ]*\((?P<ag>[^()\n]{2,40})\)[ ]*\Z")
# "... last year. Sok Dara/DMS": the reporter's name, a slash and the agency.
_SIGNOFF_BYLINE = re.compile(
    rf"(?<=[.!?\"”’])[ ]+(?:[{UP}][\w'’\-]+[ ]){{1,3}}?[{UP}][\w'’\-]+"
    rf"[ ]?/[ ]?(?P<ag>[{UP}][\w\-]{{1,15}})[ ]*\Z"
)
_SIGNOFF_BARE = re.compile(r"(?<=[.!?\"”’])[ ]+(?P<ag>[^\W\d_][\w\-]{1,15})[ ]*\Z")
_SIGNOFF_SLASH = re.compile(r"/\.[ ]*\Z")
# What closes a story without crediting anyone ("-- END --", Malay "TAMAT").
_END_MARKS: Final = frozenset({"end", "ends", "endit", "tamat", "fin", "hết", "het", "more"})


def signoff(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """The sign-off at the end of ``text[start:end]`` and the agency it credits."""
    lo = max(start, end - 160)
    m = _SIGNOFF_SOURCE.search(text, lo, end)
    if m:
        return Span(m.start(), end), credit_span(text, m.start("ag"), m.end("ag"))
    m = _SIGNOFF_PAREN.search(text, lo, end)
    if m and credit_ok(ag := m.group("ag").strip()) and ag.casefold() not in _END_MARKS:
        opening = m.start() + (len(m.group()) - len(m.group().lstrip()))
        return Span(opening, end), credit_span(text, m.start("ag"), m.end("ag"))
    m = _SIGNOFF_DASH.search(text, lo, end)
    if m:
        ag = m.group("ag").rstrip()
        preceded = text[start : m.start()].rstrip()[-1:] in {"", ".", "!", "?", '"', "”", "’", ")"}
        words = ag.split()
        known = is_agency(ag)
        caps = ag.isupper() and len(ag) <= 12 and " " not in ag
        titled = preceded and len(words) <= 4 and all(w[0].isupper() for w in words)
        if ag.casefold().strip(" -") in _END_MARKS:
            return Span(m.start(), end), None
        if "photo" not in ag.casefold() and (known or caps or titled):
            return Span(m.start(), end), Span(m.start("ag"), m.start("ag") + len(ag))
    m = _SIGNOFF_BYLINE.search(text, lo, end)
    if m:
        return Span(m.start() + (len(m.group()) - len(m.group().lstrip())), end), Span(
            m.start("ag"), m.end("ag")
        )
    m = _SIGNOFF_BARE.search(text, lo, end)
    if m:
        ag = m.group("ag")
        caps = ag.isupper() and 2 <= len(ag) <= 10 and ag.casefold() not in _END_MARKS
        if is_agency(ag) or caps:
            return Span(m.start("ag"), end), Span(m.start("ag"), m.end("ag"))
    m = _SIGNOFF_SLASH.search(text, lo, end)
    if m:
        return Span(m.start(), m.start() + 2), None
    return None, None

"""Dates in an article's story, resolved against its reference date with pendulum.

The codebook's rules: a weekday (``on Tuesday``) is the latest such day on or
before the reference date; a day without a year (``on June 9``) takes the
article's year; ``today``/``this morning``/``tonight`` are the reference date and
``yesterday`` the day before; ``the same day`` / ``earlier that day`` /
``following the talks`` point back at the engagement just reported. With no
reference date (or no year) those forms stay unresolved: never guessed.

>>> import pendulum
>>> ref = pendulum.Date(2023, 4, 12)  # a Wednesday
>>> latest_weekday(ref, 1).isoformat()  # Tuesday
'2023-04-11'
>>> [(m.start.isoformat(), m.end.isoformat()) for m in
...  find_dates("visit from june 5-15", ref=ref, year=2023)]
[('2023-06-05', '2023-06-15')]
"""

from __future__ import annotations

import enum
import re
from datetime import date as _date

import attrs
import pendulum

from bilateral._lexicon.patterns import Patterns
from bilateral.model import Span

__all__ = ["PATTERNS", "DateMention", "Relation", "find_dates", "latest_weekday", "month_number"]


class Relation(enum.StrEnum):
    """How a date mention relates to the event it dates."""

    POINT = "point"  # one day
    PERIOD = "period"  # start and end
    UNTIL = "until"  # end only
    SAME = "same"  # the date of the engagement just reported
    SAME_TALKS = "same_talks"  # the date of the talks / meeting named (`following the talks`)


@attrs.frozen
class DateMention:
    """A date found in the text, with its resolution (``None`` where it cannot be resolved).

    ``weekday`` is True when the day was given only as a weekday (or a
    relative word), which matters for choosing between two mentions.
    """

    span: Span
    relation: Relation
    start: pendulum.Date | None = None
    end: pendulum.Date | None = None
    weekday: bool = False


_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

# Every piece is bounded, so the combined patterns cannot backtrack badly.
_M = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_D = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:,? ?(?:[12][0-9]{3}))?"
_W = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TO = r" ?(?:-|to|until|till|through|and) ?"


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


# Ordered alternatives: periods before single days, longer forms first.
_PATTERNS: tuple[tuple[str, str], ...] = (
    # from April 28 to May 3 / June 5-15 / between February 10 and 12
    (
        "md_md",
        rf"\b{_g('m1', _M)} {_g('d1', _D)}{_g('y1', _Y)}{_TO}(?:{_g('m2', _M)} )?{_g('d2', _D)}"
        rf"{_g('y2', _Y)}\b",
    ),
    # 2 - 4 October / 30 May to 2 June / 9-14 February 2023
    (
        "dm_dm",
        rf"\b{_g('d1', _D)}(?: (?:of )?{_g('m1', _M)})?{_TO}{_g('d2', _D)} (?:of )?{_g('m2', _M)}"
        rf"{_g('y2', _Y)}(?![\w/])",
    ),
    ("until", rf"\b(?:until|till) {_g('m1', _M)} {_g('d1', _D)}{_g('y1', _Y)}\b"),
    ("until_dm", rf"\b(?:until|till) {_g('d1', _D)} (?:of )?{_g('m1', _M)}{_g('y1', _Y)}(?!\w)"),
    ("md", rf"\b{_g('m1', _M)} {_g('d1', _D)}{_g('y1', _Y)}\b(?!:)"),
    ("dm", rf"\b{_g('d1', _D)} (?:of )?{_g('m1', _M)}{_g('y1', _Y)}(?![\w/])"),
    # (20/8): day and month in brackets, as some agencies print them
    ("num", r"\((?P<d1>3[01]|[12][0-9]|0?[1-9])/(?P<m1>1[0-2]|0?[1-9])\)"),
    # on 15/5, on 15/5/2024: day first as most of the world prints it; 5/15 (month
    # first) only where the second number cannot be a month
    (
        "num_on",
        r"\bon (?P<d1>3[01]|[12][0-9]|0?[1-9])/(?P<m1>3[01]|[12][0-9]|0?[1-9])"
        r"(?:/(?P<y1>[12][0-9]{3}))?(?![\d/])",
    ),
    ("w_w", rf"\b(?:from )?{_g('w1', _W)}{_TO}{_g('w2', _W)}\b"),
    # last Friday: the one before the reference day, even on a Friday
    ("last_w", rf"\blast {_g('w1', _W)}\b"),
    ("w", rf"\b{_g('w1', _W)}\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"),
    (
        "same",
        r"\b(?:(?:earlier|later),? (?:on )?(?:that|the same|in the) day|(?:on )?the same day"
        r"|on (?:the|this|that) occasion"
        r"|(?:on )?that (?:same )?day|that (?:same )?(?:morning|afternoon|evening))\b",
    ),
    (
        "same_talks",
        r"\b(?:following|after|right after|shortly after|soon after|immediately after"
        r"|at the end of|at the close of|at the conclusion of|upon the conclusion of"
        r"|on the sidelines of|during|when|once|at) (?:the|their|these|this) "
        r"(?:official |bilateral )?(?:talks|meeting|reception|ceremony|audience"
        r"|welcome ceremony)\b",
    ),
)
_REGEXES = tuple((name, re.compile(body)) for name, body in _PATTERNS)
# (build_context finds where these may begin for the whole story, in its one pass)
PATTERNS = Patterns([body for _, body in _PATTERNS])


def month_number(word: str) -> int:
    """The month (1-12) of an English month name or abbreviation.

    >>> month_number("Sept."), month_number("june")
    (9, 6)
    """
    return _MONTHS[word.strip(". ").lower()[:3]]


def latest_weekday(reference: pendulum.Date, weekday: int) -> pendulum.Date:
    """The latest ``weekday`` (0 = Monday) on or before ``reference``.

    >>> latest_weekday(pendulum.Date(2023, 6, 9), 4).isoformat()  # 9 June 2023 was a Friday
    '2023-06-09'
    """
    return _days_before(reference, (reference.weekday() - weekday) % 7)


def _days_before(day: pendulum.Date, days: int) -> pendulum.Date:
    # Day arithmetic by ordinal: pendulum's add/subtract/previous cost some 20 times more.
    d = _date.fromordinal(day.toordinal() - days)
    return pendulum.Date(d.year, d.month, d.day)


def _day(text: str | None) -> int | None:
    if not text:
        return None
    return int(text.rstrip("stndrh"))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.strip(", ")
    return int(digits) if digits.isdigit() else None


def _make(year: int | None, month: int, day: int) -> pendulum.Date | None:
    if year is None:
        return None
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        return None


def _resolve(
    name: str, m: re.Match[str], ref: pendulum.Date | None, year: int | None
) -> DateMention | None:
    span = Span(m.start(), m.end())
    gd = m.groupdict()
    if name in ("md_md", "dm_dm"):
        m2 = month_number(gd["m2"]) if gd.get("m2") else None
        m1 = month_number(gd["m1"]) if gd.get("m1") else m2
        if m1 is None:
            return None
        m2 = m2 or m1
        y2 = _year(gd.get("y2")) or _year(gd.get("y1")) or year
        y1 = _year(gd.get("y1")) or y2
        d1, d2 = _day(gd["d1"]), _day(gd["d2"])
        if d1 is None or d2 is None:
            return None
        start, end = _make(y1, m1, d1), _make(y2, m2, d2)
        if start is not None and end is not None and end < start:
            if m2 < m1 and y2 is not None and y1 == y2 and not gd.get("y2"):
                end = _make(y2 + 1, m2, d2)  # from December 30 to January 2
            else:
                return None
        return DateMention(span, Relation.PERIOD, start, end)
    if name == "num_on":
        first, second = int(gd["d1"]), int(gd["m1"])
        if second > 12:
            first, second = second, first  # 5/15: month first
        if second > 12:
            return None
        return DateMention(span, Relation.POINT, _make(_year(gd.get("y1")) or year, second, first))
    if name in ("md", "dm", "num", "until", "until_dm"):
        month = int(gd["m1"]) if name == "num" else month_number(gd["m1"])
        d = _day(gd["d1"])
        if d is None:
            return None
        date = _make(_year(gd.get("y1")) or year, month, d)
        if name.startswith("until"):
            return DateMention(span, Relation.UNTIL, None, date)
        return DateMention(span, Relation.POINT, date)
    if name == "w_w":
        if ref is None:
            return DateMention(span, Relation.PERIOD, weekday=True)
        w1, w2 = _WEEKDAYS[gd["w1"][:3]], _WEEKDAYS[gd["w2"][:3]]
        end = latest_weekday(ref, w2)
        start = _days_before(end, (w2 - w1) % 7)
        return DateMention(span, Relation.PERIOD, start, end, weekday=True)
    if name == "last_w":
        if ref is None:
            return DateMention(span, Relation.POINT, weekday=True)
        back = (ref.weekday() - _WEEKDAYS[gd["w1"][:3]]) % 7 or 7
        return DateMention(span, Relation.POINT, _days_before(ref, back), weekday=True)
    if name == "w":
        date = latest_weekday(ref, _WEEKDAYS[gd["w1"][:3]]) if ref is not None else None
        return DateMention(span, Relation.POINT, date, weekday=True)
    if name == "today":
        return DateMention(span, Relation.POINT, ref, weekday=True)
    if name == "yesterday":
        date = _days_before(ref, 1) if ref is not None else None
        return DateMention(span, Relation.POINT, date, weekday=True)
    if name == "same":
        return DateMention(span, Relation.SAME, weekday=True)
    if name == "same_talks":
        return DateMention(span, Relation.SAME_TALKS, weekday=True)
    return None


_BETWEEN = re.compile(r"\bbetween $")
_BRACKETED_DATE = re.compile(r" ?[(\[]")


def find_dates(
    folded: str,
    start: int = 0,
    end: int | None = None,
    *,
    ref: pendulum.Date | None,
    year: int | None,
    candidates: dict[int, frozenset[int]] | None = None,
) -> tuple[DateMention, ...]:
    """Every date mention in ``folded[start:end]``, resolved, in text order.

    ``folded`` is the article's folded text (lower case, dashes as ``-``);
    ``ref`` is the reference date, ``year`` the article's year; ``candidates``, where
    :data:`PATTERNS` may match in ``folded[start:end]``, if at hand (a superset: see
    :meth:`Patterns.candidates <bilateral._lexicon.patterns.Patterns.candidates>`).

    >>> ref = pendulum.Date(2024, 9, 14)
    >>> [(m.start.isoformat(), m.end.isoformat()) for m in
    ...  find_dates("a trip to hue from friday to saturday.", ref=ref, year=2024)]
    [('2024-09-13', '2024-09-14')]
    >>> [m.start for m in find_dates("met on tuesday", ref=None, year=None)]
    [None]
    """
    stop = len(folded) if end is None else end
    found: list[DateMention] = []
    for index, hit in PATTERNS.finditer(folded, start, stop, candidates):
        at = hit.start()
        # the combined match says which pattern; match it again for its groups
        for name, rx in _REGEXES[index:]:
            m = rx.match(folded, at, stop)
            if m is None or m.end() == at:
                continue
            if (
                name == "md_md"
                and " and " in m.group(0)
                and not _BETWEEN.search(folded[max(0, at - 8) : at])
            ):
                continue  # "June 5 and 15" without "between" names two days, not a period
            mention = _resolve(name, m, ref, year)
            if mention is None:
                continue
            found.append(mention)
            break
    found.sort(key=lambda x: x.span.start)
    # "on Thursday (October 3)": the calendar date in brackets says the same day; keep that.
    result: list[DateMention] = []
    for i, mention in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            mention.weekday
            and mention.relation is Relation.POINT
            and nxt is not None
            and not nxt.weekday
            and _BRACKETED_DATE.match(folded, mention.span.end)
            and nxt.span.start - mention.span.end <= 3
        ):
            continue
        result.append(mention)
    return tuple(result)

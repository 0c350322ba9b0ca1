"""Quantities of aid: numbers with their unit (a tonne, a dose, an ISO 4217 currency).

:func:`parse_quantity` reads ``2,000`` as 2000, ``1.5 million`` as 1500000, and
``US$100,000``, ``VND 500 million``, ``2.5 million yuan``, ``a half-ton``; currency
words and symbols map to ISO 4217 codes through ``data/currencies.tsv``, checked
against pycountry's table.

>>> parse_quantity("VND 500 million")
Quantity(value=500000000.0, unit='VND')
>>> parse_quantity("2,000 tonnes")
Quantity(value=2000.0, unit='tonne')
"""

from __future__ import annotations

import re

import attrs
import pycountry

from bilateral._lexicon.gazetteer import data_lines
from bilateral.model import Span

__all__ = ["NUMBER_WORDS", "Quantity", "find_quantities", "parse_quantity"]


@attrs.frozen
class Quantity:
    """A number with its unit (``tonne``, ``dose``, an ISO 4217 code, or None)."""

    value: float
    unit: str | None = None


def _load_currencies() -> dict[str, str]:
    table: dict[str, str] = {}
    for form, code in data_lines("currencies.tsv"):
        if pycountry.currencies.get(alpha_3=code) is None:
            raise ValueError(f"currencies.tsv: {code} is not an ISO 4217 code")
        table[form] = code
    return table


_CURRENCY = _load_currencies()
_ISO = frozenset(c.alpha_3.lower() for c in pycountry.currencies)
# Three-letter codes printed in news text; all ISO 4217 codes would match common words
# ("all", "top"), so only codes that are not English words are read bare.
_BARE_CODES = frozenset(
    {"usd", "vnd", "lak", "cny", "khr", "thb", "eur", "gbp", "jpy", "krw", "inr", "bdt",
     "myr", "idr", "cup", "aud", "sgd", "hkd", "rub", "try", "azn", "mmk", "php", "chf", "cad"}
) & _ISO  # fmt: skip
# Numbers written as words: a count of things ("three cars"), or with a unit.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_WORD_NUMBERS = {**NUMBER_WORDS, "a": 1, "an": 1, "half": 0.5, "thousand": 1000}
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12,
}  # fmt: skip
_UNITS = {
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "dose": "dose", "doses": "dose",
}  # fmt: skip

_sym = sorted((re.escape(k) for k in _CURRENCY if not k[0].isalpha()), key=len, reverse=True)
_words = sorted(
    (re.escape(k) for k in list(_CURRENCY) + sorted(_BARE_CODES) if k[0].isalpha()),
    key=len,
    reverse=True,
)
_CUR_BEFORE = rf"(?:(?P<cb>{'|'.join(_sym)})\s?|(?P<cw>\b(?:{'|'.join(_words)}))\s?)"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_WORDNUM = (
    r"(?P<wnum>\b(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|hundred))"
)
_SCALES = r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|k|m|b)\b)?"
_UNIT_AFTER = (
    rf"(?:\s?(?P<ca>{'|'.join(_words)})\b|[\s-](?P<unit>metric tonnes|metric tons|tonnes?|tons?"
    r"|doses?)\b)?"
)
_QUANTITY = re.compile(
    rf"(?:{_CUR_BEFORE})?(?:{_NUM}|{_WORDNUM}){_SCALES}{_UNIT_AFTER}",
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _quantity_of(m: re.Match[str]) -> Quantity | None:
    num = m.group("num")
    value = _number(num) if num else float(_WORD_NUMBERS[m.group("wnum")])
    scale = m.group("scale")
    if scale:
        value *= _SCALE[scale]
    unit: str | None = None
    before = m.group("cb") or m.group("cw")
    after = m.group("ca")
    if before:
        unit = _CURRENCY.get(before) or before.upper()
    elif after:
        unit = _CURRENCY.get(after) or after.upper()
    elif m.group("unit"):
        unit = _UNITS[m.group("unit")]
    if m.group("wnum") and unit is None:
        return None  # "a delegation", "one of": a word number counts only with its unit
    if scale in ("m", "b", "k") and unit is None:
        return None
    return Quantity(round(value, 6) if value % 1 else value, unit)


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text`` (plain text; folded here), or None.

    >>> parse_quantity("US$100,000")
    Quantity(value=100000.0, unit='USD')
    >>> parse_quantity("2.5 million yuan")
    Quantity(value=2500000.0, unit='CNY')
    >>> parse_quantity("1.5 million doses")
    Quantity(value=1500000.0, unit='dose')
    """
    from bilateral._text import fold

    for _span, q in find_quantities(fold(text)):
        return q
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def find_quantities(
    folded: str, start: int = 0, end: int | None = None
) -> list[tuple[Span, Quantity]]:
    """Every quantity in ``folded[start:end]`` with its span."""
    stop = len(folded) if end is None else end
    out: list[tuple[Span, Quantity]] = []
    for m in _QUANTITY.finditer(folded, start, stop):
        if m.start() > 0 and (folded[m.start() - 1].isalnum() and m.group("num")):
            continue
        q = _quantity_of(m)
        if q is None:
            continue
        if m.group("num") and _YEAR.fullmatch(m.group("num")) and q.unit is None:
            continue  # a year
        out.append((Span(m.start(), m.end()), q))
    return out

"""Well-known office holders: whose country a name tells whatever the article says near it.

``data/office_holders.tsv`` lists heads of state and of government, foreign and
defence ministers of every region from about 2000 on (with their years and the
other forms the press prints). A report names such people with little context
(``Hun Sen``, ``Moon Jae-in``) or beside another country's name; the table tells
their country all the same.

>>> office_country("Nguyễn Xuân Phúc", 2019)
'VNM'
>>> office_country("Nguyen Xuan Phuc", None), office_country("Xuan Phuc Nguyen", 2019)
('VNM', None)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from bilateral._extract.names import name_key
from bilateral._lexicon.gazetteer import data_lines

__all__ = ["OFFICES", "Office", "office_country"]


class Office(NamedTuple):
    """One term of one office."""

    country: str
    office: str
    start: int
    end: int | None
    name: str


def _load() -> Mapping[str, tuple[Office, ...]]:
    by_key: dict[str, list[Office]] = {}
    for row in data_lines("office_holders.tsv"):
        code, office, start, end, name = row[:5]
        term = Office(code, office, int(start), int(end) if end else None, name)
        forms = [name, *(f for f in (row[5].split("|") if len(row) > 5 else ()) if f)]
        for form in forms:
            by_key.setdefault(name_key(form), []).append(term)
    return MappingProxyType({k: tuple(v) for k, v in by_key.items()})


#: The terms of office by folded name (every form of the name).
OFFICES = _load()


def _short_forms(table: Mapping[str, tuple[Office, ...]]) -> Mapping[str, tuple[Office, ...]]:
    # The press names a holder by one word: the family name ("Putin"), or the first
    # word where it comes first ("Moon" for Moon Jae-in) or is the usual name ("Isaias").
    by_word: dict[str, set[Office]] = {}
    for terms in table.values():
        for term in terms:
            words = term.name.split()
            if len(words) > 1:
                for word in (words[0], words[-1]):
                    if len(word) > 1 and not word.endswith("."):  # not an initial, not "Jr."
                        by_word.setdefault(name_key(word), set()).add(term)
    return MappingProxyType({k: tuple(v) for k, v in by_word.items()})


#: The terms of office by the first or last word of the holder's name.
SHORT_FORMS = _short_forms(OFFICES)


def office_country(
    name: str, year: int | None, table: Mapping[str, tuple[Office, ...]] = OFFICES
) -> str | None:
    """The country of a well-known office holder of that name, or None.

    A name held by office holders of two countries tells none, unless the
    article's year falls within the terms of only one of them.
    """
    key = name_key(name)
    terms = table.get(key)
    if not terms:
        words = name.split()
        if len(words) == 1 and table is OFFICES:
            return _short_country(key, year)
        # "Muhammad Nawaz Sharif": a form of the table inside a longer name, longest first
        for size in range(len(words) - 1, 1, -1):
            for lo in range(len(words) - size + 1):
                code = office_country(" ".join(words[lo : lo + size]), year, table)
                if code is not None:
                    return code
        return None
    codes = {t.country for t in terms}
    if len(codes) > 1 and year is not None:
        # (a year either side: a holder-to-be, or one just out of office)
        codes = {t.country for t in terms if t.start - 1 <= year <= (t.end or year) + 1}
    return next(iter(codes)) if len(codes) == 1 else None


def _short_terms(key: str, year: int | None) -> list[Office]:
    """The terms of the holders a word names, in office in the article's year (any, if unknown)."""
    return [
        t
        for t in SHORT_FORMS.get(key, ())
        if year is None or t.start - 1 <= year <= (t.end if t.end is not None else year) + 1
    ]


def _short_country(key: str, year: int | None) -> str | None:
    """The country of the one holder a word names, in office in the article's year.

    One word ("Khan", "Lee") is shared by holders of many times and places: it tells
    a country when every holder of that word in office then (a year either side) is
    of one country; with no year, only when one person of the table bears it.
    """
    terms = _short_terms(key, year)
    if year is None and len({t.name for t in terms}) != 1:
        return None
    codes = {t.country for t in terms}
    return next(iter(codes)) if len(codes) == 1 else None

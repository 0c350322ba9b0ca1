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


def office_country(
    name: str, year: int | None, table: Mapping[str, tuple[Office, ...]] = OFFICES
) -> str | None:
    """The country of a well-known office holder of that name, or None.

    A name held by office holders of two countries tells none, unless the
    article's year falls within the terms of only one of them.
    """
    terms = table.get(name_key(name))
    if not terms:
        return None
    codes = {t.country for t in terms}
    if len(codes) > 1 and year is not None:
        # (a year either side: a holder-to-be, or one just out of office)
        codes = {t.country for t in terms if t.start - 1 <= year <= (t.end or year) + 1}
    return next(iter(codes)) if len(codes) == 1 else None

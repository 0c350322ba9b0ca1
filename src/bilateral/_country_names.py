"""What a user may type for a country, read as its ISO 3166-1 alpha-3 code.

Where a user names a country (a filter, a table of their own), :func:`country_code`
accepts what people write: an alpha-3 or alpha-2 code, a name in any form the
gazetteer knows (``Laos``, ``Viet Nam``, ``South Korea``) or a demonym (``Lao``,
``Vietnamese``); :func:`dyad_codes` reads two of them as ``A-B``.

>>> country_code("Laos"), country_code("la"), country_code("Vietnamese"), country_code("KOR")
('LAO', 'LAO', 'VNM', 'KOR')
"""

from __future__ import annotations

import difflib
import functools

import pycountry

from bilateral._countries import alpha3_codes
from bilateral._lexicon.gazetteer import data_lines, key

__all__ = ["country_code", "dyad_codes"]


@functools.cache
def _alpha2() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@functools.cache
def _names() -> dict[str, str]:
    """Every country name and demonym the gazetteer knows, by its lookup key."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
            if n:
                names.setdefault(key(n), c.alpha_3)
    for table in ("countries_extra.tsv", "demonyms.tsv"):
        for fields in data_lines(table):
            names.setdefault(key(fields[1]), fields[0])
    return names


def _resolve(value: str) -> str | None:
    text = value.strip()
    upper = text.upper()
    if upper in alpha3_codes():
        return upper
    if upper in _alpha2():
        return _alpha2()[upper]
    return _names().get(key(text)) if text else None


def country_code(value: str) -> str:
    """The alpha-3 code of a country given by code, name or demonym; else a ``ValueError``.

    The error names the value, the forms accepted and the nearest names.

    >>> country_code(" Viet Nam "), country_code("Lao"), country_code("vnm")
    ('VNM', 'LAO', 'VNM')
    >>> country_code("Laoss")
    Traceback (most recent call last):
    ValueError: unknown country 'Laoss': give an ISO 3166-1 code (LAO, LA), a name (Laos) \
or a demonym (Lao); near it: Laos, Lao
    """
    found = _resolve(value)
    if found is None:
        raise ValueError(_unknown(value))
    return found


def _unknown(value: str) -> str:
    shown: dict[str, str] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", c.name)
        shown.setdefault(key(name), name)
    for table in ("countries_extra.tsv", "demonyms.tsv"):
        for fields in data_lines(table):
            shown.setdefault(key(fields[1]), fields[1])
    near = difflib.get_close_matches(key(value), list(shown), n=3, cutoff=0.6)
    hint = f"; near it: {', '.join(shown[k] for k in near)}" if near else ""
    return (
        f"unknown country {value!r}: give an ISO 3166-1 code (LAO, LA), a name (Laos) "
        f"or a demonym (Lao){hint}"
    )


def dyad_codes(value: str) -> tuple[str, str]:
    """The two alpha-3 codes of a dyad written ``A-B`` (``,`` or ``/`` also separate).

    Each side is a code, a name or a demonym; a hyphen inside a name
    (``Guinea-Bissau``, ``Timor-Leste``) is told from the separator by trying
    each split. The pair comes back in the order given.

    >>> dyad_codes("Vietnam-Laos"), dyad_codes("CUB-VNM"), dyad_codes("Timor-Leste / Viet Nam")
    (('VNM', 'LAO'), ('CUB', 'VNM'), ('TLS', 'VNM'))
    >>> dyad_codes("Laos")
    Traceback (most recent call last):
    ValueError: a dyad is two countries, as A-B (CUB-VNM, Vietnam-Laos); got 'Laos'
    """
    for sep in (",", "/"):
        if sep in value:
            parts = value.split(sep)
            if len(parts) != 2:
                break
            return country_code(parts[0]), country_code(parts[1])
    pieces = value.split("-")
    readings = []
    for cut in range(1, len(pieces)):
        first, second = _resolve("-".join(pieces[:cut])), _resolve("-".join(pieces[cut:]))
        if first is not None and second is not None:
            readings.append((first, second))
    if len(readings) == 1:
        return readings[0]
    if len(pieces) == 2:  # one split only: name the side that is not a country
        return country_code(pieces[0]), country_code(pieces[1])
    if not readings:
        raise ValueError(f"a dyad is two countries, as A-B (CUB-VNM, Vietnam-Laos); got {value!r}")
    raise ValueError(f"the dyad {value!r} reads several ways; separate the two with ','")

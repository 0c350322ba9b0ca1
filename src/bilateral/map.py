"""A map of where a corpus's engagements took place (extra ``bilateral[map]``: folium).

Each locality with a position (a GeoNames city: see :mod:`bilateral.corpus.identity`)
where engagements took place (see :mod:`bilateral.corpus.where`) is one circle, sized
by how many; its popup lists them, each with its date, kind, the sentence that tells
it and a link to its article. :meth:`bilateral.Corpus.map` draws it;
``bilateral map CORPUS -o map.html`` writes it.

>>> import pendulum
>>> from bilateral import parse
>>> a = parse(" date 2024-03-05 Hanoi (VNA) - Vietnamese Prime Minister Tran Van "
...           "Minh received Lao Foreign Minister Bounmy Sisane in Hanoi.", id="a")
>>> [(s.place.name, s.count, s.items[0].kind) for s in engagement_sites([a])]
[('Hanoi', 1, 'reception')]
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pendulum

from bilateral.corpus.identity import Identities, PlaceIdentity, build_identities
from bilateral.corpus.tables import engagement_place
from bilateral.model import Article

if TYPE_CHECKING:
    import folium

__all__ = ["Site", "SiteItem", "engagement_map", "engagement_sites", "source_link"]

#: A function giving the link to an article's evidence (None: no link).
Linker = Callable[[Article], str | None]


@attrs.frozen
class SiteItem:
    """One engagement at a site: its article, kind, date, evidence text and link."""

    article: str
    kind: str
    date: pendulum.Date | None
    evidence: str
    link: str | None


@attrs.frozen
class Site:
    """A place where engagements took place, and those engagements."""

    place: PlaceIdentity
    items: tuple[SiteItem, ...]

    @property
    def count(self) -> int:
        """How many engagements took place there."""
        return len(self.items)


def source_link(article: Article) -> str | None:
    """The article's source as a link: its URL, or its file as a ``file:`` URI.

    >>> import tempfile
    >>> import attrs
    >>> from bilateral import load_article, parse
    >>> text = (" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...         "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.")
    >>> a = parse(text, id="a")
    >>> source_link(a) is None
    True
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "a.txt")
    ...     _ = path.write_text(text, encoding="utf-8")
    ...     link = source_link(load_article(path))
    ...     same = link == path.resolve().as_uri()
    >>> same, link.startswith("file:///"), link.endswith("/a.txt")
    (True, True, True)
    >>> source_link(attrs.evolve(a, source="https://example.org/a"))
    'https://example.org/a'
    """
    if article.source is None:
        return None
    if article.source.startswith(("http://", "https://")):
        return article.source
    return Path(article.source).resolve().as_uri()


def _sentence(article: Article, start: int) -> str:
    for s in article.layout.sentences:
        if s.start <= start < s.end:
            return s.of(article.text)
    return ""


def engagement_sites(
    articles: Iterable[Article],
    identities: Identities | None = None,
    *,
    link: Linker = source_link,
) -> tuple[Site, ...]:
    """The places with a position where engagements took place, most engagements first."""
    articles = list(articles)
    if identities is None:
        identities = build_identities(articles)
    found: dict[str, list[SiteItem]] = {}
    places: dict[str, PlaceIdentity] = {}
    for a in articles:
        for n, e in enumerate(a.engagements):
            loc = engagement_place(a, n)
            place = identities.place(loc.name, loc.country) if loc is not None else None
            if place is None or place.latitude is None or place.longitude is None:
                continue
            places[place.key] = place
            first = min(e.spans).start if e.spans else 0
            found.setdefault(place.key, []).append(
                SiteItem(a.id, e.kind.value, e.start or a.date, _sentence(a, first), link(a))
            )
    sites = [Site(places[k], tuple(items)) for k, items in found.items()]
    return tuple(sorted(sites, key=lambda s: (-s.count, s.place.name)))


def _popup(site: Site) -> str:
    rows = []
    for item in site.items:
        when = item.date.isoformat() if item.date else "undated"
        title = html.escape(f"{when} {item.kind} ({item.article})")
        head = f'<a href="{html.escape(item.link)}">{title}</a>' if item.link else title
        rows.append(f"<li>{head}<br><q>{html.escape(item.evidence)}</q></li>")
    name = html.escape(site.place.name)
    return f"<b>{name}</b>: {site.count} engagement(s)<ul>{''.join(rows)}</ul>"


def engagement_map(
    articles: Sequence[Article] | Iterable[Article],
    identities: Identities | None = None,
    *,
    link: Linker = source_link,
) -> folium.Map:
    """The map of :func:`engagement_sites` as a ``folium.Map`` (save it with ``.save``).

    Needs the extra ``bilateral[map]``.
    """
    try:
        import folium
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError("Corpus.map() needs folium: pip install 'bilateral[map]'") from exc
    sites = engagement_sites(articles, identities, link=link)
    world: Any = folium.Map(location=(20.0, 100.0), zoom_start=3, control_scale=True)
    for site in sites:
        lat, lon = site.place.latitude, site.place.longitude
        assert lat is not None and lon is not None
        folium.CircleMarker(
            location=(lat, lon),
            radius=5 + 4 * math.sqrt(site.count),
            tooltip=f"{site.place.name}: {site.count}",
            popup=folium.Popup(_popup(site), max_width=420),
            fill=True,
            fill_opacity=0.6,
        ).add_to(world)
    if sites:
        lats = [s.place.latitude or 0.0 for s in sites]
        lons = [s.place.longitude or 0.0 for s in sites]
        world.fit_bounds([(min(lats), min(lons)), (max(lats), max(lons))], max_zoom=8)
    drawn: folium.Map = world
    return drawn

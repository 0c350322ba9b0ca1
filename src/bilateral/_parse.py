"""The extraction pipeline: layout, then who and where, then what happened.

Each stage is a plain function of the document and of earlier stages' frozen
results, so articles parse independently (in parallel processes, on Dask workers).
"""

from __future__ import annotations

from bilateral._codes import what_happened
from bilateral._gazetteer import scan
from bilateral._layout import read_document
from bilateral._people import find_people, settle_people
from bilateral._places import countries_in, find_dyad, find_places, with_people_countries
from bilateral.model import Article

__all__ = ["parse_text"]


def parse_text(text: str, *, id: str, source: str | None = None) -> Article:
    """Extract an :class:`Article` from normalised text."""
    doc = read_document(text, source or "<string>")

    # --- who and where (people, countries, localities, dyad) ---
    mentions = scan(doc.text, doc.folded)
    drafts = find_people(doc, mentions)
    countries, localities = find_places(doc, mentions, [s for d in drafts for s in d.spans])
    settled = settle_people(doc, drafts, countries, countries_in)
    people = settled.people()
    dyad = find_dyad(doc, countries, people)
    if dyad is not None and any(p.country is None for p in people):
        # The dyad tells the side of people whose country nothing else tells.
        people = settled.people(dyad)
    countries = with_people_countries(countries, people)

    # --- what happened (engagements, agreements, aid, topics, event codes) ---
    engagements, agreements, aid, topics, events = what_happened(
        doc, people, countries, localities, dyad
    )

    return Article(
        id=id,
        text=doc.text,
        layout=doc.layout,
        date=doc.date,
        month=doc.month,
        headline=doc.headline,
        dateline=doc.dateline,
        agency=doc.agency,
        people=people,
        countries=countries,
        localities=localities,
        dyad=dyad,
        engagements=engagements,
        topics=topics,
        agreements=agreements,
        aid=aid,
        events=events,
        source=source,
    )

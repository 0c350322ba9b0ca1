"""The extraction pipeline: layout, then who and where, then what happened.

Each stage is a plain function of the document and of earlier stages' frozen
results, so articles parse independently (in parallel processes, on Dask workers).
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral._extract.agreements import find_agreements
from bilateral._extract.aid import find_aid
from bilateral._extract.analysis import Document, build_context
from bilateral._extract.codes import find_events
from bilateral._extract.engagements import find_engagements
from bilateral._extract.layout import read_document
from bilateral._extract.people import find_people, settle_people
from bilateral._extract.places import countries_in, find_dyad, find_places, with_people_countries
from bilateral._extract.topics import CueTable, find_topics
from bilateral._extract.user_tables import user_tables
from bilateral._lexicon.gazetteer import scan
from bilateral.lexicon import Lexicon
from bilateral.model import (
    Agreement,
    Aid,
    Article,
    Country,
    Dyad,
    Engagement,
    Event,
    Locality,
    Person,
    TopicMention,
)

__all__ = ["parse_text", "what_happened"]


def what_happened(
    doc: Document,
    people: Sequence[Person],
    countries: Sequence[Country],
    localities: Sequence[Locality],
    dyad: Dyad | None,
    cues: CueTable | None = None,
) -> tuple[
    tuple[Engagement, ...],
    tuple[Agreement, ...],
    tuple[Aid, ...],
    tuple[TopicMention, ...],
    tuple[Event, ...],
]:
    """The what-happened stages, all reading one :class:`Context`: engagements,
    agreements, aid, topics and their event codes; ``cues`` adds a user's topic cues."""
    ctx = build_context(doc, people, countries, localities)
    engagements = find_engagements(doc, people, countries, localities, context=ctx)
    agreements = find_agreements(doc, ctx)
    aid = find_aid(doc, ctx, dyad)
    topics = find_topics(doc, ctx, aid, cues)
    events = find_events(doc, ctx, people, dyad, engagements, agreements, aid)
    return engagements, agreements, aid, topics, events


def parse_text(
    text: str, *, id: str, source: str | None = None, lexicon: Lexicon | None = None
) -> Article:
    """Extract an :class:`Article` from normalised text; ``lexicon`` adds the user's data."""
    doc = read_document(text, source or "<string>")
    # (an empty lexicon reads as none: the package's tables alone)
    tables = user_tables(lexicon) if lexicon else None

    # --- who and where (people, countries, localities, dyad) ---
    gazetteer = tables.gazetteer if tables is not None else None
    mentions = scan(doc.text, doc.folded, gazetteer)
    aliases = tables.people if tables is not None else None
    drafts = find_people(doc, mentions, aliases)
    countries, localities = find_places(doc, mentions, [s for d in drafts for s in d.spans])
    given = aliases.countries if aliases is not None else None
    settled = settle_people(doc, drafts, countries, countries_in, given)
    people = settled.people()
    dyad = find_dyad(doc, countries, people)
    if dyad is not None and any(p.country is None for p in people):
        # The dyad tells the side of people whose country nothing else tells.
        people = settled.people(dyad)
    countries = with_people_countries(countries, people)

    # --- what happened (engagements, agreements, aid, topics, event codes) ---
    engagements, agreements, aid, topics, events = what_happened(
        doc, people, countries, localities, dyad, tables.topics if tables is not None else None
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

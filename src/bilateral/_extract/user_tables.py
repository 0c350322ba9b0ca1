"""A user's :class:`~bilateral.Lexicon` compiled into the tables the stages read.

The gazetteer scan reads the package's name table with the user's places and place
aliases over it; the people stage reads the person aliases; the topics stage the
cue phrases. Nothing global changes: :func:`user_tables` builds them for one
lexicon, and a process keeps the last few it built (a lexicon is frozen and
hashable), so a corpus read with one lexicon compiles it once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs

from bilateral._extract.aliases import PersonAliases, person_aliases
from bilateral._extract.topics import CueTable, user_cues
from bilateral._lexicon.gazetteer import SHIPPED, Entry, Gazetteer, key, lookup
from bilateral.lexicon import Lexicon

__all__ = ["UserTables", "user_tables"]

# The gazetteer's kinds that are a locality: a place alias of one gives that locality.
_LOCALITY_KINDS = frozenset({"capital", "subdivision", "locality", "city"})
# How many lexicons' tables a process keeps: each holds a copy of the package's name
# table (35,000 forms, a few megabytes), and a study reads with one or two at a time.
_KEPT = 8


@attrs.frozen(eq=False)
class UserTables:
    """What each stage reads of one lexicon (None where it gives that stage nothing)."""

    gazetteer: Gazetteer | None
    people: PersonAliases | None
    topics: CueTable | None


def _place_entries(lexicon: Lexicon) -> Iterator[tuple[str, Entry]]:
    """The lexicon's places and place aliases as the gazetteer's forms and entries.

    A place of the user's counts as the package's extra localities do (by its name
    alone); a place alias reads as the place it stands for, under that place's name.
    """
    mine: dict[str, list[Entry]] = {}
    for p in lexicon.places:
        entry = Entry("country" if p.kind == "country" else "locality", p.country, p.name)
        mine.setdefault(key(p.name), []).append(entry)
        yield p.name, entry
    for a in lexicon.place_aliases:
        found = mine.get(key(a.name)) or [
            # a locality of the package's as one of the user's: reported by its name
            attrs.evolve(e, kind="locality", exact=None)
            if e.kind in _LOCALITY_KINDS
            else attrs.evolve(e, exact=None)
            for e in lookup(a.name)
        ]
        if a.country is not None:
            found = [e for e in found if e.code == a.country] or [
                Entry("locality", a.country, a.name)
            ]
        for entry in found:
            yield a.alias, entry


def _build(lexicon: Lexicon) -> UserTables:
    gazetteer = None
    if lexicon.places or lexicon.place_aliases:
        gazetteer = SHIPPED.extended(_place_entries(lexicon))
    people = person_aliases(lexicon.person_aliases) if lexicon.person_aliases else None
    topics = None
    if lexicon.topic_cues:
        topics = user_cues([(c.cue, c.topic) for c in lexicon.topic_cues])
    return UserTables(gazetteer, people, topics)


@functools.lru_cache(maxsize=_KEPT)
def user_tables(lexicon: Lexicon) -> UserTables:
    """The tables of ``lexicon`` (built once per process for the last few lexicons).

    >>> from bilateral._lexicon.gazetteer import scan
    >>> from bilateral.lexicon import PlaceEntry
    >>> tables = user_tables(Lexicon(places=(PlaceEntry("Ban Nam Kha", "LAO"),)))
    >>> tables.people is None, tables.topics is None
    (True, True)
    >>> [(m.text, m.best.kind, m.best.code) for m in scan("In Ban Nam Kha.",
    ...                                                    gazetteer=tables.gazetteer)]
    [('Ban Nam Kha', 'locality', 'LAO')]
    """
    return _build(lexicon)

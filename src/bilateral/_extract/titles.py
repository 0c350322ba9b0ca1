"""Word tables for people: honorifics, title words, organisation words, family names.

All folded (lower case, no diacritics) and loaded once from ``data/``.

>>> "ambassador" in HEADS, "vice" in MODIFIERS, "counterpart" in RELATIONAL
(True, True, True)
>>> SURNAMES["nguyen"]
'VNM'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bilateral._lexicon.gazetteer import data_lines, word_set
from bilateral._text import fold

__all__ = [
    "AGENTS",
    "CONCEPTS",
    "FILIAL",
    "FUNCTION",
    "HEADS",
    "HONORIFICS",
    "HONORIFIC_PHRASES",
    "MODIFIERS",
    "NOT_NAME",
    "OPENERS",
    "ORG_WORDS",
    "PARTICLES",
    "PORTFOLIO_HEADS",
    "RANKS",
    "RANK_MODIFIERS",
    "REGIONAL",
    "RELATIONAL",
    "ROLES",
    "STOPWORDS",
    "SURNAMES",
    "WEEKDAYS",
]


def _kind(kind: str) -> frozenset[str]:
    return frozenset(fold(f[1]) for f in data_lines("title_words.txt") if f[0] == kind)


HEADS = _kind("head")
MODIFIERS = _kind("modifier")
RELATIONAL = _kind("relational")
ROLES = _kind("role")
#: Heads whose "of" phrase may name the person they serve ("Envoy of President X").
AGENTS = _kind("agent")
#: Heads whose "of"/"for" phrase is a portfolio ("Minister for Shipping"), never a person.
PORTFOLIO_HEADS = _kind("portfolio")
#: Military and police ranks ("General", "Admiral") and the words that open them ("Lt", "Rear").
RANKS = _kind("rank")
RANK_MODIFIERS = _kind("rank-modifier")
#: Common words that never stand in a person's name ("Assistance", "Strategic").
CONCEPTS = word_set("concept_words.txt")
ORG_WORDS = word_set("org_words.txt")
#: Words that open the name of a thing ("Operation", "Exercise", "Mount", a ship's "MV").
OPENERS = frozenset(
    fold(f[0]) for f in data_lines("org_words.txt") if len(f) > 1 and f[1] == "opener"
)
STOPWORDS = word_set("stopwords.txt")
#: Regional adjectives among the stop words ("Northern", "Pacific"): title words when capitalised.
REGIONAL = frozenset(
    fold(f[0]) for f in data_lines("stopwords.txt") if len(f) > 1 and f[1] == "region"
)
#: The days of the week: "Sharif Tuesday said" is no given name closing a name.
WEEKDAYS = frozenset(
    fold(f[0]) for f in data_lines("stopwords.txt") if len(f) > 1 and f[1] == "day"
)
# Honorific words without their dots ("mr", "assoc", "h.e" -> "he" is left out:
# it is also a pronoun and a family name, so "H.E." is matched by its dots).
HONORIFICS = frozenset(
    h.rstrip(".").lower()
    for h in (fold(f[0]) for f in data_lines("honorifics.txt"))
    if " " not in h
) - {"he"}
#: Two-word honorifics and styles ("tan sri", "puan sri"), folded, without dots.
HONORIFIC_PHRASES = frozenset(
    h.replace(".", "").lower()
    for h in (fold(f[0]) for f in data_lines("honorifics.txt"))
    if h.count(" ") == 1
)

#: Lower-case words that may stand inside a position title.
FUNCTION = frozenset(
    {"of", "the", "and", "for", "to", "in", "on", "at", "its", "'s", "&", "cum", "concurrently"}
)

#: Lower-case particles inside a person's name (Spanish, Dutch, Arabic, Malay).
PARTICLES = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "da",
        "das",
        "do",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "di",
        "du",
        "le",
        "bin",
        "binti",
        "ibn",
        "bint",
        "al",
        "el",
        "y",
    ]
)

#: Particles that mean "son of" or "daughter of": a capitalised word after them is a name's.
FILIAL = frozenset({"bin", "binti", "ibn", "bint"})

#: Words that are never part of a person's name.
NOT_NAME = (
    STOPWORDS
    | ORG_WORDS
    | HEADS
    | MODIFIERS
    | RELATIONAL
    | HONORIFICS
    | CONCEPTS
    | RANKS
    | (RANK_MODIFIERS - {"first", "field", "master"})
)

SURNAMES: Mapping[str, str] = MappingProxyType(
    {fold(name): code for code, name in reversed(list(data_lines("surnames.tsv")))}
)

"""Helpers for the what-happened tests: a document and hand-made people on a short text."""

from __future__ import annotations

import re

from bilateral._extract.analysis import Document
from bilateral._extract.engagements import find_engagements
from bilateral._extract.layout import read_document
from bilateral._text import fold
from bilateral.model import Country, Dyad, Person, Span


def spans_of(doc: Document, *forms: str) -> tuple[Span, ...]:
    """Every whole-word occurrence of any of ``forms`` in the document."""
    found: list[Span] = []
    for form in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(fold(form)) + r"(?!\w)", doc.folded):
            span = Span(m.start(), m.end())
            if not any(span.overlaps(s) for s in found):
                found.append(span)
    return tuple(sorted(found))


def person(doc: Document, name: str, country: str, *aliases: str) -> Person:
    """A person with every mention of their name and aliases."""
    return Person(name, country=country, aliases=aliases, spans=spans_of(doc, name, *aliases))


def country(doc: Document, code: str, *forms: str) -> Country:
    """A country with every mention of its names and demonyms."""
    return Country(code, spans=spans_of(doc, *forms))


def article(text: str) -> Document:
    """The document of a short test text (with its header)."""
    return read_document(text)


DYAD = Dyad.of("VNM", "LAO")


#: An engagement as the tests compare it: (kind, start, end, host, participants).
Row = tuple[str, str | None, str | None, str | None, tuple[str, ...]]


def engagement_rows(
    text: str, people: dict[str, tuple[str, ...]], countries: dict[str, tuple[str, ...]]
) -> list[Row]:
    """Each engagement found in ``text``, the ``people`` ({name: (country, *aliases)}) and
    ``countries`` ({code: forms}) given by hand, as a :data:`Row`."""
    doc = article(text)
    ps = [person(doc, name, c[0], *c[1:]) for name, c in people.items()]
    cs = [country(doc, code, *forms) for code, forms in countries.items()]
    return [
        (
            e.kind.value,
            e.start.isoformat() if e.start else None,
            e.end.isoformat() if e.end else None,
            e.host,
            e.participants,
        )
        for e in find_engagements(doc, ps, cs)
    ]

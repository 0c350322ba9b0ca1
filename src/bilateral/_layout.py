"""Reading an article's layout: header date, headline, dateline, agency, paragraphs, sentences."""

from __future__ import annotations

import re

import pendulum

from bilateral._document import Document
from bilateral.errors import ArticleError
from bilateral.model import Layout, Span

__all__ = ["read_document"]

_HEADER = re.compile(r"\A date (\d{4})-(\d{2})(?:-(\d{2}))? ")
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*(?=\s+[\"'‘“(]?[A-ZÀ-Ỹ0-9])")


def read_document(text: str, source: str = "<string>") -> Document:
    """Read the layout of ``text`` (already normalised)."""
    date: pendulum.Date | None = None
    month: str | None = None
    header: Span | None = None
    start = 0
    m = _HEADER.match(text)
    if m:
        year, mon, day = int(m.group(1)), int(m.group(2)), m.group(3)
        try:
            if day is None:
                pendulum.Date(year, mon, 1)
                month = f"{year:04d}-{mon:02d}"
            else:
                date = pendulum.Date(year, mon, int(day))
        except ValueError as exc:
            raise ArticleError(
                source, f"impossible header date {m.group(0).strip()!r}: {exc}", offset=m.start(1)
            ) from None
        header = Span(m.start(), m.end())
        start = m.end()
    paragraphs = tuple(
        Span(p.start(), p.end()) for p in _PARAGRAPH.finditer(text, start) if p.group().strip()
    )
    sentences: list[Span] = []
    for p in paragraphs:
        s = p.start
        for end in _SENTENCE_END.finditer(text, p.start, p.end):
            sentences.append(Span(s, end.end()))
            s = end.end() + 1
        if s < p.end:
            sentences.append(Span(s, p.end))
    layout = Layout(Span(start, len(text)), paragraphs, tuple(sentences), header=header)
    return Document(text, layout, date=date, month=month)

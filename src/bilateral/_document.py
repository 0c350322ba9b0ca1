"""The document every extraction stage reads: the text, its fold and its layout.

Stages are plain functions of a :class:`Document` (and of earlier stages'
frozen results); none keeps state between articles.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pendulum

from bilateral._text import fold
from bilateral.model import Layout, Snippet, Span

__all__ = ["Document"]


@attrs.frozen
class Document:
    """An article's text after the layout stage, before facts are extracted."""

    text: str
    layout: Layout
    date: pendulum.Date | None = None
    month: str | None = None
    headline: Snippet | None = None
    dateline: Snippet | None = None
    agency: Snippet | None = None
    folded: str = attrs.field(init=False)

    @folded.default
    def _fold(self) -> str:
        return fold(self.text)

    @property
    def reference_date(self) -> pendulum.Date | None:
        """The date relative dates resolve against: the dateline's, else the article's."""
        return self.layout.dateline_date or self.date

    @property
    def year(self) -> int | None:
        """The article's year, from its date or its month-only header."""
        if self.reference_date is not None:
            return self.reference_date.year
        if self.month is not None:
            return int(self.month[:4])
        return None

    def story_sentences(self) -> Iterator[Span]:
        """Sentences of the story: those outside captions and clutter."""
        captions = self.layout.captions
        for s in self.layout.sentences:
            if not any(c.contains(s) for c in captions):
                yield s

    def in_caption(self, span: Span) -> bool:
        """Whether ``span`` lies in a photo caption or page clutter."""
        return any(c.contains(span) for c in self.layout.captions)

"""The document every extraction stage reads: the text, its fold and its layout.

Stages are plain functions of a :class:`Document` (and of earlier stages'
frozen results); none keeps state between articles.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
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
    # Captions merged into sorted, disjoint (start, end) runs: a lookup is a bisection,
    # so 100,000 captions cost O(log n) per question, not O(n).
    _caption_runs: tuple[tuple[int, int], ...] = attrs.field(init=False, repr=False, eq=False)

    @folded.default
    def _fold(self) -> str:
        return fold(self.text)

    @_caption_runs.default
    def _merge_captions(self) -> tuple[tuple[int, int], ...]:
        runs: list[tuple[int, int]] = []
        for c in sorted(self.layout.captions, key=lambda c: (c.start, c.end)):
            if runs and c.start <= runs[-1][1]:
                runs[-1] = (runs[-1][0], max(runs[-1][1], c.end))
            else:
                runs.append((c.start, c.end))
        return tuple(runs)

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

    @property
    def has_captions(self) -> bool:
        """Whether any span of the text is a photo caption or page clutter."""
        return bool(self._caption_runs)

    def story_sentences(self) -> Iterator[Span]:
        """Sentences of the story: those outside captions and clutter."""
        if not self._caption_runs:
            yield from self.layout.sentences
            return
        for s in self.layout.sentences:
            if not self.in_caption(s):
                yield s

    def in_caption(self, span: Span) -> bool:
        """Whether ``span`` lies in a photo caption or page clutter.

        >>> from bilateral.model import Layout
        >>> text = "Caption (Photo: VNA)" + chr(10) + "Story."
        >>> doc = Document(text, Layout(Span(0, 27), captions=(Span(0, 20),)))
        >>> doc.in_caption(Span(0, 7)), doc.in_caption(Span(21, 27))
        (True, False)
        """
        runs = self._caption_runs
        if not runs:
            return False  # most articles have no captions
        i = bisect_right(runs, (span.start, sys.maxsize)) - 1
        return i >= 0 and runs[i][0] <= span.start and span.end <= runs[i][1]

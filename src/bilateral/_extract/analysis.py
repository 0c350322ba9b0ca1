"""The per-article analysis every extraction stage reads.

:class:`Document` is the text, its fold and its layout (from :mod:`.layout`);
:class:`Context` adds, once who and where are known, the story's sentences, the
mentions of people and countries, the dates and where each stage's cues may begin
(one automaton pass, :data:`bilateral._extract.cues.ALL_CUES`). Stages are plain
functions of these frozen values; none keeps state between articles.
"""

from __future__ import annotations

import bisect
import re
import sys
from bisect import bisect_right
from collections.abc import Iterator, Sequence

import attrs
import pendulum

from bilateral._extract.cues import ALL_CUES, PREDICATES
from bilateral._extract.dates import DateMention, find_dates
from bilateral._text import fold
from bilateral.model import Country, Layout, Locality, Person, Snippet, Span

__all__ = ["Context", "Document", "build_context", "story_sentences", "within"]

_STORY_START = re.compile(r"[)\-:]\s|\s-{1,2}\s")


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


@attrs.frozen
class Context:
    """What the later stages share: the sentences, mentions and the venue, and where
    their cues may begin (supersets, from build_context's one automaton pass).

    ``cues`` are the predicates of engagements in each sentence (their row in
    ``data/predicates.tsv`` and span); ``topic_starts``, ``giving_starts``,
    ``statement_starts``, ``mark_starts``, ``document_starts`` and
    ``document_verb_starts`` give, by position, which patterns of ``cues.TOPIC_CUES``,
    ``cues.GIVING``, ``cues.STATEMENT_CUES``, ``cues.CLAUSE_MARKS``,
    ``cues.DOCUMENT_NOUNS`` and ``cues.DOCUMENT_VERBS`` may begin there.
    """

    sentences: tuple[Span, ...]
    people: tuple[tuple[Span, Person], ...]
    countries: tuple[tuple[Span, str], ...]
    dates: tuple[DateMention, ...]
    venue: str | None
    cues: tuple[tuple[tuple[int, Span], ...], ...] = ()
    topic_starts: dict[int, frozenset[int]] = attrs.field(factory=dict, eq=False, repr=False)
    giving_starts: dict[int, frozenset[int]] = attrs.field(factory=dict, eq=False, repr=False)
    statement_starts: dict[int, frozenset[int]] = attrs.field(factory=dict, eq=False, repr=False)
    mark_starts: dict[int, frozenset[int]] = attrs.field(factory=dict, eq=False, repr=False)
    document_starts: dict[int, frozenset[int]] = attrs.field(factory=dict, eq=False, repr=False)
    document_verb_starts: dict[int, frozenset[int]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    _people_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _country_starts: list[int] = attrs.field(init=False, eq=False, repr=False)

    _date_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _mark_positions: list[int] = attrs.field(init=False, eq=False, repr=False)

    @_mark_positions.default
    def _mp(self) -> list[int]:
        return sorted(self.mark_starts)

    @_date_starts.default
    def _ds(self) -> list[int]:
        return [d.span.start for d in self.dates]

    @_people_starts.default
    def _ps(self) -> list[int]:
        return [s.start for s, _ in self.people]

    @_country_starts.default
    def _cs(self) -> list[int]:
        return [s.start for s, _ in self.countries]

    def people_at(self, start: int, end: int) -> list[tuple[Span, Person]]:
        """The mentions of people in ``[start, end)``, with their spans, in order."""
        return self._people_window(start, end)

    def _people_window(self, start: int, end: int) -> list[tuple[Span, Person]]:
        # mentions are sorted by start: bisect, so long texts stay linear
        lo = bisect.bisect_left(self._people_starts, start)
        hi = bisect.bisect_left(self._people_starts, end, lo)
        return [(s, p) for s, p in self.people[lo:hi] if s.end <= end]

    def people_in(self, start: int, end: int) -> list[Person]:
        """The people mentioned in ``[start, end)``, once each, in order of first mention."""
        seen: list[Person] = []
        for _span, person in self._people_window(start, end):
            if person not in seen:
                seen.append(person)
        return seen

    def countries_at(self, start: int, end: int) -> list[tuple[Span, str]]:
        """The country mentions in ``[start, end)``, in order."""
        lo = bisect.bisect_left(self._country_starts, start)
        hi = bisect.bisect_left(self._country_starts, end, lo)
        return [(s, c) for s, c in self.countries[lo:hi] if s.end <= end]

    def countries_in(self, start: int, end: int) -> list[str]:
        """The countries named in ``[start, end)``, in order."""
        return [c for _s, c in self.countries_at(start, end)]

    def has_predicates(self, index: int) -> bool:
        """Whether sentence ``index`` has a predicate of an engagement."""
        return bool(self.cues[index]) if index < len(self.cues) else False

    def predicates_in(self, index: int) -> list[tuple[int, Span]]:
        """The predicates of an engagement in sentence ``index``: (row in
        ``data/predicates.tsv``, span), in text order."""
        return list(self.cues[index]) if index < len(self.cues) else []

    def marks_in(self, sentence: Span) -> dict[int, frozenset[int]]:
        """Where a clause's opener may begin in ``sentence`` (from the one pass)."""
        lo = bisect.bisect_left(self._mark_positions, sentence.start)
        hi = bisect.bisect_left(self._mark_positions, sentence.end, lo)
        found = self.mark_starts
        return {at: found[at] for at in self._mark_positions[lo:hi]}

    def dates_in(self, span: Span) -> list[DateMention]:
        """The date mentions that begin in ``span`` (a sentence, a clause)."""
        lo = bisect.bisect_left(self._date_starts, span.start)
        hi = bisect.bisect_left(self._date_starts, span.end, lo)
        return list(self.dates[lo:hi])


def within(sentences: Sequence[Span], span: Span) -> int | None:
    """The index of the sentence that holds ``span``, or None.

    >>> within([Span(0, 5), Span(6, 12)], Span(7, 9))
    1
    """
    i = bisect.bisect_right([s.start for s in sentences], span.start) - 1
    if i >= 0 and sentences[i].contains(span):
        return i
    return None


def story_sentences(doc: Document) -> tuple[Span, ...]:
    """The story's sentences: no captions, clutter or headline."""
    head = doc.headline.span if doc.headline is not None else None
    return tuple(
        s for s in doc.story_sentences() if head is None or not (head.overlaps(s) and len(s) < 200)
    )


def _story_start(doc: Document) -> int:
    # The dateline's own date ("VIENTIANE, Sept. 14 (Xinhua) --") is not an engagement's date.
    if doc.dateline is None:
        return 0
    end = doc.dateline.span.end
    m = _STORY_START.search(doc.text, end, min(len(doc.text), end + 60))
    return m.end() if m else end


def _venue(
    doc: Document, countries: Sequence[Country], localities: Sequence[Locality]
) -> str | None:
    if doc.dateline is None:
        return None
    span = doc.dateline.span
    for loc in localities:
        if loc.country and any(s.overlaps(span) for s in loc.spans):
            return loc.country
    for c in countries:
        if any(s.overlaps(span) for s in c.spans):
            return c.code
    return None


def _cue_hits(
    folded: str, sentences: Sequence[Span], candidates: dict[int, frozenset[int]]
) -> tuple[tuple[tuple[int, Span], ...], ...]:
    # The predicates of the story (``candidates``: where they may begin), by sentence.
    buckets: list[list[tuple[int, Span]]] = [[] for _ in sentences]
    if sentences:
        starts = [s.start for s in sentences]
        ends = [s.end for s in sentences]
        right = bisect.bisect_right
        for order, m in PREDICATES.finditer(folded, starts[0], ends[-1], candidates):
            a, b = m.span()
            # as ``within``: the sentence that starts last at or before the cue must hold it
            i = right(starts, a) - 1
            if i >= 0 and b <= ends[i]:
                buckets[i].append((order, Span(a, b)))
    return tuple(map(tuple, buckets))


def build_context(
    doc: Document,
    people: Sequence[Person],
    countries: Sequence[Country],
    localities: Sequence[Locality],
) -> Context:
    """Gather the sentences and mentions every what-happened stage reads."""
    sentences = story_sentences(doc)
    if doc.has_captions:
        pm = [(s, p) for p in people for s in p.spans if not doc.in_caption(s)]
        cm = [(s, c.code) for c in countries for s in c.spans if not doc.in_caption(s)]
    else:
        pm = [(s, p) for p in people for s in p.spans]
        cm = [(s, c.code) for c in countries for s in c.spans]
    pm.sort(key=lambda m: (m[0].start, -m[0].end))
    # localities count as their country's mentions, captions or not (a stable sort: ties
    # keep countries first, then localities, each in their order)
    cm += [(s, loc.country) for loc in localities if loc.country for s in loc.spans]
    cm.sort(key=lambda m: m[0].start)
    start = _story_start(doc)
    skip = doc.dateline.span.start if doc.dateline is not None else start
    folded, ref, year = doc.folded, doc.reference_date, doc.year
    if sentences:
        # (the sentences are in text order and disjoint, as the layout gives them)
        (
            found_cues,
            found_dates,
            topic_starts,
            giving,
            statement_starts,
            marks,
            document_nouns,
            document_verbs,
        ) = ALL_CUES.candidates(folded, sentences[0].start, sentences[-1].end)
    else:
        found_cues, found_dates, topic_starts, giving, statement_starts, marks = (
            {},
            {},
            {},
            {},
            {},
            {},
        )
        document_nouns, document_verbs = {}, {}
    cues = _cue_hits(folded, sentences, found_cues)
    found: list[DateMention] = []
    date_starts = sorted(found_dates)
    left = bisect.bisect_left
    # every sentence's dates: a date governs the engagements of its clause, its sentence,
    # and those told after it (the engagement stage decides which)
    for s in sentences:
        lo = left(date_starts, s.start)
        hi = left(date_starts, s.end, lo)
        if lo < hi:
            here = {at: found_dates[at] for at in date_starts[lo:hi]}
            found += find_dates(folded, s.start, s.end, ref=ref, year=year, candidates=here)
    # the dateline's own date is not an engagement's date
    dates = tuple(d for d in found if not skip <= d.span.start < start)
    return Context(
        sentences,
        tuple(pm),
        tuple(cm),
        dates,
        _venue(doc, countries, localities),
        cues,
        topic_starts,
        giving,
        statement_starts,
        marks,
        document_nouns,
        document_verbs,
    )

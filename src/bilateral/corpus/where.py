"""Where a fact took place: the locality an article places an engagement or event in.

An article seldom says in so many words where a meeting was held; what it gives is a
place named in the sentence that reports it (``received the delegation in Vientiane``)
and the dateline (``HÀ NỘI —``). :func:`place_of` takes, in this order:

1. a locality named in a sentence of the fact's evidence, of the host side's country
   first (``a delegation of the Havana Party Committee`` names where the guests come
   from, not where they were received), then the nearest to the evidence;
2. the dateline's locality, when it lies in one of the fact's two countries;

and says which it took (``sentence`` or ``dateline``); a phone call has no place.

>>> from bilateral.model import Article, Layout, Locality, Snippet, Span
>>> text = "HAVANA - Ana Ruiz received Bo Lin in Santiago de Cuba."
>>> a = Article("a", text, Layout(Span(0, 54), sentences=(Span(9, 54),)),
...             dateline=Snippet("HAVANA", Span(0, 6)),
...             localities=(Locality("Havana", "CUB", spans=(Span(0, 6),)),
...                         Locality("Santiago de Cuba", "CUB", spans=(Span(37, 53),))))
>>> loc, how = place_of(a, (Span(18, 26),), "CUB", ("CUB", "VNM"))
>>> loc.name, how
('Santiago de Cuba', 'sentence')
>>> place_of(a, (Span(0, 3),), "CUB", ("CUB", "VNM"))[0].name  # outside any sentence
'Havana'
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence

from bilateral.model import Article, Locality, Span

__all__ = ["dateline_locality", "place_of"]


def _sentences_of(article: Article, spans: Sequence[Span]) -> list[Span]:
    sentences = article.layout.sentences
    starts = [s.start for s in sentences]
    out: list[Span] = []
    for span in spans:
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and sentences[i].end >= span.end and sentences[i] not in out:
            out.append(sentences[i])
    return out


def dateline_locality(article: Article) -> Locality | None:
    """The locality the dateline names, if any.

    >>> from bilateral.model import Layout, Snippet
    >>> a = Article("a", "HANOI - x", Layout(Span(0, 9)), dateline=Snippet("HANOI", Span(0, 5)),
    ...             localities=(Locality("Hanoi", "VNM", spans=(Span(0, 5),)),))
    >>> dateline_locality(a).name
    'Hanoi'
    """
    if article.dateline is None:
        return None
    where = article.dateline.span
    for loc in article.localities:
        if any(s.overlaps(where) for s in loc.spans):
            return loc
    return None


def place_of(
    article: Article,
    spans: Sequence[Span],
    home: str | None,
    sides: Collection[str | None],
    *,
    only_home: bool = False,
) -> tuple[Locality | None, str | None]:
    """The locality a fact with evidence ``spans`` took place in, and how it was found
    (``sentence``, ``dateline``), or ``(None, None)``.

    ``home`` is the country of the side on whose ground the fact took place (the
    host's), None where unknown; ``sides`` the fact's countries. With ``only_home``
    (a visit, whose ground is the country visited) no place of another country is
    taken: "X, of the Havana Party Committee, is on a visit to Viet Nam" was not in Havana.
    """
    if not spans:
        return None, None
    sentences = _sentences_of(article, spans)
    first = min(s.start for s in spans)
    best: tuple[tuple[int, int], Locality] | None = None
    for loc in article.localities:
        if only_home and home is not None and loc.country != home:
            continue
        for s in loc.spans:
            if not any(sent.contains(s) for sent in sentences):
                continue
            rank = (0 if home is not None and loc.country == home else 1, abs(s.start - first))
            if best is None or rank < best[0]:
                best = (rank, loc)
    if best is not None:
        return best[1], "sentence"
    dated = dateline_locality(article)
    if (
        dated is not None
        and dated.country is not None
        and dated.country in sides
        and not (only_home and home is not None and dated.country != home)
    ):
        return dated, "dateline"
    return None, None

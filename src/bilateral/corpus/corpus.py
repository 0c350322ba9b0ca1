"""A corpus: an immutable, ordered collection of articles that filters, sums up and exports.

>>> from bilateral import Corpus, load_article
>>> c = Corpus([load_article("Hanoi (VNA) - Talks were held.", id="a"),
...             load_article("Havana (ACN) - A visit began.", id="b")])
>>> len(c), c["b"].id, [a.id for a in c.filter(text_contains="talks")]
(2, 'b', ['a'])

Loading streams: a folder, a glob or a JSON-lines file is read one file (or
line) at a time, so memory grows with the articles kept, not with the files
read; ``jobs=N`` parses in ``N`` worker processes, keeping file order; a bad
file becomes one entry of :attr:`Corpus.errors` and costs no good article.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from bilateral._read import DEFAULT_MAX_BYTES
from bilateral.corpus.index import Criteria, DateLike, Index, Predicate
from bilateral.corpus.load import Progress, Sources, expand_paths, iter_load
from bilateral.errors import ArticleError
from bilateral.model import Article, Dyad, EngagementKind, Topic

if TYPE_CHECKING:
    import folium
    import networkx
    import pandas
    import polars

    from bilateral.corpus.identity import Identities
    from bilateral.corpus.merge import MergedEngagement
    from bilateral.corpus.summary import Edge, Summary, TimelineEntry

__all__ = ["Corpus", "Criteria", "Progress", "expand_paths", "iter_load"]


class Corpus:
    """An immutable collection of :class:`~bilateral.model.Article` in a fixed order.

    Index it by position (``corpus[0]``) or by id (``corpus["seed-havana"]``);
    :meth:`filter` returns a new corpus, so filters chain. The indexes that
    answer filters are built once, the first time a filter needs them, and
    shared by every corpus filtered from this one.

    >>> from bilateral.model import Article, Dyad, Engagement, EngagementKind, Layout, Span
    >>> def article(id, text, **facts):
    ...     return Article(id, text, Layout(Span(0, len(text))), **facts)
    >>> c = Corpus([article("a", "Hanoi hosts Havana.", dyad=Dyad.of("VNM", "CUB")),
    ...             article("b", "Vientiane hosts Hanoi.", dyad=Dyad.of("LAO", "VNM"))])
    >>> c
    <Corpus of 2 articles>
    >>> c[0].id, c["b"].dyad, "a" in c, c[1:].ids
    ('a', Dyad(a='LAO', b='VNM'), True, ('b',))
    >>> c.filter(dyad="CUB-VNM").ids, c.filter(text_contains="vientiane").ids
    (('a',), ('b',))
    """

    __slots__ = ("_articles", "_by_id", "_index", "_positions", "errors")

    def __init__(
        self, articles: Iterable[Article] = (), *, errors: Iterable[ArticleError] = ()
    ) -> None:
        # None in a filtered corpus until first needed: a filter costs only its positions.
        self._articles: tuple[Article, ...] | None = tuple(articles)
        self._by_id: dict[str, int] | None = None
        self._index: Index | None = None
        # Where this corpus's articles sit in the index's sequence (None: the same sequence).
        self._positions: array[int] | None = None
        #: The errors met while loading, one per bad file (or bad record line).
        self.errors: tuple[ArticleError, ...] = tuple(errors)

    @classmethod
    def _view(
        cls, index: Index, positions: Sequence[int], errors: tuple[ArticleError, ...]
    ) -> Corpus:
        view = cls(errors=errors)
        view._articles = None
        view._index = index
        view._positions = array("q", positions)
        return view

    @classmethod
    def load(
        cls,
        path_or_glob: Sources,
        *,
        jobs: int = 1,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Progress | None = None,
    ) -> Corpus:
        """Read a folder (its ``*.txt``), a glob, a file, or a JSON-lines file of records.

        Several sources may be given as a list. Bad files go to ``errors``, one
        each; every good article is kept. ``jobs`` > 1 parses in processes.
        See :func:`iter_load`.

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     _ = Path(folder, "a.txt").write_text("Hanoi (VNA) - Talks were held.")
        ...     _ = Path(folder, "b.txt").write_text("")
        ...     c = Corpus.load(folder)
        >>> c.ids, [e.reason for e in c.errors]
        (('a',), ['the article is empty'])
        """
        articles: list[Article] = []
        errors: list[ArticleError] = []
        for item in iter_load(path_or_glob, jobs=jobs, max_bytes=max_bytes, progress=progress):
            if isinstance(item, ArticleError):
                errors.append(item)
            else:
                articles.append(item)
        return cls(articles, errors=errors)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the articles as JSON lines (gzip-compressed when ``path`` ends in ``.gz``).

        The file is written beside the target and renamed into place, so an
        interrupted save leaves no truncated file. :meth:`load` reads it back
        without parsing again.

        >>> import tempfile
        >>> from bilateral import load_article
        >>> c = Corpus([load_article("Hanoi (VNA) - Talks were held.", id="a")])
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = c.save(Path(folder, "corpus.jsonl.gz"))
        ...     back = Corpus.load(path)
        >>> path.name, back.ids, back[0] == c[0]
        ('corpus.jsonl.gz', ('a',), True)
        """
        from bilateral.corpus.export import write_jsonl

        return write_jsonl(self, path)

    def _seq(self) -> tuple[Article, ...]:
        if self._articles is None:
            assert self._index is not None and self._positions is not None
            self._articles = tuple(map(self._index.articles.__getitem__, self._positions))
        return self._articles

    def __len__(self) -> int:
        if self._articles is None and self._positions is not None:
            return len(self._positions)
        return len(self._seq())

    def __iter__(self) -> Iterator[Article]:
        if self._articles is None and self._index is not None and self._positions is not None:
            return map(self._index.articles.__getitem__, self._positions)
        return iter(self._seq())

    def _ids(self) -> dict[str, int]:
        if self._by_id is None:
            by_id: dict[str, int] = {}
            for i, a in enumerate(self):
                by_id.setdefault(a.id, i)
            self._by_id = by_id
        return self._by_id

    @overload
    def __getitem__(self, key: int | str) -> Article: ...
    @overload
    def __getitem__(self, key: slice) -> Corpus: ...
    def __getitem__(self, key: int | str | slice) -> Article | Corpus:
        if isinstance(key, str):
            try:
                return self[self._ids()[key]]
            except KeyError:
                raise KeyError(f"no article with id {key!r}") from None
        if isinstance(key, slice):
            if self._index is not None:
                return Corpus._view(self._index, self._index_positions()[key], self.errors)
            return Corpus(self._seq()[key], errors=self.errors)
        if self._articles is None and self._index is not None and self._positions is not None:
            return self._index.articles[self._positions[key]]
        return self._seq()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._ids()

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles>"

    @property
    def ids(self) -> tuple[str, ...]:
        """The articles' ids in corpus order.

        >>> from bilateral.model import Article, Layout, Span
        >>> Corpus([Article(i, "", Layout(Span(0, 0))) for i in "ba"]).ids
        ('b', 'a')
        """
        return tuple(a.id for a in self)

    @property
    def index(self) -> Index:
        """The indexes behind :meth:`filter` (built on first use, then kept).

        >>> from bilateral.model import Article, Layout, Span
        >>> c = Corpus([Article(i, "", Layout(Span(0, 0))) for i in "ab"])
        >>> c.index is c.index is c.filter(text_contains="").index
        True
        """
        if self._index is None:
            self._index = Index.build(self._seq())
        return self._index

    def _index_positions(self) -> Sequence[int]:
        if self._positions is not None:
            return self._positions
        return range(len(self))

    def filter(
        self,
        predicate: Predicate | None = None,
        *,
        since: DateLike | None = None,
        until: DateLike | None = None,
        country: str | None = None,
        dyad: tuple[str, str] | Sequence[str] | Dyad | str | None = None,
        person: str | None = None,
        locality: str | None = None,
        topic: Topic | str | None = None,
        kind: EngagementKind | str | None = None,
        agency: str | None = None,
        text_contains: str | None = None,
    ) -> Corpus:
        """The articles that meet every criterion given (AND), in corpus order.

        ``since``/``until`` bound the article date (inclusive; undated articles
        drop out); ``country`` is an alpha-3 code among the article's countries;
        ``dyad`` two codes in either order (``("VNM", "CUB")`` or ``"CUB-VNM"``);
        ``person`` and ``locality`` a name (folded: ``Ha Noi`` finds ``Hà Nội``);
        ``topic`` and ``kind`` a codebook value; ``agency`` as credited;
        ``text_contains`` a case-insensitive substring; ``predicate`` any
        function of an article. All but the last two are answered from
        indexes; :class:`Criteria` defines what each means.

        >>> import pendulum
        >>> from bilateral.model import Article, Dyad, Engagement, EngagementKind, Layout, Span
        >>> def article(id, text, **facts):
        ...     return Article(id, text, Layout(Span(0, len(text))), **facts)
        >>> c = Corpus([
        ...     article("a", "x", date=pendulum.Date(2023, 4, 1), dyad=Dyad.of("VNM", "CUB")),
        ...     article("b", "x", date=pendulum.Date(2024, 6, 1), dyad=Dyad.of("VNM", "LAO")),
        ...     article("c", "x", dyad=Dyad.of("VNM", "CUB"))])
        >>> c.filter(dyad=("VNM", "CUB")).ids, c.filter(since="2024-01-01").ids
        (('a', 'c'), ('b',))
        >>> c.filter(dyad="CUB-VNM").filter(lambda a: a.date is None).ids
        ('c',)
        """
        criteria = Criteria.of(
            predicate,
            since=since,
            until=until,
            country=country,
            dyad=dyad,
            person=person,
            locality=locality,
            topic=topic,
            kind=kind,
            agency=agency,
            text_contains=text_contains,
        )
        return self.select(criteria)

    def select(self, criteria: Criteria) -> Corpus:
        """The articles that meet ``criteria`` (see :meth:`filter`), from the indexes.

        >>> from bilateral.model import Article, Dyad, Layout, Span
        >>> c = Corpus([Article(i, "", Layout(Span(0, 0)), dyad=Dyad.of("VNM", d))
        ...             for i, d in (("a", "CUB"), ("b", "LAO"))])
        >>> c.select(Criteria.of(dyad="LAO-VNM")).ids
        ('b',)
        """
        index = self.index
        positions = index.positions(criteria.widened(index.identities), within=self._positions)
        return Corpus._view(index, positions, self.errors)

    def scan(self, criteria: Criteria) -> Corpus:
        """The same answer as :meth:`select` by testing every article (no index).

        >>> from bilateral.model import Article, Dyad, Layout, Span
        >>> c = Corpus([Article(i, "", Layout(Span(0, 0)), dyad=Dyad.of("VNM", d))
        ...             for i, d in (("a", "CUB"), ("b", "LAO"))])
        >>> wanted = Criteria.of(dyad="LAO-VNM")
        >>> c.scan(wanted).ids == c.select(wanted).ids == ('b',)
        True
        """
        from bilateral.corpus.identity import build_identities

        ids = self._index.identities if self._index is not None else build_identities(self)
        wide = criteria.widened(ids)
        return Corpus((a for a in self if wide.matches(a)), errors=self.errors)

    # --- summaries (bilateral.corpus.summary) ---

    def summary(self, *, focus: str | None = None) -> Summary:
        """Counts by dyad, partner, year, month, topic, kind and person.

        See :mod:`bilateral.corpus.summary`.

        >>> from bilateral.model import Article, Dyad, Layout, Span
        >>> c = Corpus([Article(i, "", Layout(Span(0, 0)), dyad=Dyad.of("VNM", d))
        ...             for i, d in (("a", "CUB"), ("b", "LAO"), ("c", "CUB"))])
        >>> s = c.summary()
        >>> s.articles, s.focus, s.by_partner
        (3, 'VNM', (('CUB', 2), ('LAO', 1)))
        """
        from bilateral.corpus.summary import summarize

        return summarize(self._seq(), focus=focus, identities=self.identities)

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Every engagement with its date and article, in date order (undated last).

        >>> import pendulum
        >>> from bilateral.model import Article, Dyad, Engagement, EngagementKind, Layout, Span
        >>> def article(id, text, **facts):
        ...     return Article(id, text, Layout(Span(0, len(text))), **facts)
        >>> c = Corpus([
        ...     article("a", "x", engagements=(Engagement(EngagementKind.CALL),)),
        ...     article("b", "x", engagements=(
        ...         Engagement(EngagementKind.VISIT, start=pendulum.Date(2024, 5, 2)),))])
        >>> [(t.article, t.kind.value, t.start) for t in c.timeline()]
        [('b', 'visit', Date(2024, 5, 2)), ('a', 'call', None)]
        """
        from bilateral.corpus.summary import timeline

        return timeline(self._seq())

    def network(self, *, level: str = "person") -> tuple[Edge, ...]:
        """Who met whom: one weighted edge per pair of people (``level="person"``, by
        identity: see :attr:`identities`) or of countries (``level="country"``) that
        took part in the same engagement.

        >>> from bilateral.model import Article, Dyad, Engagement, EngagementKind, Layout, Span
        >>> def article(id, text, **facts):
        ...     return Article(id, text, Layout(Span(0, len(text))), **facts)
        >>> talks = Engagement(EngagementKind.TALKS, host="Ana", participants=("Bo", "Cy"))
        >>> call = Engagement(EngagementKind.CALL, host="Bo", participants=("Ana",))
        >>> c = Corpus([article("a", "x", engagements=(talks,)),
        ...             article("b", "x", engagements=(call,))])
        >>> [(e.a, e.b, e.weight, e.kinds) for e in c.network()]
        [('Ana', 'Bo', 2, ('call', 'talks')), ('Ana', 'Cy', 1, ('talks',)),
         ('Bo', 'Cy', 1, ('talks',))]
        """
        from bilateral.corpus.summary import network

        return network(self._seq(), identities=self.identities, level=level)

    def graph(self, *, level: str = "person") -> networkx.Graph:
        """The network as a ``networkx`` graph (extra ``bilateral[network]``): people
        (keyed by identity) or, with ``level="country"``, countries.

        >>> from bilateral.model import Article, Engagement, EngagementKind, Layout, Person, Span
        >>> talks = Engagement(EngagementKind.TALKS, host="Ana", participants=("Bo",))
        >>> ana, bo = Person("Ana", country="CUB"), Person("Bo", country="VNM")
        >>> c = Corpus([Article("a", "x", Layout(Span(0, 1)), engagements=(talks,),
        ...                     people=(ana, bo))])
        >>> g = c.graph()
        >>> sorted(g.nodes), g.nodes["CUB/ana"]["name"], g.edges["CUB/ana", "VNM/bo"]["weight"]
        (['CUB/ana', 'VNM/bo'], 'Ana', 1)
        >>> sorted(c.graph(level="country").edges)
        [('CUB', 'VNM')]
        """
        from bilateral.corpus.summary import graph

        return graph(self._seq(), identities=self.identities, level=level)

    # --- identities, merged engagements, the map ---

    @property
    def identities(self) -> Identities:
        """Every person and locality once, with the keys tables and filters share (built
        on first use, from the whole corpus a filtered one came from).

        See :mod:`bilateral.corpus.identity`.

        >>> from bilateral.model import Article, Layout, Person, Span
        >>> c = Corpus([Article(i, "x", Layout(Span(0, 1)), people=(Person(n, country="VNM"),))
        ...             for i, n in (("a", "Nguyễn Xuân Phúc"), ("b", "Nguyen Xuan Phuc"))])
        >>> [(p.key, p.name, p.articles) for p in c.identities.people]
        [('VNM/nguyen-xuan-phuc', 'Nguyễn Xuân Phúc', 2)]
        """
        return self.index.identities

    def merged_engagements(self) -> tuple[MergedEngagement, ...]:
        """The engagements of the corpus with the reports of one real engagement merged
        across articles, each keeping all its sources and evidence.

        See :mod:`bilateral.corpus.merge`.

        >>> import pendulum
        >>> from bilateral.model import Article, Dyad, Engagement, EngagementKind, Layout, Span
        >>> visit = Engagement(EngagementKind.VISIT, start=pendulum.Date(2024, 5, 2),
        ...                    participants=("Ana Ruiz",))
        >>> c = Corpus([Article(i, "x", Layout(Span(0, 1)), dyad=Dyad.of("CUB", "VNM"),
        ...                     engagements=(visit,)) for i in "ab"])
        >>> [(m.kind.value, m.articles) for m in c.merged_engagements()]
        [('visit', ('a', 'b'))]
        """
        from bilateral.corpus.merge import merge_engagements

        return merge_engagements(self._seq(), self.identities)

    def map(self) -> folium.Map:
        """A map of where the engagements took place, with their counts and evidence
        (extra ``bilateral[map]``). See :mod:`bilateral.map`."""
        from bilateral.map import engagement_map

        drawn: folium.Map = engagement_map(self._seq(), self.identities)
        return drawn

    # --- exports (bilateral.corpus.export) ---

    def export(self, path: str | os.PathLike[str], *, to: str = "jsonl") -> Path:
        """Write the corpus as ``jsonl``, ``csv`` (a folder), ``parquet`` (a folder),
        ``duckdb``, or ``gdelt`` (its events as GDELT 2.0 Events rows).

        See :mod:`bilateral.corpus.export`.

        >>> import tempfile
        >>> from bilateral import load_article
        >>> c = Corpus([load_article("Hanoi (VNA) - Talks were held.", id="a")])
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     out = c.export(Path(folder, "tables"), to="csv")
        ...     files = sorted(p.name for p in out.iterdir())
        >>> files[:3], len(files)
        (['agreements.csv', 'aid.csv', 'articles.csv'], 13)
        """
        from bilateral.corpus.export import export

        return export(self, path, to=to)

    def to_pandas(self, table: str = "articles") -> pandas.DataFrame:
        """One table (``articles``, ``people``, ``engagements``, ``events``…) as a pandas frame.

        >>> from bilateral.model import Article, Layout, Person, Span
        >>> c = Corpus([Article("a", "x", Layout(Span(0, 1)),
        ...                     people=(Person("Ana", country="CUB"), Person("Bo")))])
        >>> c.to_pandas("people")[["article_id", "person", "name", "country"]]
          article_id  person name country
        0          a       0  Ana     CUB
        1          a       1   Bo    <NA>
        """
        from bilateral.corpus.export import to_pandas

        return to_pandas(self, table)

    def to_polars(self, table: str = "articles") -> polars.DataFrame:
        """One table as a polars frame (extra ``bilateral[polars]``).

        >>> from bilateral.model import Article, Layout, Person, Span
        >>> c = Corpus([Article("a", "x", Layout(Span(0, 1)),
        ...                     people=(Person("Ana", country="CUB"), Person("Bo")))])
        >>> frame = c.to_polars("people")
        >>> frame.shape, frame["name"].to_list(), frame["country"].to_list()
        ((2, 13), ['Ana', 'Bo'], ['CUB', None])
        """
        from bilateral.corpus.export import to_polars

        return to_polars(self, table)

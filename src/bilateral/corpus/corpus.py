"""A corpus: an immutable, ordered collection of articles that filters, sums up and exports.

>>> from bilateral import Corpus, parse
>>> c = Corpus([parse("Hanoi (VNA) - Talks were held.", id="a"),
...             parse("Havana (ACN) - A visit began.", id="b")])
>>> len(c), c["b"].id, [a.id for a in c.filter(text_contains="talks")]
(2, 'b', ['a'])

Loading streams: a folder, a glob or a JSON-lines file is read one file (or
line) at a time, so memory grows with the articles kept, not with the files
read; ``jobs=N`` parses in ``N`` worker processes, keeping file order; a bad
file becomes one entry of :attr:`Corpus.errors` and costs no good article (the
reading itself is :mod:`bilateral.corpus.load`).
"""

from __future__ import annotations

import collections
import os
import random
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from bilateral._read import DEFAULT_MAX_BYTES
from bilateral.corpus.index import Criteria, DateLike, Index, Predicate, calendar_day
from bilateral.corpus.load import IdRule, Progress, Sources, expand_paths, iter_load
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
    from bilateral.lexicon import Lexicon

__all__ = ["Corpus", "Progress", "expand_paths", "iter_load"]


class Corpus:
    """An immutable collection of :class:`~bilateral.model.Article` in a fixed order.

    Index it by position (``corpus[0]``) or by id (``corpus["seed-havana"]``);
    :meth:`filter`, :meth:`head`, :meth:`sample` and :meth:`sort` return a
    new corpus, so they chain. Ids are unique: a second article with an id
    already held is refused. The indexes that answer filters are built once,
    the first time a filter needs them, and shared by every corpus filtered
    from this one.

    >>> from bilateral import parse
    >>> c = Corpus([parse(" date 2023-06-09 Hanoi hosts Havana for talks.", id="a"),
    ...             parse(" date 2024-02-01 Vientiane hosts Hanoi.", id="b")])
    >>> c
    <Corpus of 2 articles>
    >>> c[0].id, c["b"].dyad, "a" in c, c[0] in c, c[1:].ids
    ('a', Dyad(a='LAO', b='VNM'), True, True, ('b',))
    >>> c.filter(dyad="Cuba-Vietnam").ids, c.filter(text_contains="vientiane").ids
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
        if len({a.id for a in self._articles}) != len(self._articles):
            counts = collections.Counter(a.id for a in self._articles)
            twice = next(i for i, n in counts.items() if n > 1)
            raise ValueError(
                f"article id {twice!r} occurs twice; a corpus holds each id once "
                "(Corpus.load(..., ids='relative') names articles by their paths)"
            )

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
        ids: IdRule = "stem",
        encoding: str = "utf-8",
        max_bytes: int = DEFAULT_MAX_BYTES,
        lexicon: Lexicon | None = None,
        progress: Progress | None = None,
    ) -> Corpus:
        """Read a folder (its ``*.txt``), a glob, a file, or a JSON-lines file of records.

        :param path_or_glob: one source, or a list of them.
        :param jobs: parse in this many processes.
        :param ids: how articles read from files are named: ``"stem"`` (the
            file name without its extension) or ``"relative"`` (the path from
            the folder all the files share, without the extension).
        :param encoding: the files' encoding (see :func:`bilateral.load_article`).
        :param max_bytes: files larger than this are refused unread.
        :param lexicon: your own places, aliases and topic cues.
        :param progress: called as ``progress(done, total)`` in bytes read.
        :returns: the corpus; every file that could not be read is one entry of
            its ``errors`` (a second article under an id already held is a
            :class:`~bilateral.errors.DuplicateIdError` there), and costs no
            good article. A file named twice is read once. See :func:`iter_load`.

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     for sub in ("a", "b"):
        ...         Path(folder, sub).mkdir()
        ...         _ = Path(folder, sub, "article.txt").write_text("Hanoi (VNA) - Talks.")
        ...     _ = Path(folder, "a", "empty.txt").write_text("")
        ...     sources = [Path(folder, "a"), Path(folder, "b")]
        ...     by_stem = Corpus.load(sources)
        ...     by_path = Corpus.load(sources, ids="relative")
        >>> by_stem.ids, [type(e).__name__ for e in by_stem.errors]
        (('article',), ['EmptyArticleError', 'DuplicateIdError'])
        >>> by_path.ids
        ('a/article', 'b/article')
        """
        articles: list[Article] = []
        errors: list[ArticleError] = []
        for item in iter_load(
            path_or_glob,
            jobs=jobs,
            ids=ids,
            encoding=encoding,
            max_bytes=max_bytes,
            lexicon=lexicon,
            progress=progress,
        ):
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
        >>> from bilateral import parse
        >>> c = Corpus([parse("Hanoi (VNA) - Talks were held.", id="a")])
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
        """Whether the corpus holds this article, or an article with this id."""
        if isinstance(key, Article):
            at = self._ids().get(key.id)
            return at is not None and self[at] == key
        return key in self._ids()

    def __repr__(self) -> str:
        errors = f", {len(self.errors)} errors" if self.errors else ""
        return f"<Corpus of {len(self)} articles{errors}>"

    def _repr_html_(self) -> str:
        """A table of the first articles, for Jupyter."""
        import html

        head = ("id", "date", "dyad", "people", "engagements", "topics", "headline")
        rows = []
        for a in self.head(10):
            day = a.date.isoformat() if a.date else (a.month or "-")
            dyad = f"{a.dyad.a}-{a.dyad.b}" if a.dyad else "-"
            topics = ", ".join(a.topic_names) or "-"
            headline = a.headline.text if a.headline else "-"
            cells = (a.id, day, dyad, len(a.people), len(a.engagements), topics, headline)
            rows.append("".join(f"<td>{html.escape(str(c))}</td>" for c in cells))
        more = f"<p>… and {len(self) - 10} more</p>" if len(self) > 10 else ""
        return (
            f"<p>{html.escape(repr(self))}</p><table><thead><tr>"
            + "".join(f"<th>{h}</th>" for h in head)
            + "</tr></thead><tbody>"
            + "".join(f"<tr>{r}</tr>" for r in rows)
            + f"</tbody></table>{more}"
        )

    @property
    def ids(self) -> tuple[str, ...]:
        """The articles' ids in corpus order.

        >>> from bilateral import parse
        >>> Corpus([parse("Talks were held.", id=i) for i in "ba"]).ids
        ('b', 'a')
        """
        return tuple(a.id for a in self)

    def _indexes(self) -> Index:
        """The indexes behind :meth:`filter` (built on first use, then kept and shared)."""
        if self._index is None:
            self._index = Index.build(self._seq())
        return self._index

    def _index_positions(self) -> Sequence[int]:
        if self._positions is not None:
            return self._positions
        return range(len(self))

    def head(self, n: int = 5) -> Corpus:
        """The first ``n`` articles.

        >>> from bilateral import parse
        >>> Corpus([parse("Talks were held.", id=i) for i in "abc"]).head(2).ids
        ('a', 'b')
        """
        return self[:n]

    def sample(self, n: int, *, seed: int | None = None) -> Corpus:
        """``n`` articles drawn at random (the same ones for the same ``seed``), in corpus order.

        Raises ``ValueError`` when ``n`` is more than the corpus holds.

        >>> from bilateral import parse
        >>> c = Corpus([parse("Talks were held.", id=str(i)) for i in range(10)])
        >>> c.sample(3, seed=1).ids == c.sample(3, seed=1).ids, len(c.sample(3))
        (True, 3)
        """
        if not 0 <= n <= len(self):
            raise ValueError(f"cannot sample {n} of {len(self)} articles")
        chosen = sorted(random.Random(seed).sample(range(len(self)), n))
        positions = self._index_positions()
        return Corpus._view(self._indexes(), [positions[i] for i in chosen], self.errors)

    def sort(
        self, by: str | Callable[[Article], object] = "date", *, reverse: bool = False
    ) -> Corpus:
        """The articles in another order: by ``"date"``, ``"id"`` or a key function.

        Dates follow the one rule for partial dates (a month-only article
        stands on its month's first day, :func:`~bilateral.corpus.index.calendar_day`);
        undated articles come last either way. Equal keys keep corpus order.

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Talks.", id="new"), parse("Talks.", id="none"),
        ...             parse(" date 2023-04 Talks.", id="month")])
        >>> c.sort().ids, c.sort(reverse=True).ids, c.sort("id").ids
        (('month', 'new', 'none'), ('new', 'month', 'none'), ('month', 'new', 'none'))
        """
        articles = list(self)
        if by == "date":
            dated = [a for a in articles if calendar_day(a) is not None]
            undated = [a for a in articles if calendar_day(a) is None]
            dated.sort(key=calendar_day, reverse=reverse)  # type: ignore[arg-type]
            return Corpus(dated + undated, errors=self.errors)
        if by == "id":
            return Corpus(sorted(articles, key=lambda a: a.id, reverse=reverse), errors=self.errors)
        if callable(by):
            return Corpus(sorted(articles, key=by, reverse=reverse), errors=self.errors)  # type: ignore[arg-type]
        raise ValueError(f"sort by 'date', 'id' or a function of an article, not {by!r}")

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

        :param since: the first day kept (``YYYY-MM-DD`` or a date), inclusive.
        :param until: the last day kept, inclusive. Undated articles drop out
            of both; a month-only article stands on its month's first day.
        :param country: a country among the article's: an ISO 3166-1 alpha-3
            or alpha-2 code, a name (``Laos``, ``Viet Nam``) or a demonym (``Lao``).
        :param dyad: the article's two countries in either order, as
            ``"CUB-VNM"``, ``"Vietnam-Laos"``, a pair, or a :class:`~bilateral.model.Dyad`.
        :param person: a person's name or alias; ``locality`` a place's name
            (both folded: ``Ha Noi`` finds ``Hà Nội``).
        :param topic: a :class:`~bilateral.model.Topic` or its value, any case.
        :param kind: an :class:`~bilateral.model.EngagementKind` or its value.
        :param agency: the news agency, as credited (folded).
        :param text_contains: a case-insensitive substring of the text.
        :param predicate: any function of an article.
        :returns: a new corpus (a view sharing this one's indexes).
        :raises ValueError: a value that is none of the above, naming it and
            the valid choices.

        >>> from bilateral import parse
        >>> c = Corpus([
        ...     parse(" date 2023-04-01 Havana hosts Hanoi.", id="a"),
        ...     parse(" date 2024-06 Laos and Viet Nam agreed to expand health cooperation.",
        ...           id="b"),
        ...     parse("Havana hosts Hanoi.", id="c")])
        >>> c.filter(country="Laos").ids, c.filter(dyad=("Cuba", "VNM")).ids
        (('b',), ('a', 'c'))
        >>> c.filter(since="2024-01-01").ids, c.filter(topic="Health").ids
        (('b',), ('b',))
        >>> c.filter(dyad="CUB-VNM").filter(lambda a: a.date is None).ids
        ('c',)
        >>> c.filter(topic="gardening")
        Traceback (most recent call last):
        ValueError: unknown topic 'gardening'; the topics are agriculture, culture, ...
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
        return self._select(criteria)

    def _select(self, criteria: Criteria) -> Corpus:
        """The articles that meet ``criteria`` (see :meth:`filter`), from the indexes."""
        index = self._indexes()
        if criteria.person is not None:
            # (the identities, costly on a large corpus, only for a person's other spellings)
            criteria = criteria.widened(index.identities)
        positions = index.positions(criteria, within=self._positions)
        return Corpus._view(index, positions, self.errors)

    def _scan(self, criteria: Criteria) -> Corpus:
        """The same answer as :meth:`_select` by testing every article (no index)."""
        from bilateral.corpus.identity import build_identities

        ids = self._index.identities if self._index is not None else build_identities(self)
        wide = criteria.widened(ids)
        return Corpus((a for a in self if wide.matches(a)), errors=self.errors)

    # --- summaries (bilateral.corpus.summary) ---

    def summary(self, *, focus: str | None = None) -> Summary:
        """Counts by dyad, partner, year, month, topic, kind and person.

        See :mod:`bilateral.corpus.summary`.

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Havana hosts Hanoi.", id="a"),
        ...             parse(" date 2024-04 Vientiane hosts Hanoi.", id="b"),
        ...             parse("Havana hosts Hanoi.", id="c")])
        >>> s = c.summary()
        >>> s.articles, s.dated, s.focus, s.by_partner, s.by_year
        (3, 2, 'VNM', (('CUB', 2), ('LAO', 1)), (('2024', 2),))
        """
        from bilateral.corpus.summary import summarize

        return summarize(self._seq(), focus=focus, identities=self.identities)

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Every engagement with its date and article, in date order (undated last).

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Havana (ACN) - Cuban President Ana Ruiz received "
        ...                   "Vietnamese Minister Bo Lin in Havana on Monday.", id="a")])
        >>> [(t.article, t.kind.value, t.start, t.host, t.participants) for t in c.timeline()]
        [('a', 'reception', Date(2024, 3, 4), 'Ana Ruiz', ('Bo Lin',))]
        """
        from bilateral.corpus.summary import timeline

        return timeline(self._seq())

    def network(self, *, level: str = "person") -> tuple[Edge, ...]:
        """Who met whom: one weighted edge per pair of people (``level="person"``, by
        identity: see :attr:`identities`) or of countries (``level="country"``) that
        took part in the same engagement.

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Havana (ACN) - Cuban President Ana Ruiz received "
        ...                   "Vietnamese Minister Bo Lin in Havana on Monday.", id="a")])
        >>> [(e.a, e.b, e.weight, e.kinds) for e in c.network()]
        [('Ana Ruiz', 'Bo Lin', 1, ('reception',))]
        >>> [(e.a, e.b, e.weight) for e in c.network(level="country")]
        [('CUB', 'VNM', 1)]
        """
        from bilateral.corpus.summary import network

        return network(self._seq(), identities=self.identities, level=level)

    def graph(self, *, level: str = "person") -> networkx.Graph:
        """The network as a ``networkx`` graph (extra ``bilateral[network]``): people
        (keyed by identity) or, with ``level="country"``, countries.

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Havana (ACN) - Cuban President Ana Ruiz received "
        ...                   "Vietnamese Minister Bo Lin in Havana on Monday.", id="a")])
        >>> g = c.graph()
        >>> sorted(g.nodes), g.nodes["CUB/ana-ruiz"]["name"]
        (['CUB/ana-ruiz', 'VNM/bo-lin'], 'Ana Ruiz')
        >>> g.edges["CUB/ana-ruiz", "VNM/bo-lin"]["weight"], sorted(c.graph(level="country").edges)
        (1, [('CUB', 'VNM')])
        """
        from bilateral.corpus.summary import graph

        return graph(self._seq(), identities=self.identities, level=level)

    # --- identities, merged engagements, the map ---

    @property
    def identities(self) -> Identities:
        """Every person and locality once, with the keys tables and filters share (built
        on first use, from the whole corpus a filtered one came from).

        See :mod:`bilateral.corpus.identity`.

        >>> from bilateral import parse
        >>> told = (" date 2024-05-07 {} - Vietnamese Prime Minister {} received Lao "
        ...         "Minister Bo Lin in Hanoi on Monday.")
        >>> c = Corpus([parse(told.format("Hanoi (VNA)", "Nguyễn Xuân Phúc"), id="a"),
        ...             parse(told.format("Vientiane (KPL)", "Nguyen Xuan Phuc"), id="b")])
        >>> [(p.key, p.name, p.articles) for p in c.identities.people]
        [('LAO/bo-lin', 'Bo Lin', 2), ('VNM/nguyen-xuan-phuc', 'Nguyễn Xuân Phúc', 2)]
        >>> c.filter(person="Nguyen Xuan Phuc").ids, c.filter(locality="Ha Noi").ids
        (('a', 'b'), ('a', 'b'))
        """
        return self._indexes().identities

    def merged_engagements(self) -> tuple[MergedEngagement, ...]:
        """The engagements of the corpus with the reports of one real engagement merged
        across articles, each keeping all its sources and evidence.

        See :mod:`bilateral.corpus.merge`.

        >>> from bilateral import parse
        >>> told = (" date 2024-05-07 {} - Vietnamese Prime Minister {} received Lao "
        ...         "Minister Bo Lin in Hanoi on Monday.")
        >>> c = Corpus([parse(told.format("Hanoi (VNA)", "Nguyễn Xuân Phúc"), id="a"),
        ...             parse(told.format("Vientiane (KPL)", "Nguyen Xuan Phuc"), id="b")])
        >>> [(m.kind.value, m.start, m.articles) for m in c.merged_engagements()]
        [('reception', Date(2024, 5, 6), ('a', 'b'))]
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

    def export(
        self, path: str | os.PathLike[str], *, to: str | None = None, table: str | None = None
    ) -> Path:
        """Write the corpus in the format the path's suffix names.

        ``records.jsonl`` (``.ndjson``, ``.jsonl.gz``) writes JSON lines,
        ``corpus.duckdb`` a DuckDB database, a folder one file per table
        (``to="csv"`` or ``to="parquet"``), ``people.csv`` or
        ``people.parquet`` the one ``table`` given, and ``events.tsv`` with
        ``to="gdelt"`` the events as GDELT 2.0 Events rows. A ``to`` the
        suffix contradicts is refused. See :func:`bilateral.corpus.export.export`.

        >>> import tempfile
        >>> from bilateral import parse
        >>> c = Corpus([parse("Hanoi (VNA) - Talks were held.", id="a")])
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     out = c.export(Path(folder, "tables"), to="csv")
        ...     files = sorted(p.name for p in out.iterdir())
        ...     one = c.export(Path(folder, "records.jsonl")).name
        >>> files[:3], len(files), one
        (['agreements.csv', 'aid.csv', 'articles.csv'], 13, 'records.jsonl')
        """
        from bilateral.corpus.export import export

        return export(self, path, to=to, table=table)

    def to_pandas(self, table: str = "articles") -> pandas.DataFrame:
        """One table (``articles``, ``people``, ``engagements``, ``events``…) as a pandas frame.

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Havana (ACN) - Cuban President Ana Ruiz received "
        ...                   "Vietnamese Minister Bo Lin in Havana on Monday.", id="a")])
        >>> c.to_pandas("people")[["article_id", "person", "name", "country"]]
          article_id  person      name country
        0          a       0  Ana Ruiz     CUB
        1          a       1    Bo Lin     VNM
        """
        from bilateral.corpus.export import to_pandas

        return to_pandas(self, table)

    def to_polars(self, table: str = "articles") -> polars.DataFrame:
        """One table as a polars frame (extra ``bilateral[polars]``).

        >>> from bilateral import parse
        >>> c = Corpus([parse(" date 2024-03-05 Havana (ACN) - Cuban President Ana Ruiz received "
        ...                   "Vietnamese Minister Bo Lin in Havana on Monday.", id="a")])
        >>> frame = c.to_polars("people")
        >>> frame.shape, frame["name"].to_list(), frame["country"].to_list()
        ((2, 13), ['Ana Ruiz', 'Bo Lin'], ['CUB', 'VNM'])
        """
        from bilateral.corpus.export import to_polars

        return to_polars(self, table)

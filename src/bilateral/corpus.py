"""A corpus: an immutable, ordered collection of articles that filters and chains.

>>> from bilateral import Corpus, load_article
>>> c = Corpus([load_article("Hanoi (VNA) - Talks were held.", id="a"),
...             load_article("Havana (ACN) - A visit began.", id="b")])
>>> len(c), c["b"].id, [a.id for a in c.filter(text_contains="talks")]
(2, 'b', ['a'])
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import overload

import pendulum

from bilateral.errors import ArticleError
from bilateral.model import Article, Dyad, EngagementKind, Topic

__all__ = ["Corpus"]

Predicate = Callable[[Article], bool]
DateLike = pendulum.Date | str


def _as_date(value: DateLike) -> pendulum.Date:
    if isinstance(value, pendulum.Date):
        return value
    year, month, day = (int(x) for x in value.split("-"))
    return pendulum.Date(year, month, day)


def expand_paths(path_or_glob: str | os.PathLike[str]) -> list[Path]:
    """The article files a path names: a folder's ``*.txt``, a glob's matches, or the file."""
    text = os.fspath(path_or_glob)
    path = Path(text)
    if path.is_dir():
        return sorted(p for p in path.glob("*.txt") if p.is_file())
    if any(ch in text for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
    return [path]


class Corpus:
    """An immutable collection of :class:`~bilateral.model.Article` in a fixed order.

    Index it by position (``corpus[0]``) or by id (``corpus["seed-havana"]``);
    :meth:`filter` returns a new corpus, so filters chain.
    """

    __slots__ = ("_articles", "_by_id", "errors")

    def __init__(
        self, articles: Iterable[Article] = (), *, errors: Iterable[ArticleError] = ()
    ) -> None:
        self._articles: tuple[Article, ...] = tuple(articles)
        self._by_id: dict[str, int] = {}
        for i, a in enumerate(self._articles):
            self._by_id.setdefault(a.id, i)
        #: The errors met while loading, one per bad file.
        self.errors: tuple[ArticleError, ...] = tuple(errors)

    @classmethod
    def load(cls, path_or_glob: str | os.PathLike[str]) -> Corpus:
        """Parse a folder (its ``*.txt``), a glob, or one file; bad files go to ``errors``."""
        from bilateral import load_article

        articles: list[Article] = []
        errors: list[ArticleError] = []
        for path in expand_paths(path_or_glob):
            try:
                articles.append(load_article(path))
            except ArticleError as exc:
                errors.append(exc)
        return cls(articles, errors=errors)

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    @overload
    def __getitem__(self, key: int | str) -> Article: ...
    @overload
    def __getitem__(self, key: slice) -> Corpus: ...
    def __getitem__(self, key: int | str | slice) -> Article | Corpus:
        if isinstance(key, str):
            try:
                return self._articles[self._by_id[key]]
            except KeyError:
                raise KeyError(f"no article with id {key!r}") from None
        if isinstance(key, slice):
            return Corpus(self._articles[key])
        return self._articles[key]

    def __contains__(self, key: object) -> bool:
        return key in self._by_id

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles>"

    @property
    def ids(self) -> tuple[str, ...]:
        """The articles' ids in corpus order."""
        return tuple(a.id for a in self._articles)

    def filter(
        self,
        predicate: Predicate | None = None,
        *,
        since: DateLike | None = None,
        until: DateLike | None = None,
        country: str | None = None,
        dyad: tuple[str, str] | Dyad | None = None,
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
        ``dyad`` two codes in either order; ``person`` and ``locality`` a name
        (folded: ``Ha Noi`` finds ``Hà Nội``); ``topic`` and ``kind`` a
        codebook value; ``agency`` as credited; ``text_contains`` a
        case-insensitive substring; ``predicate`` any function of an article.
        """
        from bilateral._text import fold

        lo = _as_date(since) if since is not None else None
        hi = _as_date(until) if until is not None else None
        want_dyad = Dyad.of(*dyad) if isinstance(dyad, tuple) else dyad
        want_person = fold(person) if person else None
        want_locality = fold(locality) if locality else None
        want_topic = Topic(topic) if topic is not None else None
        want_kind = EngagementKind(kind) if kind is not None else None
        want_agency = fold(agency) if agency else None
        needle = text_contains.lower() if text_contains else None

        def keep(a: Article) -> bool:
            if lo is not None and (a.date is None or a.date < lo):
                return False
            if hi is not None and (a.date is None or a.date > hi):
                return False
            if country is not None and country.upper() not in a.country_codes:
                return False
            if want_dyad is not None and a.dyad != want_dyad:
                return False
            if want_person is not None and not any(
                fold(n) == want_person for p in a.people for n in (p.name, *p.aliases)
            ):
                return False
            if want_locality is not None and not any(
                fold(loc.name) == want_locality for loc in a.localities
            ):
                return False
            if want_topic is not None and all(t.topic != want_topic for t in a.topics):
                return False
            if want_kind is not None and all(e.kind != want_kind for e in a.engagements):
                return False
            if want_agency is not None and (a.agency is None or fold(a.agency.text) != want_agency):
                return False
            if needle is not None and needle not in a.text.lower():
                return False
            return predicate is None or predicate(a)

        return Corpus((a for a in self._articles if keep(a)), errors=self.errors)

"""bilateral: typed, immutable records of bilateral relations from English news articles.

Two calls read an article: :func:`load_article` reads a file, :func:`parse`
parses text you already hold. :class:`Corpus` loads, filters, counts and
exports many.

>>> import bilateral
>>> a = bilateral.parse(" date 2023-06-09 Hanoi hosts Havana\\n\\nHÀ NỘI — The two cities met.",
...                     id="demo")
>>> a.id, a.date.isoformat(), a.dyad
('demo', '2023-06-09', Dyad(a='CUB', b='VNM'))
"""

import os as _os
import warnings as _warnings

from bilateral import _read
from bilateral._extract import pipeline as _pipeline
from bilateral.convert import converter, dumps, loads, structure, to_record, unstructure
from bilateral.corpus import Corpus, iter_load
from bilateral.errors import (
    ArticleError,
    ArticleNotFoundError,
    DuplicateIdError,
    EmptyArticleError,
    EncodingError,
    NotTextError,
    TooLargeError,
)
from bilateral.lexicon import Lexicon
from bilateral.model import (
    Agreement,
    Aid,
    Article,
    Country,
    Dyad,
    Engagement,
    EngagementKind,
    Event,
    Layout,
    Locality,
    Person,
    Snippet,
    Span,
    Topic,
    TopicMention,
)
from bilateral.render import render_html

__version__ = "0.1.0"

#: Inputs larger than this many bytes are refused unread (``max_bytes=`` changes it).
DEFAULT_MAX_BYTES = _read.DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Agreement",
    "Aid",
    "Article",
    "ArticleError",
    "ArticleNotFoundError",
    "Corpus",
    "Country",
    "DuplicateIdError",
    "Dyad",
    "EmptyArticleError",
    "EncodingError",
    "Engagement",
    "EngagementKind",
    "Event",
    "Layout",
    "Lexicon",
    "Locality",
    "NotTextError",
    "Person",
    "Snippet",
    "Span",
    "TooLargeError",
    "Topic",
    "TopicMention",
    "converter",
    "dumps",
    "iter_load",
    "load_article",
    "loads",
    "parse",
    "render_html",
    "structure",
    "to_record",
    "unstructure",
]


def load_article(
    path: str | _os.PathLike[str],
    *,
    id: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    lexicon: Lexicon | None = None,
) -> Article:
    """Read one article file and extract its facts.

    :param path: the file, as a ``str`` or any ``os.PathLike``.
    :param id: the article's id; by default the file name without its extension.
    :param encoding: the file's encoding. The default reads UTF-8, and UTF-16
        or UTF-32 when the file starts with their byte-order mark.
    :param max_bytes: files larger than this are refused unread.
    :param lexicon: your own places, aliases and topic cues (see :class:`Lexicon`).
    :returns: the :class:`Article`, its ``source`` the path.
    :raises ArticleNotFoundError: no file at ``path`` (the message names it).
    :raises ArticleError: the file is not an article: :class:`NotTextError`,
        :class:`EncodingError` (the message names ``encoding=``),
        :class:`TooLargeError`, :class:`EmptyArticleError`.

    To parse text you already hold, call :func:`parse`.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "talks.txt")
    ...     _ = path.write_text(" date 2024-05-20 Hanoi (VNA) - Talks were held.")
    ...     a = load_article(path)
    >>> a.id, a.date.isoformat(), a.agency.text
    ('talks', '2024-05-20', 'VNA')
    >>> load_article("seeds/seed-havanna.txt")
    Traceback (most recent call last):
    bilateral.errors.ArticleNotFoundError: seeds/seed-havanna.txt: no such file
    """
    _read.check_encoding(encoding)
    if isinstance(path, bytes):
        _deprecated_text("bytes")
        return parse(path, id=id or "article", encoding=encoding, max_bytes=max_bytes)
    if isinstance(path, str) and not _read.looks_like_path(path) and not _is_file(path):
        # Article text given where a path belongs: parsed as before, with a warning.
        _deprecated_text("text")
        return parse(path, id=id or "article", max_bytes=max_bytes, lexicon=lexicon)
    _check_lexicon(lexicon)
    text, stem, name = _read.read_file(path, max_bytes=max_bytes, encoding=encoding)
    return _pipeline.parse_text(text, id=id or stem, source=name, lexicon=lexicon)


def parse(
    text: str | bytes,
    *,
    id: str = "article",
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    lexicon: Lexicon | None = None,
) -> Article:
    """Extract the facts of an article given as text (or as the bytes of a file).

    :param text: the article's text; ``bytes`` are decoded with ``encoding``.
    :param id: the article's id.
    :param encoding: how to decode ``bytes`` (as :func:`load_article`).
    :param max_bytes: inputs larger than this are refused.
    :param lexicon: your own places, aliases and topic cues (see :class:`Lexicon`).
    :returns: the :class:`Article` (its ``source`` is None).
    :raises ArticleError: an empty, binary, undecodable or oversized input,
        or a string that is a file's path (read files with :func:`load_article`).

    >>> a = parse("Hanoi (VNA) - Viet Nam and Cuba held talks on Monday.", id="x")
    >>> a.id, a.date, a.country_codes
    ('x', None, ('CUB', 'VNM'))
    >>> parse("seeds/seed-havanna.txt")
    Traceback (most recent call last):
    bilateral.errors.ArticleError: <string>: this is a file's path, not an article's text: \
read files with load_article(path)
    """
    _read.check_encoding(encoding)
    if isinstance(text, str) and (_read.looks_like_path(text) or _is_file(text)):
        raise ArticleError(
            "<string>",
            "this is a file's path, not an article's text: read files with load_article(path)",
        )
    name = "<bytes>" if isinstance(text, bytes) else "<string>"
    _check_lexicon(lexicon)
    clean = _read.read_text(text, name=name, max_bytes=max_bytes, encoding=encoding)
    return _pipeline.parse_text(clean, id=id, source=None, lexicon=lexicon)


def _is_file(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and _os.path.isfile(text)


def _deprecated_text(what: str) -> None:
    _warnings.warn(
        f"load_article() reads files; for an article's {what} call bilateral.parse(...)",
        DeprecationWarning,
        stacklevel=3,
    )


def _check_lexicon(lexicon: Lexicon | None) -> None:
    # A table given as dicts or a path is refused at once, not half-read by a stage.
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise TypeError(
            f"lexicon must be a bilateral.Lexicon (Lexicon.load(path), Lexicon.from_rows(rows)),"
            f" got {type(lexicon).__name__}"
        )

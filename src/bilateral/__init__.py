"""bilateral: typed, immutable records of bilateral relations from English news articles.

>>> import bilateral
>>> a = bilateral.load_article(
...     " date 2023-06-09 Hanoi hosts Havana\\n\\nHÀ NỘI — The two cities met. — VNS", id="demo")
>>> a.date.isoformat()
'2023-06-09'
"""

from __future__ import annotations

from bilateral._extract.pipeline import parse_text
from bilateral._read import DEFAULT_MAX_BYTES, Source, read_source
from bilateral.convert import converter, dumps, loads, structure, to_record, unstructure
from bilateral.corpus import Corpus, iter_load
from bilateral.errors import ArticleError
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

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Agreement",
    "Aid",
    "Article",
    "ArticleError",
    "Corpus",
    "Country",
    "Dyad",
    "Engagement",
    "EngagementKind",
    "Event",
    "Layout",
    "Locality",
    "Person",
    "Snippet",
    "Span",
    "Topic",
    "TopicMention",
    "converter",
    "dumps",
    "iter_load",
    "load_article",
    "loads",
    "render_html",
    "structure",
    "to_record",
    "unstructure",
]


def load_article(
    source: Source, *, id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read one article and extract its facts.

    ``source`` is a path (``str`` naming an existing file, or any
    ``os.PathLike``), the article's text as a ``str``, or its bytes. ``id``
    defaults to the file name without its extension (``"article"`` for text).
    Files over ``max_bytes`` are refused unread.

    Raises :class:`ArticleError` (a ``ValueError``) naming the file and the
    reason when the input is not a readable article; never anything else.

    >>> a = load_article("Hanoi (VNA) - Viet Nam and Cuba held talks on Monday.", id="x")
    >>> a.id, a.date is None
    ('x', True)
    """
    text, default_id, path = read_source(source, max_bytes=max_bytes)
    name = path or ("<bytes>" if isinstance(source, bytes) else "<string>")
    try:
        return parse_text(text, id=id or default_id, source=path)
    except ArticleError:
        raise
    except Exception as exc:  # a defect in an extractor must not cost the caller a traceback
        raise ArticleError(
            name, f"internal error while parsing: {type(exc).__name__}: {exc}"
        ) from exc

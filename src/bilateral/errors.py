"""Errors raised by bilateral: one family, :class:`ArticleError`, for inputs that are not articles.

Each error names its source (the file, or ``<string>``, ``<bytes>``, ``<stdin>``)
and the reason, and where it applies the span of the input at fault. The
subclasses say which kind of fault, so that a caller may treat one apart:

| class | raised when |
|---|---|
| :class:`ArticleNotFoundError` | no file at the path (or a folder there) |
| :class:`NotTextError` | the file is binary: a PDF, an image, an archive |
| :class:`EncodingError` | the bytes do not decode in the encoding given |
| :class:`TooLargeError` | the input is over the size limit |
| :class:`EmptyArticleError` | nothing but white space |
| :class:`DuplicateIdError` | a corpus already holds an article with this id |

All are ``ValueError`` s. A defect inside bilateral is none of these: it
propagates as the exception it is (only corpus loading, which must not lose
the good articles for one bad one, keeps it as an :class:`ArticleError`
value whose ``__cause__`` is the defect).

>>> err = EncodingError("a.txt", "not decodable as utf-8", span=(4, 5))
>>> str(err), err.span, isinstance(err, ArticleError), isinstance(err, ValueError)
('a.txt: not decodable as utf-8 (at offset 4)', (4, 5), True, True)
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "ArticleNotFoundError",
    "DuplicateIdError",
    "EmptyArticleError",
    "EncodingError",
    "NotTextError",
    "TooLargeError",
]


class ArticleError(ValueError):
    """An input could not be read as an article.

    ``source`` names the file (or ``<string>`` for text given directly),
    ``reason`` says why, ``span`` is the ``(start, end)`` offsets of the
    input at fault where one is known (bytes for a decoding failure,
    characters otherwise), and ``offset`` its start.

    >>> err = ArticleError("a.txt", "the file is empty")
    >>> str(err), err.span, err.offset
    ('a.txt: the file is empty', None, None)
    >>> ArticleError("a.txt", "impossible header date", offset=6).span
    (6, 6)
    """

    def __init__(
        self,
        source: str,
        reason: str,
        *,
        offset: int | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        if span is None and offset is not None:
            span = (offset, offset)
        self.source = source
        self.reason = reason
        self.span = span
        self.offset = span[0] if span is not None else None
        where = f" (at offset {self.offset})" if self.offset is not None else ""
        super().__init__(f"{source}: {reason}{where}")

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps the error and its class picklable across worker processes.
        return (_rebuild, (type(self), self.source, self.reason, self.span))


class ArticleNotFoundError(ArticleError):
    """No article file at the path: missing, or a folder.

    >>> ArticleNotFoundError("seeds/seed-havanna.txt", "no such file").reason
    'no such file'
    """


class NotTextError(ArticleError):
    """The input is not text (a PDF, an image, an archive, binary data).

    >>> NotTextError("a.pdf", "not a text file (a PDF document)", offset=0).span
    (0, 0)
    """


class EncodingError(ArticleError):
    """The bytes do not decode in the encoding given (``encoding=``, ``--encoding``).

    ``span`` is the byte range that failed.

    >>> EncodingError("a.txt", "not decodable as utf-8", span=(34, 35)).offset
    34
    """


class TooLargeError(ArticleError):
    """The input is over the size limit (``max_bytes=``).

    >>> TooLargeError("big.txt", "is 9,000,000 bytes, over the limit of 4,194,304").source
    'big.txt'
    """


class EmptyArticleError(ArticleError):
    """The input holds nothing but white space.

    >>> str(EmptyArticleError("<string>", "the article is empty"))
    '<string>: the article is empty'
    """


class DuplicateIdError(ArticleError):
    """A corpus already holds an article with this id.

    >>> DuplicateIdError("b/article.txt", "id 'article' is taken by a/article.txt").reason
    "id 'article' is taken by a/article.txt"
    """


def _rebuild(
    cls: type[ArticleError], source: str, reason: str, span: tuple[int, int] | None
) -> ArticleError:
    return cls(source, reason, span=span)

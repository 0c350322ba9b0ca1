"""Errors raised by bilateral. Each names the file (or ``<string>``) and the reason."""

from __future__ import annotations

__all__ = ["ArticleError"]


class ArticleError(ValueError):
    """An article could not be read.

    ``source`` names the file (or ``<string>`` for text given directly),
    ``reason`` says why, and ``offset`` is the character (or, for a decode
    failure, byte) offset where reading failed, where one is known.

    >>> err = ArticleError("a.txt", "the file is empty")
    >>> str(err)
    'a.txt: the file is empty'
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, source: str, reason: str, *, offset: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.offset = offset
        where = f" (at offset {offset})" if offset is not None else ""
        super().__init__(f"{source}: {reason}{where}")

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps the error picklable across worker processes with its keyword argument.
        return (_rebuild, (self.source, self.reason, self.offset))


def _rebuild(source: str, reason: str, offset: int | None) -> ArticleError:
    return ArticleError(source, reason, offset=offset)

"""Reading a source (a path, text or bytes) into normalised text, or a clear ArticleError."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from bilateral._text import normalize
from bilateral.errors import ArticleError

__all__ = ["DEFAULT_MAX_BYTES", "Source", "decode", "read_source"]

#: Files larger than this are refused without being read whole.
DEFAULT_MAX_BYTES = 4 * 1024 * 1024

Source = str | bytes | os.PathLike[str]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16/32 with a byte-order mark)."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    else:
        if b"\x00" in data[:8192]:
            raise ArticleError(
                source, "not a text file (it holds NUL bytes)", offset=data.index(b"\x00")
            )
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            source, f"not decodable as {encoding}: {exc.reason}", offset=exc.start
        ) from None


def _is_path(source: str) -> bool:
    if "\n" in source or len(source) > 4096 or not source.strip():
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def read_source(
    source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, str, str | None]:
    """Return ``(text, default_id, path)`` for a source.

    A ``PathLike`` is a file; a ``str`` is a file when it names one, else the
    article's text; ``bytes`` are the file's contents.
    """
    if isinstance(source, bytes):
        return _checked(normalize(decode(source, "<bytes>")), "<bytes>"), "article", None
    if isinstance(source, str) and not _is_path(source):
        return _checked(normalize(source), "<string>"), "article", None
    path = Path(os.fspath(source))
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ArticleError(name, "is a folder, not an article file")
        if size > max_bytes:
            raise ArticleError(name, f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(name, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleError(name, f"file is over the limit of {max_bytes:,} bytes")
    text = normalize(decode(data, name))
    return _checked(text, name), path.stem, name


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise ArticleError(source, "the article is empty")
    return text

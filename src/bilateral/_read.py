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
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats, refused before any decoding is tried.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
# Control characters that text never holds (tab, line ends, form feed and escape aside).
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}


def decode(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16/32 with a byte-order mark), or raise ArticleError.

    A decode failure names ``source`` and the byte offset in ``data``.

    >>> decode(b"\\xef\\xbb\\xbfHa Noi", "a.txt")
    'Ha Noi'
    >>> try:
    ...     decode(b"Cafe\\xe9 talks", "a.txt")
    ... except ValueError as err:
    ...     print(err.offset, err.reason)
    4 not decodable as utf-8: invalid continuation byte
    """
    encoding, skip = "utf-8", 0
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, skip = name, len(bom)
            break
    else:
        _refuse_binary(data, source)
    if encoding == "utf-32-le":
        # FF FE 00 00 is also UTF-16's mark before a NUL character: what is not UTF-32
        # is read as that.
        try:
            return data[skip:].decode(encoding)
        except UnicodeDecodeError:
            encoding, skip = "utf-16-le", len(codecs.BOM_UTF16_LE)
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            source, f"not decodable as {encoding}: {exc.reason}", offset=skip + exc.start
        ) from None


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(source, f"not a text file ({what})", offset=0)
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise ArticleError(source, "not a text file (it holds NUL bytes)", offset=nul)
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls * 20 > len(head):
        raise ArticleError(source, "not a text file (binary content)", offset=0)


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
        _check_size(len(source), max_bytes, "<bytes>")
        return _checked(normalize(decode(source, "<bytes>")), "<bytes>"), "article", None
    if isinstance(source, str) and not _is_path(source):
        # Each character is at least one byte: a text longer than the limit is over it.
        _check_size(len(source), max_bytes, "<string>")
        return _checked(normalize(source), "<string>"), "article", None
    path = Path(os.fspath(source))
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ArticleError(name, "is a folder, not an article file")
        _check_size(size, max_bytes, name)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(name, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleError(name, f"file is over the limit of {max_bytes:,} bytes")
    text = normalize(decode(data, name))
    return _checked(text, name), path.stem, name


def _check_size(size: int, max_bytes: int, source: str) -> None:
    if size > max_bytes:
        raise ArticleError(source, f"is {size:,} bytes, over the limit of {max_bytes:,}")


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise ArticleError(source, "the article is empty")
    return text

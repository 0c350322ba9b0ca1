"""Reading a source (a path, text or bytes) into normalised text, or a clear ArticleError."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from bilateral._text import normalize
from bilateral.errors import (
    ArticleError,
    ArticleNotFoundError,
    EmptyArticleError,
    EncodingError,
    NotTextError,
    TooLargeError,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Source",
    "check_encoding",
    "decode",
    "looks_like_path",
    "read_file",
    "read_source",
    "read_text",
]

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
# Encodings of two or four bytes a character, whose text holds NUL bytes by nature.
_WIDE = frozenset(
    codecs.lookup(n).name
    for n in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
)
# Control characters that text never holds (tab, line ends, form feed and escape aside).
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}


def decode(data: bytes, source: str, encoding: str = "utf-8") -> str:
    """Decode bytes, or raise an :class:`~bilateral.errors.ArticleError`.

    With the default ``encoding="utf-8"`` a byte-order mark chooses UTF-8,
    UTF-16 or UTF-32; without one the bytes are UTF-8. Any other encoding
    Python knows is taken as given. A decoding failure is an
    :class:`~bilateral.errors.EncodingError` naming ``source``, the byte
    offsets in ``data`` and the option that chooses the encoding.

    >>> decode(b"\\xef\\xbb\\xbfHa Noi", "a.txt")
    'Ha Noi'
    >>> decode(b"Caf\\xe9 talks", "a.txt", encoding="latin-1")
    'Café talks'
    >>> try:
    ...     decode(b"Cafe\\xe9 talks", "a.txt")
    ... except ValueError as err:
    ...     print(type(err).__name__, err.span)
    ...     print(err.reason.split(";")[1])
    EncodingError (4, 5)
     if the file is in another encoding, give it with encoding= (--encoding on the command line)
    """
    skip = 0
    sniffed = codecs.lookup(encoding).name == "utf-8"
    if sniffed:
        for bom, name in _BOMS:
            if data.startswith(bom):
                encoding, skip = name, len(bom)
                break
        else:
            _refuse_binary(data, source)
    elif codecs.lookup(encoding).name not in _WIDE:
        _refuse_binary(data, source)
    if sniffed and encoding == "utf-32-le":
        # FF FE 00 00 is also UTF-16's mark before a NUL character: what is not UTF-32
        # is read as that.
        try:
            return data[skip:].decode(encoding)
        except UnicodeDecodeError:
            encoding, skip = "utf-16-le", len(codecs.BOM_UTF16_LE)
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            source,
            f"not decodable as {encoding} ({exc.reason}); if the file is in another "
            "encoding, give it with encoding= (--encoding on the command line)",
            span=(skip + exc.start, skip + exc.end),
        ) from None


def check_encoding(encoding: str) -> str:
    """``encoding`` if Python knows it, else a ``ValueError`` saying so.

    >>> check_encoding("latin-1")
    'latin-1'
    >>> check_encoding("latin-9x")
    Traceback (most recent call last):
    ValueError: unknown encoding 'latin-9x' (encoding=, --encoding): try utf-8, cp1252, latin-1
    """
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(
            f"unknown encoding {encoding!r} (encoding=, --encoding): try utf-8, cp1252, latin-1"
        ) from None
    return encoding


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(source, f"not a text file ({what})", offset=0)
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise NotTextError(source, "not a text file (it holds NUL bytes)", offset=nul)
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls * 20 > len(head):
        raise NotTextError(source, "not a text file (binary content)", offset=0)


# A final ".txt", ".html", ".json"...: what a path ends with and a sentence does not.
_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}$")


def looks_like_path(text: str) -> bool:
    """Whether a string reads as a file's path rather than an article's text.

    One line that ends in a file suffix, or that holds a path separator and
    no space, or that begins ``~``, ``./`` or ``../``: no article text looks
    like that, and a mistyped path must not be parsed as an article.

    >>> looks_like_path("seeds/seed-havanna.txt"), looks_like_path("C:\\\\news\\\\a")
    (True, True)
    >>> looks_like_path("Hanoi (VNA) - Talks were held on Monday."), looks_like_path("a/.")
    (False, True)
    """
    line = text.strip()
    if not line or "\n" in line or len(line) > _PATH_MAX:
        return False
    if _SUFFIX.search(line) or line.startswith(("~", "./", "../")):
        return True
    return any(sep in line for sep in "/\\") and not any(ch.isspace() for ch in line)


# The longest path Linux accepts (PATH_MAX); a longer string is no path.
_PATH_MAX = 4096


def read_file(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str = "utf-8"
) -> tuple[str, str, str]:
    """Return ``(text, stem, name)`` of an article file, or raise an ArticleError.

    The text is decoded (see :func:`decode`) and normalised; ``stem`` is the
    file name without its extension, ``name`` the path as given.
    """
    given = Path(os.fspath(path))
    name = str(given)
    try:
        if given.is_dir():
            raise ArticleNotFoundError(name, "is a folder, not an article file")
        size = given.stat().st_size
    except FileNotFoundError:
        raise ArticleNotFoundError(name, "no such file") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot be read: {exc.strerror or exc}") from None
    _check_size(size, max_bytes, name)
    try:
        with given.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(name, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise TooLargeError(name, f"file is over the limit of {max_bytes:,} bytes")
    text = normalize(decode(data, name, encoding))
    return _checked(text, name), given.stem, name


def read_text(
    source: str | bytes,
    *,
    name: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str = "utf-8",
) -> str:
    """The normalised text of an article given as text or bytes, or an ArticleError."""
    if isinstance(source, bytes):
        _check_size(len(source), max_bytes, name)
        return _checked(normalize(decode(source, name, encoding)), name)
    # Each character is at least one byte: a text longer than the limit is over it.
    _check_size(len(source), max_bytes, name)
    return _checked(normalize(source), name)


def read_source(
    source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str = "utf-8"
) -> tuple[str, str, str | None]:
    """Return ``(text, default_id, path)`` for a path, a text or bytes.

    A ``PathLike`` is a file; a ``str`` is a file when it names one, else the
    article's text; ``bytes`` are the file's contents.
    """
    if isinstance(source, bytes):
        return (
            read_text(source, name="<bytes>", max_bytes=max_bytes, encoding=encoding),
            ("article"),
            None,
        )
    if isinstance(source, str) and not _is_file(source):
        return read_text(source, name="<string>", max_bytes=max_bytes), "article", None
    return read_file(source, max_bytes=max_bytes, encoding=encoding)


def _is_file(source: str) -> bool:
    if "\n" in source or len(source) > _PATH_MAX or not source.strip():
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def _check_size(size: int, max_bytes: int, source: str) -> None:
    if size > max_bytes:
        raise TooLargeError(source, f"is {size:,} bytes, over the limit of {max_bytes:,}")


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyArticleError(source, "the article is empty")
    return text

"""Text normalisation and the length-preserving fold used for all matching.

Matching is diacritic-, case- and punctuation-variant-insensitive by running
patterns over ``fold(text)``, which has exactly the length of ``text``: a match
at ``[i, j)`` in the folded text is the surface text ``text[i:j]``.

>>> fold("Hà Nội – Đà Nẵng’s")
"ha noi - da nang's"
>>> len(fold("Nguyễn")) == len("Nguyễn")
True
"""

from __future__ import annotations

import enum
import html
import re
import unicodedata
from functools import lru_cache
from typing import Final, TypeVar

__all__ = ["choice", "fold", "fold_char", "normalize"]

# Characters removed outright: byte-order marks, zero-width spaces and joiners, soft hyphens.
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# Spaces of other widths become a plain space (same length, so nothing shifts).
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")

# Fold table for punctuation variants: every dash to '-', every quote to ' or ".
_PUNCT = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u0111": "d", "\u0110": "d", "\u00f0": "d", "\u00d0": "d",
    "\u0142": "l", "\u0141": "l", "\u00f8": "o", "\u00d8": "o", "\u00df": "s",
    "\u00e6": "a", "\u00c6": "a", "\u0153": "o", "\u0152": "o", "\u0131": "i",
}  # fmt: skip


def normalize(raw: str) -> str:
    """The canonical form of an article's text, on which every span is counted.

    HTML entities are decoded, line ends become ``\\n``, invisible characters go,
    odd spaces become plain spaces, and the text is composed (NFC), so that
    decomposed Vietnamese or ``&#8217;`` give the same text as the clean form.

    >>> normalize("Ha\\u0300 N\\u00f4\\u0323i\\r\\nHCM&#8217;s\\u00a0city")
    'Hà Nội\\nHCM’s city'
    """
    text = raw
    if "&" in text:
        # Entities first, so that an encoded zero-width space or CR is cleaned up like a real one.
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_ENDS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character, lower-cased and stripped of diacritics (always one character)."""
    mapped = _PUNCT.get(ch)
    if mapped is not None:
        return mapped
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if not base:
        return low
    # "İ" lower-cases to two characters, so it was decomposed as a capital (as is
    # "₨" -> "Rs"): lower the first character of the base.
    lowered = base[0].lower()
    out = lowered if len(lowered) == 1 else base[0]
    return _PUNCT.get(out, out)  # a compatibility form of a dash or quote ("｀" -> "`" -> "'")


class _FoldTable(dict[int, str]):
    """``str.translate`` table: precomputed for the scripts news text uses, computed otherwise.

    Never written after import: a character outside the table is folded on
    the fly (through ``fold_char``'s cache) and not stored.
    """

    def __missing__(self, key: int) -> str:
        return fold_char(chr(key))


def _fold_table() -> _FoldTable:
    table = _FoldTable()
    ranges = ((0, 0x250), (0x300, 0x530), (0x1E00, 0x2070), (0x20A0, 0x2150), (0x2190, 0x2200))
    for lo, hi in ranges:
        for code in range(lo, hi):
            table[code] = fold_char(chr(code))
    return table


_FOLD_TABLE: Final = _fold_table()


def fold(text: str) -> str:
    """A same-length, case- and diacritic-free copy of ``text`` for matching.

    >>> fold("Việt Nam–Lào") == "viet nam-lao"
    True
    """
    if text.isascii():
        return text.lower().replace("`", "'")
    if len(text) <= _SHORT:
        # A name or a word: one translate is quicker than finding its non-ASCII runs. The
        # table folds ASCII letters as lower() does, so the result is the same.
        return text.translate(_FOLD_TABLE).lower().replace("`", "'")
    # Only the non-ASCII runs go through the table; str.lower() does the rest in C.
    # Every folded character is a single lower-case one, so lower() keeps the length.
    return _NON_ASCII.sub(_fold_run, text).lower().replace("`", "'")


# Up to this length a text is folded by one translate of the whole (about 40 ns a
# character); longer texts are mostly ASCII, which lower() folds far faster.
_SHORT = 64


# A run of non-ASCII characters, written with its first character apart so that ``re``
# skips the ASCII stretches between runs in its fast first-character loop.
_NON_ASCII = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD_TABLE)


_E = TypeVar("_E", bound=enum.Enum)


def choice(members: type[_E], value: object, what: str) -> _E:
    """A member of ``members`` from its value in any case, with spaces or hyphens for
    underscores; an unknown value is a ``ValueError`` naming it and the choices.

    >>> from bilateral.model import Topic
    >>> choice(Topic, "Science-Technology", "topic").value
    'science_technology'
    """
    if isinstance(value, members):
        return value
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return members(text)
    except ValueError:
        choices = ", ".join(str(m.value) for m in members)
        raise ValueError(f"unknown {what} {value!r}; the {what}s are {choices}") from None

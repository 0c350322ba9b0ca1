"""A small reader of the regexes the cue tables are written in, for their literal
beginnings (what :mod:`bilateral._lexicon.patterns` gates them by).

It reads literals and escapes, groups (``(?:...)``, ``(?P<name>...)``, capturing),
alternation, the quantifiers ``? * + {m,n}`` (lazy or not), character classes,
anchors and look-arounds (which match no characters). Anything else, or a case
flag, makes a pattern "ungated": :func:`beginnings` then gives ``{""}``, which is
always sound (the pattern is tried everywhere). It needs nothing of CPython's
private regex parser.

>>> sorted(beginnings(r"\\b(?:the|his) talks?\\b"))
['his talk', 'the talk']
>>> sorted(beginnings(r"\\bmet (?:with )?\\w+"))
['met ', 'met with']
>>> beginnings(r"(?i)talks")
frozenset({''})
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Unreadable", "beginnings", "read"]


class Lit(NamedTuple):
    """One character."""

    char: str


class Zero(NamedTuple):
    """What matches no character: ``\\b``, ``^``, ``$``, a look-around."""


class CharSet(NamedTuple):
    """One of a few characters (None: too many to list, or any)."""

    chars: tuple[str, ...] | None


class Alt(NamedTuple):
    """A group: one of its alternatives, each a sequence."""

    seqs: tuple[Seq, ...]


class Rep(NamedTuple):
    """A sequence repeated ``lo`` to ``hi`` times (``hi`` None: no bound)."""

    lo: int
    hi: int | None
    seq: Seq


class Stop(NamedTuple):
    """The end of what is known of a match's beginning."""


Node = Lit | Zero | CharSet | Alt | Rep | Stop
Seq = tuple[Node, ...]

# Beginnings stop growing at these lengths, tried longest first: a pattern with more
# beginnings than _MAX_BEGINNINGS, or more paths to them than _MAX_STEPS, is cut to
# shorter ones (still a sound gate, only a looser one), so that import stays quick.
_LENGTHS = (8, 4, 2, 1)
_MAX_BEGINNINGS = 400
_MAX_STEPS = 1000
_SMALL_SET = 12
_ZERO_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("dDwWsS")
_LITERAL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


class Unreadable(ValueError):
    """A regex this reader does not read (a case flag, a back-reference...)."""


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""

    def take(self) -> str:
        ch = self.peek()
        self.at += 1
        return ch

    def alternation(self) -> Node:
        seqs = [self.sequence()]
        while self.peek() == "|":
            self.take()
            seqs.append(self.sequence())
        return Alt(tuple(seqs))

    def sequence(self) -> Seq:
        items: list[Node] = []
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            items.append(self.quantified(atom))
        return tuple(items)

    def quantified(self, atom: Node) -> Node:
        ch = self.peek()
        if ch and ch in "?*+":
            self.take()
            lo, hi = {"?": (0, 1), "*": (0, None), "+": (1, None)}[ch]
        elif ch == "{" and self._bounds_ahead():
            lo, hi = self._bounds()
        else:
            return atom
        if self.peek() in ("?", "+"):
            self.take()  # lazy or possessive: the same beginnings
        return Rep(lo, hi, (atom,))

    def _bounds_ahead(self) -> bool:
        end = self.text.find("}", self.at)
        inside = self.text[self.at + 1 : end] if end > 0 else ""
        return bool(inside) and all(c.isdigit() or c == "," for c in inside)

    def _bounds(self) -> tuple[int, int | None]:
        end = self.text.index("}", self.at)
        inside = self.text[self.at + 1 : end]
        self.at = end + 1
        if "," not in inside:
            return int(inside), int(inside)
        lo, hi = inside.split(",", 1)
        return int(lo or 0), (int(hi) if hi else None)

    def atom(self) -> Node:
        ch = self.take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_set()
        if ch == "\\":
            return self.escape()
        if ch in "^$":
            return Zero()
        if ch == ".":
            return CharSet(None)
        return Lit(ch)

    def group(self) -> Node:
        zero = False
        if self.text.startswith("?:", self.at):
            self.at += 2
        elif self.text.startswith("?P<", self.at):
            self.at = self.text.index(">", self.at) + 1
        elif self.text[self.at : self.at + 3] in ("?<=", "?<!") or self.text[
            self.at : self.at + 2
        ] in ("?=", "?!"):
            self.at += 3 if self.text[self.at + 1] == "<" else 2
            zero = True
        elif self.peek() == "?":
            raise Unreadable(f"group {self.text[self.at - 1 : self.at + 3]!r}")
        inner = self.alternation()
        if self.take() != ")":
            raise Unreadable("unbalanced parenthesis")
        return Zero() if zero else inner

    def escape(self) -> Node:
        ch = self.take()
        if ch in _ZERO_ESCAPES:
            return Zero()
        if ch in _CLASS_ESCAPES:
            return CharSet(None)
        if ch.isdigit():
            raise Unreadable("a back-reference")
        return Lit(_LITERAL_ESCAPES.get(ch, ch))

    def char_set(self) -> Node:
        negated = self.peek() == "^"
        if negated:
            self.take()
        chars: list[str] = []
        listable = not negated
        first = True
        while True:
            ch = self.take()
            if ch == "":
                raise Unreadable("unbalanced bracket")
            if ch == "]" and not first:
                break
            first = False
            if ch == "\\":
                esc = self.take()
                if esc in _CLASS_ESCAPES:
                    listable = False
                    continue
                ch = _LITERAL_ESCAPES.get(esc, esc)
            if self.peek() == "-" and self.text[self.at + 1 : self.at + 2] not in ("]", ""):
                self.take()
                last = self.take()
                if last == "\\":
                    last = self.take()
                span = ord(last) - ord(ch)
                if span >= _SMALL_SET:
                    listable = False
                else:
                    chars.extend(chr(c) for c in range(ord(ch), ord(last) + 1))
                continue
            chars.append(ch)
        if not listable or len(chars) > _SMALL_SET:
            return CharSet(None)
        return CharSet(tuple(dict.fromkeys(chars)))


def read(pattern: str) -> Seq:
    """The tree of ``pattern`` (a sequence of nodes), or :class:`Unreadable`.

    >>> [seq] = read(r"a(?:b|c)?")[0].seqs
    >>> seq[0], seq[1].lo, seq[1].hi
    (Lit(char='a'), 0, 1)
    """
    if pattern.startswith("(?") and pattern[2:3].isalpha() and pattern[2:3] != "P":
        raise Unreadable("a flag")
    reader = _Reader(pattern)
    tree = reader.alternation()
    if reader.at != len(pattern):
        raise Unreadable(f"stray {pattern[reader.at]!r}")
    return (tree,)


class _TooMany(Exception):
    pass


def _walk(items: Seq, prefix: str, out: set[str], max_len: int, steps: list[int]) -> None:
    # Every match of ``items`` begins with one of the strings added to ``out``.
    steps[0] += 1
    if steps[0] > _MAX_STEPS:
        raise _TooMany
    for i, node in enumerate(items):
        if len(prefix) >= max_len:
            break
        rest = items[i + 1 :]
        if isinstance(node, Lit):
            prefix += node.char
        elif isinstance(node, Zero):
            continue  # the match still begins here
        elif isinstance(node, Alt):
            for seq in node.seqs:
                _walk(seq + rest, prefix, out, max_len, steps)
            return
        elif isinstance(node, CharSet):
            if node.chars is None:
                break
            for ch in node.chars:
                _walk(rest, prefix + ch, out, max_len, steps)
            return
        elif isinstance(node, Rep):
            if node.lo == 0 and node.hi == 1:
                _walk(rest, prefix, out, max_len, steps)
                _walk(node.seq + rest, prefix, out, max_len, steps)
                return
            if node.lo == 0:
                break  # repeated any number of times: the beginning ends here
            # at least once: what follows the first repeat is not known
            _walk((*node.seq, Stop()), prefix, out, max_len, steps)
            return
        else:
            break  # Stop
    out.add(prefix)
    if len(out) > _MAX_BEGINNINGS:
        raise _TooMany


def beginnings(pattern: str) -> frozenset[str]:
    """Literal strings one of which begins every match of ``pattern`` (``{""}``: any).

    >>> sorted(beginnings(r"\\bsigned\\b|\\binked\\b"))
    ['inked', 'signed']
    """
    try:
        tree = read(pattern)
    except Unreadable:
        return frozenset({""})
    for max_len in _LENGTHS:
        out: set[str] = set()
        try:
            _walk(tree, "", out, max_len, [0])
        except _TooMany:
            continue
        return frozenset(out)
    return frozenset({""})

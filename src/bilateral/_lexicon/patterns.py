"""Many cue regexes run as one, gated by their literal prefixes.

Python's ``re`` tries an alternation of many patterns at every position of a
text. Most cue patterns begin with a literal word (``\\bmet\\b``,
``\\b(?:official|formal) talks\\b``), so a pyahocorasick automaton of those
literal beginnings finds, in one C pass, the few positions where any pattern
can match; the combined regex is tried only there. The result is the same as
``finditer`` of the combined regex (leftmost, non-overlapping, the first pattern
that matches at a position wins), since no pattern can match where none of its
prefixes starts.

>>> cues = Patterns([r"\\bmet\\b", r"\\b(?:held|holds) talks\\b"])
>>> [(i, m.group()) for i, m in cues.finditer("they met and held talks", 0, 23)]
[(0, 'met'), (1, 'held talks')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Any

import ahocorasick

from bilateral._lexicon.regex_tree import beginnings

__all__ = ["PatternSets", "Patterns", "Scanner", "combine", "prefixes", "words_first"]

_NAMED = re.compile(r"\(\?P<\w+>")


def combine(patterns: Sequence[str]) -> re.Pattern[str]:
    """One regex for many: alternative ``i`` is the group named ``g<i>``.

    A leading word boundary shared by the patterns is tested once, first.

    >>> m = combine([r"\\bmet\\b", r"\\btalks\\b"]).search("they met")
    >>> m.lastgroup, m.start()
    ('g0', 5)
    """
    bounded: list[str] = []
    others: list[str] = []
    for i, (leads, body) in enumerate(_bodies(patterns)):
        if leads:
            bounded.append(f"(?P<g{i}>{body})")
        else:
            others.append(f"(?P<g{i}>{body})")
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + others
    return re.compile("|".join(parts))


def _bodies(patterns: Sequence[str]) -> list[tuple[bool, str]]:
    # Each pattern as :func:`combine` puts it in: whether it was led by a word boundary
    # (tested once for all of them, first), and its body without it and its group names.
    out: list[tuple[bool, str]] = []
    for p in patterns:
        body = _NAMED.sub("(?:", p)
        out.append((True, body[2:]) if body.startswith(r"\b") else (False, body))
    return out


def words_first(*alternatives: str) -> str:
    r"""``\b(?:a|b|...)`` written so that Python's regex engine finds it quickly.

    The engine tries a pattern that begins with ``\b`` at every character; one whose
    alternatives each begin with a literal letter it skips to with a quick scan for
    those letters. So each alternative is written with its first letter first and the
    word boundary checked behind it: ``m(?<=\bm)et`` matches where ``\bmet`` does, and
    nowhere else. Each alternative must begin with a letter or digit that no quantifier
    follows.

    >>> words_first("met", "talks?")
    '(?:m(?<=\\bm)et|t(?<=\\bt)alks?)'
    >>> import re
    >>> rx = re.compile(words_first("met", "talks?") + r"\b")
    >>> [m.group() for m in rx.finditer("met; metal talks; submet")]
    ['met', 'talks']
    """
    for alternative in alternatives:
        if not alternative[:1].isalnum() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not an alternative that begins with a literal: {alternative!r}")
    return "(?:" + "|".join(f"{a[0]}(?<=\\b{a[0]}){a[1:]}" for a in alternatives) + ")"


# Back-references and conditionals: by number they point elsewhere in the combined regex.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?\(|\(\?P=")


def prefixes(pattern: str) -> frozenset[str]:
    """Literal strings one of which begins every match of ``pattern`` (``""``: no gate).

    Read by :func:`bilateral._lexicon.regex_tree.beginnings`.

    >>> sorted(prefixes(r"\\b(?:the|his) talks?\\b"))
    ['his talk', 'the talk']
    """
    return beginnings(pattern)


# Letters by how often they come in English text (space first, then the commonest).
# pyahocorasick looks a node's children up one by one in the order they were added,
# so adding the literals in this order finds a common letter in fewer steps.
_FREQUENT = " etaoinsrhldcumfpgwybvkxjqz0123456789.,'-"
_RANK = {ch: i for i, ch in enumerate(_FREQUENT)}


def _frequency_key(word: str) -> list[int]:
    return [_RANK.get(ch, len(_RANK) + ord(ch)) for ch in word]


def _hits(
    automaton: ahocorasick.Automaton, text: str, start: int, end: int
) -> tuple[Iterator[tuple[int, Any]], int]:
    """The automaton's hits in ``text[start:end]``, and what to add to their positions."""
    if 0 <= start <= end <= len(text):
        # pyahocorasick copies the whole text on every call: give it only the part
        return automaton.iter(text[start:end]), start
    return automaton.iter(text, start, end), 0


class Patterns:
    """Regexes matched together; :meth:`finditer` gives ``(pattern index, match)``."""

    __slots__ = (
        "_alone", "_automaton", "_index", "_rank", "_ungated", "combined", "gates", "regexes",
    )  # fmt: skip

    def __init__(self, patterns: Sequence[str]) -> None:
        self.regexes = tuple(re.compile(p) for p in patterns)
        self.combined = combine(patterns)
        self._index = {f"g{i}": i for i in range(len(patterns))}
        # Each alternative of the combined regex on its own, and the order the combined
        # regex tries them in (word-bounded ones first): at a candidate position only the
        # few patterns whose literal begins there are tried, and the first in that order
        # that matches is the one the combined regex would give.
        bodies = _bodies(patterns)
        order = sorted(range(len(patterns)), key=lambda i: (not bodies[i][0], i))
        self._rank = tuple(order.index(i) for i in range(len(patterns)))
        self._alone: tuple[re.Pattern[str], ...] | None = None
        if not any(_GROUP_REFERENCE.search(p) for p in patterns):
            self._alone = tuple(
                re.compile(rf"\b(?:{body})" if leads else body) for leads, body in bodies
            )
        gates: dict[str, set[int]] = {}
        self._ungated = False
        for i, p in enumerate(patterns):
            for pre in prefixes(p):
                if not pre:
                    self._ungated = True
                gates.setdefault(pre, set()).add(i)
        # the literal beginnings, each with the patterns it may begin
        self.gates = {pre: frozenset(ids) for pre, ids in gates.items() if pre}
        automaton = ahocorasick.Automaton()
        for pre in sorted(self.gates, key=_frequency_key):
            # the value: how far back from its last character the literal begins
            automaton.add_word(pre, (len(pre) - 1, self.gates[pre]))
        automaton.make_automaton()
        self._automaton = automaton

    def candidates(self, text: str, start: int, end: int) -> dict[int, frozenset[int]] | None:
        """Where a pattern may match in ``text[start:end]``: position -> pattern indices.

        None when some pattern has no literal beginning (then any may match anywhere).

        >>> Patterns([r"\\bmet\\b", r"\\bmeets?\\b"]).candidates("he met; she meets", 0, 17)
        {3: frozenset({0}), 12: frozenset({1})}
        """
        if self._ungated:
            return None
        found: dict[int, frozenset[int]] = {}
        hits, shift = _hits(self._automaton, text, start, end)
        get = found.get
        for stop, (back, ids) in hits:
            at = stop - back + shift
            have = get(at)
            found[at] = ids if have is None else have | ids
        return found

    def scanners(self, text: str, found: dict[int, frozenset[int]]) -> tuple[Scanner, ...]:
        """One :class:`Scanner` per pattern over ``text``, from the ``found`` candidates
        (as :meth:`candidates` or a :class:`PatternSets` pass gives them).

        >>> cues = Patterns([r"\\bmet\\b", r"\\btalks\\b"])
        >>> met, talks = cues.scanners("met; talks", cues.candidates("met; talks", 0, 10))
        >>> met.search(0, 10).start(), talks.search(0, 10).start(), met.search(3, 10)
        (0, 5, None)
        """
        starts: list[list[int]] = [[] for _ in self.regexes]
        for at in sorted(found):
            for k in found[at]:
                starts[k].append(at)
        return tuple(Scanner(rx, text, s) for rx, s in zip(self.regexes, starts, strict=True))

    def finditer(
        self,
        text: str,
        start: int,
        end: int,
        candidates: dict[int, frozenset[int]] | None = None,
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """The combined regex's matches in ``text[start:end]``, left to right.

        ``candidates`` are those :meth:`candidates` gave for the same range, if at hand.
        A match may come from the pattern's own regex: its span and text are the combined
        regex's, its group numbers and names need not be.

        >>> [(i, m.group()) for i, m in Patterns([r"\\bmet\\b", r"\\btalks\\b"])
        ...  .finditer("talks, met", 0, 10)]
        [(1, 'talks'), (0, 'met')]
        """
        index = self._index
        if self._ungated:
            for m in self.combined.finditer(text, start, end):
                if m.lastgroup is not None and m.end() > m.start():
                    yield index[m.lastgroup], m
            return
        found = self.candidates(text, start, end) if candidates is None else candidates
        if not found:
            return
        # Left to right and non-overlapping, as finditer gives them, tried only at candidates.
        done = -1
        alone = self._alone
        if alone is not None:
            rank = self._rank
            for at in sorted(found):
                if at < done:
                    continue
                ids = found[at]
                hit = None
                for k in ids if len(ids) == 1 else sorted(ids, key=rank.__getitem__):
                    hit = alone[k].match(text, at, end)
                    if hit is not None:
                        break
                if hit is not None and hit.end() > hit.start():
                    done = hit.end()
                    yield k, hit
            return
        match = self.combined.match
        for at in sorted(found):
            if at < done:
                continue
            hit = match(text, at, end)
            if hit is not None and hit.end() > hit.start():
                done = hit.end()
                if hit.lastgroup is not None:
                    yield index[hit.lastgroup], hit


class PatternSets:
    """Several :class:`Patterns` whose candidates one automaton pass finds.

    A pyahocorasick pass walks every character of the text whatever it looks for, so
    one pass for the sets the stages scan the same text for costs far less than one
    per set; :meth:`candidates` gives what each set's own would. Every pattern must
    have a literal beginning (a set with one that has none is refused).

    >>> met, talks = Patterns([r"\\bmet\\b"]), Patterns([r"\\bmeets?\\b", r"\\btalks\\b"])
    >>> PatternSets([met, talks]).candidates("he met; talks", 0, 13)
    ({3: frozenset({0})}, {8: frozenset({1})})
    """

    __slots__ = ("_automaton", "sets")

    def __init__(self, sets: Sequence[Patterns]) -> None:
        self.sets = tuple(sets)
        if any(p._ungated for p in self.sets):
            raise ValueError("a pattern without a literal beginning cannot be gated")
        parts: dict[str, list[tuple[int, frozenset[int]]]] = {}
        for k, patterns in enumerate(self.sets):
            for pre, ids in patterns.gates.items():
                parts.setdefault(pre, []).append((k, ids))
        automaton = ahocorasick.Automaton()
        for pre in sorted(parts, key=_frequency_key):
            # the value: how far back the literal begins, and which patterns of which sets
            automaton.add_word(pre, (len(pre) - 1, tuple(parts[pre])))
        automaton.make_automaton()
        self._automaton = automaton

    def candidates(self, text: str, start: int, end: int) -> tuple[dict[int, frozenset[int]], ...]:
        """Each set's :meth:`Patterns.candidates` for ``text[start:end]``, in one pass."""
        found: tuple[dict[int, frozenset[int]], ...] = tuple({} for _ in self.sets)
        hits, shift = _hits(self._automaton, text, start, end)
        for stop, (back, parts) in hits:
            at = stop - back + shift
            for k, ids in parts:
                of_set = found[k]
                have = of_set.setdefault(at, ids)
                if have is not ids:
                    of_set[at] = have | ids
        return found


class Scanner:
    """Searches of one regex in parts of one text, trying only at precomputed candidates.

    ``starts`` are the sorted positions where a match may begin (None: anywhere).

    >>> text = "met; talks; met"
    >>> met = Scanner(re.compile(r"\\bmet\\b"), text, [0, 12])
    >>> met.search(0, 15).start(), met.search(3, 15).start(), met.search(3, 11)
    (0, 12, None)
    """

    __slots__ = ("_starts", "_text", "regex")

    def __init__(self, regex: re.Pattern[str], text: str, starts: list[int] | None) -> None:
        self.regex = regex
        self._text = text
        self._starts = starts

    def search(self, start: int, end: int) -> re.Match[str] | None:
        """The first match in ``text[start:end]``, as ``regex.search(text, start, end)``."""
        starts = self._starts
        if starts is None:
            return self.regex.search(self._text, start, end)
        match = self.regex.match
        for k in range(bisect_left(starts, start), len(starts)):
            at = starts[k]
            if at >= end:
                break
            m = match(self._text, at, end)
            if m is not None:
                return m
        return None

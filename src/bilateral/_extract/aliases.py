"""A user's other names of people (a :class:`bilateral.Lexicon`'s person aliases).

The people stage reads names as runs of capitalised name words; an alias the user
gives (``Uncle Som`` for ``Somchai Phanthavong``) is a name wherever the text writes
it capitalised, even where the words alone would not read as one (a nickname of
common words), and it names the person of its full name: :func:`alias_runs` puts
it among the runs as one run of its own, and the people stage groups it with that
person's other mentions. An alias inside a longer name (``Som`` in ``Som
Chanthavong``) is that other name's word, not the alias.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from bilateral._extract.names import Reader, name_key, name_words
from bilateral._text import fold
from bilateral.lexicon import Alias

__all__ = ["PersonAliases", "Target", "alias_runs", "person_aliases"]


@attrs.frozen
class Target:
    """The person an alias names: the full name, its words, and its words folded."""

    name: str
    words: tuple[str, ...]
    folds: tuple[str, ...]


@attrs.frozen(eq=False)
class PersonAliases:
    """The aliases by their folded words; ``most``: the most words of an alias that begins
    with each folded word; ``countries``: the country an alias gives, by the
    :func:`~bilateral._extract.names.name_key` of the full name."""

    forms: Mapping[tuple[str, ...], Target]
    most: Mapping[str, int]
    countries: Mapping[str, str]


def person_aliases(aliases: Iterable[Alias]) -> PersonAliases:
    """The people stage's reading of a lexicon's person aliases.

    >>> table = person_aliases([Alias("Uncle Som", "Somchai Phanthavong", of="person")])
    >>> table.forms[("uncle", "som")].name, dict(table.most)
    ('Somchai Phanthavong', {'uncle': 2})
    """
    forms: dict[tuple[str, ...], Target] = {}
    most: dict[str, int] = {}
    countries: dict[str, str] = {}
    for a in aliases:
        words = name_words(a.name)
        target = Target(a.name, words, tuple(fold(w) for w in words))
        alias = tuple(fold(w) for w in name_words(a.alias))
        if not alias:
            continue  # (no word to match: a lexicon's forms have letters, but be safe)
        forms[alias] = target
        most[alias[0]] = max(most.get(alias[0], 0), len(alias))
        if a.country is not None:
            countries.setdefault(name_key(a.name), a.country)
    return PersonAliases(
        MappingProxyType(forms), MappingProxyType(most), MappingProxyType(countries)
    )


def _hits(r: Reader, table: PersonAliases) -> list[tuple[int, int, Target]]:
    """The aliases the text writes capitalised: (first token, last token, person), in
    order, the longest at each place, none inside another."""
    folds, gaps, caps = r.folds, r.gaps, r.caps
    forms, most = table.forms, table.most
    out: list[tuple[int, int, Target]] = []
    i = 0
    while i < r.n:
        n = most.get(folds[i], 0) if caps[i] else 0
        found = None
        for size in range(min(n, r.n - i), 0, -1):
            last = i + size - 1
            # one name: words joined by spaces or an initial's dot, no possessive inside
            joined = all(
                gaps[j].strip(" .") == "" and "\n" not in gaps[j] and not r.possessive[j]
                for j in range(i, last)
            )
            if joined and (target := forms.get(tuple(folds[i : last + 1]))) is not None:
                found = (i, last, target)
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found[1] + 1
    return out


def alias_runs(
    r: Reader, runs: list[list[int]], table: PersonAliases
) -> tuple[list[list[int]], dict[int, Target]]:
    """The runs with each alias the text writes as a run of its own (the runs it covers
    dropped), and the person each such run names, by its first token.

    An alias that a longer run holds with other words is left to that run.
    """
    hits = _hits(r, table)
    if not hits:
        return runs, {}
    firsts = [run[0] for run in runs]
    lasts = [run[-1] for run in runs]
    out: list[list[int]] = []
    forced: dict[int, Target] = {}
    k = 0  # the next run to place
    for first, last, target in hits:
        # the runs that end before the alias come first
        while k < len(runs) and lasts[k] < first:
            out.append(runs[k])
            k += 1
        covered = k
        while covered < len(runs) and firsts[covered] <= last:
            covered += 1
        inside = runs[k:covered]
        if any(run[0] < first or run[-1] > last for run in inside):
            continue  # a longer name holds the alias's words: that run stays
        out.append(list(range(first, last + 1)))
        forced[first] = target
        k = covered
    out.extend(runs[k:])
    return out, forced

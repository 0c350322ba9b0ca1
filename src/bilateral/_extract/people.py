"""People: names, their titles, their country, and every later mention of them.

The stage works in two steps, because a person's country may come from a
place or an organisation in the title, which the places stage reads:

1. :func:`find_people` reads the names (runs of capitalised name words that
   are not title, organisation or place words), the position title before
   the name (``Chinese Ambassador to Việt Nam Gao Ming``) or in apposition
   after it (``Somchai Vongsa, Governor of Attapeu province,``), and groups
   the mentions of one person: a later mention whose words are a part of a
   fuller name (``Hải``, ``Ruiz Soto``, ``Mr. Minh``) joins it.
2. :func:`settle_people` gives each person a country (from the title, the side
   the person speaks for, a role mention such as ``the Chinese diplomat``,
   or the family name) and resolves role mentions (``the host``, ``the
   ambassador``, ``the Hà Nội official``) into their spans and aliases;
   :meth:`Settled.people` adds, as the last resort, the side the dyad tells.

People named only in photo captions are not counted.

>>> from bilateral._extract.layout import read_document
>>> from bilateral._lexicon.gazetteer import scan
>>> doc = read_document("Cuban Foreign Minister Ana Ruiz Soto met Lao President Khamsy Vong. "
...                     "Ruiz Soto thanked the host.")
>>> [(d.name, d.title) for d in find_people(doc, scan(doc.text))]
[('Ana Ruiz Soto', 'Cuban Foreign Minister'), ('Khamsy Vong', 'Lao President')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate, compress
from operator import attrgetter, itemgetter, not_
from typing import NamedTuple

import attrs

from bilateral._extract.analysis import Document
from bilateral._extract.titles import (
    FUNCTION,
    HEADS,
    HONORIFICS,
    MODIFIERS,
    NOT_NAME,
    ORG_WORDS,
    PARTICLES,
    RELATIONAL,
    ROLES,
    STOPWORDS,
    SURNAMES,
)
from bilateral._lexicon.gazetteer import Mention, data_lines
from bilateral._text import fold
from bilateral.model import Country, Dyad, Person, Span

__all__ = [
    "AGENCIES",
    "Draft",
    "Settled",
    "find_people",
    "name_key",
    "settle_people",
    "venue_only",
]

# A word (letters, joined by apostrophes or hyphens) or a number, as a group for split().
# The repeats are possessive (a word never gives back a letter): the regex engine keeps
# no backtracking state per letter.
_TOKEN = re.compile(r"([^\W\d_]++(?:['’\-][^\W\d_]++)*+|\d++(?:st|nd|rd|th)?)")
_MAX_RUN = 6
_MAX_TITLE = 24
# Gaps inside a title phrase: a space, brackets, a hyphen, a possessive's space.
_TITLE_GAP = frozenset({" ", " (", ") ", ")", "("})
_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_KINDS = frozenset({"capital", "subdivision", "locality", "city"})
# Roman numerals I to XX, as regnal names carry them.
_ROMAN = re.compile(r"(?=[IVX])(?:X?(?:IX|IV|V?I{0,3})|XX)")
_RULERS = frozenset(
    {"king", "queen", "pope", "emperor", "empress", "sultan", "tsar", "czar", "shah", "prince",
     "princess", "emir", "duke", "patriarch"}
)  # fmt: skip
_NATION_KINDS = frozenset({"country", "demonym", "org"})


class _Mention(NamedTuple):
    """One mention of a person: the name's span, and a title or side phrase by it."""

    span: Span
    surface: str
    words: tuple[str, ...]
    folds: tuple[str, ...]  # the words folded, to compare names
    cued: bool
    title: Span | None
    side: Span | None
    place: bool


@attrs.frozen
class Draft:
    """A person before their country is known: the first step's result.

    ``title_span`` is the span of the title (or None); ``sides`` are spans of
    phrases that tell the person's side without being a title (``his Lao
    counterpart``).
    """

    name: str
    words: tuple[str, ...]
    title: str | None
    title_span: Span | None
    spans: tuple[Span, ...]
    aliases: tuple[str, ...]
    sides: tuple[Span, ...] = ()
    titles: tuple[Span, ...] = ()


_POSSESSIVE = ("'s", "'S", "’s", "’S")


def _agencies() -> frozenset[str]:
    # News agencies credited in the text ("According to Prensa Latina") are not
    # people; their table belongs to the layout stage and may be absent.
    try:
        rows = list(data_lines("agencies.tsv"))
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(name_key(f) for row in rows[1:] for f in row[:2] if f)


def name_key(s: str) -> str:
    """A name folded to its letters and digits, for comparing names.

    >>> name_key("Prensa Latina") == name_key("PRENSA-LATINA")
    True
    """
    return "".join(_WORDS.findall(fold(s)))


_WORDS = re.compile(r"[^\W_]+")
#: Folded names and credits of news agencies (never people nor places).
AGENCIES = _agencies()


# What a byline or a credit puts before a name: "By", "Photo:", "(Xinhua/".
_CREDIT = re.compile(
    r"(?:(?:^|\n|[;(])[ \t]*(?:by|(?:written|reporting|editing|edited|story|text|photos?)"
    r"[ \t]+by)[ \t]+"
    r"|\b(?:photos?|reporter|reporters|editor|edited by|editing by|source|author)[ \t]*:[ \t]*"
    r"|/[ \t]?)\Z",
    re.IGNORECASE,
)


def _credited(text: str, start: int) -> bool:
    # Every credit form ends in "by", ":" or "/" (and spaces): test that before the regex.
    lo = max(0, start - 40)
    j = start - 1
    while j >= lo and text[j] in " \t":
        j -= 1
    return j >= lo and text[j] in ":/yY" and _CREDIT.search(text, lo, start) is not None


_BRACKETS = re.compile(r"\([^()\n]{1,200}\)")


_SPACES = re.compile(r"[ \t]+")
# Words that stand in a position title whatever their case (see ``_Reader.title_word``).
_TITLE_WORDS = HEADS | MODIFIERS | ORG_WORDS | FUNCTION | RELATIONAL


class _Reader:
    """The token-level reading of one article (built per call, never shared).

    Tokens are kept column by column (``starts[i]``, ``folds[i]``, ...), not as one
    object each: an article has hundreds of tokens, and building and reading an
    object per token cost more than the rest of the stage. Everything that does
    not change while names are read (the gap after each token, whether it may be a
    name word) is computed once here, not once per question.
    """

    def __init__(self, doc: Document, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        text = self.text = doc.text
        # One split gives the gaps and the tokens in turn (gap, token, gap, ..., gap),
        # and the running sum of their lengths every token's start and end: cheaper
        # than a match object per token.
        pieces = _TOKEN.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        starts = offsets[1:-1:2]
        ends = offsets[2::2]
        words = pieces[1::2]
        n = self.n = len(words)
        # The text between each token and the next (the last one's is never read).
        # A possessive's "'s" belongs to the gap: it is cut off the token below.
        gaps = pieces[2:-1:2]
        gaps.append("")
        if "  " in text or "\t" in text:
            # Doubled spaces (web copy: "Prime  Minister") count as one.
            for k, gap in enumerate(gaps):
                if "  " in gap or "\t" in gap:
                    gaps[k] = _SPACES.sub(" ", gap)
        folded = doc.folded
        # (a comprehension of slices is quicker here than mapping over slice objects)
        folds = [folded[a:b] for a, b in zip(starts, ends, strict=True)]
        possessive = [False] * n
        # A possessive token ends where an "'s" of the text ends: find those (str.find is
        # quick), not ask every token. A token is cut once ("X's's" keeps its first "'s").
        for suffix in _POSSESSIVE:
            at = text.find(suffix)
            while at >= 0:
                k = bisect_left(ends, at + 2)
                if k < n and ends[k] == at + 2 and not possessive[k] and len(words[k]) > 2:
                    ends[k] -= 2
                    words[k] = words[k][:-2]
                    folds[k] = folds[k][:-2]
                    possessive[k] = True
                at = text.find(suffix, at + 1)
        caps = list(map(str.isupper, map(itemgetter(0), words)))
        self.starts, self.ends, self.words, self.folds = starts, ends, words, folds
        self.caps, self.possessive, self.gaps = caps, possessive, gaps
        self.lower = frozenset(compress(folds, map(not_, caps)))
        self.sentence_starts: set[int] | None = None
        # Which gazetteer mention covers each token.
        place: list[Mention | None] = [None] * n
        for m in mentions:
            span = m.span
            lo = bisect_left(starts, span.start)
            hi = bisect_left(starts, span.end, lo)
            place[lo:hi] = (m,) * (hi - lo)
        self.place = place
        self.in_run: list[bool] = [False] * n
        # Which tokens stand inside brackets: "(lower house)" may be part of a title.
        self.in_paren: list[bool] = [False] * n
        if "(" in text:
            for b in _BRACKETS.finditer(text):
                lo = bisect_left(starts, b.start())
                hi = bisect_left(starts, b.end(), lo)
                self.in_paren[lo:hi] = (True,) * (hi - lo)
        self.name_like = self._name_like()

    def _initial(self, i: int) -> bool:
        """Whether capitalised token ``i`` starts a sentence, a line or the headline.

        Such a word is capitalised anyway. Asked only of a capitalised word whose
        lower-case form the article also has, so a handful of times per article.
        """
        text, start = self.text, self.starts[i]
        if self.sentence_starts is None:
            self.sentence_starts = {s.start for s in self.doc.layout.sentences}
        head = self.doc.headline.span if self.doc.headline is not None else None
        if start in self.sentence_starts or (head is not None and head.start <= start < head.end):
            return True
        j = start - 1
        while j >= 0 and text[j] in " \t\"'“‘(":
            j -= 1
        if j < 0 or text[j] in "!?:\n—–-|":
            return True
        if text[j] == "." and i > 0:
            # The dot of "Ms." or of an initial does not end a sentence.
            p = i - 1
            return not (
                self.ends[p] == j and (self.folds[p] in HONORIFICS or len(self.words[p]) == 1)
            )
        return False

    # --- names ---------------------------------------------------------------

    def _name_like(self) -> list[bool]:
        """Whether each token may be a word of a name (computed once per article)."""
        text, lower = self.text, self.lower
        starts, ends, words, folds = self.starts, self.ends, self.words, self.folds
        out = [False] * self.n
        # A lower-case token is never a name word, nor a number: only capitals are asked.
        for i in compress(range(self.n), self.caps):
            w = words[i]
            if len(w) > 1 and w.isupper():
                continue  # an acronym
            f = folds[i]
            if len(f) == 1 and (
                text[starts[i] - 2 : starts[i]] == "H." or text[ends[i] : ends[i] + 3] == ".E."
            ):
                continue  # H.E.
            if (
                f in NOT_NAME
                or (f.endswith("s") and f[:-1] in NOT_NAME)
                or (len(f) > 3 and "-" in f and any(part in NOT_NAME for part in f.split("-")))
            ):
                # A family name that is also a common word ("He", "Long") still
                # counts inside a sentence when another name word follows it.
                # At a sentence's start too, where "He" is far likelier the pronoun,
                # the next word must be a name word that is not a place ("He Wei Lan").
                out[i] = f in SURNAMES and self._next_name(i)
            else:
                out[i] = not (f in lower and self._initial(i))
        return out

    def _next_name(self, i: int) -> bool:
        k = i + 1
        if k >= self.n:
            return False
        where = self.place[k]
        return (
            self.gaps[i] == " "
            and self.caps[k]
            and self.folds[k] not in NOT_NAME
            and not self.words[k].isupper()
            and (where is None or where.best.kind not in _NATION_KINDS)
            and not (self.folds[k] in self.lower and self._initial(i))
        )

    def runs(self) -> list[list[int]]:
        n, gaps, name_like = self.n, self.gaps, self.name_like
        words, folds, caps, possessive = self.words, self.folds, self.caps, self.possessive
        place = self.place
        out: list[list[int]] = []
        i = 0  # the first token not yet read into a run
        for first in compress(range(n), name_like):
            if first < i:
                continue
            size = 1
            j = first
            while size < _MAX_RUN and j + 1 < n and not possessive[j]:
                gap = gaps[j]
                if gap == " " and name_like[j + 1]:
                    j += 1
                elif gap == ". " and len(words[j]) == 1 and name_like[j + 1]:
                    j += 1  # an initial: "Mary K. Jones"
                elif gap == " " and caps[j + 1] and self._closing_word(j + 1):
                    j += 1  # "Sok An", "Le Van An": a capitalised common word ends the name
                elif (
                    gap == " "
                    and folds[j + 1] in PARTICLES
                    and not caps[j + 1]
                    and j + 2 < n
                    and gaps[j + 1] == " "
                    and name_like[j + 2]
                ):
                    j += 2
                else:
                    break
                size += 1
            if j + 1 < n and words[j + 1][0] in "IVX" and self._regnal(first, j):
                j += 1  # "King Charles III", "Pope Leo XIV": the numeral is part of the name
            run = list(range(first, j + 1))
            if j > first and any(place[first : j + 1]):
                out.extend(self._split(run))
            else:
                out.append(run)  # one word, or no place word: nothing to cut
            i = j + 1
        return out

    def _closing_word(self, k: int) -> bool:
        """Whether token ``k``, a common word, is a name's last word all the same.

        Inside a sentence a capitalised common word ("An", "In", "Do") right after a
        name word is a given name when nothing capitalised follows it: a title or an
        organisation's name would go on ("Minister of", "Institute For Peace").
        """
        if not self.caps[k] or self.folds[k] not in STOPWORDS or self.words[k].isupper():
            return False
        if self._initial(k):
            return False
        nxt = k + 1
        if nxt < self.n and self.words[nxt][:1].isdigit():
            return False  # "Plant No. 2", "Route One 5": a numbered thing, not a person
        return nxt >= self.n or self.gaps[k] != " " or not self.caps[nxt]

    def _regnal(self, first: int, last: int) -> bool:
        """Whether a Roman numeral (I to XX) follows the name's last word."""
        k = last + 1
        if k >= self.n or self.possessive[last]:
            return False
        word = self.words[k]
        # A numeral starts with I, V or X: test that before the regex.
        if self.gaps[last] != " " or word[0] not in "IVX" or _ROMAN.fullmatch(word) is None:
            return False
        # One letter (I, V, X) may be a pronoun or an initial: only after a ruler's title.
        if len(word) == 1:
            return self.prev_fold(first) in _RULERS
        return True

    def _split(self, run: list[int]) -> list[list[int]]:
        """Cut country, demonym and leading place words off a run of name words."""
        place = self.place
        if not any(map(place.__getitem__, run)):
            return [run]  # no place word: nothing to cut
        parts: list[list[int]] = [[]]
        for i in run:
            m = place[i]
            # A one-word demonym after name words is a given name ("Nguyễn Văn Thái").
            given = (
                bool(parts[-1])
                and m is not None
                and " " not in m.text
                and self.folds[run[0]] in SURNAMES
            )
            if m is not None and m.best.kind in _NATION_KINDS and not given:
                parts.append([])
                if len(run) == 1:
                    parts[-1].append(i)  # alone it may be a short name: "Thái said"
            else:
                parts[-1].append(i)
        out: list[list[int]] = []
        for part in parts:
            while len(part) > 1:
                m = place[part[0]]
                if (
                    m is None
                    or m.best.kind not in _PLACE_KINDS
                    or self.folds[part[0]] in SURNAMES
                    or (m.best.kind == "city" and " " not in m.text)
                ):
                    break
                lo, hi = m.span.start, m.span.end
                rest = [i for i in part if not (lo <= self.starts[i] and self.end(i) <= hi)]
                if not rest or len(rest) == len(part):
                    break
                part = rest
            if part:
                out.append(part)
        return out

    def end(self, last: int) -> int:
        """Where a name whose last word is token ``last`` ends: after an initial's dot."""
        end = self.ends[last]
        if len(self.words[last]) == 1 and end < len(self.text) and self.text[end] == ".":
            end += 1
        return end

    def whole_place(self, run: Sequence[int], end: int) -> bool:
        m = self.place[run[0]]
        if m is None or not all(map(self.place.__getitem__, run)):
            return False
        return m.span.start <= self.starts[run[0]] and end <= m.span.end

    def prev_fold(self, i: int) -> str | None:
        """The folded word right before token ``i`` (after a space or a dot), if any."""
        if i == 0:
            return None
        return self.folds[i - 1] if self.gaps[i - 1] in (" ", ". ") else None

    def honorific_before(self, i: int) -> int | None:
        """The index of the first honorific directly before token ``i``, if any."""
        folds, gaps, words, text = self.folds, self.gaps, self.words, self.text
        j = i
        while j > 0:
            p = j - 1
            if folds[p] in HONORIFICS and gaps[p] in (" ", ". "):
                j -= 1
            elif words[p] == "E" and text[self.starts[p] - 2 : self.starts[p]] == "H.":
                j -= 2  # H.E.
            else:
                break
        return j if j < i else None

    def inside_org(self, run: Sequence[int]) -> bool:
        """Whether the run continues an organisation's name: "Institute of Marine Engineers"."""
        i = run[0]
        if i < 2:
            return False
        folds, gaps = self.folds, self.gaps
        if folds[i - 1] not in ("of", "for", "on") or gaps[i - 1] != " ":
            return False
        if gaps[i - 2] != " " or not self.caps[i - 2] or self.in_run[i - 2]:
            return False
        pp = folds[i - 2]
        return pp not in HEADS and pp not in MODIFIERS and self.place[i - 2] is None

    def followed_by_org(self, run: Sequence[int]) -> bool:
        last = run[-1]
        j = last + 1
        if j >= self.n or self.possessive[last]:
            return False
        nxt = self.folds[j]
        return self.gaps[last] in (" ", "-") and nxt in ORG_WORDS and nxt not in ("people", "state")

    # --- titles ----------------------------------------------------------------

    def title_word(self, i: int) -> bool:
        if self.in_run[i]:
            return False
        if self.in_paren[i]:
            return True
        if self.folds[i] in _TITLE_WORDS:
            return True
        w = self.words[i]
        if w.isdigit():
            return False
        if self.place[i] is not None or (len(w) > 1 and w.isupper()):
            return True
        if self.caps[i]:
            f = self.folds[i]
            return f not in STOPWORDS or f == "the"
        return False

    def title_before(self, first: int) -> tuple[Span | None, Span | None]:
        """The title (or side phrase) that ends right before token ``first``."""
        text, gaps, possessive, starts, ends = (
            self.text, self.gaps, self.possessive, self.starts, self.ends
        )  # fmt: skip
        j = first
        lo = first
        comma_ok = True
        while j > 0 and first - j < _MAX_TITLE:
            p = j - 1
            # After a possessive the raw text counts: "China's  envoy" has no title gap.
            gap = text[ends[p] + 2 : starts[j]] if possessive[p] else gaps[p]
            if gap not in _TITLE_GAP:
                if comma_ok and j == first and gap in (", ", ",", "), "):
                    pass
                else:
                    break
            comma_ok = False
            if not self.title_word(p):
                break
            j -= 1
            lo = j
        return self._phrase(lo, first, after=False)

    def title_after(self, last: int) -> tuple[Span | None, Span | None]:
        """The title in apposition after token ``last``: ``Name, Governor of X,``."""
        n, folds, gaps, in_run = self.n, self.folds, self.gaps, self.in_run
        if last + 1 >= n or self.possessive[last]:
            return None, None
        if gaps[last] not in (", ", ","):
            return None, None
        j = last + 1
        if folds[j] in ("and", "or", "but"):
            return None, None
        # "X, who is a deputy minister of ...": the relative clause gives the title.
        if folds[j] == "who" and j + 2 < n and folds[j + 1] in ("is", "was"):
            j += 2
        if folds[j] == "also" and j + 1 < n:
            j += 1  # "Xi Jinping, also general secretary of ..."
        if folds[j] in ("a", "an", "both", "all") and j + 1 < n:
            j += 1
        elif folds[j] == "the" and j + 1 < n and self._before_who(j + 1):
            j += 1  # "X, the maharaja who ...": a title closed by a relative clause
        first = j
        hi = j
        while j < n and j - last <= _MAX_TITLE:
            if in_run[j]:
                return None, None  # the phrase is the next person's title
            if not (self.title_word(j) or folds[j] == "with"):
                break
            hi = j + 1
            if j + 1 >= n:
                break
            gap = gaps[j]
            if gap in (", ", "), ") and j + 2 < n:
                # A list of positions: ", a permanent member of ... and vice president of X".
                k = j + 1 + (folds[j + 1] in ("a", "an"))
                if folds[k] in HEADS or folds[k] in MODIFIERS:
                    j = k
                    continue
            if gap not in _TITLE_GAP:
                break
            j += 1
        if hi < n and in_run[hi] and gaps[hi - 1] == " ":
            return None, None
        return self._phrase(first, hi, after=True)

    def _before_who(self, j: int) -> bool:
        """Whether title words from token ``j`` run into "who"/"whose" (at most four words)."""
        for k in range(j, min(j + 5, self.n)):
            if self.folds[k] in ("who", "whose"):
                return k > j and self.gaps[k - 1] == " "
            if not self.title_word(k) or self.in_run[k]:
                return False
        return False

    def _phrase(self, lo: int, hi: int, *, after: bool) -> tuple[Span | None, Span | None]:
        folds, caps, starts, text = self.folds, self.caps, self.starts, self.text
        # A title starts at a title word or a name ("Chile's national poet"), not at
        # a lower-case noun or a participle ("monument to", "Visiting").
        while lo < hi and (
            folds[lo] in FUNCTION
            or folds[lo] in _ARTICLES
            or (
                folds[lo] not in HEADS
                and folds[lo] not in MODIFIERS
                and (not caps[lo] or folds[lo].endswith("ing"))
                and not self.in_paren[lo]
            )
        ):
            lo += 1
        while hi > lo and folds[hi - 1] in FUNCTION and not self.possessive[hi - 1]:
            hi -= 1
        if lo >= hi:
            return None, None
        # A bracket closed inside the phrase but opened before it ("(Prensa
        # Latina) Cuban President") ends what came before: the title starts after it.
        while lo < hi:
            close = text.find(")", starts[lo], self.ends[hi - 1])
            if close < 0 or text.find("(", starts[lo], close) >= 0:
                break
            while lo < hi and starts[lo] < close:
                lo += 1
        if lo >= hi:
            return None, None
        words = folds[lo:hi]
        end = self.ends[hi - 1] + (2 if self.possessive[hi - 1] else 0)
        # A bracket closing inside the phrase is part of it: "(Rajya Sabha)".
        if end < len(text) and text[end] == ")" and text.find("(", starts[lo], end) >= 0:
            end += 1
        if after and not (folds[lo] in HEADS or folds[lo] in MODIFIERS or caps[lo]):
            return None, None
        if RELATIONAL.isdisjoint(words[-2:]) and any(map(_has_head, words)):
            return Span(starts[lo], end), None
        if not RELATIONAL.isdisjoint(words):
            return None, Span(starts[lo], end)
        return None, None


def _has_head(w: str) -> bool:
    """Whether a folded word is a title's head: "minister", "ministers", "vice-president"."""
    return w in HEADS or w[:-1] in HEADS or ("-" in w and any(p in HEADS for p in w.split("-")))


def _contains(big: Sequence[str], small: Sequence[str]) -> bool:
    n = len(small)
    if n == 1:
        return small[0] in big  # (most mentions are one word: no slices to build)
    return any(tuple(big[i : i + n]) == tuple(small) for i in range(len(big) - n + 1))


def find_people(doc: Document, mentions: Sequence[Mention]) -> tuple[Draft, ...]:
    """The people of the story with their titles, each once, in order of first mention."""
    r = _Reader(doc, mentions)
    text = doc.text
    # Agency credits and sign-offs ("Prensa Latina", "(Xinhua)") are not people.
    off = [x.span for x in (doc.agency,) if x is not None]
    if doc.layout.signoff is not None:
        off.append(doc.layout.signoff)
    captions = bool(doc.layout.captions)
    # Each kept run with its honorific's index, cue, place flag and span.
    kept: list[tuple[list[int], int | None, bool, bool, int, int]] = []
    venue = -1  # where the last building or place taken for one after "at"/"in" ends
    folded = doc.folded
    for run in r.runs():
        first = run[0]
        start, end = r.starts[first], r.end(run[-1])
        prev = r.prev_fold(first)
        hon = r.honorific_before(first)
        # The cheap tests first (none of these has a side effect, so their order is free).
        if prev in _ARTICLES and hon is None:
            continue
        if captions and doc.in_caption(Span(start, end)):
            continue
        if any(o.start < end and start < o.end for o in off):  # the agency or sign-off
            continue
        # name_key() of the name: the fold of a slice is the slice of the fold.
        if "".join(_WORDS.findall(folded, start, end)) in AGENCIES:
            continue
        if _credited(text, start):
            continue  # a byline or a photo credit: authors and photographers are not counted
        lead = hon if hon is not None else first
        before = prev if hon is None else r.prev_fold(hon)
        # A title word right before a name cues it; for one word alone ("President
        # Sukarno") the word must be a head, not a modifier ("State Councilor").
        cued = hon is not None or (
            before is not None and (before in HEADS or (len(run) > 1 and before in MODIFIERS))
        )
        if prev is not None and prev in ("at", "in", "near", "inside") and not cued:
            nxt = text[end : end + 3]
            # "in Vo Van Kiet, ..." may open a clause on a person; "at X, Y," and
            # "at X, before" name a place and its address.
            if nxt[:1] != "," or nxt[2:3].islower() or _PLACE_CHAIN.match(text, end):
                venue = end
                continue  # "talks at Cheong Wa Dae": a building or place, not a person
        if venue >= 0 and start - venue == 2 and text.startswith(", ", venue) and not cued:
            venue = end
            continue  # "at the X Hall, Y Palace": the address goes on
        if r.followed_by_org(run) or r.inside_org(run):
            continue
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            continue  # "(Rajya Sabha)": a name in brackets explains an organisation
        # A place's name alone is a person only as a short form of a full name
        # ("Hải" for "Trần Văn Hải") or with a title ("President Ho Chi Minh").
        place_only = r.whole_place(run, end) and not (cued and len(run) > 1)
        kept.append((run, hon, cued, place_only, start, end))
        # A lone capitalised word may be a short name or a word of an organisation's
        # name ("Rector of Salamanca"): it does not cut a title short.
        if not place_only and (len(run) > 1 or cued):
            for i in run:
                r.in_run[i] = True

    head = doc.headline.span if doc.headline is not None else None
    words, folds = r.words, r.folds
    found: list[_Mention] = []
    for run, hon, cued, place_only, start, end in kept:
        lead = hon if hon is not None else run[0]
        # A headline's capitalised words ("Vietnam Pledges Stronger Ties") are
        # too often not names: there a name only repeats one from the story.
        in_headline = head is not None and head.start <= start and end <= head.end
        found.append(
            _Mention(
                Span(start, end),
                text[r.starts[lead] : end],
                tuple(map(words.__getitem__, run)),
                tuple(map(folds.__getitem__, run)),
                cued and not place_only,
                None,  # the title and side phrase: read below, for the people's mentions only
                None,
                place_only or in_headline,
            )
        )
    groups = _group(found)

    # Titles are read only for the mentions of people: most mentions (places, words
    # of organisations) join no one, and reading a title is the costly part.
    phrases: dict[int, tuple[Span | None, Span | None]] = {}

    def phrases_by(k: int) -> tuple[Span | None, Span | None]:
        """The title (else a side phrase) by mention ``k``: before the name, else after it."""
        got = phrases.get(k)
        if got is None:
            run, hon = kept[k][0], kept[k][1]
            title, side = r.title_before(hon if hon is not None else run[0])
            if title is None:
                t2, s2 = r.title_after(run[-1])
                title, side = t2, side or s2
            got = phrases[k] = (title, side)
        return got

    for k in sorted(k for g in groups for k in g):
        title, side = phrases_by(k)
        if title is None and k + 1 < len(found):
            # "X and Y, both deputy ministers of ...": the title is X's too.
            a, b = found[k], found[k + 1]
            then = phrases_by(k + 1)[0]
            if (
                then is not None
                and then.start > b.span.end
                and text[a.span.end : b.span.start] == " and "
                and _BOTH.fullmatch(text[b.span.end : then.start])
            ):
                title = then
        found[k] = found[k]._replace(title=title, side=side)
    return _drafts(text, found, groups)


_BOTH = re.compile(r",\s*(?:both|all)\s+")
# "at X, Y, before ...": a place then its address, closed by a lower-case word.
_PLACE_CHAIN = re.compile(r", (?:[A-Z][\w'’-]* ){1,4}?[A-Z][\w'’-]*, [a-z]")


def _group(found: Sequence[_Mention]) -> list[list[int]]:
    """The mentions of each person (indexes into ``found``), people in order of creation."""
    # People first come from full names (two words or more, or one word with an
    # honorific or a title); one-word mentions then join the person they name.
    people: list[list[int]] = []
    keys: list[tuple[str, ...]] = []
    by_word: dict[str, set[int]] = {}  # which people have a word in their name
    # Each person's first and last mention start, kept as mentions join: asking the
    # mention lists instead would cost time quadratic in the mentions of a long text.
    first: list[int] = []
    last_start: list[int] = []
    order = [k for k, m in enumerate(found) if len(m.words) >= 2]
    order += [k for k, m in enumerate(found) if len(m.words) < 2]
    for k in order:
        m = found[k]
        w = m.folds
        start = m.span.start
        near = sorted(set().union(*(by_word[x] for x in w if x in by_word)))
        hits = [p for p in near if _contains(keys[p], w) or (len(w) > 1 and _contains(w, keys[p]))]
        if len(hits) > 1:
            # A short form that fits several people: the one whose last word it is,
            # else the one mentioned last before it.
            last = [p for p in hits if keys[p][-1] == w[-1]]
            hits = last or hits
            before = [p for p in hits if first[p] < start]
            hits = [max(before, key=last_start.__getitem__)] if before else hits[:1]
        if hits:
            p = hits[0]
            people[p].append(k)
            first[p] = min(first[p], start)
            last_start[p] = max(last_start[p], start)
            if len(w) > len(keys[p]):
                keys[p] = w
        elif (len(w) > 1 or m.cued) and not m.place:
            p = len(people)
            people.append([k])
            keys.append(w)
            first.append(start)
            last_start.append(start)
        else:
            continue
        for x in w:
            by_word.setdefault(x, set()).add(p)
    return people


def _drafts(text: str, found: Sequence[_Mention], groups: list[list[int]]) -> tuple[Draft, ...]:
    """One draft per group of mentions, in order of first mention."""
    drafts: list[Draft] = []
    for group in groups:
        # ``found`` is in text order, so its indexes sort as the mentions' starts do.
        ms = [found[k] for k in sorted(group)]
        full = max(ms, key=lambda x: (len(x.words), -x.span.start))
        name = full.span.of(text)
        titled = next((x for x in ms if x.title is not None), None)
        title_span = titled.title if titled is not None else None
        aliases = tuple(dict.fromkeys(x.surface for x in ms if x.surface != name))
        drafts.append(
            Draft(
                name,
                full.words,
                " ".join(title_span.of(text).split()) if title_span is not None else None,
                title_span,
                tuple(x.span for x in ms),
                aliases,
                tuple(x.side for x in ms if x.side is not None),
                tuple(x.title for x in ms if x.title is not None),
            )
        )
    drafts.sort(key=lambda d: d.spans[0].start)
    return tuple(drafts)


# --- step 2: countries and role mentions ------------------------------------

# The boundary before "the" is written as a look-behind after it, so that the
# pattern starts with literals and the regex engine skips ahead to a "t" or an "h".
# A word or a run of spaces never gives back a character (possessive repeats):
# neither a word nor a role noun starts with a space.
_ROLE = re.compile(
    r"(?:the|his|her)(?<!\w...)\s++((?:[^\W\d_][\w'’\-]*+\s++){0,3}?)("
    + "|".join(sorted((re.escape(w) for w in ROLES), key=len, reverse=True))
    + r")\b(?!\s+(?:of|to)\b)"
)
_APPOSITION = re.compile(r",[ \t]*(?:(?:Mr|Mrs|Ms|Madam|Madame|Dr|H\.E)\.?[ \t]+)?")
# Role nouns any official may be called by, whatever the title says.
_GENERIC_ROLES = frozenset(
    {"official", "leader", "host", "guest", "visitor", "chief", "dignitary", "statesman",
     "counterpart"}
)  # fmt: skip
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_DIPLOMAT = ("ambassador", "consul", "envoy", "diplomat", "foreign minister", "charge")
_EXCLUDE_AFTER = re.compile(r"\b(?:to|in|at|with)\s+(?:the\s+)?$")


# Spans sorted by (start, end) through a C-level key, not Span.__lt__.
_START_END = attrgetter("start", "end")


@attrs.frozen
class Settled:
    """The people as far as the article tells them, before the dyad is known.

    The pipeline reads the people once without the dyad (to find it) and again
    with it: everything but the dyad's last resort is the same both times, so it
    is worked out once, here, and :meth:`people` only adds the dyad's part.
    """

    doc: Document
    drafts: Sequence[Draft]
    countries: Sequence[Country]
    codes: tuple[str | None, ...]
    aliases: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[Span, ...], ...]

    def people(self, dyad: Dyad | None = None) -> tuple[Person, ...]:
        """The final people; ``dyad`` gives the side of those whose country is still unknown."""
        drafts, codes = self.drafts, list(self.codes)
        if dyad is not None and None in codes:
            home = _dateline_country(self.doc, self.countries)
            known = list(codes)
            for k, d in enumerate(drafts):
                if codes[k] is None:
                    codes[k] = _dyad_side(d, dyad, known, home)
        return tuple(
            Person(
                d.name,
                title=d.title,
                country=codes[k],
                aliases=self.aliases[k],
                spans=self.spans[k],
            )
            for k, d in enumerate(drafts)
        )


def settle_people(
    doc: Document,
    drafts: Sequence[Draft],
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
) -> Settled:
    """Step 2 up to the dyad; ``settle_people(...).people(dyad)`` gives the final people.

    ``countries_in(countries, span)`` gives the codes named inside a span (the
    places stage's helper).
    """
    text = doc.text
    named = {c.code for c in countries}
    codes: list[str | None] = []
    for d in drafts:
        codes.append(_title_country(text, d, countries, countries_in))
    spans = [list(d.spans) for d in drafts]
    aliases = [list(d.aliases) for d in drafts]
    # Role mentions: "the host", "the Chinese diplomat", "the Hà Nội official".
    host, guest = _host_and_guest(doc, drafts)
    starts = {sp.start: k for k, d in enumerate(drafts) for sp in d.spans}
    # Names sorted by start with the running maximum of their ends: a role mention
    # overlaps a name iff some name starting before its end ends after its start.
    named_spans = sorted((s.start, s.end) for ss in spans for s in ss)
    name_starts = [s for s, _ in named_spans]
    reach = list(accumulate((e for _, e in named_spans), max))
    for m in _ROLE.finditer(doc.folded):
        span = Span(m.start(), m.end())
        i = bisect_left(name_starts, span.end)
        if doc.in_caption(span) or (i > 0 and reach[i - 1] > span.start):
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and after.group(1)[0].isupper():
            continue  # "his Secretary General Roque ...": a title before a name
        mod, noun = m.group(1).strip(), m.group(2)
        if any(w in ORG_WORDS and w != "party" for w in mod.split()):
            continue  # "the Vietnamese Consulate General": an organisation
        mod_span = Span(m.start(1), m.start(1) + len(mod)) if mod else None
        # "his Lao counterpart, Mr. Bounmy Vong": the name in apposition.
        appos = _APPOSITION.match(text, span.end)
        who = starts.get(appos.end()) if appos is not None else None
        if who is None:
            who = _resolve_role(
                text, drafts, codes, countries, countries_in, span, mod_span, noun, host, guest
            )
        if who is None:
            continue
        spans[who].append(span)
        alias = span.of(text)
        if alias not in aliases[who]:
            aliases[who].append(alias)
        if codes[who] is None and mod_span is not None:
            found = countries_in(countries, mod_span)
            if found:
                codes[who] = found[0]
    for k, d in enumerate(drafts):
        if codes[k] is None:
            for side in d.sides:
                found = countries_in(countries, side)
                if found:
                    codes[k] = found[0]
                    break
        if codes[k] is None:
            origin = SURNAMES.get(fold(d.words[0])) or SURNAMES.get(fold(d.words[-1]))
            # A family name tells the country when the article names that country, or,
            # for a full Vietnamese name (family, middle and given names), on its own.
            full_vn = origin == "VNM" and len(d.words) >= 3 and SURNAMES.get(fold(d.words[0]))
            if origin is not None and (origin in named or full_vn):
                codes[k] = origin
    # Members of one family ("former President Omar Karimov", "Timur Karimov").
    by_surname: dict[str, list[int]] = {}
    for j, e in enumerate(drafts):
        by_surname.setdefault(e.words[-1], []).append(j)
    for k, d in enumerate(drafts):
        if codes[k] is None and len(d.words) > 1:
            kin = [j for j in by_surname[d.words[-1]][:2] if j != k]
            if kin and codes[kin[0]] is not None:
                codes[k] = codes[kin[0]]
    # A domestic story (one country, not counting venues of multilateral meetings):
    # everyone is of that country.
    home_only = named - venue_only(doc, countries) if None in codes else named
    if len(home_only) == 1:
        codes = [c or next(iter(home_only)) for c in codes]
    return Settled(
        doc,
        drafts,
        countries,
        tuple(codes),
        tuple(map(tuple, aliases)),
        tuple(tuple(sorted(ss, key=_START_END)) for ss in spans),
    )


# "the ASEAN summit in X", "the forum held in X": the place is a meeting's venue.
_VENUE = re.compile(
    r"\b(?:summit|summits|forum|conference|congress|games|expo|olympics|cup|championships?"
    r"|ministerial|plenary|assembly|session|meetings?|gathering|retreat|dialogue)"
    r"(?:,?\s+(?:held|hosted|taking\s+place|to\s+be\s+held|scheduled))?\s+(?:in|at)\s+"
    r"(?:the\s+)?\Z"
)
_MULTILATERAL = re.compile(
    r"\b(?:asean|apec|g7|g20|g-20|brics|sco|un|united\s+nations|wto|eas|asem|mekong|nam|cica"
    r"|regional|international|multilateral|global|world|leaders|ministers|members)\b"
    r"|\bsummit"
)


def venue_only(doc: Document, countries: Sequence[Country]) -> frozenset[str]:
    """The countries named only as the venue of a multilateral meeting.

    Such a country ("the ASEAN summit in Vientiane") is named, but it is not a
    side of the story: it neither makes a domestic story bilateral nor takes
    part in the dyad.

    >>> from bilateral._extract.layout import read_document
    >>> doc = read_document("Thai ministers met. They will attend the ASEAN summit in Vientiane.")
    >>> cs = (Country("THA", spans=(Span(0, 4),)), Country("LAO", spans=(Span(57, 66),)))
    >>> sorted(venue_only(doc, cs))
    ['LAO']
    """
    folded = doc.folded
    out: set[str] = set()
    for c in countries:
        venues = 0
        for sp in c.spans:
            if not folded.endswith((" in ", " at ", " the "), 0, sp.start):
                break  # the cheap test first: a venue follows "in", "at" or "in the"
            lo = max(0, sp.start - 120)
            stop = max(folded.rfind(".", lo, sp.start), folded.rfind("\n", lo, sp.start))
            lo = max(lo, stop + 1)
            m = _VENUE.search(folded, lo, sp.start)
            if m is None or _MULTILATERAL.search(folded, lo, m.end()) is None:
                break
            venues += 1
        if c.spans and venues == len(c.spans):
            out.add(c.code)
    return frozenset(out)


def _title_country(
    text: str,
    d: Draft,
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
) -> str | None:
    # "Ambassador to Việt Nam", "Consul General in Osaka": the place after
    # "to"/"in" is where the person serves, not whom they represent.
    for span in d.titles:
        for code in countries_in(countries, span):
            spans = (s for c in countries if c.code == code for s in c.spans)
            if any(
                span.contains(s) and not _EXCLUDE_AFTER.search(text[span.start : s.start])
                for s in spans
            ):
                return code
    return None


def _dateline_country(doc: Document, countries: Sequence[Country]) -> str | None:
    """The country of the dateline's place: the side on whose ground the story is told."""
    if doc.dateline is None:
        return None
    found = sorted(
        (s.start, c.code) for c in countries for s in c.spans if doc.dateline.span.overlaps(s)
    )
    return found[0][1] if found else None


_SURNAME_COUNTRIES = frozenset(SURNAMES.values())


def _dyad_side(d: Draft, dyad: Dyad, codes: Sequence[str | None], home: str | None) -> str | None:
    first, last = fold(d.words[0]), fold(d.words[-1])
    a, b = dyad.a, dyad.b
    origins = (SURNAMES.get(first), SURNAMES.get(last))
    for x, y in ((a, b), (b, a)):
        foreign = x in _SURNAME_COUNTRIES and x not in origins
        if foreign and (y not in _SURNAME_COUNTRIES or y in origins):
            return y
    # Reports name the foreign side's people with their country ("Nepalese
    # Foreign Minister") and often leave their own side's unmarked: when only
    # one side's people are marked, an unmarked person is of the other side.
    marked = {c for c in codes if c in (a, b)}
    if len(marked) == 1:
        return b if a in marked else a
    if home in (a, b):
        return home
    counts = {a: codes.count(a), b: codes.count(b)}
    if counts[a] != counts[b]:
        return max(counts, key=lambda c: counts[c])
    return None


# A reception verb: "X received Y", "Y was received by X", "X met with Y".
_RECEPTION = re.compile(
    r"\b(?:(was|were|being) )?(?:received|receives|receiving|receive|hosted|hosts|hosting"
    r"|welcomed|welcomes|welcoming|greeted|met with|met)\b"
)


def _host_and_guest(doc: Document, drafts: Sequence[Draft]) -> tuple[int | None, int | None]:
    """Who receives and who is received, from the first reception verb."""
    mentions = sorted((s.start, k) for k, d in enumerate(drafts) for s in d.spans)
    positions = [pos for pos, _ in mentions]
    for sent in doc.story_sentences():
        lo = bisect_left(positions, sent.start)
        if bisect_left(positions, sent.end, lo) - lo < 2:
            continue  # a host and a guest need two mentions in the sentence
        for m in _RECEPTION.finditer(doc.folded, sent.start, sent.end):
            # The last mention before the verb and the first after it, in the sentence.
            b = bisect_left(positions, m.start()) - 1
            a = bisect_left(positions, m.end())
            if b < lo or a >= len(positions) or positions[a] >= sent.end:
                continue
            h, g = mentions[b][1], mentions[a][1]
            if m.group(1):  # passive: "X was received by Y"
                h, g = g, h
            if h != g:
                return h, g
    if len(drafts) >= 2:
        return 0, 1
    return (0, None) if drafts else (None, None)


def _resolve_role(
    text: str,
    drafts: Sequence[Draft],
    codes: Sequence[str | None],
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
    span: Span,
    mod_span: Span | None,
    noun: str,
    host: int | None,
    guest: int | None,
) -> int | None:
    det = text[span.start : span.end].split()[0].lower()
    side = host if noun == "host" else guest if noun in ("guest", "visitor") else None
    if noun in ("host", "guest", "visitor"):
        if mod_span is None:
            return side
        # "the Mozambican guest": the guest, if of that country.
        found = countries_in(countries, mod_span)
        if side is not None and (not found or codes[side] in found or codes[side] is None):
            return side
    cands = list(range(len(drafts)))
    if mod_span is not None:
        mod = fold(mod_span.of(text))
        found = countries_in(countries, mod_span)
        # Of that country; else whose title names the place ("the Hà Nội official").
        words = re.compile(rf"\b{re.escape(mod)}\b")
        by_title = [k for k in cands if words.search(fold(drafts[k].title or ""))]
        if found:
            cands = [k for k in cands if codes[k] in found] or by_title
        elif by_title:
            cands = by_title
        elif mod and not all(w in MODIFIERS or w in HEADS for w in mod.split()):
            return None
    if noun not in _GENERIC_ROLES:
        keys = (
            _DIPLOMAT if noun == "diplomat" else (noun, "prime minister" if noun == "pm" else noun)
        )
        cands = [
            k
            for k in cands
            if drafts[k].title and any(x in fold(drafts[k].title or "") for x in keys)
        ]
    if det != "the" and noun in ("host", "guest"):
        return host if noun == "host" else guest
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    before = [k for k in cands if drafts[k].spans[0].start < span.start]
    if not before:
        return None
    return max(before, key=lambda k: max(s.start for s in drafts[k].spans if s.start < span.start))

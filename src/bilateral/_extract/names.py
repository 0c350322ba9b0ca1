"""Names: where a person's name begins and ends in the text.

:class:`Reader` is the token-level reading of one article: runs of capitalised
name words that are not title, organisation, concept or place words, cut where a
country, demonym or leading place word stands in them; honorifics and styles of
rank before a name are not part of it. :class:`Draft` is what the people stage
makes of the runs before it knows their country.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress
from operator import itemgetter, not_

import attrs

from bilateral._extract.analysis import Document
from bilateral._extract.titles import (
    CONCEPTS,
    FILIAL,
    HEADS,
    HONORIFIC_PHRASES,
    HONORIFICS,
    MODIFIERS,
    NOT_NAME,
    OPENERS,
    ORG_WORDS,
    PARTICLES,
    RANK_MODIFIERS,
    RANKS,
    STOPWORDS,
    SURNAMES,
    WEEKDAYS,
)
from bilateral._lexicon.gazetteer import Mention, data_lines
from bilateral._text import fold
from bilateral.model import Span

__all__ = ["AGENCIES", "Draft", "Reader", "credited", "name_key", "name_words"]

# A word (letters, joined by apostrophes or hyphens) or a number, as a group for split().
# The repeats are possessive (a word never gives back a letter): the regex engine keeps
# no backtracking state per letter.
_TOKEN = re.compile(r"([^\W\d_]++(?:['’\-][^\W\d_]++)*+|\d++(?:st|nd|rd|th)?)")
# An Arab name with its chain of family names ("X Al Y Al Z Al W") runs to eight words.
_MAX_RUN = 8
# A title between two names is a few words ("MP", "Deputy Prime Minister", "Speaker Tan Sri").
_MAX_TITLE_GAP = 5
_HEADS_OR_MODIFIERS = HEADS | MODIFIERS
# The first words of two-word styles, to ask only their tokens.
_STYLE_FIRST = frozenset(p.split()[0] for p in HONORIFIC_PHRASES)

_PLACE_KINDS = frozenset({"capital", "subdivision", "locality", "city"})
# Roman numerals I to XX, as regnal names carry them.
_ROMAN = re.compile(r"(?=[IVX])(?:X?(?:IX|IV|V?I{0,3})|XX)")
_RULERS = frozenset(
    {"king", "queen", "pope", "emperor", "empress", "sultan", "tsar", "czar", "shah", "prince",
     "princess", "emir", "duke", "patriarch"}
)  # fmt: skip
_NATION_KINDS = frozenset({"country", "demonym", "org"})


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
    return "".join(WORDS.findall(fold(s)))


def name_words(name: str) -> tuple[str, ...]:
    """A name's words as :class:`Reader` splits a text into tokens (unfolded).

    >>> name_words("Moon Jae-in"), name_words("K. Som")
    (('Moon', 'Jae-in'), ('K', 'Som'))
    """
    return tuple(_TOKEN.findall(name))


WORDS = re.compile(r"[^\W_]+")
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


def credited(text: str, start: int) -> bool:
    # Every credit form ends in "by", ":" or "/" (and spaces): test that before the regex.
    lo = max(0, start - 40)
    j = start - 1
    while j >= lo and text[j] in " \t":
        j -= 1
    return (
        j >= lo
        and text[j] in ":/yY"
        and _CREDIT.search(text, lo, start) is not None
        and _SLASHED_AGENCY.search(text, lo, start) is None
    )


# A dateline's agency between slashes ("Ulaanbaatar /MONTSAME/ Name") credits no one.
_SLASHED_AGENCY = re.compile(r"/[^\W\d_]+/[ \t]?\Z")


_BRACKETS = re.compile(r"\([^()\n]{1,200}\)")


_SPACES = re.compile(r"[ \t]+")
# Parts of a hyphenated word that make it a title or a thing ("Vice-President",
# "e-Commerce"); short common words do not ("Jae-in", "Won-soon" are given names).
_TITLE_PART = NOT_NAME - STOPWORDS
# A lower-case particle joined to a family name ("al-Sudani", "el-Sisi") is a name word.
_PREFIXED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ibn|bin|abu|abd)-[A-Z]")
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")
# What stands between a thing's name and the common noun after it: a space, or a quote closing.
_BEFORE_COMMON_NOUN = frozenset({" ", '" ', "” ", "' ", "’ "})


class Reader:
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
        # (a hyphen before a capital is rare: find those, then ask their word)
        for hyphen in _HYPHEN_CAPITAL.finditer(text):
            k = bisect_right(starts, hyphen.start()) - 1
            if k >= 0 and not caps[k] and _PREFIXED.match(words[k]):
                caps[k] = True
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
        # Words of a two-word style ("Tan Sri", "Puan Sri"): never a name's.
        self.style = [False] * n
        for k in compress(range(n - 1), caps):
            if (
                folds[k] in _STYLE_FIRST
                and gaps[k] == " "
                and f"{folds[k]} {folds[k + 1]}" in HONORIFIC_PHRASES
            ):
                self.style[k] = self.style[k + 1] = True
        self.name_like = self._name_like()
        for k in compress(range(n), self.style):
            self.name_like[k] = False

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

    def _name_like(self) -> list[bool]:
        """Whether each token may be a word of a name (computed once per article)."""
        text, lower = self.text, self.lower
        starts, words, folds = self.starts, self.words, self.folds
        out = [False] * self.n
        # A lower-case token is never a name word, nor a number: only capitals are asked.
        for i in compress(range(self.n), self.caps):
            w = words[i]
            if len(w) == 1 and self._initial_pair(i):
                out[i] = True  # "A.K. Rahman": the letter is an initial, not the article
                continue
            if len(w) > 1 and w.isupper():
                if len(w) == 2 and self._initials(i):
                    out[i] = True  # "MM Naravane", "KP Sharma Oli": initials, not an acronym
                continue  # an acronym
            f = folds[i]
            if len(f) == 1 and (
                text[starts[i] - 3 : starts[i]] in ("H. ", " H.")
                or text[starts[i] - 2 : starts[i]] == "H."
            ):
                continue  # H.E., H. E.
            if (
                f in NOT_NAME
                or (f.endswith("s") and f[:-1] in NOT_NAME)
                or (len(f) > 3 and "-" in f and any(map(_TITLE_PART.__contains__, f.split("-"))))
            ):
                # A family name that is also a common word ("He", "Long") still
                # counts inside a sentence when another name word follows it.
                # At a sentence's start too, where "He" is far likelier the pronoun,
                # the next word must be a name word that is not a place ("He Wei Lan").
                out[i] = f in SURNAMES and self._next_name(i)
            else:
                out[i] = not (f in lower and self._initial(i))
        return out

    def _initial_pair(self, i: int) -> bool:
        """Whether letter ``i`` is dotted and another dotted initial follows it ("A.K.")."""
        k = i + 1
        return (
            k < self.n
            and self.gaps[i] in (".", ". ")
            and len(self.words[k]) == 1
            and self.caps[k]
            and self.text[self.ends[k] : self.ends[k] + 1] == "."
        )

    def _nation(self, i: int) -> bool:
        """Whether token ``i`` is a country's name or demonym."""
        where = self.place[i]
        return where is not None and where.best.kind in _NATION_KINDS

    def _initials(self, i: int) -> bool:
        """Whether a two-capital token is the initials of the name word after it."""
        k = i + 1
        return (
            k < self.n
            and self.gaps[i] == " "
            and self.caps[k]
            and not self.words[k].isupper()
            and self.folds[i] not in NOT_NAME
            and self.folds[k] not in NOT_NAME
            and self.place[i] is None
            and self.place[k] is None
        )

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
                elif gap in (". ", ".") and len(words[j]) == 1 and name_like[j + 1]:
                    j += 1  # an initial: "Mary K. Jones", "E.Bold"
                elif gap == "." and j == first and self._digraph_initial(j) and name_like[j + 1]:
                    j += 1  # a Mongolian initial of two letters: "Kh.Bat", "Ts.Dorj"
                elif gap in ("' ", "’ ") and name_like[j + 1] and j > first:
                    j += 1  # a transliteration's final apostrophe: "Mohammed Shia' Al Sudani"
                elif gap == " " and caps[j + 1] and self._closing_word(j + 1):
                    j += 1  # "Sok An", "Le Van An": a capitalised common word ends the name
                elif (
                    gap == " "
                    and folds[j + 1] in PARTICLES
                    and not caps[j + 1]
                    and j + 2 < n
                    and gaps[j + 1] == " "
                    and (
                        name_like[j + 2]
                        # "bin Sultan": after "son of", any capitalised word is a name
                        or (folds[j + 1] in FILIAL and caps[j + 2] and not words[j + 2].isupper())
                    )
                ):
                    j += 2
                else:
                    break
                size += 1
            if j + 1 < n and words[j + 1][0] in "IVX" and self._regnal(first, j):
                j += 1  # "King Charles III", "Pope Leo XIV": the numeral is part of the name
            if j > first and len(words[j]) == 1 and words[j] not in "IVX" and gaps[j][:1] != ".":
                j -= 1  # a letter closing a run is no initial: "Cat C"
            run = list(range(first, j + 1))
            # one word, or no place word: nothing to cut
            parts = self._split(run) if j > first and any(place[first : j + 1]) else [run]
            for part in parts:
                # letters only are an abbreviation ("D.C."), not a name's initials
                if (
                    len(part) == 1
                    or len(words[part[-1]]) > 1
                    or any(len(words[k]) > 1 for k in part)
                ):
                    out.append(part)
            i = j + 1
        return out

    def _digraph_initial(self, k: int) -> bool:
        """Whether name word ``k`` is a two-letter initial ("Kh", "Ts", "Ch").

        Mongolian names spell a father's name's first sound, often two Latin
        letters, glued by a dot to the given name ("Ts.Elbeg"). (An honorific,
        "Mr.Lee", is no name word, so never asked.)
        """
        word = self.words[k]
        return len(word) == 2 and word[1].islower()

    def _closing_word(self, k: int) -> bool:
        """Whether token ``k``, a common word, is a name's last word all the same.

        Inside a sentence a capitalised common word ("An", "In", "Do") right after a
        name word is a given name when nothing capitalised follows it: a title or an
        organisation's name would go on ("Minister of", "Institute For Peace"). So is
        a family name that is a common word's plural ("Alice Wells").
        """
        f = self.folds[k]
        common = f in STOPWORDS or (f[-1:] == "s" and f[:-1] in STOPWORDS)
        if not self.caps[k] or not common or self.words[k].isupper():
            return False
        if f in WEEKDAYS or f in ORG_WORDS:
            return False  # "Sharif Tuesday said", "(Point News / ...)": a day, an outlet's word
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
        prev = self.prev_fold(run[0])
        # In a title's "of X" or "in X" ("Consul General in Pakse"), not "handed to X".
        after_of = prev in ("of", "for") or (
            prev in ("in", "to", "at") and (self.prev_fold(run[0] - 1) or "") in _HEADS_OR_MODIFIERS
        )
        for part in parts:
            # (a part after a country's name is no longer in the title's "of X")
            after_of = after_of and part[:1] == run[:1]
            while len(part) > 1:
                m = place[part[0]]
                if (
                    m is None
                    or m.best.kind not in _PLACE_KINDS
                    or self.folds[part[0]] in SURNAMES
                    # a one-word place glued to a name is cut only in a title's
                    # "Governor of Irkutsk Sergey Levchenko", "Consul in Pakse Le Thi Ha"
                    # ("Paul", "Sofia" may be places too)
                    or (" " not in m.text and not after_of)
                ):
                    break
                lo, hi = m.span.start, m.span.end
                rest = [i for i in part if not (lo <= self.starts[i] and self.end(i) <= hi)]
                if not rest or len(rest) == len(part):
                    break
                part = rest
                after_of = False  # the title's one place is cut: "of Lima Sofia Varga"
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

    def styles_before(self, i: int) -> tuple[int | None, tuple[int, int] | None]:
        """The honorifics, styles and rank directly before token ``i``.

        Gives the index of the first of them (or None) and the token range of a
        military or police rank among them (``Rear Admiral``, ``Lt Gen``), or None.
        A rank ends in a rank word next to the name; "General" after a title's head
        ("Secretary General", "Consul General") is that title's, not a rank.
        """
        folds, gaps, words, text, caps = self.folds, self.gaps, self.words, self.text, self.caps
        j = i
        rank: tuple[int, int] | None = None
        while j > 0:
            p = j - 1
            if gaps[p] not in (" ", ". "):
                break
            f = folds[p]
            if f in HONORIFICS or self.style[p]:
                j -= 1
            elif words[p] == "E" and text[self.starts[p] - 3 : self.starts[p]].strip() == "H.":
                j -= 2  # H.E., H. E.
            elif rank is None and f in RANKS and caps[p]:
                lo = p
                while (
                    lo > 0
                    and gaps[lo - 1] in (" ", ". ")
                    and caps[lo - 1]
                    and (folds[lo - 1] in RANKS or folds[lo - 1] in RANK_MODIFIERS)
                ):
                    lo -= 1
                if lo == p and f == "general" and p > 0 and folds[p - 1] in HEADS:
                    break  # "Secretary General", "Attorney General": the title's own word
                if lo > 0 and gaps[lo - 1] == " " and self._nation(lo - 1):
                    lo -= 1  # "Thai Admiral": the rank's side belongs to it
                rank = (lo, j)
                j = lo
            else:
                break
        return (j if j < i else None), rank

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

    def after_opener(self, run: Sequence[int]) -> bool:
        """Whether the run names a thing after its opener: "Operation Desert Shield"."""
        i = run[0]
        return i > 0 and self.gaps[i - 1] == " " and self.folds[i - 1] in OPENERS

    def before_title(self, run: Sequence[int]) -> bool:
        """Whether a title and another name follow the run: it is the title's place or body.

        "Bukit Bendera MP Syerleena", "Dewan Rakyat Speaker Tan Sri Johari": a
        person's name is not followed straight by a title and a name.
        """
        last = run[-1]
        j = last + 1
        n, folds, gaps, caps = self.n, self.folds, self.gaps, self.caps
        if j >= n or gaps[last] != " " or folds[j] not in _HEADS_OR_MODIFIERS:
            return False
        if not caps[j] and folds[j] not in HEADS:
            return False  # "X spokesperson Y", "X minister Y": a lower-case head is a title's too
        while j < n and j - last <= _MAX_TITLE_GAP and gaps[j - 1] in (" ", ". "):
            if self.name_like[j]:
                return True
            if not (((caps[j] or j == last + 1) and folds[j] in NOT_NAME) or self.style[j]):
                return False
            j += 1
        return False

    def followed_by_org(self, run: Sequence[int]) -> bool:
        last = run[-1]
        j = last + 1
        if j >= self.n or self.possessive[last]:
            return False
        nxt, gap = self.folds[j], self.gaps[last]
        if gap in (" ", "-") and nxt in ORG_WORDS and nxt not in ("people", "state"):
            return True
        # "the Look West policy", "its 'Go South' doctrine": the name of a policy or plan.
        return gap in _BEFORE_COMMON_NOUN and nxt in CONCEPTS

"""Position titles: the title phrase before a name or in apposition after it.

``Chinese Ambassador to Việt Nam Gao Ming``, ``Somchai Vongsa, Governor of Attapeu
province,``: a title starts at a title word and runs over title words, place
names, bracketed words and capitalised words not read as names. A phrase whose
head is relational (``his Lao counterpart``) is no title, but tells the side.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral._extract.names import Reader
from bilateral._extract.titles import (
    AGENTS,
    FUNCTION,
    HEADS,
    HONORIFICS,
    MODIFIERS,
    ORG_WORDS,
    PORTFOLIO_HEADS,
    REGIONAL,
    RELATIONAL,
    STOPWORDS,
)
from bilateral.model import Span

__all__ = [
    "ARTICLES",
    "after_portfolio",
    "has_head",
    "in_portfolios",
    "title_after",
    "title_before",
]

_MAX_TITLE = 24
# Gaps inside a title phrase: a space, brackets, a hyphen, a possessive's space.
_TITLE_GAP = frozenset({" ", " (", ") ", ")", "("})
ARTICLES = frozenset({"the", "a", "an"})
# "who has just taken up his post as": a relative clause before a title is a few words.
_MAX_CLAUSE = 9
# The words after a comma in a list of portfolios, up to the next gap that is not a space.
_MAX_LIST = 8
_TITLE_WORDS = HEADS | MODIFIERS | ORG_WORDS | FUNCTION | RELATIONAL


def title_word(r: Reader, i: int) -> bool:
    if r.in_run[i]:
        return False
    if r.in_paren[i]:
        return True
    if r.folds[i] in _TITLE_WORDS:
        return True
    w = r.words[i]
    if w.isdigit():
        return False
    if r.place[i] is not None or (len(w) > 1 and w.isupper()):
        return True
    if r.caps[i]:
        f = r.folds[i]
        return f not in STOPWORDS or f == "the" or f in REGIONAL
    return False


def title_before(r: Reader, first: int) -> tuple[Span | None, Span | None]:
    """The title (or side phrase) that ends right before token ``first``."""
    text, gaps, possessive, starts, ends = (
        r.text, r.gaps, r.possessive, r.starts, r.ends
    )  # fmt: skip
    j = first
    lo = first
    comma_ok = True
    comma_first = False
    while j > 0 and first - j < _MAX_TITLE:
        p = j - 1
        # After a possessive the raw text counts: "China's  envoy" has no title gap.
        gap = text[ends[p] + 2 : starts[j]] if possessive[p] else gaps[p]
        if gap in ("' ", "’ ") and r.words[p].endswith("s"):
            pass  # a plural's possessive: "United States' Acting Assistant Secretary"
        elif gap not in _TITLE_GAP:
            if comma_ok and j == first and gap in (", ", ",", "), "):
                comma_first = True
            elif gap == ", " and j < first and _in_list(r, j, first):
                pass  # a list of portfolios: "Minister of Arts, Culture and Heritage"
            else:
                break
        comma_ok = False
        if not title_word(r, p):
            break
        j -= 1
        lo = j
    if lo > 0 and r.in_run[lo - 1] and _bare_apposition(r, lo - 1):
        return None, None  # "X Ambassador of Peru, Y", "X the Ambassador of Peru and Y": X's
    if comma_first and lo > 0 and r.caps[lo] and gaps[lo - 1] in (", ", ",") and r.in_run[lo - 1]:
        return None, None  # "X, Deputy Chief, General Y": X's title, in apposition
    return _phrase(r, _served_title(r, lo, first), first, after=False)


def _served_title(r: Reader, lo: int, first: int) -> int:
    """Where the title of a served person starts: "Envoy of President | X" gives X "President"."""
    q = first - 1
    while q > lo and (r.caps[q] or r.folds[q] == "the"):
        q -= 1  # "of (the Peruvian) President X"
    if q > lo and q < first - 1 and r.folds[q] in ("of", "to") and r.folds[q - 1] in AGENTS:
        return q + 1
    return lo


def _bare_apposition(r: Reader, last: int) -> bool:
    """Whether a title follows name token ``last`` with no comma: "X Ambassador of Peru, Y".

    Lists of envoys often drop the comma between a name and its title; the title
    is the name's when its head (or a modifier) comes straight after the name and
    the phrase names what the office is of ("of", "to").
    """
    k = last + 1
    if k + 1 >= r.n or r.gaps[last] != " " or r.possessive[last]:
        return False
    article = r.folds[k] == "the" and r.gaps[k] == " "
    k += article  # "X the Ambassador of Peru": with its article, the head may be in lower case
    while k < r.n and (article or r.caps[k]) and r.folds[k] in MODIFIERS and r.gaps[k] == " ":
        k += 1
    return (
        k + 1 < r.n
        and (article or r.caps[k])
        and r.folds[k] in HEADS
        and r.gaps[k] == " "
        and r.folds[k + 1] in ("of", "to")
    )


def _in_list(r: Reader, lo: int, hi: int) -> bool:
    """Whether tokens ``lo`` to ``hi`` close a list: a capitalised word, then "and" or "&"."""
    return r.caps[lo] and any(r.folds[k] in ("and", "&") for k in range(lo, hi))


def title_after(r: Reader, last: int) -> tuple[Span | None, Span | None]:
    """The title in apposition after token ``last``: ``Name, Governor of X,``."""
    n, folds, gaps, in_run = r.n, r.folds, r.gaps, r.in_run
    if last + 1 >= n or r.possessive[last]:
        return None, None
    j = last + 1
    if gaps[last] not in (", ", ",") and not _bare_apposition(r, last):
        return None, None
    if folds[j] in ("and", "or", "but"):
        return None, None
    # "X, who is a deputy minister of ...": the relative clause gives the title.
    if folds[j] == "who" and j + 2 < n and folds[j + 1] in ("is", "was"):
        j += 2
    elif folds[j] == "who":
        # "X, who has just taken up his post as Japanese Ambassador": the title after "as"
        k = next((k for k in range(j + 1, min(j + _MAX_CLAUSE, n - 1)) if folds[k] == "as"), 0)
        if not k or any(r.caps[x] or gaps[x - 1] != " " for x in range(j + 1, k + 1)):
            return None, None
        j = k + 1
    if folds[j] == "also" and j + 1 < n:
        j += 1  # "Xi Jinping, also general secretary of ..."
    if folds[j] in ("a", "an", "both", "all") and j + 1 < n:
        j += 1
    elif folds[j] == "the" and j + 1 < n and _before_who(r, j + 1):
        j += 1  # "X, the maharaja who ...": a title closed by a relative clause
    first = j
    hi = j
    comma = -1  # where the phrase last went on over a comma
    while j < n and j - last <= _MAX_TITLE:
        if in_run[j] or (j > first and folds[j] in HONORIFICS):
            if comma > first:
                # "X, Deputy Chief (Army), General Y": X's title ends at the comma
                return _phrase(r, first, comma, after=True)
            if j - 1 > first and folds[j - 1] == "and" and in_run[j]:
                # "X, Ambassador of Peru and Y": the next name is the list's, not the title's
                return _phrase(r, first, j - 1, after=True)
            return None, None  # the phrase is the next person's title
        if not (title_word(r, j) or folds[j] == "with"):
            break
        hi = j + 1
        if j + 1 >= n:
            break
        gap = gaps[j]
        if gap in (", ", "), ") and j + 2 < n:
            # A list of positions: ", a permanent member of ... and vice president of X".
            k = j + 1 + (folds[j + 1] in ("a", "an"))
            if (folds[k] in HEADS or folds[k] in MODIFIERS) and not _plural_head(r, k):
                comma, j = j + 1, k
                continue
            end = next((x for x in range(j + 1, min(j + _MAX_LIST, n)) if gaps[x] != " "), j)
            if _in_list(r, j + 1, end + 1):
                comma = j = (
                    j + 1
                )  # portfolios: "Minister of Foreign Affairs, European Union and ..."
                continue
        if gap not in _TITLE_GAP:
            break
        j += 1
    if hi < n and in_run[hi] and gaps[hi - 1] == " ":
        return None, None
    return _phrase(r, first, hi, after=True)


def _plural_head(r: Reader, k: int) -> bool:
    """Whether the head the modifiers from token ``k`` lead to is plural ("senior officers")."""
    for x in range(k, min(k + 4, r.n)):
        f = r.folds[x]
        if f not in MODIFIERS:
            return f not in HEADS and f[:-1] in HEADS
    return False


def _before_who(r: Reader, j: int) -> bool:
    """Whether title words from token ``j`` run into "who"/"whose" (at most four words)."""
    for k in range(j, min(j + 5, r.n)):
        if r.folds[k] in ("who", "whose"):
            return k > j and r.gaps[k - 1] == " "
        if not title_word(r, k) or r.in_run[k]:
            return False
    return False


def _phrase(r: Reader, lo: int, hi: int, *, after: bool) -> tuple[Span | None, Span | None]:
    folds, caps, starts, text = r.folds, r.caps, r.starts, r.text
    # A title starts at a title word or a name ("Chile's national poet"), not at
    # a lower-case noun or a participle ("monument to", "Visiting").
    while lo < hi and (
        folds[lo] in FUNCTION
        or folds[lo] in ARTICLES
        or (
            folds[lo] not in HEADS
            and folds[lo] not in MODIFIERS
            and (not caps[lo] or folds[lo].endswith("ing"))
            and not r.in_paren[lo]
        )
    ):
        lo += 1
    while hi > lo and folds[hi - 1] in FUNCTION and not r.possessive[hi - 1]:
        hi -= 1
    if lo >= hi:
        return None, None
    # A bracket closed inside the phrase but opened before it ("(Prensa
    # Latina) Cuban President") ends what came before: the title starts after it.
    while lo < hi:
        close = text.find(")", starts[lo], r.ends[hi - 1])
        if close < 0 or text.find("(", starts[lo], close) >= 0:
            break
        while lo < hi and starts[lo] < close:
            lo += 1
    if lo >= hi:
        return None, None
    words = folds[lo:hi]
    end = r.ends[hi - 1] + (2 if r.possessive[hi - 1] else 0)
    # A bracket closing inside the phrase is part of it: "(Rajya Sabha)".
    if end < len(text) and text[end] == ")" and text.find("(", starts[lo], end) >= 0:
        end += 1
    if after and not (folds[lo] in HEADS or folds[lo] in MODIFIERS or caps[lo]):
        return None, None
    if RELATIONAL.isdisjoint(words[-2:]) and any(map(has_head, words)):
        return Span(starts[lo], end), None
    if not RELATIONAL.isdisjoint(words):
        return None, Span(starts[lo], end)
    return None, None


def has_head(w: str) -> bool:
    """Whether a folded word is a title's head: "minister", "ministers", "vice-president"."""
    return w in HEADS or w[:-1] in HEADS or ("-" in w and any(p in HEADS for p in w.split("-")))


# The words of a list of portfolios before its last: "of Ports, Shipping, Trade and".
_MAX_PORTFOLIOS = 8


def after_portfolio(r: Reader, run: Sequence[int]) -> bool:
    """Whether the run's first word is a portfolio's: "Minister for Shipping Ravi Kaul".

    After "Minister of" or "Minister for" (or a list of them: "Minister of
    Ports, Shipping and Waterways") a portfolio comes, never a person: a
    portfolio word that is no common word ("Waterways") glues to the name.
    """
    gaps = r.gaps
    k = run[0] - 1
    if k < 1 or gaps[k] != " ":
        return False
    if r.folds[k] in ("and", "&"):
        # the list's last portfolio: "of Ports, Shipping and X" (not "of Culture, and X",
        # nor "of Trade Ali Musa and X": lists of people)
        k -= 1
        return k >= 1 and gaps[k - 1] == ", " and in_portfolios(r, k)
    return _portfolio_of(r, k)


def in_portfolios(r: Reader, k: int) -> bool:
    """Whether capitalised word ``k`` is one of a list of one-word portfolios.

    "Minister of Ports, Shipping, ...": the words back to "of" are single
    capitalised words between commas.
    """
    caps, gaps = r.caps, r.gaps
    lo = max(0, k - _MAX_PORTFOLIOS)
    while k > lo and caps[k] and gaps[k - 1] == ", ":
        k -= 1
    return _portfolio_of(r, k - 1)


def _portfolio_of(r: Reader, k: int) -> bool:
    """Whether token ``k`` is the "of" or "for" of "Minister of", "Ministry for"."""
    return (
        k >= 1
        and r.folds[k] in ("of", "for")
        and r.gaps[k - 1] == " "
        and r.folds[k - 1] in PORTFOLIO_HEADS
    )

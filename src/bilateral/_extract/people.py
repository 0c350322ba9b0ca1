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
from collections.abc import Sequence
from typing import NamedTuple

from bilateral._extract.affiliation import Settled, settle_people, venue_only
from bilateral._extract.analysis import Document
from bilateral._extract.names import AGENCIES, WORDS, Draft, Reader, credited, name_key
from bilateral._extract.offices import OFFICES
from bilateral._extract.positions import ARTICLES, title_after, title_before
from bilateral._extract.titles import HEADS, MODIFIERS
from bilateral._lexicon.gazetteer import Mention
from bilateral.model import Span

__all__ = [
    "AGENCIES",
    "Draft",
    "Settled",
    "find_people",
    "name_key",
    "settle_people",
    "venue_only",
]


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
    headline: bool  # in the headline: its title is taken only where the body gives none
    rank: Span | None  # a military rank before the name: the title only where none is given


def _contains(big: Sequence[str], small: Sequence[str]) -> bool:
    n = len(small)
    if n == 1:
        return small[0] in big  # (most mentions are one word: no slices to build)
    return any(tuple(big[i : i + n]) == tuple(small) for i in range(len(big) - n + 1))


def find_people(doc: Document, mentions: Sequence[Mention]) -> tuple[Draft, ...]:
    """The people of the story with their titles, each once, in order of first mention."""
    r = Reader(doc, mentions)
    text = doc.text
    # Agency credits and sign-offs ("Prensa Latina", "(Xinhua)") are not people.
    off = [x.span for x in (doc.agency,) if x is not None]
    if doc.layout.signoff is not None:
        off.append(doc.layout.signoff)
    captions = bool(doc.layout.captions)
    # Each kept run with its honorific's index, cue, place flag and span.
    kept: list[tuple[list[int], int | None, bool, bool, int, int, tuple[int, int] | None]] = []
    venue = -1  # where the last building or place taken for one after "at"/"in" ends
    folded = doc.folded
    for run in r.runs():
        first = run[0]
        start, end = r.starts[first], r.end(run[-1])
        prev = r.prev_fold(first)
        hon, rank = r.styles_before(first)
        # The cheap tests first (none of these has a side effect, so their order is free).
        if prev in ARTICLES and hon is None:
            continue
        if captions and doc.in_caption(Span(start, end)):
            continue
        if any(o.start < end and start < o.end for o in off):  # the agency or sign-off
            continue
        # name_key() of the name: the fold of a slice is the slice of the fold.
        if "".join(WORDS.findall(folded, start, end)) in AGENCIES:
            continue
        if credited(text, start) or _signed(text, start, end):
            continue  # a byline or a photo credit: authors and photographers are not counted
        if hon is not None and rank is None and _style_is_name(folded, r.starts[hon], end):
            run, first, start, hon = list(range(hon, run[-1] + 1)), hon, r.starts[hon], None
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
        if r.followed_by_org(run) or r.inside_org(run) or r.after_opener(run):
            continue
        if r.before_title(run):
            continue  # "Paya Besar MP Ahmad Zaki": a constituency or body before a title
        if not cued and len(run) == 1 and text.startswith(", ", start - 2):
            # "the Minister of Police, Veke, and ...": one name in apposition to a title
            cued = text.startswith(",", end) and title_before(r, first)[0] is not None
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            continue  # "(Rajya Sabha)": a name in brackets explains an organisation
        # A place's name alone is a person only as a short form of a full name
        # ("Hải" for "Trần Văn Hải") or with a title ("President Ho Chi Minh").
        place_only = r.whole_place(run, end) and not (cued and len(run) > 1)
        kept.append((run, hon, cued, place_only, start, end, rank))
        # A lone capitalised word may be a short name or a word of an organisation's
        # name ("Rector of Salamanca"): it does not cut a title short.
        if not place_only and (len(run) > 1 or cued):
            for i in run:
                r.in_run[i] = True

    head = doc.headline.span if doc.headline is not None else None
    words, folds = r.words, r.folds
    found: list[_Mention] = []
    for run, hon, cued, place_only, start, end, rank in kept:
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
                in_headline,
                Span(r.starts[rank[0]], r.ends[rank[1] - 1]) if rank is not None else None,
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
            run, hon, rank = kept[k][0], kept[k][1], kept[k][6]
            # A rank is no position: the title is what stands before it, else after the name.
            title, side = title_before(
                r, rank[0] if rank is not None else (hon if hon is not None else run[0])
            )
            if title is None:
                t2, s2 = title_after(r, run[-1])
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


# "Name/AGENCY" closing a paragraph: a reporter's byline.
_SLASH_BYLINE = re.compile(r"/[A-Z]{2,}\b")


def _signed(text: str, start: int, end: int) -> bool:
    """Whether the name is a reporter's byline: "Name/DMS", or a last line of its own."""
    if _SLASH_BYLINE.match(text, end):
        return True
    if text[end : end + 1] not in ("\n", "") or text[start - 1 : start] not in ("\n", ""):
        return False  # (the cheap test first: a line of its own starts and ends the line)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (line_end < 0 or not text[line_end:].strip()) and not (
        text[line_start:start].strip() or text[end : line_end if line_end >= 0 else None].strip()
    )


def _style_is_name(folded: str, lead: int, end: int) -> bool:
    """Whether a style word is part of a well-known name ("Sheikh Hasina")."""
    return "".join(WORDS.findall(folded, lead, end)) in OFFICES


# "at X, Y, before ...": a place then its address, closed by a lower-case word.
_PLACE_CHAIN = re.compile(r", (?:[A-Z][\w'’-]* ){1,4}?[A-Z][\w'’-]*, [a-z]")


# The Arabic article glued to a family name: "Al-Sisi" is "Sisi" told again.
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w{3})")


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
    # The headline's mentions last: they only join the story's people, even when they
    # come first ("PM Karlsson in Oslo" before "Erik Karlsson arrived").
    order = [k for k, m in enumerate(found) if len(m.words) >= 2 and not m.headline]
    order += [k for k, m in enumerate(found) if len(m.words) < 2 and not m.headline]
    order += [k for k, m in enumerate(found) if m.headline]
    for k in order:
        m = found[k]
        w = tuple(_ARTICLE.sub("", x) for x in m.folds)  # "Sisi" names "Al-Sisi"
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
        # the fullest form the story gives (a headline runs on into its words: "X Meets Y")
        full = max(
            [x for x in ms if not x.headline] or ms, key=lambda x: (len(x.words), -x.span.start)
        )
        name = full.span.of(text)
        # The position as first given in the body; else in the headline; else a rank.
        titled = next((x for x in ms if x.title is not None and not x.headline), None) or next(
            (x for x in ms if x.title is not None), None
        )
        title_span = titled.title if titled is not None else None
        if title_span is None:
            title_span = next((x.rank for x in ms if x.rank is not None), None)
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
                # (a rank tells the side too: "Thai Admiral")
                tuple(t for x in ms for t in (x.title or x.rank,) if t is not None),
            )
        )
    drafts.sort(key=lambda d: d.spans[0].start)
    return tuple(drafts)

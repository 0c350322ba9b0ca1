"""The grammar of one sentence, as the clause layer reads it: where its clauses begin
and end, the phrases in them, the arguments after a predicate (who acts before it is
:mod:`.subjects`'s).

A :class:`SentenceView` holds one sentence's mentions of people and countries;
:func:`segments` cuts it at the words that open a clause (a relative pronoun, a
subordinator, a reporting verb, a coordinated verb, a semicolon, a dash);
:func:`arguments` splits what follows a predicate by its prepositions.
:mod:`bilateral._extract.clauses` builds the predicates from these and the subjects
:mod:`bilateral._extract.subjects` finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

import attrs

from bilateral._extract.analysis import Context
from bilateral._extract.cues import CLAUSE_MARK_KINDS, CLAUSE_MARKS
from bilateral._lexicon.patterns import words_first
from bilateral.model import Person, Span

__all__ = [
    "EMPTY",
    "PREPOSITION",
    "PREPOSITION_NAMES",
    "PRONOUN",
    "REACH",
    "Phrase",
    "Segment",
    "SentenceView",
    "arguments",
    "in_title",
    "places",
    "segments",
    "within_reach",
]


@attrs.frozen
class Phrase:
    """The people and countries of one argument, and whether it only refers back.

    ``group`` is set for ``they``, ``the two leaders``, ``both sides``: the pair
    the article has just told, which only the engagement stage can name.
    """

    span: Span
    people: tuple[Person, ...] = ()
    countries: tuple[str, ...] = ()
    group: bool = False
    pronoun: bool = False  # the people are whom "he", "his", "her" points at

    def __bool__(self) -> bool:
        return bool(self.people or self.countries or self.group)


EMPTY = Phrase(Span(0, 0))

# "and" or "but" before a verb: a second clause with the same subject ("X met Y and held
# talks with Z", "... and thanked ..."): a lowercase word in the original text.
_AND_VERB = re.compile(
    # (each alternative begins with the comma or a letter, which the regex engine skips to
    # quickly: "a(?<=\ba)nd" is "\band", as words_first writes it; after ",\s*" the word
    # is bounded anyway)
    r"(?:,\s*(?:and|but|then)|a(?<=\ba)nd|b(?<=\bb)ut|t(?<=\bt)hen)\s+"
    r"(?:(?:also|later|then|subsequently|afterwards|separately"
    r"|jointly|together|briefly|both)\s+)*(?=[a-z]+(?:ed|s)?\b)"
)

# "and" or "but" opening a clause of its own: before a verb, or a pronoun and a verb
# ("... and the two discussed trade", "... and thanked him"), in the original text's case.
_AND_CLAUSE = re.compile(
    # (begins with a literal, as _AND_VERB)
    r"(?:,\s*(?:and|but)|a(?<=\ba)nd|b(?<=\bb)ut)\s+"
    r"(?P<rest>(?:(?:also|then|later|both|jointly|together)\s+)*"
    r"(?:(?:he|she|they|we|it|the two(?: [a-z]+)?|both (?:sides|leaders)|the (?:two )?sides)"
    r"\s+)?(?:(?:also|then|later|both)\s+)*(?:[a-z]+ed|said|spoke|told|gave|took|made|held|had"
    r"|met|saw|went|came|left|paid|sent|wrote|thanked|expressed|agreed|praised|discussed"
    r"|stressed|noted|affirmed|reviewed|exchanged|spoke|vowed|pledged|called|urged|hoped"
    r"|wished|briefed|reiterated|emphasi[sz]ed|highlighted|welcomed|congratulated)\b)"
)

# Argument openers after a predicate, longest first; transparent ones ("led by",
# "of") keep the people in the phrase they follow. Each alternative begins with a letter
# (see PREPOSITION).
_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("inviter", r"at the invitation of|on the invitation of|upon the invitation of"),
    ("inviter", r"at the invitation extended by"),
    ("inviter", r"having been invited by|being invited by|was invited by|were invited by"),
    ("inviter", r"invited by"),
    ("requester", r"at the request of"),
    ("witness", r"in the presence of|witnessed by|before"),
    ("accompany", r"accompanied by|together with|along with|alongside|joined by"),
    ("for", r"in (?:the )?hono(?:u)?r of"),
    ("transparent", r"led by|headed by|chaired by|on behalf of|representing|of"),
    ("by", r"by"),
    ("with", r"with|between"),
    ("on", r"on|upon"),
    ("to", r"to|in"),
    ("from", r"from"),
    ("for", r"for"),
)

# Written letter first, as patterns.words_first writes its words ("w(?<=\bw)ith" where
# "\bwith"): Python's regex engine then skips to the letters an opener begins with
# instead of trying every alternative at every word. The group of alternative j of row i
# is "<name><i>_<j>".
_OPENERS = [
    (f"{name}{i}_{j}", alternative)
    for i, (name, rx) in enumerate(_PREPOSITIONS)
    for j, alternative in enumerate(rx.split("|"))
]
PREPOSITION = re.compile(
    "(?:" + "|".join(f"{a[0]}(?<=\\b{a[0]})(?P<{group}>{a[1:]})" for group, a in _OPENERS) + r")\b"
)

PREPOSITION_NAMES = {group: group.rstrip("0123456789_") for group, _a in _OPENERS}

_INVITATION_POSSESSIVE = re.compile(r"'s?\s+(?:\w+\s+)?invitation\b")

_REQUEST_POSSESSIVE = re.compile(r"'s?\s+(?:\w+\s+)?request\b")

PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b")

_GROUP = re.compile(
    words_first(
        "they", "them", "their", "we",
        r"both(?! (?:governments|countries|nations|states|ministries|parties|agencies))",
        r"the two(?! (?:governments|countries|nations|states|ministries"
        r"|parties|agencies|capitals|cities|provinces|sides' (?:\w+ )?(?:ministries|agencies)))"
        r"(?: [\w-]+){0,2}",
        "the pair", "the duo", "the (?:two )?sides",
        "the (?:two )?(?:leaders|ministers|officials|presidents|premiers|delegations)",
    )
    + r"\b"
)  # fmt: skip

_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|into|visited|visiting|toured|visit)\s+(?:the\s+)?$")

# "to the Vietnamese guest": a demonym before a person's noun is no place
_ROLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:guests?|delegations?|side|counterparts?|leaders?|ministers?"
    r"|presidents?|officials?|ambassadors?|envoys?|people|government|minister|premier)\b"
)


@attrs.define
class Segment:
    start: int
    end: int
    kind: str  # main, rel, sub, speech, stop, and
    # after a relative clause ("X, who came on Monday, met Y"): where its subject is
    resumes: tuple[int, int] | None = None


def segments(
    text: str,
    folded: str,
    sent: Span,
    triggers: Sequence[Span],
    names: Sequence[Span] = (),
    candidates: dict[int, frozenset[int]] | None = None,
) -> list[Segment]:
    """The sentence cut at the words that open a clause, each piece with its opener."""
    cuts: list[tuple[int, int, str]] = []
    inside = [(t.start, t.end) for t in triggers] + [(n.start, n.end) for n in names]
    for order, m in CLAUSE_MARKS.finditer(folded, sent.start, sent.end, candidates):
        kind = CLAUSE_MARK_KINDS[order]
        if any(a <= m.start() < b for a, b in inside):
            continue  # "welcomed the" inside a predicate's own words; "Said" in a name
        cuts.append((m.start(), m.end(), kind))
    for t in triggers:
        joined = _AND_VERB.search(folded, max(sent.start, t.start - 30), t.start)
        if joined is not None and folded[joined.end() : t.start].strip() in ("", "also"):
            cuts.append((joined.start(), joined.end(), "and"))
    for m in _AND_CLAUSE.finditer(text, sent.start, sent.end):
        cuts.append((m.start(), m.start("rest"), "and"))
    cuts.sort()
    segments: list[Segment] = []
    at, kind = sent.start, "main"
    for a, b, k in cuts:
        if a < at:
            continue
        segments.append(Segment(at, a, kind))
        at, kind = b, k
    segments.append(Segment(at, sent.end, kind))
    # A fronted adjunct ("During the visit, X met Y") or relative clause ("X, who came
    # on Monday, met Y") ends at its comma: what follows goes on with the clause before.
    out: list[Segment] = []
    for seg in segments:
        if seg.kind in ("sub", "rel", "speech") and seg.end > seg.start:
            comma = folded.find(",", seg.start, seg.end)
            named = next((n for n in names if n.start > comma), None) if comma > 0 else None
            if (
                named is not None
                and _POSSESSED_BEFORE.search(folded, seg.start, comma)
                and len(folded[comma + 1 : named.start].split()) <= 5
            ):
                # "which he signed with X's predecessor, Y": Y in apposition, not a new clause
                comma = folded.find(",", named.end, seg.end)
            fronted = seg.kind == "sub" and (not out or out[-1].end - out[-1].start < 3)
            closes = seg.kind == "rel" or fronted
            if comma > 0 and closes:
                before = out[-1] if out and seg.kind == "rel" else None
                out.append(Segment(seg.start, comma, seg.kind))
                back = before.kind if before is not None else "main"
                resumes = (before.start, before.end) if before is not None else None
                out.append(Segment(comma + 1, seg.end, back, resumes))
                continue
        out.append(seg)
    return [s for s in out if s.end > s.start or s.kind != "main"]


_POSSESSED_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+$")


# How far a clause reaches from its predicate: a run-on "sentence" (a list, a page
# without stops) is read in a window around each predicate, so that a long text costs
# linear time; a real clause is far shorter.
REACH = 400


def within_reach(seg: Segment, trigger: Span) -> Segment:
    start, end = max(seg.start, trigger.start - REACH), min(seg.end, trigger.end + REACH)
    if (start, end) == (seg.start, seg.end):
        return seg
    return Segment(start, end, seg.kind, seg.resumes)


class SentenceView:
    """One sentence's mentions, sorted, and questions over ranges of it."""

    def __init__(self, ctx: Context, text: str, folded: str, sent: Span) -> None:
        self.text = text
        self.folded = folded
        self.sent = sent
        self.people = ctx.people_at(sent.start, sent.end)
        self.countries = ctx.countries_at(sent.start, sent.end)
        # mentions are sorted by start: a range is a bisection
        self._people_starts = [s.start for s, _p in self.people]
        self._country_starts = [s.start for s, _c in self.countries]

    def in_name(self, at: int) -> bool:
        """Whether position ``at`` lies in a mention of a person."""
        i = bisect_left(self._people_starts, at + 1) - 1
        return i >= 0 and self.people[i][0].start <= at < self.people[i][0].end

    def people_in(self, start: int, end: int) -> list[tuple[Span, Person]]:
        lo = bisect_left(self._people_starts, start)
        hi = bisect_left(self._people_starts, end, lo)
        return [(s, p) for s, p in self.people[lo:hi] if s.end <= end]

    def phrase(self, start: int, end: int, *, pronouns: bool = True) -> Phrase:
        people: list[Person] = []
        found = self.people_in(start, end)
        for k, (span, p) in enumerate(found):
            if k + 1 < len(found) and _POSSESSOR_GAP.fullmatch(
                self.folded, span.end, found[k + 1][0].start
            ):
                continue  # "X's predecessor, Y": Y, not X
            if p not in people:
                people.append(p)
        lo = bisect_left(self._country_starts, start)
        hi = bisect_left(self._country_starts, end, lo)
        countries = tuple(dict.fromkeys(c for _s, c in self.countries[lo:hi])) if lo < hi else ()
        group = False
        if not people and pronouns:
            group = _GROUP.search(self.folded, start, end) is not None
        return Phrase(Span(start, max(start, end)), tuple(people), countries, group)


# between a possessor and the person named in apposition to what they have ("X's
# predecessor, former Minister Y")
_POSSESSOR_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:[\w.-]+\s+){0,5}?")

_DATE_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january"
    r"|february|march|april|may|june|july|august|september|october|november|december)\b|\s+\d"
)


# a time expression's words: "Thursday", "the 3rd of May 2024", "May 3, 2024"
_DATE_RUN = re.compile(
    r"(?:\s*(?:the|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january"
    r"|february|march|april|may|june|july|august|september|october|november|december"
    r"|\d{1,4}(?:st|nd|rd|th)?)\b|,(?=\s*\d))+"
)


def arguments(s: SentenceView, start: int, end: int) -> tuple[Phrase, dict[str, Phrase]]:
    """The direct object and the prepositional arguments in ``[start, end)``."""
    folded = s.folded
    opens: list[tuple[int, int, str]] = []
    for m in PREPOSITION.finditer(folded, start, end):
        name = PREPOSITION_NAMES[m.lastgroup or ""]
        if name == "transparent" or in_title(s, m.start(), m.end()):
            continue
        if "-" in (folded[m.start() - 1 : m.start()], folded[m.end() : m.end() + 1]):
            continue  # inside a hyphenated word: "Commander-in-Chief", "face-to-face"
        if _DATE_AFTER.match(folded, m.end()):
            # "received on Monday, Dr X": a time between the verb and its object
            before = opens[-1][2] if opens else "object"
            opens.append((m.start(), m.end(), "time"))
            run = _DATE_RUN.match(folded, m.end())
            after = run.end() if run is not None else m.end()
            if after < end and folded[after : after + 1] != ",":
                # "met on Thursday X": the object right after the time
                opens.append((after, after, before))
                continue
            comma = folded.find(",", m.end(), min(end, m.end() + 30))
            if comma >= 0:
                opens.append((comma, comma + 1, before))
            continue
        opens.append((m.start(), m.end(), name))
    bounds = [(start, start, "object"), *opens, (end, end, "end")]
    args: dict[str, list[tuple[int, int]]] = {}
    for (_a, b, name), (c, _d, _n) in pairwise(bounds):
        if name != "end":
            args.setdefault(name, []).append((b, c))
    result: dict[str, Phrase] = {}
    for name, ranges in args.items():
        if len(ranges) == 1 and ranges[0][0] <= ranges[0][1]:
            result[name] = s.phrase(*ranges[0])  # (what the merge below gives for one)
            continue
        people: list[Person] = []
        countries: list[str] = []
        group = False
        for a, b in ranges:
            ph = s.phrase(a, b)
            people += [p for p in ph.people if p not in people]
            countries += [c for c in ph.countries if c not in countries]
            group = group or ph.group
        span = Span(ranges[0][0], ranges[-1][1])
        result[name] = Phrase(span, tuple(people), tuple(countries), group)
    for name in ("inviter", "requester"):
        # "at the invitation of the Party, a delegation led by X": the inviter's phrase
        # ends at its comma (after its person's apposition, if one is named first)
        if name in result:
            ph = result[name]
            comma = folded.find(",", ph.span.start, ph.span.end)
            if comma >= 0:
                first = s.people_in(ph.span.start, ph.span.end)
                if not first or first[0][0].start > comma:
                    result[name] = Phrase(Span(ph.span.start, comma), (), ph.countries)
                else:
                    result[name] = Phrase(ph.span, (first[0][1],), ph.countries)
    # (the empty object built only when none is told: most predicates have one)
    told = result.pop("object", None)
    obj = Phrase(Span(start, start)) if told is None else told
    # "at X's invitation", "at X's request": the person before the possessive
    for rx, name in ((_INVITATION_POSSESSIVE, "inviter"), (_REQUEST_POSSESSIVE, "requester")):
        owned = rx.search(folded, start, end)
        if owned is not None and name not in result:
            at = owned.start()
            owners = [p for sp, p in s.people_in(start, at + 1) if sp.end >= at - 1]
            if owners:
                result[name] = Phrase(Span(at, owned.end()), (owners[-1],))
    return obj, result


_WORD_BEFORE = re.compile(r"([\w.'-]+)\s*(?:\([^()]{1,40}\)\s*)?$")

_WORD_AFTER = re.compile(r"\s*(?:the\s+)?([\w'-]+)")

_TITLE_PREPOSITIONS = frozenset({"of", "for", "to", "on", "in", "at"})

_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec|\d"
)


def in_title(s: SentenceView, start: int, end: int) -> bool:
    """Whether a preposition is inside a title or a name ("Ambassador to Vietnam",
    "Minister for Foreign Affairs"), not an argument's opener."""
    if s.folded[start:end] not in _TITLE_PREPOSITIONS:
        return False
    # (the word after first: it is quicker to read, and mostly lower-case)
    after = _WORD_AFTER.match(s.text, end, min(s.sent.end, end + 40))
    if after is None or not after.group(1)[:1].isupper():
        return False
    before = _WORD_BEFORE.search(s.text, max(s.sent.start, start - 40), start)
    if before is None or _CALENDAR.match(before.group(1).lower()):
        return False
    if not before.group(1)[:1].isupper():
        return False
    return not s.in_name(before.start(1))


def places(s: SentenceView, start: int, end: int) -> tuple[str, ...]:
    """The countries named in ``[start, end)`` as where something is or goes ("in Hanoi",
    "to Laos", "visited Japan")."""
    found: list[str] = []
    lo = bisect_left(s._country_starts, start)
    hi = bisect_left(s._country_starts, end, lo)
    for span, code in s.countries[lo:hi]:
        if (
            start <= span.start < end
            and code not in found
            and _PLACE_BEFORE.search(s.folded, max(start, span.start - 14), span.start)
            and not _ROLE_AFTER.match(s.folded, span.end)
        ):
            found.append(code)
    return tuple(found)

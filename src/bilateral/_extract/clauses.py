"""The clause layer: per sentence, the predicates of engagements with their arguments.

Computed once per article from the shared :class:`~bilateral._extract.analysis.Context`
(sentences, mentions of people and countries, dates) and read by the stages. A
sentence is cut into clauses at the words that open one (a relative pronoun, a
subordinator, a reporting verb, a coordinated verb, a semicolon or dash); each
predicate (``data/predicates.tsv``: ``received``, ``held talks``, ``a courtesy call
on``, ``phoned``, ``visited``, ``signed``, ``handed over`` ...) gets

- its **voice** (``was received by`` is passive; a noun such as ``talks`` or
  ``meeting`` is nominal) and its **mood** (reported, or planned: ``will visit``,
  ``is scheduled to meet``, ``invited ... to visit``);
- its **subject**, the one who acts (in the passive, the agent after ``by``), and its
  **object**, the one acted on: the subject is the people before it in its clause;
  for a clause without one of its own, the antecedent of a relative pronoun (``X,
  who visited ...``), the subject of the main clause (``Meeting the delegation, X
  said``, ``During his talks with Y, X ...``, ``X met Y and held talks with Z``),
  or, for ``he``/``she``, the subject last told;
- its **arguments** after it, by preposition (``with``, ``by``, ``on``, ``to``,
  ``from``, ``for``, ``at the invitation of``, ``at the request of``, ``in the
  presence of``, ``accompanied by``) and coordination (``A, B and C``);
- the **time expressions** in its clause, and the **places** named as where it
  happens or where it goes.

>>> from bilateral._extract.layout import read_document
>>> from bilateral._extract.analysis import build_context
>>> from bilateral.model import Person, Span
>>> doc = read_document(" date 2024-05-17 Ana Ruiz was received by Bo Lin on Tuesday.")
>>> ana, bo = Person("Ana Ruiz", spans=(Span(17, 25),)), Person("Bo Lin", spans=(Span(42, 48),))
>>> [p] = analyse(doc, build_context(doc, [ana, bo], (), ())).predicates
>>> p.lemma, p.voice.value, p.subject.people[0].name, p.object.people[0].name
('receive', 'passive', 'Bo Lin', 'Ana Ruiz')
>>> p.dates[0].start.isoformat()
'2024-05-14'
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise
from types import MappingProxyType

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import CLAUSE_MARK_KINDS, CLAUSE_MARKS, PREDICATE_ROWS
from bilateral._extract.dates import DateMention
from bilateral.model import Person, Span

__all__ = ["Clauses", "Mood", "Phrase", "Predicate", "Voice", "analyse"]


class Voice(enum.StrEnum):
    """How a predicate is told."""

    ACTIVE = "active"  # X received Y
    PASSIVE = "passive"  # Y was received by X
    NOMINAL = "nominal"  # X held talks with Y; during his meeting with Y


class Mood(enum.StrEnum):
    """Whether the engagement happened."""

    REPORTED = "reported"
    PLANNED = "planned"  # will, is to, scheduled, expected, invited ... to, agreed to
    NEGATED = "negated"  # did not meet, no meeting


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


_EMPTY = Phrase(Span(0, 0))


@attrs.frozen
class Predicate:
    """One predicate of an engagement in a sentence, with its arguments."""

    lemma: str
    form: str
    span: Span
    sentence: int
    clause: Span
    voice: Voice
    mood: Mood
    subject: Phrase
    object: Phrase
    args: Mapping[str, Phrase]
    dates: tuple[DateMention, ...]
    places: tuple[str, ...]
    definite: bool = False  # "the meeting", "their talks": told before
    adjunct: bool = False  # "during his talks with Y", "Meeting the delegation,"
    plural: bool = False  # "separate meetings", "courtesy calls on A and on B"
    text: str = ""  # the predicate's words, folded
    topic: Phrase = attrs.field(factory=lambda: _EMPTY)  # the subject told last before it
    # its words as evidence: with its light verb ("held talks", "paid a courtesy call on")
    evidence: Span | None = None

    @property
    def told(self) -> Span:
        """The span of its words as evidence (with a light verb: "held talks")."""
        return self.evidence or self.span

    def arg(self, *names: str) -> Phrase:
        """The first of the named arguments that is present, else an empty phrase."""
        for name in names:
            found = self.args.get(name)
            if found:
                return found
        return _EMPTY


@attrs.frozen
class Clauses:
    """Every predicate of the story, in text order, and each sentence's main subject."""

    predicates: tuple[Predicate, ...]
    subjects: tuple[Phrase, ...]  # one per story sentence
    _by_sentence: dict[int, list[Predicate]] = attrs.field(init=False, eq=False, repr=False)

    @_by_sentence.default
    def _index(self) -> dict[int, list[Predicate]]:
        found: dict[int, list[Predicate]] = {}
        for p in self.predicates:
            found.setdefault(p.sentence, []).append(p)
        return found

    def in_sentence(self, index: int) -> list[Predicate]:
        """The predicates of one sentence."""
        return self._by_sentence.get(index, [])


# --- the words that open a clause or an argument (over the folded text) ---

# "and" or "but" before a verb: a second clause with the same subject ("X met Y and held
# talks with Z", "... and thanked ..."): a lowercase word in the original text.
_AND_VERB = re.compile(
    r"(?:,\s*)?\b(?:and|but|then)\s+(?:(?:also|later|then|subsequently|afterwards|separately"
    r"|jointly|together|briefly|both)\s+)*(?=[a-z]+(?:ed|s)?\b)"
)
# "and" or "but" opening a clause of its own: before a verb, or a pronoun and a verb
# ("... and the two discussed trade", "... and thanked him"), in the original text's case.
_AND_CLAUSE = re.compile(
    r"(?:,\s*)?\b(?:and|but)\s+(?P<rest>(?:(?:also|then|later|both|jointly|together)\s+)*"
    r"(?:(?:he|she|they|we|it|the two(?: [a-z]+)?|both (?:sides|leaders)|the (?:two )?sides)"
    r"\s+)?(?:(?:also|then|later|both)\s+)*(?:[a-z]+ed|said|spoke|told|gave|took|made|held|had"
    r"|met|saw|went|came|left|paid|sent|wrote|thanked|expressed|agreed|praised|discussed"
    r"|stressed|noted|affirmed|reviewed|exchanged|spoke|vowed|pledged|called|urged|hoped"
    r"|wished|briefed|reiterated|emphasi[sz]ed|highlighted|welcomed|congratulated)\b)"
)
_VERBISH = re.compile(
    r"(?:[a-z]+ed|said|spoke|told|gave|took|made|held|had|met|saw|went|came|left|paid|sent"
    r"|wrote|signed|thanked|hosts?|holds?|meets?|visits?|receives?|calls?|says|has|was|were"
    r"|will|would|can|could|also|agreed|praised|expressed|discussed)\b"
)
# Argument openers after a predicate, longest first; transparent ones ("led by",
# "of") keep the people in the phrase they follow.
_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("inviter", r"(?:at|on|upon) the invitation of|at the invitation extended by"),
    ("inviter", r"(?:having been |being |was |were )?invited by"),
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
_PREP = re.compile(
    r"\b(?:" + "|".join(f"(?P<{n}{i}>{rx})" for i, (n, rx) in enumerate(_PREPOSITIONS)) + r")\b"
)
_PREP_NAMES = {f"{n}{i}": n for i, (n, _rx) in enumerate(_PREPOSITIONS)}
_INVITATION_POSSESSIVE = re.compile(r"'s?\s+(?:\w+\s+)?invitation\b")
_REQUEST_POSSESSIVE = re.compile(r"'s?\s+(?:\w+\s+)?request\b")

# Before a verb: the passive ("was warmly received by"), the plan ("will visit",
# "is scheduled to meet", "invited him to visit"), the denial ("did not meet").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\w+ly\s+|also\s+|then\s+)?$"
)
_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|to|may|might|could|should|can|must|going to|is to|are to)\s+"
    r"(?:(?:also|soon|later|then|jointly|personally|officially|again|further|first|both|not"
    r"|\w+ly)\s+)*(?:be\s+)?(?:(?:hold|have|pay|make|conduct|attend|host|organi[sz]e|sign|meet"
    r"|receive|give|accord|grant|convene|arrange|set up|launch|resume|continue|start|begin"
    r"|undertake|organi[sz]e)\s+(?:\S+\s+){0,4})?"
    r"|\b(?:upcoming|next|forthcoming|future|planned|proposed|possible|scheduled|expected"
    r"|intended|prospective|potential|invitation to|invited (?:\w+ )?to|plans? to|planning to"
    r"|looks? forward to|looking forward to|ready to|willing to|agreed to)\s+(?:[\w-]+\s+){0,3})$"
)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no|neither|nor)\s+(?:\w+\s+)?$")
_CANCELLED_AFTER = re.compile(  # (matched at the predicate's end: no "^")
    r"[\w -]{0,40}?\b(?:was|were|has been|had been|is|are) (?:\w+ )?(?:put off|postponed"
    r"|cancel+ed|called off|scheduled|expected|planned|to be held|due)\b"
)
_LIGHT_VERB = re.compile(
    r"\b(?P<verb>held|hold|holds|holding|had|have|has|having|paid|pay|pays|paying|made|make|makes"
    r"|making|conducted|conduct|took part in|joined|attended|attending|granted|gave|accorded"
    r"|hosted|witnessed|observed|presided over|oversaw|chaired|co-chaired|sat down for"
    r"|wrapping up|wrapped up|concluding|concluded|ending|ended|beginning|began|starting"
    r"|started|kicking off|kicked off|continuing|continued|completed|completing|embarked on"
    r"|embarking on)\s+"
    r"(?:(?:an?|the|their|his|her|its|two|separate|several|\w+-\w+|\w+)\s+){0,4}$"
)
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|their|his|her|its|such)\s+(?:[\w-]+\s+){0,2}$"
)
_OPENS_CLAUSE = re.compile(
    r"[\s,]*(?:(?:an?|the|this|that|these|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|their|his|her|its|our|one|each|another|first"
    r"|second|separate|bilateral|brief|private|closed-door)\s+(?:[\w-]+\s+){0,2}$"
)
_ADJUNCT_BEFORE = re.compile(
    r"\b(?:during|at|in|after|following|before|ahead of|prior to|on the sidelines of"
    r"|on the occasion of|throughout|on|upon|since|from)\s+(?:[\w'-]+\s+){0,4}$"
)
_PLURAL = re.compile(r"\b(?:separate|separately|several|respective|respectively|individual)\b")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b")
_GROUP = re.compile(
    r"\b(?:they|them|their|we|both(?! (?:governments|countries|nations|states|ministries"
    r"|parties|agencies))|the two(?! (?:governments|countries|nations|states|ministries"
    r"|parties|agencies|capitals|cities|provinces|sides' (?:\w+ )?(?:ministries|agencies)))"
    r"(?: [\w-]+){0,2}|the pair|the duo|the (?:two )?sides"
    r"|the (?:two )?(?:leaders|ministers|officials|presidents|premiers|delegations))\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|into|visited|visiting|toured|visit)\s+(?:the\s+)?$")
# "to the Vietnamese guest": a demonym before a person's noun is no place
_ROLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:guests?|delegations?|side|counterparts?|leaders?|ministers?"
    r"|presidents?|officials?|ambassadors?|envoys?|people|government|minister|premier)\b"
)


def _table() -> tuple[tuple[str, str], ...]:
    return tuple((lemma, form) for _pattern, lemma, form in PREDICATE_ROWS)


_ROWS = _table()


@attrs.define
class _Segment:
    start: int
    end: int
    kind: str  # main, rel, sub, speech, stop, and
    # after a relative clause ("X, who came on Monday, met Y"): where its subject is
    resumes: tuple[int, int] | None = None


def _segments(
    text: str,
    folded: str,
    sent: Span,
    triggers: Sequence[Span],
    names: Sequence[Span] = (),
    candidates: dict[int, frozenset[int]] | None = None,
) -> list[_Segment]:
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
    segments: list[_Segment] = []
    at, kind = sent.start, "main"
    for a, b, k in cuts:
        if a < at:
            continue
        segments.append(_Segment(at, a, kind))
        at, kind = b, k
    segments.append(_Segment(at, sent.end, kind))
    # A fronted adjunct ("During the visit, X met Y") or relative clause ("X, who came
    # on Monday, met Y") ends at its comma: what follows goes on with the clause before.
    out: list[_Segment] = []
    for seg in segments:
        if seg.kind in ("sub", "rel", "speech") and seg.end > seg.start:
            comma = folded.find(",", seg.start, seg.end)
            fronted = seg.kind == "sub" and (not out or out[-1].end - out[-1].start < 3)
            closes = seg.kind == "rel" or fronted
            if comma > 0 and closes:
                before = out[-1] if out and seg.kind == "rel" else None
                out.append(_Segment(seg.start, comma, seg.kind))
                back = before.kind if before is not None else "main"
                resumes = (before.start, before.end) if before is not None else None
                out.append(_Segment(comma + 1, seg.end, back, resumes))
                continue
        out.append(seg)
    return [s for s in out if s.end > s.start or s.kind != "main"]


# How far a clause reaches from its predicate: a run-on "sentence" (a list, a page
# without stops) is read in a window around each predicate, so that a long text costs
# linear time; a real clause is far shorter.
_REACH = 400


def _within_reach(seg: _Segment, trigger: Span) -> _Segment:
    start, end = max(seg.start, trigger.start - _REACH), min(seg.end, trigger.end + _REACH)
    if (start, end) == (seg.start, seg.end):
        return seg
    return _Segment(start, end, seg.kind, seg.resumes)


class _Sentence:
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
        for _s, p in self.people_in(start, end):
            if p not in people:
                people.append(p)
        lo = bisect_left(self._country_starts, start)
        hi = bisect_left(self._country_starts, end, lo)
        countries = tuple(dict.fromkeys(c for _s, c in self.countries[lo:hi]))
        group = False
        if not people and pronouns:
            group = _GROUP.search(self.folded, start, end) is not None
        return Phrase(Span(start, max(start, end)), tuple(people), countries, group)


def _arguments(s: _Sentence, start: int, end: int) -> tuple[Phrase, dict[str, Phrase]]:
    """The direct object and the prepositional arguments in ``[start, end)``."""
    folded = s.folded
    opens: list[tuple[int, int, str]] = []
    for m in _PREP.finditer(folded, start, end):
        name = _PREP_NAMES[m.lastgroup or ""]
        if name == "transparent" or _in_title(s, m.start(), m.end()):
            continue
        opens.append((m.start(), m.end(), name))
    bounds = [(start, start, "object"), *opens, (end, end, "end")]
    args: dict[str, list[tuple[int, int]]] = {}
    for (_a, b, name), (c, _d, _n) in pairwise(bounds):
        if name != "end":
            args.setdefault(name, []).append((b, c))
    result: dict[str, Phrase] = {}
    for name, ranges in args.items():
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
    obj = result.pop("object", Phrase(Span(start, start)))
    # "at X's invitation", "at X's request": the person before the possessive
    for rx, name in ((_INVITATION_POSSESSIVE, "inviter"), (_REQUEST_POSSESSIVE, "requester")):
        owned = rx.search(folded, start, end)
        if owned is not None and name not in result:
            at = owned.start()
            before = [p for sp, p in s.people_in(start, at + 1) if sp.end >= at - 1]
            if before:
                result[name] = Phrase(Span(at, owned.end()), (before[-1],))
    return obj, result


_WORD_BEFORE = re.compile(r"([\w.'-]+)\s*(?:\([^()]{1,40}\)\s*)?$")
_WORD_AFTER = re.compile(r"\s*(?:the\s+)?([\w'-]+)")


_TITLE_PREPOSITIONS = frozenset({"of", "for", "to", "on", "in", "at"})
_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec|\d"
)


def _in_title(s: _Sentence, start: int, end: int) -> bool:
    """Whether a preposition is inside a title or a name ("Ambassador to Vietnam",
    "Minister for Foreign Affairs"), not an argument's opener."""
    if s.folded[start:end] not in _TITLE_PREPOSITIONS:
        return False
    before = _WORD_BEFORE.search(s.text, max(s.sent.start, start - 40), start)
    after = _WORD_AFTER.match(s.text, end, min(s.sent.end, end + 40))
    if before is None or after is None or _CALENDAR.match(before.group(1).lower()):
        return False
    if not (before.group(1)[:1].isupper() and after.group(1)[:1].isupper()):
        return False
    return not s.in_name(before.start(1))


_LIST_AFTER = re.compile(r"[:;]")
_PLURAL_HEAD = re.compile(
    r"\b(?:meetings|calls|talks|sessions|visits|several|separate|separately|respectively)\b"
)
_PURPOSE = re.compile(
    r"\b(?:ceremony|ceremonies|reception|banquet|dinner|luncheon|lunch|event|gathering"
    r"|meeting)\s+(?:in order\s+)?to\s+$"
)


def _mood(folded: str, seg: _Segment, trigger: Span) -> Mood:
    before = folded[max(seg.start, trigger.start - 45) : trigger.start]
    if _NEGATED_BEFORE.search(before):
        return Mood.NEGATED
    if _PLANNED_BEFORE.search(before) and not _PURPOSE.search(before):
        # ("held a ceremony to welcome X": the welcome is told, not planned)
        return Mood.PLANNED
    if _CANCELLED_AFTER.match(folded, trigger.end, min(seg.end + 60, trigger.end + 60)):
        return Mood.PLANNED
    return Mood.REPORTED


def _places(s: _Sentence, start: int, end: int) -> tuple[str, ...]:
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


def _sentence_subject(s: _Sentence, segments: Sequence[_Segment]) -> Phrase:
    # The main clause's first people before any argument opener: whom "he" points at next.
    for seg in segments:
        if seg.kind != "main":
            continue
        first = s.people_in(seg.start, seg.end)
        if not first:
            continue
        span0 = first[0][0]
        if _PREP.search(s.folded, seg.start, span0.start) and not _LIGHT_SUBJECT.match(
            s.folded, seg.start, span0.start
        ):
            continue
        return s.phrase(seg.start, _subject_end(s, seg, span0.end), pronouns=False)
    return _EMPTY


# A clause may open with a time or place before its subject ("On Monday, X ..."):
# those prepositions do not make the people after them objects.
_LIGHT_SUBJECT = re.compile(r"^\W*(?:(?:on|in|at|earlier|later|also|meanwhile)\b[^,]*,\s*)+\W*$")


def _subject_end(s: _Sentence, seg: _Segment, first_end: int) -> int:
    # a coordinated subject ("X and Y held talks") runs on over "and" and commas
    end = first_end
    for span, _p in s.people_in(first_end, seg.end):
        gap = s.folded[end : span.start]
        if re.fullmatch(r"[\s,]*(?:and|&)?[\s\w.,'-]{0,60}?", gap) and not _PREP.search(gap):
            end = span.end
        else:
            break
    return end


def _triggers(ctx: Context, index: int) -> list[tuple[Span, str, str]]:
    found: list[tuple[Span, str, str]] = []
    for order, span in ctx.predicates_in(index):  # (disjoint, as the one pass finds them)
        lemma, form = _ROWS[order]
        found.append((span, lemma, form))
    found.sort(key=lambda t: t[0].start)
    return found


def _subject(
    s: _Sentence,
    segs: Sequence[_Segment],
    k: int,
    trigger: Span,
    previous: Phrase,
    main: Phrase,
    adjunct: bool,
) -> Phrase:
    seg = segs[k]
    folded = s.folded
    # the people nearest before the predicate in its clause, with those coordinated with
    # them ("X and Y held talks"), not those of an opening phrase ("According to X, Y
    # called on Z") or of an earlier argument ("with X", "by X")
    own = _last_group(s, _Segment(seg.start, trigger.start, seg.kind))
    if own.people:
        return own
    if seg.resumes is not None:
        # "X, who arrived on Monday, was accorded a welcome": X
        resumed = _last_group(s, _Segment(*seg.resumes, "main"))
        if resumed.people:
            return resumed
    pronoun = _PRONOUN.search(folded, seg.start, trigger.start)
    if seg.kind == "rel":
        before = s.people_in(s.sent.start, seg.start)
        if before and pronoun is None:
            return Phrase(before[-1][0], (before[-1][1],))
    own_group = s.phrase(seg.start, trigger.start)
    if own_group.group:
        return own_group
    if seg.kind in ("and", "sub", "speech", "stop") or adjunct or pronoun is not None:
        if pronoun is not None or seg.kind == "and":
            return attrs.evolve(previous or main, pronoun=pronoun is not None)
        # a fronted adjunct's subject comes after it ("During ..., X met Y"); a trailing
        # one's is the clause's it follows ("X and Y agreed during phone talks")
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        fronted = k == 0 or segs[k - 1].end - segs[k - 1].start < 3
        if fronted and nxt is not None and nxt.kind == "main":
            after = s.people_in(nxt.start, nxt.end)
            if after:
                return s.phrase(nxt.start, _subject_end(s, nxt, after[0][0].end))
        if not fronted:
            # the subject of the clause it follows: its first people, with those
            # coordinated with them
            for prior in reversed(segs[:k]):
                first = s.people_in(prior.start, prior.end)
                if first:
                    return s.phrase(prior.start, _subject_end(s, prior, first[0][0].end))
        return main or previous
    return own_group  # no one named: its words may still say who ("the guests")


def _last_group(s: _Sentence, seg: _Segment) -> Phrase:
    """The last people of a clause, with those coordinated before them ("X and Y", "X,
    Minister of Z, and Y")."""
    found = s.people_in(seg.start, seg.end)
    if not found:
        return _EMPTY
    start = found[-1][0].start
    for span, _p in reversed(found[:-1]):
        gap = s.folded[span.end : start]
        if _COORDINATION.fullmatch(gap) and " and " in f" {gap} ".replace(",", " "):
            start = span.start
        else:
            break
    return s.phrase(start, found[-1][0].end)


# what may stand between two coordinated people: "and", commas, and an apposition
# ("X, Minister of Foreign Affairs of Y, and Z"); at most one "and"
_COORDINATION = re.compile(
    r"(?:,\s*[^,;:]{0,90}?,)?\s*,?\s*(?:and|&)\s+(?:[^,;:]{0,80}?\s)?(?:[^,;:]{0,80}?,\s*)?"
)


# A person's noun after an -ing form ("visiting Lao Deputy Prime Minister", "the visiting
# delegation"), over the original text: its modifiers are capitalised or a few adjectives.
_ROLE_NOUN = re.compile(
    r"\s+(?:(?:[A-Z][\w'-]*|deputy|vice|senior|former|chief|foreign|top|high-level|first)\s+)"
    r"{0,3}(?i:delegations?|counterparts?|guests?|leaders?|ministers?|presidents?|premiers?"
    r"|prime|heads?|officials?|dignitar(?:y|ies)|envoys?|chiefs?|mayors?|governors?"
    r"|secretar(?:y|ies)|chairm[ae]n|speakers?|kings?|queens?|princes?|ambassadors?)\b"
)
# "sat down for talks", "a courtesy call and talks": one predicate told in two words
_SAME_PREDICATE = re.compile(r"\s*(?:for|and|,)?\s*(?:an?|the)?\s*(?:[\w-]+\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
_THING_BEFORE = re.compile(
    r"\b(?:agreements?|memorand\w*|mous?|documents?|deals?|pacts?|plans?|accords?|contracts?"
    r"|treaty|treaties|protocols?|minutes|programmes?|declarations?|notes|conventions?"
    r"|letters?|charters?|arrangements?)\s+(?:(?:were|was|being|been|jointly|also|recently"
    r"|previously|earlier|already|they|he|she|we|the two sides|both sides)\s+)*$"
)
_WITNESSED = re.compile(r"\b(?:witnessed|witnessing|oversaw|observed|presided over)\b")
_POSSESSIVE = re.compile(r"'s?\s+(?:[\w-]+\s+){0,3}$")
_WHOSE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,3}$")
_HIS = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$")
_THEIR = re.compile(r"\b(?:their)\s+(?:[\w-]+\s+){0,3}$")


def _attributive(text: str, span: Span, form: str, before: str) -> bool:
    """Whether an -ing form qualifies a person: "the visiting minister", "his visiting
    counterpart Y", "visiting Lao President Y"; not "visiting Laos", "Receiving Y, X said"
    or "a meeting today"."""
    if form != "ing":
        return False
    after = text[span.end : span.end + 60]
    if _ROLE_NOUN.match(after):
        return True
    # "his visiting Vietnamese counterpart": a name or demonym after a determiner
    return bool(
        (_DETERMINER_BEFORE.search(before) or _POSSESSIVE.search(before))
        and after.lstrip()[:1].isupper()
        and not _FUNCTION_AFTER.match(after.lower())
    )


_FUNCTION_AFTER = re.compile(r"\s+(?:with|of|to|for|by|on|in|at|and|from|between|as|was|were|is)\b")


def _possessor(s: _Sentence, seg_start: int, span: Span, previous: Phrase) -> Phrase:
    """Whose a noun is: "X's visit", "his talks", "their meeting"."""
    before = s.folded[max(seg_start, span.start - 40) : span.start]
    m = _POSSESSIVE.search(before)
    if m is not None:
        at = span.start - len(before) + m.start()
        owners = [(sp, p) for sp, p in s.people if at - 1 <= sp.end <= at + 1]
        if owners:
            return Phrase(owners[-1][0], (owners[-1][1],))
    if _HIS.search(before):
        return attrs.evolve(previous, pronoun=True)
    if _WHOSE.search(before):
        # "X, whose visit to Y ran from ...": the antecedent
        at = span.start - len(before) + before.rfind("whose")
        owners = s.people_in(s.sent.start, at)
        if owners:
            return Phrase(owners[-1][0], (owners[-1][1],))
    if _THEIR.search(before):
        return Phrase(span, group=True)
    return _EMPTY


def _after_comma(s: _Sentence, span: Span, limit: int) -> tuple[int, Phrase]:
    """For a fronted adjunct ("During his talks with Y, X ..."): where it ends, and the
    people who open the clause after it."""
    # (the adjunct's clause may end at that very comma: look a little past it)
    limit = min(s.sent.end, max(limit, span.end) + 2)
    comma = s.folded.find(",", span.end, limit)
    while comma >= 0 and _RELATIVE_AFTER.match(s.folded, comma + 1):
        # "At his talks with Y, who is visiting, X said": the adjunct ends after the clause
        comma = s.folded.find(",", comma + 1, min(s.sent.end, comma + _REACH))
    if comma < 0:
        return limit, _EMPTY
    reach = min(s.sent.end, comma + _REACH)
    after = s.people_in(comma, reach)
    if after and len(s.folded[comma + 1 : after[0][0].start].split()) <= 8:
        return comma, s.phrase(comma + 1, _subject_end_at(s, after[0][0].end, reach))
    return comma, _EMPTY


_LIGHT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:held|had|conducted|paid|made|hosted)\b")
_RELATIVE_AFTER = re.compile(r"\s*(?:who|whom|whose|which|where)\b")
# "the talks that X held with Y": the noun's subject in the relative clause after it
_NOUN_THAT = re.compile(r"\s+(?:that|which)\s+")


def _subject_end_at(s: _Sentence, first_end: int, limit: int) -> int:
    end = first_end
    for span, _p in s.people_in(first_end, limit):
        gap = s.folded[end : span.start]
        if re.fullmatch(r"[\s,]*(?:and|&)?[\s\w.,'-]{0,60}?", gap) and not _PREP.search(gap):
            end = span.end
        else:
            break
    return end


def analyse(doc: Document, ctx: Context) -> Clauses:
    """The clause layer of an article: every predicate of an engagement, with its arguments."""
    folded, text = doc.folded, doc.text
    predicates: list[Predicate] = []
    subjects: list[Phrase] = []
    previous = _EMPTY  # the subject last told: whom "he" and "she" point at
    people_starts = [sp.start for sp, _p in ctx.people]
    for index, sent in enumerate(ctx.sentences):
        triggers = _triggers(ctx, index) if ctx.has_predicates(index) else []
        lo = bisect_left(people_starts, sent.start)
        if not triggers and (lo == len(people_starts) or people_starts[lo] >= sent.end):
            subjects.append(_EMPTY)  # no one named, nothing told: most lines of clutter
            continue
        s = _Sentence(ctx, text, folded, sent)
        # a name is not a clause's opener ("Said", "While"), nor a predicate ("Visit")
        names = [sp for sp, _p in s.people]
        triggers = [t for t in triggers if not s.in_name(t[0].start)]
        segs = (
            _segments(text, folded, sent, [t for t, _l, _f in triggers], names, ctx.marks_in(sent))
            if triggers
            else [_Segment(sent.start, sent.end, "main")]
        )
        main = _sentence_subject(s, segs)
        last_subject = previous
        clause_subject = _EMPTY  # the subject of the sentence's last predicate
        starts = [t.start for t, _l, _f in triggers]
        for span, lemma, form in triggers:
            k = next(i for i, g in enumerate(segs) if g.start <= span.start <= g.end)
            seg = _within_reach(segs[k], span)
            before = folded[max(seg.start, span.start - 40) : span.start]
            light_verb = _LIGHT_VERB.search(before)
            light = light_verb is not None
            attributive = _attributive(text, span, form, before)
            noun = (
                form == "noun"
                or attributive
                or (
                    form in ("ing", "either")
                    and (_DETERMINER_BEFORE.search(before) or _POSSESSIVE.search(before))
                    is not None
                )
            )
            voice = Voice.NOMINAL if noun else Voice.ACTIVE
            if form == "verb" and (
                _PASSIVE_BEFORE.search(before)
                or (
                    folded[span.start : span.end].endswith("ed")
                    and (_BY_AFTER.match(folded, span.end) or _THING_BEFORE.search(before))
                )
            ):
                # "Y was received by X"; "the memorandum signed by X" (a reduced relative)
                voice = Voice.PASSIVE
            at_start = folded[seg.start : span.start].strip(" ,") == ""
            # (nothing but a determiner and adjectives before it in its clause)
            det_start = _OPENS_CLAUSE.fullmatch(folded, seg.start, span.start) is not None
            definite = bool(noun and not light and _DEFINITE_BEFORE.search(before))
            adjunct = bool(
                (noun and not light and _ADJUNCT_BEFORE.search(before))
                or (noun and seg.kind == "sub" and det_start)
                or (form == "ing" and not noun and (seg.kind != "main" or at_start))
            )
            end = seg.end
            # whom "he" and "his" point at: the subject told last before the predicate
            antecedent = (
                main if main.people and main.span.end <= span.start and k > 0 else last_subject
            )
            if attributive:
                subject = _EMPTY
            elif (adjunct and at_start) or (adjunct and noun):
                end, subject = _after_comma(s, span, seg.end)
                if not subject and noun and definite:
                    # "before the talks", "during their meeting": whose, if anyone's
                    subject = _possessor(s, seg.start, span, antecedent)
                elif not subject:
                    subject = _subject(s, segs, k, span, antecedent, main, adjunct)
                if noun and not s.people_in(seg.start, span.start):
                    owner = _possessor(s, seg.start, span, antecedent)
                    subject = owner if owner.people else subject
            elif noun and not light:
                subject = _possessor(s, seg.start, span, antecedent)
                that = _NOUN_THAT.match(folded, span.end)
                if not subject.people and that is not None:
                    after = s.people_in(that.end(), min(seg.end, that.end() + 80))
                    if after and _LIGHT_AFTER.match(folded, after[0][0].end):
                        subject = Phrase(after[0][0], (after[0][1],))
            else:
                # (with a light verb, the subject stands before the verb: "X granted Y an
                # audience")
                head = (
                    Span(span.start - len(before) + light_verb.start(), span.end)
                    if light_verb is not None and noun
                    else span
                )
                subject = _subject(s, segs, k, head, antecedent, main, adjunct)
                if seg.kind == "and" and not s.people_in(seg.start, span.start) and clause_subject:
                    # "The two leaders sat down for talks and then witnessed the signing"
                    subject = clause_subject
            if _LIST_AFTER.match(folded, seg.end) and _PLURAL_HEAD.search(
                folded, span.start, seg.end
            ):
                # "paid calls on several leaders: A; B; and C": the list is the object
                end = sent.end
            end = min(end, span.end + _REACH)
            nxt = bisect_left(starts, span.end)
            if (
                nxt < len(starts)
                and starts[nxt] < end
                and not _SAME_PREDICATE.match(folded, span.end, starts[nxt])
            ):
                end = starts[nxt]
            obj, args = _arguments(s, span.end, end)
            if light_verb is not None and noun and not obj.people:
                # "granted X an audience", "paid X a visit": who, between the verb and noun
                at = span.start - len(before) + light_verb.end("verb")
                between = s.phrase(at, span.start)
                if between.people:
                    obj = between
            fronted_text = folded[seg.start : span.start]
            if ("invit" in fronted_text or "request" in fronted_text) and (
                "inviter" not in args or "requester" not in args
            ):
                # "At the invitation of X, Y paid a visit": adverbials before the predicate
                _o, fronted_args = _arguments(s, seg.start, span.start)
                for name in ("inviter", "requester"):
                    if name in fronted_args and name not in args:
                        args[name] = fronted_args[name]
            witnessed = _WITNESSED.search(folded, seg.start, span.start)
            if witnessed is not None and "witness" not in args:
                # "the two leaders witnessed notes being signed"
                args["witness"] = s.phrase(seg.start, witnessed.start())
            if voice is Voice.PASSIVE:
                # "Y was received by X": Y is the one acted on, X the one acting
                agent = args.pop("by", _EMPTY)
                subject, obj = agent, subject
            plural = bool(
                _PLURAL.search(folded, max(seg.start, span.start - 25), min(seg.end, span.end + 12))
                or _PLURAL_HEAD.search(folded, span.start, span.end)
                or (
                    folded[span.end - 1 : span.end] == "s"
                    and noun
                    and lemma in ("meet", "courtesy_call", "working_session", "call")
                )
            )
            predicates.append(
                Predicate(
                    lemma=lemma,
                    form="attributive" if attributive else form,
                    span=span,
                    sentence=index,
                    clause=Span(seg.start, end),
                    voice=voice,
                    mood=_mood(folded, seg, span),
                    subject=subject,
                    object=obj,
                    args=MappingProxyType(args),
                    dates=tuple(ctx.dates_in(Span(seg.start, seg.end))),
                    places=_places(s, seg.start, seg.end),
                    definite=definite,
                    adjunct=adjunct,
                    plural=plural,
                    text=folded[span.start : span.end],
                    topic=last_subject,
                    evidence=(
                        Span(span.start - len(before) + light_verb.start(), span.end)
                        if light_verb is not None and noun
                        else span
                    ),
                )
            )
            if subject.people and voice is not Voice.PASSIVE and not adjunct:
                last_subject = subject
            if subject and voice is not Voice.PASSIVE:
                clause_subject = subject
        subjects.append(main)
        if main.people:
            previous = main
        elif last_subject.people:
            previous = last_subject
    return Clauses(tuple(predicates), tuple(subjects))


def iter_people(*phrases: Phrase) -> Iterator[Person]:
    """The people of several phrases, once each, in order."""
    seen: list[Person] = []
    for ph in phrases:
        for p in ph.people:
            if p not in seen:
                seen.append(p)
                yield p

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
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import PREDICATE_ROWS
from bilateral._extract.dates import DateMention
from bilateral._extract.sentence import (
    EMPTY,
    REACH,
    Phrase,
    Segment,
    SentenceView,
    arguments,
    places,
    segments,
    within_reach,
)
from bilateral._extract.subjects import (
    POSSESSIVE,
    after_comma,
    possessor,
    sentence_subject,
    subject_of,
)
from bilateral._lexicon.patterns import words_first
from bilateral.model import Span

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
    topic: Phrase = attrs.field(factory=lambda: EMPTY)  # the subject told last before it
    # its words as evidence: with its light verb ("held talks", "paid a courtesy call on")
    evidence: Span | None = None

    @property
    def told(self) -> Span:
        """The span of its words as evidence (with a light verb: "held talks")."""
        return self.evidence or self.span

    def arg(self, *names: str) -> Phrase:
        """The first of the named arguments that names people, else the first present,
        else an empty phrase ("to mark the day ... with X": X's "with", not the "to")."""
        present = [found for name in names if (found := self.args.get(name))]
        return next((ph for ph in present if ph.people), present[0] if present else EMPTY)


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

# Before a verb: the passive ("was warmly received by"), the plan ("will visit",
# "is scheduled to meet", "invited him to visit"), the denial ("did not meet").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:(?:\w+ly|also|then|earlier|later"
    r"|today|yesterday|first|warmly|officially|formally|on\s+\w+|this\s+\w+)\s+){0,3}$"
)

_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|to|may|might|could|should|can|must|going to|is to|are to)\s+"
    r"(?:(?:also|soon|later|then|jointly|personally|officially|again|further|first|both|not"
    r"|\w+ly)\s+)*(?:be\s+(?:(?:an?|the|his|her|their|its|first|second|official|state"
    r"|working|\w+ly)\s+){0,4})?(?:(?:hold|have|pay|make|conduct|attend|host|organi[sz]e|sign|meet"
    r"|receive|give|accord|grant|convene|arrange|set up|launch|resume|continue|start|begin"
    r"|undertake|organi[sz]e)\s+(?:\S+\s+){0,4})?"
    r"|\b(?:upcoming|next|forthcoming|future|planned|proposed|possible|scheduled|expected"
    r"|intended|prospective|potential|invitation to|invited (?:\w+ )?to|plans? to|planning to"
    r"|looks? forward to|looking forward to|ready to|willing to|agreed to)\s+(?:[\w-]+\s+){0,3})$"
)

# "Ahead of the visit of X": a clause mark that tells what follows is yet to come (read
# across the mark, which opens a segment of its own)
_AHEAD_BEFORE = re.compile(
    r"\b(?:ahead of|prior to|in preparation for|preparations for|in the run-up to)\s+"
    r"(?:[\w-]+\s+){0,5}$"
)
_AHEAD_REACH = 90  # the mark and a name of five words ("the Joint Intergovernmental ...")

_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no|neither|nor)\s+(?:\w+\s+)?$")

_CANCELLED_AFTER = re.compile(  # (matched at the predicate's end: no "^")
    r"[\w -]{0,40}?\b(?:was|were|has been|had been|is|are) (?:\w+ )?(?:put off|postponed"
    r"|cancel+ed|called off|scheduled|expected|planned|to be held|due)\b"
)

_LIGHT_VERB = re.compile(
    r"\b(?P<verb>held|hold|holds|holding|had|have|has|having|paid|pay|pays|paying|made|make|makes"
    r"|making|conducted|conduct|took part in|joined|attended|attending|granted|gave|given|accorded"
    r"|hosted|witnessed|observed|presided over|oversaw|chaired|co-chaired|sat down for"
    r"|wrapping up|wrapped up|concluding|concluded|ending|ended|beginning|began|starting"
    r"|started|kicking off|kicked off|continuing|continued|completed|completing|embarked on"
    r"|embarking on)\s+"
    r"(?!that\b)(?:(?:an?|the|their|his|her|its|two|separate|several|\w+-\w+|\w+)\s+){0,4}$"
)

_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|their|his|her|its|such)\s+(?:[\w-]+\s+){0,2}$"
)

_OPENS_CLAUSE = re.compile(
    r"[\s,]*(?:(?:an?|the|this|that|these|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}"
)

_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|their|his|her|its|our|one|each|another|first"
    r"|such|many|several|frequent|regular|mutual|reciprocal|more|all|no|any|some"
    r"|second|separate|bilateral|brief|private|closed-door)\s+(?:[\w-]+\s+){0,2}$"
)

_ADJUNCT_BEFORE = re.compile(
    r"\b(?:during|at|in|after|following|before|ahead of|prior to|on the sidelines of"
    r"|on the occasion of|throughout|on|upon|since|from)\s+(?:[\w'-]+\s+){0,4}$"
)

_PLURAL = re.compile(r"\b(?:separate|separately|several|respective|respectively|individual)\b")
# "a meeting with X and then, in Y, one with Z": the noun told again for another one
_ANOTHER_ONE = re.compile(r"\band\b[^.;]{0,60}?\b(?:one|another) with\b")


def _table() -> tuple[tuple[str, str], ...]:
    return tuple((lemma, form) for _pattern, lemma, form in PREDICATE_ROWS)


_ROWS = _table()

_LIST_AFTER = re.compile(r"[:;]")
# a segment that says a predicate's argument again: "; with B", "; and on C"
_SAME_ARGUMENT = re.compile(r"[;\s]*(?:and\s+)?(?:also\s+)?(?P<prep>with|on|to)\s")

_PLURAL_HEAD = re.compile(
    r"\b(?:meetings|calls|sessions|visits|several|separate|separately|respectively)\b"
)

_PURPOSE = re.compile(
    r"\b(?:ceremony|ceremonies|reception|banquet|dinner|luncheon|lunch|event|gathering"
    r"|meeting)\s+(?:in order\s+)?to\s+$"
)


def _mood(
    folded: str, seg: Segment, trigger: Span, told: list[Predicate], index: int, noun: bool
) -> Mood:
    before = folded[max(seg.start, trigger.start - 45) : trigger.start]
    last = told[-1] if told else None
    if (
        noun
        and last is not None
        and last.sentence == index
        and last.clause.start == seg.start
        and last.voice is not Voice.NOMINAL
        and last.mood is not Mood.REPORTED
    ):
        # "will travel to Laos for an official visit": the noun in a planned verb's clause
        return last.mood
    if _NEGATED_BEFORE.search(before):
        return Mood.NEGATED
    if _AHEAD_BEFORE.search(folded, max(0, trigger.start - _AHEAD_REACH), trigger.start):
        return Mood.PLANNED
    if _PLANNED_BEFORE.search(before) and not _PURPOSE.search(before):
        # ("held a ceremony to welcome X": the welcome is told, not planned)
        return Mood.PLANNED
    if _CANCELLED_AFTER.match(folded, trigger.end, min(seg.end + 60, trigger.end + 60)):
        return Mood.PLANNED
    if noun and _FUTURE_COPULA.search(folded, seg.start, trigger.start):
        return Mood.PLANNED  # "This will be X's first official visit to Y"
    return Mood.REPORTED


_FUTURE_COPULA = re.compile(r"\b(?:this|it|that|which)\s+(?:will|would|is to|is going to)\s+be\b")


def _triggers(ctx: Context, index: int) -> list[tuple[Span, str, str]]:
    found: list[tuple[Span, str, str]] = []
    for order, span in ctx.predicates_in(index):  # (disjoint, as the one pass finds them)
        lemma, form = _ROWS[order]
        found.append((span, lemma, form))
    found.sort(key=lambda t: t[0].start)
    return found


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

_WITNESSED = re.compile(
    words_first("witnessed", "witnessing", "oversaw", "observed", "presided over") + r"\b"
)


def _attributive(text: str, span: Span, form: str, before: str) -> bool:
    """Whether an -ing form qualifies a person: "the visiting minister", "his visiting
    counterpart Y", "visiting Lao President Y"; not "visiting Laos", "Receiving Y, X said"
    or "a meeting today"."""
    if form != "ing":
        return False
    after = text[span.end : span.end + 60]
    determined = bool(_DETERMINER_BEFORE.search(before) or POSSESSIVE.search(before))
    if _ROLE_NOUN.match(after) and (
        determined or text[span.start : span.end].lower() == "visiting"
    ):
        # (only "visiting" qualifies a person by itself: "Receiving Minister Y, X said")
        return True
    # "his visiting Vietnamese counterpart": a name or demonym after a determiner
    return bool(
        determined and after.lstrip()[:1].isupper() and not _FUNCTION_AFTER.match(after.lower())
    )


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:during|of|for|after|before|since|between|among|in|on|at|from|through)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)

_FUNCTION_AFTER = re.compile(r"\s+(?:with|of|to|for|by|on|in|at|and|from|between|as|was|were|is)\b")

_LIGHT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:held|had|conducted|paid|made|hosted)\b")

# "the talks that X held with Y": the noun's subject in the relative clause after it
# "Receiving (and working with) the delegation were ...": a participle opening a sentence
# whose subject follows the copula
_INVERTED = re.compile(r"[^,;.]{0,120}?\s(?P<be>was|were)\s+")
_PARTICIPLE_OPENING = re.compile(r"\s*[a-z]+ing\b")
_NOUN_THAT = re.compile(r"\s+(?:that|which)\s+")
# "X, who is on a visit to Z": the one who "is on" it, in a relative clause the antecedent
_BE_ON = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}$"
)


def analyse(doc: Document, ctx: Context) -> Clauses:
    """The clause layer of an article: every predicate of an engagement, with its arguments."""
    folded, text = doc.folded, doc.text
    predicates: list[Predicate] = []
    subjects: list[Phrase] = []
    previous = EMPTY  # the subject last told: whom "he" and "she" point at
    people_starts = [sp.start for sp, _p in ctx.people]
    for index, sent in enumerate(ctx.sentences):
        triggers = _triggers(ctx, index) if ctx.has_predicates(index) else []
        lo = bisect_left(people_starts, sent.start)
        if not triggers and (lo == len(people_starts) or people_starts[lo] >= sent.end):
            subjects.append(EMPTY)  # no one named, nothing told: most lines of clutter
            continue
        s = SentenceView(ctx, text, folded, sent)
        # a name is not a clause's opener ("Said", "While"), nor a predicate ("Visit")
        names = [sp for sp, _p in s.people]
        triggers = [t for t in triggers if not s.in_name(t[0].start)]
        segs = (
            segments(text, folded, sent, [t for t, _l, _f in triggers], names, ctx.marks_in(sent))
            if triggers
            else [Segment(sent.start, sent.end, "main")]
        )
        main = sentence_subject(s, segs)
        last_subject = previous
        clause_subject = EMPTY  # the subject of the sentence's last predicate
        starts = [t.start for t, _l, _f in triggers]
        for span, lemma, form in triggers:
            k = next(i for i, g in enumerate(segs) if g.start <= span.start <= g.end)
            seg = within_reach(segs[k], span)
            before = folded[max(seg.start, span.start - 40) : span.start]
            light_verb = _LIGHT_VERB.search(before)
            light = light_verb is not None
            attributive = _attributive(text, span, form, before)
            noun = (
                form == "noun"
                or attributive
                or (
                    form in ("ing", "either")
                    and (_DETERMINER_BEFORE.search(before) or POSSESSIVE.search(before)) is not None
                )
                # "during high-level visits": after a preposition, a noun
                # (read across a clause mark: "during" may open a segment)
                or (
                    form == "either"
                    and _PREPOSITION_BEFORE.search(folded, max(0, span.start - 40), span.start)
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
                # "Holding talks with Y, X said": a participle opening the sentence
                or (
                    noun
                    and light_verb is not None
                    and light_verb.group("verb").endswith("ing")
                    and not folded[seg.start : span.start - len(before) + light_verb.start()].strip(
                        " ,"
                    )
                )
                or (noun and seg.kind == "sub" and det_start)
                or (form == "ing" and not noun and (seg.kind != "main" or at_start))
            )
            end = seg.end
            # whom "he" and "his" point at: the subject told last before the predicate
            antecedent = (
                main if main.people and main.span.end <= span.start and k > 0 else last_subject
            )
            if attributive:
                subject = EMPTY
            elif ((adjunct and at_start) or (adjunct and noun)) and seg.kind != "rel":
                end, subject = after_comma(s, span, seg.end)
                if not subject and noun and definite:
                    # "before the talks", "during their meeting": whose, if anyone's
                    subject = possessor(s, seg.start, span, antecedent)
                elif not subject:
                    subject = subject_of(s, segs, k, span, antecedent, main, adjunct)
                if noun and not s.people_in(seg.start, span.start):
                    owner = possessor(s, seg.start, span, antecedent)
                    subject = owner if owner.people else subject
            elif noun and not light:
                subject = possessor(s, seg.start, span, antecedent)
                that = _NOUN_THAT.match(folded, span.end)
                if not subject.people and that is not None:
                    after = s.people_in(that.end(), min(seg.end, that.end() + 80))
                    if after and _LIGHT_AFTER.match(folded, after[0][0].end):
                        subject = Phrase(after[0][0], (after[0][1],))
                if not subject.people and _BE_ON.search(before):
                    subject = subject_of(s, segs, k, span, antecedent, main, adjunct)
            else:
                # (with a light verb, the subject stands before the verb: "X granted Y an
                # audience")
                head = (
                    Span(span.start - len(before) + light_verb.start(), span.end)
                    if light_verb is not None and noun
                    else span
                )
                subject = subject_of(s, segs, k, head, antecedent, main, adjunct)
                if seg.kind == "and" and not s.people_in(seg.start, span.start) and clause_subject:
                    # "The two leaders sat down for talks and then witnessed the signing"
                    subject = clause_subject
            if _LIST_AFTER.match(folded, seg.end) and _PLURAL_HEAD.search(
                folded, span.start, seg.end
            ):
                # "paid calls on several leaders: A; B; and C": the list is the object
                end = sent.end
            repeated = False
            if _LIST_AFTER.match(folded, seg.end):
                # "met with A, ...; with B, ...; and with C": one argument, said again
                k2 = k
                while (
                    k2 + 1 < len(segs)
                    and (again := _SAME_ARGUMENT.match(folded, segs[k2 + 1].start)) is not None
                    and f" {again.group('prep')} " in folded[span.end : seg.end]
                ):
                    k2 += 1
                    end = max(end, segs[k2].end)
                    repeated = True
            if (
                not at_start
                and _PARTICIPLE_OPENING.match(folded, sent.start)
                and folded.find(",", sent.start, span.start) < 0
            ):
                # "Welcoming the visit of X, Y said": the opening phrase ends where its
                # sentence's subject begins
                comma, opened = after_comma(s, span, seg.end)
                if opened.people:
                    end = min(end, comma)
            end = min(end, span.end + REACH)
            nxt = bisect_left(starts, span.end)
            while nxt < len(starts) and _attributive(
                text, triggers[nxt][0], triggers[nxt][2],
                folded[max(sent.start, starts[nxt] - 40) : starts[nxt]],
            ):  # fmt: skip
                nxt += 1  # ("with his visiting counterpart, X": a qualifier, no predicate)
            if (
                nxt < len(starts)
                and starts[nxt] < end
                and not _SAME_PREDICATE.match(folded, span.end, starts[nxt])
            ):
                end = starts[nxt]
            obj, args = arguments(s, span.end, end)
            inverted = (
                _INVERTED.match(folded, span.end, sent.end)
                if form == "ing" and folded[sent.start : span.start].strip(" ,") == ""
                else None
            )
            if inverted is not None and s.people_in(inverted.end(), inverted.end() + 80):
                # "Receiving the delegation were X and Y": the subject after the verb
                obj, args = arguments(s, span.end, inverted.start("be"))
                subject = s.phrase(inverted.end(), sent.end)
                adjunct = False
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
                _o, fronted_args = arguments(s, seg.start, span.start)
                for name in ("inviter", "requester"):
                    if name in fronted_args and name not in args:
                        args[name] = fronted_args[name]
            witnessed = _WITNESSED.search(folded, seg.start, span.start)
            if witnessed is not None and "witness" not in args:
                # "the two leaders witnessed notes being signed"
                args["witness"] = s.phrase(seg.start, witnessed.start())
            if voice is Voice.PASSIVE:
                # "Y was received by X": Y is the one acted on, X the one acting
                agent = args.pop("by", EMPTY)
                subject, obj = agent, subject
            plural = repeated or bool(
                _PLURAL.search(folded, max(seg.start, span.start - 25), min(seg.end, span.end + 12))
                or (noun and _ANOTHER_ONE.search(folded, span.end, end))
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
                    mood=_mood(folded, seg, span, predicates, index, noun),
                    subject=subject,
                    object=obj,
                    args=MappingProxyType(args),
                    dates=tuple(ctx.dates_in(Span(seg.start, seg.end))),
                    places=places(s, seg.start, seg.end),
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

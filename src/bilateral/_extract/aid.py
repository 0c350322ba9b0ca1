"""Aid: goods, money or services one side gave or handed over to the other.

A giving predicate (``data/giving_verbs.tsv``: the verb or noun, and which argument
names the donor and the recipient) opens a clause; the clause's arguments give the
sides (:func:`_clause_sides`), and the phrases in its object give the things given
(:func:`_elements`, :func:`_read_element`), each its own item, with its quantity
(:mod:`bilateral._extract.quantities`). Pledges, plans, loans and awards are not aid;
nor is a gift within one country.

>>> from bilateral._extract.layout import read_document
>>> from bilateral._extract.analysis import build_context
>>> from bilateral.model import Country, Span
>>> doc = read_document(" date 2024-05-17 Chile gave Peru 30 tents and 2,000 tonnes of rice.")
>>> chile, peru = Country("CHL", spans=(Span(17, 22),)), Country("PER", spans=(Span(28, 32),))
>>> [(a.item, a.quantity, a.unit, a.donor, a.recipient)
...  for a in find_aid(doc, build_context(doc, (), (chile, peru), ()), None)]
[('tents', 30.0, None, 'CHL', 'PER'), ('rice', 2000.0, 'tonne', 'CHL', 'PER')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs
import pycountry

from bilateral._extract.aid_things import (
    ANAPHORIC,
    FIRST_WORD,
    PART,
    PLEDGED_AFTER,
    SEPARATORS,
    STOPS,
    TOKEN,
    Thing,
    elements,
    is_kind,
    names_in,
    read_thing,
)
from bilateral._extract.analysis import Context, Document, within
from bilateral._extract.cues import GIVING, GIVING_FRAMES, GivingFrame
from bilateral._extract.quantities import NUMBER_WORDS, Quantity, find_quantities, parse_quantity
from bilateral.model import Aid, Dyad, Span

__all__ = ["Quantity", "find_aid", "find_quantities", "parse_quantity"]

# --- predicates and clauses ---


@attrs.frozen
class _Predicate:
    frame: GivingFrame
    span: Span
    passive: bool
    sentence: Span


# A form of "be" (or "get") before a participle makes it passive: "were handed over".
_BE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:[a-z]+ly\s+|also\s+)?$"
)
_BY_AFTER = re.compile(r"\s+by\b")
# A plan or promise: the act has not happened ("will send", "pledged to provide",
# "promised a donation of").
_PLANNED_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?<!ceremony )(?<!function )(?<!event )to|plans?|planned|pledg\w*"
    r"|promis\w*|commit\w*|expected|intends?"
    r"|decided|agreed|wants?|hopes?|ready|willing|can|could|may|might|should|must|soon"
    r"|announced|upcoming|future)\s+(?:(?:be|been|soon|also|then|further|later|a|an|the|its"
    r"|their|new|more)\s+){0,3}$"
)
_PLAN_REACH = 48  # characters before a cue where its modal or promise stands


def _predicates(folded: str, ctx: Context) -> dict[int, list[_Predicate]]:
    """Each sentence's giving predicates (by sentence index), in text order: one pass of
    the gated cue regexes over the story, bucketed by sentence."""
    found: dict[int, list[_Predicate]] = {}
    if not ctx.sentences:
        return found
    lo, hi = ctx.sentences[0].start, ctx.sentences[-1].end
    for k, m in GIVING.finditer(folded, lo, hi, ctx.giving_starts):
        span = Span(m.start(), m.end())
        i = within(ctx.sentences, span)
        if i is None:
            continue
        frame = GIVING_FRAMES[k]
        before = folded[max(0, span.start - 24) : span.start]
        passive = frame.kind == "verb" and (
            _BE_BEFORE.search(before) is not None
            or _BY_AFTER.match(folded, span.end) is not None
            or before.endswith("-")  # "Chinese-donated supplies"
        )
        found.setdefault(i, []).append(_Predicate(frame, span, passive, ctx.sentences[i]))
    return found


def _planned(folded: str, sent: Span, pred: _Predicate) -> bool:
    before = folded[max(sent.start, pred.span.start - _PLAN_REACH) : pred.span.start]
    return _PLANNED_BEFORE.search(before) is not None


@attrs.frozen
class _Clause:
    span: Span
    preds: tuple[_Predicate, ...]  # the verb (or sides) predicate first, if any


def _clauses(sent: Span, preds: Sequence[_Predicate]) -> list[_Clause]:
    """The sentence cut at its verbs: each verb's clause runs from the verb before it to
    the verb after it; nouns, lists and measures belong to the verb before them."""
    verbs = [p for p in preds if p.frame.kind in ("verb", "sides")]
    if not verbs:
        return [_Clause(sent, tuple(preds))]
    out: list[_Clause] = []
    for n, verb in enumerate(verbs):
        start = verbs[n - 1].span.end if n else sent.start
        end = verbs[n + 1].span.start if n + 1 < len(verbs) else sent.end
        nxt = verbs[n + 1].span.start if n + 1 < len(verbs) else sent.end
        others = [
            p
            for p in preds
            if p.frame.kind not in ("verb", "sides")
            and (verb.span.end <= p.span.start < nxt or (n == 0 and p.span.start < verb.span.start))
        ]
        out.append(_Clause(Span(start, end), (verb, *others)))
    return out


# --- the sides: who gave, who received ---

# "Ambassador of Japan to Laos": the country after "to" is where the envoy serves.
_TITLE_TO = re.compile(
    r"\b(?:ambassador|envoy|consul(?: general)?|high commissioner|charge d'affaires"
    r"|representative|attache|delegate)s?(?: of [a-z' -]+?)? to (?:the )?$"
)
# (a comma inside a list of a side's bodies does not end it: "by the Party organisation,
# administration and people of Hanoi")
_ARGUMENT_END = re.compile(
    r"[;(]|,(?!\s(?:[a-z-]+\s){1,2}?(?:and|as well as)\s)|\b(?:to|from|by|for|with|which|who"
    r"|that|while)\b"
)
_ON_BEHALF = re.compile(r"\bon behalf of\s+")
_POSSESSIVE_GAP = re.compile(r"(?:'s?)?\s+(?:[a-z-]+\s+){0,2}$")


def _serving_in(folded: str, start: int) -> bool:
    return _TITLE_TO.search(folded[max(0, start - 60) : start]) is not None


def _argument_side(folded: str, ctx: Context, lo: int, hi: int) -> str | None:
    """The side an argument starting at ``lo`` names: the first person's country or
    country named before the argument ends (a comma, the next preposition)."""
    for start, _end, code in names_in(ctx, lo, hi):
        gap = _ARGUMENT_END.search(folded, lo, start)
        while gap is not None and gap.group() == "to" and _serving_in(folded, gap.end() + 1):
            gap = _ARGUMENT_END.search(folded, gap.end(), start)
        if gap is not None:
            return None
        if code is not None and not _serving_in(folded, start):
            return code
    return None


def _marked_side(
    folded: str, ctx: Context, clause: Span, pred: _Predicate, prep: str
) -> str | None:
    """The side named after ``prep`` in the clause: after the predicate first, then
    before it ("Relief goods from Japan were received by ...")."""
    rx = re.compile(rf"(?<!according )(?<!due )(?<!thanks )(?<!addition )\b{prep}\s+(?:the\s+)?")
    where = [(pred.span.end, clause.end)]
    if prep in ("from", "by"):
        where.append((clause.start, pred.span.start))
    for lo, hi in where:
        for m in rx.finditer(folded, lo, hi):
            if prep == "to" and _serving_in(folded, m.end()):
                continue
            side = _argument_side(folded, ctx, m.end(), clause.end)
            if side is not None:
                return side
    return None


def _subject_side(folded: str, ctx: Context, clause: Span, pred: _Predicate) -> str | None:
    """The side of the predicate's subject: the one it acts on behalf of, else the last
    person or country named before it in its clause outside a prepositional phrase
    ("In Havana, the Vietnamese envoy handed ..."); for a participle or a second verb
    ("X helped Y, sending aid", "X met Y and thanked"), the sentence's first."""
    behalf = _ON_BEHALF.search(folded, pred.span.end, clause.end)
    if behalf is not None:
        side = _argument_side(folded, ctx, behalf.end(), clause.end)
        if side is not None:
            return side
    start = clause.start
    shared = _SHARED_SUBJECT.search(folded, max(start, pred.span.start - 16), pred.span.end)
    if shared is not None:
        start = pred.sentence.start
    for m in _SUBORDINATE.finditer(folded, start, pred.span.start):
        if names_in(ctx, m.end(), pred.span.start):
            start = m.end()
    named = [
        (at, code)
        for at, _end, code in names_in(ctx, start, pred.span.start)
        if code is not None and not _serving_in(folded, at)
    ]
    outside = [
        (at, code)
        for at, code in named
        if not _PREPOSITION.search(folded, max(start, folded.rfind(",", start, at) + 1), at)
    ]
    if shared is not None and outside:
        return outside[0][1]
    for _at, code in reversed(outside or named):
        return code
    return None


# a verb that shares the subject of one before it
_SHARED_SUBJECT = re.compile(r"(?:, [a-z]+ing|\band (?:[a-z]+ly )?[a-z]+)\b")
_SUBORDINATE = re.compile(r"\b(?:that|who|which|whom|while|whereas|because|when)\b|;")
_PREPOSITION = re.compile(
    r"\b(?:in|at|on|during|from|to|for|with|of|after|before|under|near|by|about)\b"
)


_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")


def _object_side(folded: str, ctx: Context, clause: Span, pred: _Predicate) -> str | None:
    """The side named right after the verb, with no preposition: "gave Cuba rice"."""
    gap = _OBJECT_GAP.match(folded, pred.span.end, clause.end)
    if gap is None:
        return None
    named = names_in(ctx, gap.end(), min(clause.end, gap.end() + 80))
    if named and named[0][0] == gap.end():
        return named[0][2]
    return None


def _possessive_side(folded: str, ctx: Context, clause: Span, pred: _Predicate) -> str | None:
    """The side named right before a noun: "Japan's gift", "a Chinese donation"."""
    named = names_in(ctx, max(clause.start, pred.span.start - 40), pred.span.start)
    if named and _POSSESSIVE_GAP.fullmatch(folded, named[-1][1], pred.span.start):
        return named[-1][2]
    return None


_PASSIVE_ROLE = {"subject": "by", "object": "subject"}


def _role_side(folded: str, ctx: Context, clause: Span, pred: _Predicate, role: str) -> str | None:
    if pred.passive:
        if pred.span.start > 0 and folded[pred.span.start - 1] == "-":
            # "Chinese-donated": the name joined to the participle is its agent
            named = names_in(ctx, max(clause.start, pred.span.start - 40), pred.span.start)
            if role == "subject" and named and named[-1][1] == pred.span.start - 1:
                return named[-1][2]
        role = _PASSIVE_ROLE.get(role, role)
    if role == "subject":
        return _subject_side(folded, ctx, clause, pred)
    if role == "object":
        return _object_side(folded, ctx, clause, pred)
    if role == "possessive":
        return _possessive_side(folded, ctx, clause, pred)
    return _marked_side(folded, ctx, clause, pred, role)


def _clause_sides(folded: str, ctx: Context, clause: _Clause) -> tuple[str | None, str | None]:
    """Donor and recipient: each from the first of the clause's predicates whose
    frame finds its argument."""
    donor = recipient = None
    for pred in clause.preds:
        for role in pred.frame.donor:
            donor = donor or _role_side(folded, ctx, clause.span, pred, role)
        for role in pred.frame.recipient:
            recipient = recipient or _role_side(folded, ctx, clause.span, pred, role)
    return donor, recipient


_OF_PHRASE = re.compile(
    r" of (?:[^;()]*?)(?=,\s|[;(]| (?:to|from|by|for|in|at|on|as|worth|which|that)\b|\.?$)"
)
_NOUN_REACH = 40  # characters before a gift noun where its own phrase may begin


def _phrase_start(folded: str, clause: Span, pred: _Predicate) -> int:
    start = max(clause.start, pred.span.start - _NOUN_REACH)
    for m in TOKEN.finditer(folded, start, pred.span.start):
        tok = m.group()
        if tok in STOPS or tok in SEPARATORS or not (tok[0].isalnum() or tok[0] in "$€£¥-"):
            start = m.end()
    return start


def _regions(folded: str, clause: Span, pred: _Predicate) -> list[tuple[int, int]]:
    """Where a predicate's things given are told."""
    kind = pred.frame.kind
    if kind == "noun":
        # the noun phrase: "a symbolic half-ton donation of medical supplies"
        of = _OF_PHRASE.match(folded, pred.span.end, clause.end)
        return [(_phrase_start(folded, clause, pred), of.end() if of else pred.span.end)]
    if kind == "whole":
        before = folded[max(clause.start, pred.span.start - _NOUN_REACH) : pred.span.start]
        words = re.findall(r"[a-z]+", before)
        if not any(is_kind(w, "umbrella") or is_kind(w, "goods") for w in words):
            return []  # "the talks included ...": not the parts of a gift
        return [(pred.span.end, clause.end)]
    if kind == "measure":
        near = folded[max(clause.start, pred.span.start - _NOUN_REACH) : pred.span.end + 60]
        words = re.findall(r"[a-z]+", near)
        if not any(is_kind(w, "umbrella") or is_kind(w, "goods") for w in words):
            return []  # "projects worth US$6 billion": no gift told
        return [(pred.span.end, clause.end)]
    if kind == "sides":
        return [(pred.span.end, clause.end)]
    if pred.passive and _RETAINED_OBJECT.match(folded, pred.span.end, clause.end):
        return [(pred.span.end, clause.end)]  # "were granted US$5,000": the subject got it
    if pred.passive or not pred.frame.donor:
        return [(clause.start, pred.span.start), (pred.span.end, clause.end)]
    return [(pred.span.end, clause.end)]


_AND_BETWEEN = re.compile(r",? and |, ")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_NUMBER = re.compile(r"(?<![\w$,.])(\d{1,3}(?:,\d{3})+|\d+)$")
# A passive verb followed by its thing: "was presented with", "have been granted US$5,000".
_RETAINED_OBJECT = re.compile(
    r"\s+(?:with\b|(?:a|an|some|about|over|more than|us\$|\$|[a-z]{3}\s?\d|\d)"
    rf"|(?:{'|'.join(NUMBER_WORDS)})\b)"
)


# --- one article's gifts ---


@attrs.frozen
class _Told:
    """A thing given, with the sides its clause names, and what the clause does with
    it: gives it (``item``), lists it as part of a gift (``part``), or gives the
    gift's value or weight (``measure``)."""

    thing: Thing
    donor: str | None
    recipient: str | None
    role: str


def find_aid(doc: Document, ctx: Context, dyad: Dyad | None) -> tuple[Aid, ...]:
    """The aid items ``doc`` reports, one per item and unit, with summed parts."""
    if not ctx.giving_starts:
        return ()  # no giving word anywhere
    folded = doc.folded
    told: dict[int, _Told] = {}  # by where the phrase starts: two clauses may read one
    directions: list[tuple[str, str]] = []
    for i, preds in _predicates(folded, ctx).items():
        sent = ctx.sentences[i]
        for clause in _clauses(sent, preds):
            if clause.preds[0].frame.kind in ("verb", "sides") and _planned(
                folded, sent, clause.preds[0]
            ):
                continue
            donor, recipient = _clause_sides(folded, ctx, clause)
            if donor is not None and donor == recipient:
                continue  # a gift within one country
            if donor is not None and recipient is not None:
                directions.append((donor, recipient))
            for pred in clause.preds:
                if pred.frame.items == "none" and pred.frame.kind != "measure":
                    continue
                if pred.frame.kind != "verb" and _planned(folded, sent, pred):
                    continue
                _read_things(doc, ctx, clause, pred, (donor, recipient), told)
    return _assemble(list(told.values()), directions, dyad, ctx.venue)


def _read_things(
    doc: Document,
    ctx: Context,
    clause: _Clause,
    pred: _Predicate,
    sides: tuple[str | None, str | None],
    told: dict[int, _Told],
) -> None:
    folded = doc.folded
    role = {"whole": "part", "measure": "measure"}.get(pred.frame.kind, "item")
    # a gift noun with no "of" phrase ("the handover ceremony") names a thing only
    # through its measure ("a half-ton donation")
    measured_only = role == "measure" or (
        pred.frame.kind == "noun" and not _OF_PHRASE.match(folded, pred.span.end, clause.span.end)
    )
    for lo, hi in _regions(folded, clause.span, pred):
        after_anaphor = False
        pending = 0.0  # "10,000 and 2,000 tonnes": a bare number before the measured part
        pending_end = -1
        for span, after_argument in elements(folded, lo, hi):
            if not _AND_BETWEEN.fullmatch(folded, pending_end, span.start):
                pending = 0.0
            bare = _BARE_NUMBER.search(folded, span.start, span.end)
            if bare is not None and bare.end() == span.end and not _YEAR.fullmatch(bare.group(1)):
                pending += float(bare.group(1).replace(",", ""))
                pending_end = span.end
                continue
            anaphor = FIRST_WORD.match(folded, span.start, span.end)
            appositive = after_anaphor
            after_anaphor = anaphor is not None and anaphor.group(1) in ANAPHORIC
            if PART.search(folded, max(clause.span.start, span.start - 30), span.end):
                continue  # "1,000 tonnes of the total": a part already counted
            if PLEDGED_AFTER.match(folded, span.end, min(clause.span.end, span.end + 40)):
                continue  # "part of 8,000 tonnes pledged by": the promise, not the gift
            thing = read_thing(doc, ctx, span, pred.frame.items, after_argument)
            if thing is None or (measured_only and thing.unit is None):
                continue
            if appositive and thing.value is None:
                continue  # "the boats, patrol vessels of aluminium": told again
            if pending and thing.unit is not None and thing.value is not None:
                thing = attrs.evolve(thing, value=thing.value + pending)
            pending = 0.0
            have = told.get(span.start)
            if have is None:
                told[span.start] = _Told(thing, sides[0], sides[1], role)
            elif have.donor is None or have.recipient is None:
                told[span.start] = attrs.evolve(
                    have, donor=have.donor or sides[0], recipient=have.recipient or sides[1]
                )
            if role == "measure":
                break  # a measure is the one quantity right after its cue


def _one_side_named(t: _Told, dyad: Dyad | None) -> tuple[str | None, str | None]:
    """The sides of a thing whose clause named at least one: the dyad's other side
    completes a pair."""
    donor, recipient = t.donor, t.recipient
    if dyad is not None and (donor is None) != (recipient is None):
        if donor is not None and donor in dyad:
            return donor, dyad.other(donor)
        if recipient is not None and recipient in dyad:
            return dyad.other(recipient), recipient
    return donor, recipient


def _fill(
    sides: tuple[str | None, str | None],
    unit: str | None,
    direction: tuple[str, str] | None,
    dyad: Dyad | None,
    venue: str | None,
) -> tuple[str | None, str | None]:
    """The sides of a thing whose clause left one open: the article's direction of
    giving where it agrees, else the side whose currency it is, else the dateline's."""
    donor, recipient = sides
    if donor is not None and recipient is not None:
        return donor, recipient
    if (
        direction is not None
        and donor in (None, direction[0])
        and recipient in (None, direction[1])
    ):
        return direction
    if dyad is not None and donor is None and recipient is None:
        owner = _currency_country(unit)
        if owner is not None and owner in dyad:
            return dyad.other(owner), owner
    if recipient is None and venue is not None and venue != donor:
        recipient = venue
    return donor, recipient


def _assemble(
    told: list[_Told],
    directions: list[tuple[str, str]],
    dyad: Dyad | None,
    venue: str | None,
) -> tuple[Aid, ...]:
    completed = [(t, _one_side_named(t, dyad)) for t in told]
    # One article mostly tells one direction of giving; the most named one fills the gaps.
    named = directions + [(d, r) for _, (d, r) in completed if d is not None and r is not None]
    direction = Counter(named).most_common(1)[0][0] if named else None
    by_sides: dict[tuple[str | None, str | None], list[_Told]] = {}
    last: tuple[int, tuple[str | None, str | None]] | None = None
    for t, partial in sorted(completed, key=lambda c: c[0].thing.span.start):
        sides = _fill(partial, t.thing.unit, direction, dyad, venue)
        if (
            sides == (None, None)
            and last is not None
            and t.thing.span.start - last[0] <= _ALONG_REACH
        ):
            sides = last[1]  # "500 million kip in cash along with clothing": one gift
        if sides[0] is not None and sides[0] == sides[1]:
            continue
        if sides != (None, None):
            last = (t.thing.span.end, sides)
        by_sides.setdefault(sides, []).append(t)
    result: list[tuple[Aid, bool]] = []
    for (donor, recipient), group in by_sides.items():
        for x in _things_of_gift(group):
            aid = Aid(x.item, x.value, x.unit, donor=donor, recipient=recipient, spans=(x.span,))
            result.append((aid, x.digits))
    return _summed(result)


# How far after a thing with its sides another, told without them, is part of the same
# gift: a clause's length ("gave X in cash along with hundreds of pieces of Y")
_ALONG_REACH = 120


def _things_of_gift(group: list[_Told]) -> list[Thing]:
    """What one side gave the other, from all the article tells of it: a gift's parts
    count where the gift has no measure of its own; its value or weight is the
    quantity of a gift named only by it; a general word ("relief goods") gives way to
    the exact items, and an item told without its number to the one told with it."""
    things = [t.thing for t in group if t.role == "item"]
    if not any(t.unit is not None for t in things):
        things += [t.thing for t in group if t.role == "part"]
    counted = any(t.value is not None and t.unit is None for t in things)
    for t in (t.thing for t in group if t.role == "measure"):
        money = t.unit is not None and len(t.unit) == 3
        if (money and counted) or any(x.unit == t.unit for x in things):
            continue  # the value of counted things, or a measure told again
        bare = [k for k, x in enumerate(things) if x.value is None]
        if bare:
            k = bare[0]
            things[k] = attrs.evolve(things[k], value=t.value, unit=t.unit, umbrella=False)
        else:
            things.append(t)
    measured_heads = {x.item.split()[-1] for x in things if x.value is not None}
    exact = [x for x in things if not x.umbrella or x.value is not None]
    out: list[Thing] = []
    for x in things:
        if x.value is None and x.umbrella and len(exact) > 0:
            continue
        head = x.item.split()[-1]
        if x.value is None and (
            head in measured_heads or any(head == o.item.split()[-1] for o in out)
        ):
            continue  # "a batch of vehicles", then "21 vehicles": one item
        out.append(x)
    return sorted(out, key=lambda x: x.span.start)


def _summed(items: list[tuple[Aid, bool]]) -> tuple[Aid, ...]:
    """One record per item, unit and sides: parts summed, a figure told again in
    digits counted once ("a tonne" and "one tonne" to two places are two parts)."""
    out: dict[tuple[str, str | None, str | None, str | None], Aid] = {}
    seen: set[tuple[str, float | None, str | None]] = set()
    for a, digits in items:
        key = (a.item, a.unit, a.donor, a.recipient)
        have = out.get(key)
        if have is None:
            out[key] = a
            if digits:
                seen.add((a.item, a.quantity, a.unit))
            continue
        if a.quantity is None or (digits and (a.item, a.quantity, a.unit) in seen):
            out[key] = attrs.evolve(have, spans=(*have.spans, *a.spans))
            continue
        if digits:
            seen.add((a.item, a.quantity, a.unit))
        total = (have.quantity or 0.0) + a.quantity
        out[key] = attrs.evolve(have, quantity=total, spans=(*have.spans, *a.spans))
    return tuple(out.values())


def _currency_country(unit: str | None) -> str | None:
    # Money given in the local currency is usually handed over where it is spent.
    if unit is None or len(unit) != 3:
        return None
    country = pycountry.countries.get(alpha_2=unit[:2])
    return country.alpha_3 if country is not None else None

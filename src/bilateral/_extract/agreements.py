"""Agreements: documents signed, or to be signed or drawn up (the codebook's Agreements).

Each mention of a document (:mod:`bilateral._extract.documents`) is read with what its
clause says of it (``data/document_cues.tsv``): signed, still to come (``agreed to sign``,
``is expected to be signed``, ``will draw up``), or only referred to (in force,
implemented, celebrated), which does not count. A name told before (``the agreement``)
is that document again. A count (``signed seven agreements``) is one agreement, unless
the documents are then named: one by one (``four memorandums: one on X, one on Y``), or
some of them, which count, plus one for the rest. Joint statements, communiqués and
exchanges of notes are no agreements (the table's rows for them say so).

>>> period("valid until October 2028")
(None, 2028)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.documents import (
    CUES,
    LEFT_REACH,
    MAX_MODIFIERS,
    NUMBERS,
    RIGHT_REACH,
    Mention,
    Story,
    Verbs,
    clause_start,
    items,
    merge_periods,
    period,
    periods_in,
    read_story,
    singular,
    topic,
    words,
    years,
)
from bilateral._extract.signers import signers
from bilateral.model import Agreement, Span

__all__ = ["find_agreements", "period", "signers"]

Years = tuple[int | None, int | None]

# --- what is said of a mention ---

NONE, REFERRED, PLANNED, SIGNED = 0, 1, 2, 3
_FORWARD, _GOVERNED, _ADJECTIVE = CUES["forward"], CUES["governed"], CUES["adjective"]
_MARKED, _LIST = CUES["marked"], CUES["list"]
_BETWEEN_OK = words("between")
_PARENTHETICAL = re.compile(r",[^,;:]{1,60},")
# After an active verb, its own object: the verb is not said of the name before it.
_OBJECT = re.compile(
    r"\s(?:a|an|the|this|these|those|their|its|his|her|our"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?!\s(?:years?|months?|weeks?|days?"
    r"|decades?)\b))\b"
)
_AND_VERB = re.compile(r"\b(?:and|or)\s$")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|under)\s(?:[a-z]+ly\s)?$")
_RELATIVE = re.compile(r"\b(?:which|that|who|whom)\b")
_INVERTED = re.compile(r"\b(?:were|was|is|are)\b")
_LISTED = re.compile(r"(?:[,;]|\band|\bas well as|\bplus|\bor|\balong with)\s+(?:to\s)?$")
# A verb governs a name this many words on at most: a count and a time ("signed on
# Monday three"), or an inversion ("also signed were a").
_MAX_BETWEEN = 6
# "45 years since they signed": the anniversary is of the signing a few words on.
_MARKED_REACH = 3
# A verb's modality ("agreed to sign", "is expected to be signed") is in the words before it.
_FORWARD_REACH = 40
# "with signed agreements": the word just before the participle.
_ADJECTIVE_REACH = 15


class _Said(NamedTuple):
    """What a clause says of a mention: ``status`` (NONE .. SIGNED), where the cue that
    says it is, and whether it is an active verb before the name (its subject signed)."""

    status: int = NONE
    cue: tuple[int, int] | None = None
    active: bool = False


def _adjacent(between: str) -> bool:
    """Whether a verb followed by ``between`` governs the name that comes next."""
    found = _PARENTHETICAL.sub(" ", between).split()
    if "with" in found:  # "signed with his counterpart, X, a roadmap"
        found = found[: found.index("with")]
    return len(found) <= _MAX_BETWEEN and all(
        w in _BETWEEN_OK or w.endswith("ly") or w in NUMBERS or w.isdigit() for w in found
    )


def _signing(folded: str, lo: int, cue: re.Match[str]) -> int:
    """What a signing verb says, read with the words before it: celebrated, to come, done."""
    marked = [m.end() for m in _MARKED.finditer(folded, lo, cue.start())]
    if marked and len(folded[marked[-1] : cue.start()].split()) <= _MARKED_REACH:
        return REFERRED  # "45 years since they signed the treaty"
    if _FORWARD.search(folded, max(lo, cue.start() - _FORWARD_REACH), cue.start()):
        return PLANNED
    return SIGNED


def _left(folded: str, verbs: Verbs, sent: Span, m: Mention) -> _Said:
    """What the verb before a name says of it ("signed a", "agreed to draw up the").

    Only a verb a few function words before it governs it (:func:`_adjacent`), and no
    clause's break is such a word: its clause is read only for the words before the verb.
    """
    found = verbs.last(max(sent.start, m.lead - LEFT_REACH), m.lead)
    if found is not None and _adjacent(folded[found[1].end() : m.lead]):
        role, cue = found
        span = cue.span()
        if role == "drafted":  # "drafting documents" is no agreement in the making
            return _Said(NONE if m.generic else PLANNED, span)
        if role == "referred":
            return _Said(REFERRED, span)
        lo = clause_start(folded, sent, cue.start())
        status = _signing(folded, lo, cue)
        adjective = m.lead == m.start == cue.end() + 1 and _ADJECTIVE.search(
            folded, max(lo, cue.start() - _ADJECTIVE_REACH), cue.start()
        )
        if status == SIGNED and adjective:
            # "with signed agreements": the documents already there
            return _Said(NONE if m.reference == "definite" else REFERRED, span)
        # a verb's subject signed; not that of "also signed were", nor of a noun ("the
        # signatures on")
        inverted = _INVERTED.search(folded, cue.end(), m.lead) is not None
        verb = not cue.group().startswith("signature")
        return _Said(status, span, active=status == SIGNED and verb and not inverted)
    if m.reference in ("definite", "bare"):
        lo = clause_start(folded, sent, m.lead)
        if _GOVERNED.search(folded, lo, m.lead):
            return _Said(REFERRED)  # "under the agreement"
    return _Said()


def _right(folded: str, verbs: Verbs, m: Mention, stop: int) -> _Said:
    """What a verb after a name says of it: passive or relative ("was signed", "they
    signed", "is expected to be signed", "which came into force")."""
    hi = min(stop, m.end + RIGHT_REACH)
    for brk in ";:":
        at = folded.find(brk, m.end, hi)
        hi = at if at >= 0 else hi
    for role, cue in verbs.each(m.end, hi):
        before = folded[m.end : cue.start()]
        if _OBJECT.match(folded, cue.end()) or _AND_VERB.search(before):
            return _Said()  # a verb with its own object, or the subject's next verb
        span = cue.span()
        if role == "drafted":
            # "is being drafted", "to be drawn up"; not "an MoU ... for drafting X"
            passive = _PASSIVE.search(before) is not None and not m.generic
            return _Said(PLANNED, span) if passive else _Said()
        if role == "referred":
            return _Said(REFERRED, span)
        if cue.group().startswith("signing") and before.strip():
            # after a name, "signing" is its compound ("the MoU signing"), or to come
            lo = max(m.end, cue.start() - _FORWARD_REACH)
            return _Said(PLANNED, span) if _FORWARD.search(folded, lo, cue.start()) else _Said()
        return _Said(_signing(folded, m.end, cue), span)
    return _Said()


def _said(folded: str, verbs: Verbs, sent: Span, m: Mention, stop: int) -> tuple[_Said, _Said]:
    """What the verbs before and after a name say of it (after it, only where the verb
    before it does not say it was signed: nothing after could say more)."""
    left = _left(folded, verbs, sent, m)
    return left, _right(folded, verbs, m, stop) if left.status != SIGNED else _Said()


def _coordinated(
    folded: str, verbs: Verbs, a: Mention, b: Mention, a_said: tuple[int, int] | None
) -> bool:
    """Whether ``b`` is joined to ``a`` in a list ("an MoU on X and an agreement on Y"),
    also after the verb said of ``a`` ("a protocol was signed ..., as well as a plan"),
    but not after a relative clause of its own ("the MoU, which they signed in 2012, and
    the declaration": what that clause says is said of the MoU only)."""
    lo = a.end
    if a_said is not None and a.end <= a_said[0] < b.lead:
        lo = a.end if _RELATIVE.search(folded, a.end, a_said[0]) else a_said[1]
    return (
        a.sentence == b.sentence
        and _LISTED.search(folded, a.end, b.lead) is not None
        and verbs.first(lo, b.lead) is None
    )


# --- each mention, read in its sentence ---

# Between a document and one it names ("a programme under the agreement"): a word or two.
_EMBEDDED = re.compile(r"\s*(?:\w+ing|under|for|of|on|to \w+|in|about|regarding|concerning)\s*")


class _Read(NamedTuple):
    """A mention with what its sentence says of it: ``status`` after its list's, ``stop``
    where the next name of its sentence begins, ``periods`` the periods given to it."""

    mention: Mention
    left: _Said
    right: _Said
    status: int
    embedded: bool  # named by the document before it ("a programme for the MoU")
    follows: bool  # a bare name listed after a definite or counted one, told as one with it
    stop: int
    periods: tuple[tuple[Span, Years], ...]

    @property
    def evidence(self) -> Span:
        """The name with what says it is signed or planned, and its period."""
        m, cue = self.mention, self.left.cue or self.right.cue
        ends = [m.end] + [s.end for s, _y in self.periods] + ([cue[1]] if cue else [])
        return Span(min(m.lead, cue[0]) if cue else m.lead, max(ends))


def _periods_of(
    folded: str, sent: Span, named: Sequence[Mention], status: Sequence[int]
) -> list[list[tuple[Span, Years]]]:
    """The periods of a sentence, each given to the name it belongs to (of ``named``, the
    sentence's): the one it comes just before ("the 2024-2026 plan"), else the nearest
    before it that is a document of the story, else the first after it."""
    given: list[list[tuple[Span, Years]]] = [[] for _ in named]
    for p in periods_in(folded, sent.start, sent.end):
        covers = years(p)
        if covers == (None, None):
            continue
        target = next(
            (
                k
                for k, m in enumerate(named)
                if m.start >= p.end()
                and len(folded[p.end() : m.start].split()) <= MAX_MODIFIERS
                and "," not in folded[p.end() : m.start]
            ),
            None,
        )
        if target is None:
            # not one only referred to; a bare name in passing ("the X Program") only if
            # there is no other
            before = [
                k for k, m in enumerate(named) if m.end <= p.start() and status[k] != REFERRED
            ]
            told = [
                k
                for k in before
                if status[k] != NONE or named[k].reference != "bare" or named[k].plural
            ]
            after = [k for k, m in enumerate(named) if m.start >= p.end()]
            before = told or before
            target = before[-1] if before else (after[0] if after else None)
        if target is not None:
            given[target].append((Span(p.start(), p.end()), covers))
    return given


def _sentence_runs(named: Sequence[Mention]) -> list[tuple[int, int]]:
    """The ``[i, j)`` runs of mentions in one sentence each."""
    runs, i = [], 0
    while i < len(named):
        j = i + 1
        while j < len(named) and named[j].sentence == named[i].sentence:
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _read(doc: Document, ctx: Context, story: Story) -> list[_Read]:
    """Each mention with what its sentence says of it, and of the names listed with it."""
    folded, sentences, verbs = doc.folded, ctx.sentences, story.verbs
    named, n = story.mentions, len(story.mentions)
    stops = [
        named[i + 1].lead if i + 1 < n and named[i + 1].sentence == m.sentence
        else sentences[m.sentence].end
        for i, m in enumerate(named)
    ]  # fmt: skip
    said = [_said(folded, verbs, sentences[m.sentence], m, stops[i]) for i, m in enumerate(named)]
    embedded, follows = [False] * n, [False] * n
    group = list(range(n))  # the first of the list each name is in
    for i in range(1, n):
        a, b = named[i - 1], named[i]
        if a.sentence != b.sentence:
            continue
        embedded[i] = _EMBEDDED.fullmatch(folded, a.end, b.lead) is not None
        if embedded[i] or not _coordinated(folded, verbs, a, b, said[i - 1][1].cue):
            continue
        # joined to the name before, or to the one that names it ("a sub-agreement
        # amending an agreement on X, and a treaty")
        head = i - 1
        while embedded[head]:
            head -= 1
        group[i] = group[head]
        # "the MoUs and agreements", "a dozen agreements, memoranda and protocols": as one
        first = named[head].reference in ("definite", "count") or follows[head]
        follows[i] = first and b.reference == "bare"
    for i in range(n - 1, 0, -1):
        # "a programme for the MoU has been signed": the verb after is the first name's,
        # unless something is said of that one already
        right = said[i][1]
        if embedded[i] and right.cue is not None and max(s.status for s in said[i - 1]) == NONE:
            said[i - 1], said[i] = (said[i - 1][0], right), (said[i][0], _Said())
    status = [max(left.status, right.status) for left, right in said]
    # a list shares what is said of any of its names ("an MoU and a plan were signed")
    best: dict[int, int] = {}
    for i in range(n):
        if not embedded[i] and status[i] >= PLANNED:
            best[group[i]] = max(best.get(group[i], NONE), status[i])
    shared = [
        status[i] if status[i] != NONE or embedded[i] else best.get(group[i], NONE)
        for i in range(n)
    ]
    periods: list[list[tuple[Span, Years]]] = []
    for i, j in _sentence_runs(named):
        sent = sentences[named[i].sentence]
        periods += _periods_of(folded, sent, named[i:j], status[i:j])
    # what a document's clause holds reaches past the ones it names, to the next other
    for i in range(n - 2, -1, -1):
        if embedded[i + 1]:
            stops[i] = stops[i + 1]
    return [
        _Read(m, *said[i], shared[i], embedded[i], follows[i], stops[i], tuple(periods[i]))
        for i, m in enumerate(named)
    ]


# --- one entry per document ---

# A signing's documents may be listed over a few sentences, after a paragraph on other
# matters (the joint statement, the talks); a count's list is read this many sentences
# after its last mention.
_PACKAGE_GAP = 4
# A list read as one goes on to the next sentence, and to the one after where an item's
# number stands as a sentence of its own ("1. MoU on ...; 2. Protocol on ...").
_LIST_STEP = 2


@attrs.define
class _Entry:
    """A document as told so far: what its mentions say, merged."""

    kind: str
    cls: str
    generic: bool
    status: int
    order: int
    start: int | None = None
    end: int | None = None
    told: list[_Read] = attrs.Factory(list)  # its mentions said signed or planned
    spans: list[Span] = attrs.Factory(list)
    aliases: frozenset[str] = frozenset()
    count: int = 0  # a count's number (-1: vague)
    members: int = 0  # documents named as part of a count
    sentence: int = 0  # the last sentence a count was told in
    anchorless: bool = False  # first named as "the ...", with nothing told before it
    subject: str | None = None  # what it is on ("an MoU on health": health)
    shown: bool = True

    def add(self, status: int, covers: Years, span: Span) -> None:
        self.status = max(self.status, status)
        if self.start is None and self.end is None:
            self.start, self.end = covers
        self.spans.append(span)


def _antecedent(
    entries: Sequence[_Entry], m: Mention, covers: Years, subject: str | None
) -> _Entry | None:
    """The document a definite mention names again, if told before: one with its short
    form, else the latest of its class, else (for a plural) the latest count, else (for a
    word any document is called by) the latest of all; never one of another period or
    subject."""

    def fits(e: _Entry) -> bool:
        same_time = None in covers or None in (e.start, e.end) or (e.start, e.end) == covers
        same_subject = None in (subject, e.subject) or e.subject == subject
        return (
            same_time and same_subject and (m.plural or not e.count)
        )  # "the pact": not "seven pacts"

    head = m.kind.split()[-1].rstrip("s")
    candidates = [e for e in reversed(entries) if fits(e)]
    for e in candidates:
        if head in e.aliases or (m.proper and e.kind == m.kind):
            return e
    if m.proper:
        return None  # "the Trade Accord": a name of its own, not "the accord" told before
    for e in candidates:
        if e.cls == m.cls:
            return e
    # of another class: any for a word for any document ("the document"), else only one
    # told as signed or planned
    told = [e for e in candidates if e.status >= PLANNED]
    counts = [e for e in told if e.count]
    if m.plural and counts:
        return counts[0]
    if " " in m.kind.strip():
        return None  # "the free trade agreement": named for itself, not "the agreement"
    if m.generic and not m.plural and candidates:
        return candidates[0]
    if (m.generic or m.cls == "agreement") and told:
        return told[0]
    return None


@attrs.define
class _Resolver:
    """Mentions to documents, in order: a name told before is that document again; a
    count opens a list whose named documents stand for it (:func:`_close`)."""

    doc: Document
    ctx: Context
    verbs: Verbs
    entries: list[_Entry] = attrs.Factory(list)
    last: _Entry | None = None  # the document the latest mention named
    package: _Entry | None = None  # the latest count, whose documents may be named next
    list_until: int = -1  # the last sentence read as a list of the count's documents

    def _open(self, sentence: int) -> _Entry | None:
        package = self.package
        if package is not None and sentence - package.sentence <= _PACKAGE_GAP:
            return package
        return None

    def sentence(self, index: int) -> None:
        """Read a new sentence: one that lists documents makes it and the next a list."""
        sent = self.ctx.sentences[index]
        if self._open(index) and _LIST.search(self.doc.folded, sent.start, sent.end):
            self.list_until = index + _LIST_STEP

    def _signers(self, r: _Read) -> tuple[str, ...]:
        m = r.mention
        sent = self.ctx.sentences[m.sentence]
        return signers(self.doc, self.ctx, self.verbs, sent, m, r.stop, r.left.cue, r.left.active)

    def take(self, r: _Read) -> None:
        """Add what one mention tells."""
        m, status = r.mention, r.status
        if not m.document:
            self.last = None  # "a joint statement": read for its list, never an agreement
            return
        covers = merge_periods([y for _s, y in r.periods])
        package = self._open(m.sentence)
        listing = package is not None and m.sentence <= self.list_until
        # one of the count's documents, named: signed (or planned) as the count is
        member = (
            package is not None
            and not (r.embedded or r.follows)
            and not (m.plural and m.reference == "bare")
            and (status == package.status or (status == NONE and listing))
        )
        target = self._again(r, covers, listing, member)
        if target is not None:
            target.add(status, covers, r.evidence)
            if status >= PLANNED:
                target.told.append(r)
            if target is self.package:
                target.sentence = m.sentence
            self.last = target
            return
        if package is not None and member:
            status = package.status
            if listing:  # a list goes on while it names documents
                self.list_until = max(self.list_until, m.sentence + _LIST_STEP)
        elif m.reference == "definite" and status < PLANNED:
            self.last = None  # one named as known, of which nothing is said
            return
        self.last = self._new(r, status, covers, member)

    def _again(self, r: _Read, covers: Years, listing: bool, member: bool) -> _Entry | None:
        """The document told before that a mention names again, if any."""
        m, entries, folded = r.mention, self.entries, self.doc.folded
        if r.follows:
            return self.last  # "the MoUs and agreements": the second as the first
        if m.reference == "definite":
            found = _antecedent(entries, m, covers, topic(folded, m))
            return found if found is not None or not member else None
        sent = self.ctx.sentences[m.sentence]
        if (
            m.plural
            and m.reference == "bare"
            and (listing or not m.generic)
            and self._open(m.sentence) is not None
            and not items(folded, sent, m)
        ):
            # "nine documents ... a plan and documents on X", "four agreements ... the
            # leaders witnessed the signing of agreements": the count again
            return self.package
        if m.plural and m.generic and m.reference == "bare":
            # "the signing of documents by the two cities": those told as signed
            return next((e for e in reversed(entries) if e.status == SIGNED), None)
        if m.reference != "indefinite" or m.fresh or member:
            return None
        subject = topic(folded, m)
        for e in reversed(entries):
            if e.cls != m.cls or (None not in (e.start, covers[0]) and (e.start, e.end) != covers):
                continue
            if e.anchorless and not e.count:
                e.anchorless = False
                return e  # "after the MoU signing ... signed an MoU": named first as "the"
            if (
                e.kind == m.kind
                and min(e.status, r.status) >= PLANNED
                and not e.count
                and e.subject == subject
                and e.sentence < m.sentence
                and self._same_signers(e, r)
            ):
                return e  # the same signing told again, as in a story's lead and body
        return None

    def _same_signers(self, e: _Entry, r: _Read) -> bool:
        """Whether a mention's signing persons, where told, are among those of ``e``: "X and Y
        signed an MoU on trade ... X and Z signed an MoU on trade" are two documents."""
        persons = {p.name for _s, p in self.ctx.people}  # organisations are spelt many ways
        mine = set(self._signers(r)) & persons
        before = {name for told in e.told for name in self._signers(told)} & persons
        return not (mine and before) or mine <= before

    def _new(self, r: _Read, status: int, covers: Years, member: bool) -> _Entry:
        m, folded = r.mention, self.doc.folded
        told = [r] if status >= PLANNED else []
        listed = items(folded, self.ctx.sentences[m.sentence], m) if status else 0
        # "The deals were inked ...", the story's first document: a count of those named next
        first = m.plural and m.reference == "definite" and not self.entries
        count = m.number or (-1 if first else 0)
        entry = _Entry(
            m.kind, m.cls, m.generic, status, m.lead, covers[0], covers[1], told,
            [r.evidence], m.aliases, count=count, sentence=m.sentence,
            anchorless=m.reference == "definite", subject=topic(folded, m),
        )  # fmt: skip
        self.entries.append(entry)
        for k in range(listed):  # "four memorandums: one on X, one on Y, ..."
            one = _Entry(
                singular(m.kind), m.cls, m.generic, status, m.lead + k + 1, covers[0],
                covers[1], told, [r.evidence],
            )  # fmt: skip
            self.entries.append(one)
        if listed:
            entry.members = listed
            entry.shown = 0 < listed < m.number
        if member and self.package is not None:
            self.package.members += max(m.number, listed, 1)
            self.package.sentence = m.sentence
        elif count and status >= PLANNED:
            if self.package is not None:
                _close(self.package)
            self.package = entry
            sent = self.ctx.sentences[m.sentence]
            announced = _LIST.search(folded, m.end, sent.end)  # "..., including"
            self.list_until = m.sentence + _LIST_STEP if announced else -1
        return entry

    def agreements(self) -> tuple[Agreement, ...]:
        """The documents signed or planned, in the order first told."""
        if self.package is not None:
            _close(self.package)
        return tuple(
            Agreement(
                e.kind,
                self._parties(e),
                e.start,
                e.end,
                e.status == SIGNED,
                spans=tuple(sorted(set(e.spans))),
            )
            for e in sorted(self.entries, key=lambda e: e.order)
            if e.shown and e.status >= PLANNED
        )

    def _parties(self, entry: _Entry) -> tuple[str, ...]:
        """Who signed: as named where it is first told signed or planned with any named
        (found only for the documents given, the costly part of a mention's reading)."""
        for r in entry.told:
            found = self._signers(r)
            if found:
                return found
        return ()


def _close(package: _Entry) -> None:
    """A count whose documents are all named (or a vague one with any named) is not one
    more document; one with only some named stands for the rest."""
    if package.members and (package.count < 0 or package.members >= package.count):
        package.shown = False


def find_agreements(doc: Document, ctx: Context) -> tuple[Agreement, ...]:
    """The agreements ``doc`` reports, in the order first told."""
    story = read_story(doc, ctx)
    if not story.mentions:
        return ()
    resolver = _Resolver(doc, ctx, story.verbs)
    last = -1
    for r in _read(doc, ctx, story):
        if r.mention.sentence != last:
            last = r.mention.sentence
            resolver.sentence(last)
        resolver.take(r)
    return resolver.agreements()

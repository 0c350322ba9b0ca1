"""Every what-happened stage's cue tables, and the one pass that finds them all.

The tables are data (``data/predicates.tsv``, ``data/topics.tsv``,
``data/topic_frames.tsv``) or short
regexes of general diplomatic English; :data:`ALL_CUES` finds where any of them may
begin in one automaton pass per article (:func:`bilateral._extract.analysis.build_context`),
so the stages need not each walk the text.
"""

from __future__ import annotations

import re

import attrs

from bilateral._extract.dates import PATTERNS as DATES
from bilateral._lexicon.gazetteer import data_lines
from bilateral._lexicon.patterns import Patterns, PatternSets, words_first
from bilateral.model import EngagementKind, Topic

__all__ = [
    "ALL_CUES",
    "APPEAL",
    "AT_HANDOVER",
    "CLAUSE_MARKS",
    "CLAUSE_MARK_KINDS",
    "COOPERATION",
    "COOP_ID",
    "COOP_RX",
    "DOCUMENT",
    "DOCUMENT_NOUNS",
    "DOCUMENT_NOUN_ROWS",
    "DOCUMENT_VERBS",
    "DOCUMENT_VERB_ROWS",
    "FRAMES",
    "GIVING",
    "GIVING_FRAMES",
    "GOODS",
    "GUEST_WORDS",
    "HELD",
    "INDEFINITE",
    "LED_BY",
    "NAMED_PLACE",
    "NAME_HEADS",
    "N_LEXICON",
    "OWN_AFFAIRS",
    "OWN_ID",
    "OWN_RX",
    "PLACED",
    "PREDICATES",
    "PREDICATE_ROWS",
    "PROPOSE",
    "RANKS",
    "SIDES",
    "SOME_PLACE",
    "SOURCE_RX",
    "STATEMENT_CUES",
    "TITLE_HEADS",
    "TITLE_LEADS",
    "TOPIC_CUES",
    "TOPIC_OF_PATTERN",
    "TOPIC_ORDER",
    "TOPIC_PATTERNS",
    "TOPIC_PHRASES",
    "TURN_RX",
    "GivingFrame",
    "phrase_regex",
]

# --- engagements: the predicates that tell one (data/predicates.tsv) ---


def _load_predicates() -> tuple[tuple[str, str, str], ...]:
    return tuple((pattern, lemma, form) for pattern, lemma, form in data_lines("predicates.tsv"))


#: (pattern, lemma, form) of each predicate row, in the table's order
PREDICATE_ROWS = _load_predicates()
PREDICATES = Patterns([pattern for pattern, _lemma, _form in PREDICATE_ROWS])


def _load_frames() -> dict[str, tuple[EngagementKind, str, str]]:
    frames: dict[str, tuple[EngagementKind, str, str]] = {}
    for lemma, kind, host, needs in data_lines("engagement_frames.tsv"):
        frames[lemma] = (EngagementKind(kind), host, needs)
    missing = {lemma for _p, lemma, _f in PREDICATE_ROWS} - set(frames)
    if missing:
        raise ValueError(f"engagement_frames.tsv: no frame for {sorted(missing)}")
    return frames


#: lemma -> (engagement kind, where the host is read, what the predicate needs)
FRAMES = _load_frames()

# --- engagements: what a frame needs, and the words around a predicate that tell more ---

# What a predicate that needs them must have near it.
DOCUMENT = re.compile(
    r"\b(?:agreements?|memorand\w*|mous?|moc|documents?|deals?|pacts?|plans?|accords?"
    r"|contracts?|treaty|treaties|protocols?|minutes|programmes?|programs?|declarations?"
    r"|letters? of intent|notes|conventions?|charters?|arrangements?|roadmap|frameworks?)\b"
)


def _load_goods() -> re.Pattern[str]:
    # what a handover hands over: the aid stage's things given (data/aid_items.tsv), and
    # the words that measure or name a gift in general
    words = {
        word
        for word, kind in data_lines("aid_items.tsv")
        if kind in ("goods", "service", "umbrella")
    }
    words |= {
        "aid", "supplies", "gift", "gifts", "shipment", "consignment", "donation", "donations",
        "doses", "tonne", "tonnes", "tons", "assistance", "relief", "items", "grant", "grants",
        "fund", "batch", "worth",
    }  # fmt: skip
    return re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
    )


GOODS = _load_goods()
GUEST_WORDS = re.compile(
    words_first(
        "delegations?", "guests?", "visitors?", "counterparts?", "team", "mission", "entourage",
        # "the visiting party", not "the Party Committees", "the Party's leader"
        r"party(?!\s+(?:committees?|central|secretar|members?|congress|chief|leaders?|"
        r"organi[sz]ations?|building|and\s+state)|'s)",
    )
    + r"\b"
)  # fmt: skip
# What those at a handover speak of: the gift, the ceremony.
AT_HANDOVER = re.compile(
    r"\b(?:gifts?|donations?|donated|ceremony|handover|hand-over|equipment|supplies|items"
    r"|assistance|aid|support)\b"
)
# A meeting of a multilateral body or event (no bilateral engagement, per the codebook):
# words that name one (not adjectives such as "regional") before the noun "meeting"
# ("the ASEAN Foreign Ministers' Meeting", "a Pacific Islands Forum meeting").
MULTILATERAL_BEFORE = re.compile(
    r"\b(?:forum|summit|conference|asean|apec|g20|g7|brics|united nations|ministers['’]"
    r"|leaders['’])\s+(?:[\w'’-]+\s+){0,2}$"
)
# A stay for such an event: "was in Manila for the ASEAN Foreign Ministers' Meeting",
# "arrived to attend the summit"
FOR_MULTILATERAL = re.compile(
    r"[^.;]{0,80}?\b(?:for|to attend|attending)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:summit|conference|forum|ministers['’]? meeting|leaders['’] meeting|general assembly"
    r"|games|olympics)\b"
)
# "landed in the country", "arrived in the capital": a place told before
SOME_PLACE = re.compile(
    r"\s+(?:in|at|to)\s+(?:the|this) (?:country|capital|city|kingdom|republic|island|province"
    r"|region|state)\b"
)
# "arrived in Hanoi": a capitalised name after the preposition (the gazetteer may lack it)
NAMED_PLACE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:in|at|to)\s+[A-Z]\w+")
# "X held phone talks with Y", "X made a call to Y": the lone subject placed the call
PLACED = re.compile(
    r"\b(?:made|placed|put through|held|had|holds|makes|conducted)\s+(?:[\w-]+\s+){0,3}$"
)
SIDES = re.compile(
    r"\b(?:sides|countries|governments|nations|parties|ministries|organi[sz]ations|bodies"
    r"|agencies|institutions|legislatures|parliaments|committees|councils|cities|provinces"
    r"|localities|municipalities|companies|firms|universities|associations)\b"
)
INDEFINITE = re.compile(r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,3}$")
HELD = re.compile(r"^\s+(?:were|was) (?:\w+ )?held\b")
LED_BY = re.compile(words_first("delegations?") + r"\b[^.;]{0,80}?\b(?:led|headed) by\b")
# A person's rank, for the counterpart of a guest when no host is named.
RANKS = re.compile(
    r"\b(?:prime minister|premier|president|chancellor|king|queen|emperor|foreign minister"
    r"|minister|speaker|mayor|governor|ambassador|secretary)\b"
)

# --- clauses: what opens one (read by bilateral._extract.clauses) ---

# Relative clauses and "where"/"when" clauses after a comma: their subject is the
# antecedent (or their own pronoun).
_RELATIVE = r",\s*(?:who|whom|whose|which|where)\b"
# Subordinators and the prepositions that open an adjunct ("after the talks").
_SUBORDINATE = (
    r"\b(?:after|before|following|while|whereas|when|whenever|because|although|though"
    r"|once|until|upon|ahead of|prior to|during|amid|on the sidelines of|on the occasion of"
    r"|at the end of|at the start of|in the course of|as part of|in addition to|besides)\b"
)
# Reporting verbs: what follows is what was said, a clause of its own.
_SPEECH = (
    r"\b(?:said|says|saying|told|tells|telling|added|adding|noted|noting|stressed|stressing"
    r"|affirmed|affirming|emphasi[sz]ed|emphasi[sz]ing|highlighted|underlined|stated|stating"
    r"|announced|reported|recalled|recalling|according to|expressed|expressing|thanked"
    r"|thanking|praised|praising|hoped|hoping|agreed|agreeing|discussed|discussing"
    r"|exchanged views|briefed|briefing|informed|congratulated|welcomed the|conveyed)\b"
)
# (the fold writes every dash as "-"; one between numbers is a range, not a break)
_STOP = r"[;:]|(?<!\d) -{1,2} (?!\d)"
#: the words and signs that open a clause, and what kind of clause each opens
CLAUSE_MARK_KINDS = ("rel", "sub", "speech", "stop")
CLAUSE_MARKS = Patterns([_RELATIVE, _SUBORDINATE, _SPEECH, _STOP])

# --- aid: the act of giving (data/giving_verbs.tsv) ---


@attrs.frozen
class GivingFrame:
    """A giving predicate: its cue, kind (``verb``, ``noun``, ``sides``, ``whole``,
    ``measure``), the arguments that name the donor and the recipient (in the active
    voice, tried in order) and which phrases are read as things given (``any``,
    ``goods``, ``none``)."""

    cue: str
    kind: str
    donor: tuple[str, ...]
    recipient: tuple[str, ...]
    items: str


_FRAME_KINDS = frozenset({"verb", "noun", "sides", "whole", "measure"})
_ROLES = frozenset({"subject", "object", "possessive", "to", "for", "from", "by"})


def _roles(field: str) -> tuple[str, ...]:
    roles = tuple(r for r in field.split() if r != "-")
    if not set(roles) <= _ROLES:
        raise ValueError(f"giving_verbs.tsv: unknown role in {field!r}")
    return roles


def _load_giving_frames() -> tuple[GivingFrame, ...]:
    frames: list[GivingFrame] = []
    for cue, kind, donor, recipient, items in data_lines("giving_verbs.tsv"):
        if kind not in _FRAME_KINDS or items not in ("any", "goods", "none"):
            raise ValueError(f"giving_verbs.tsv: bad row {cue!r}")
        re.compile(cue)
        frames.append(GivingFrame(cue, kind, _roles(donor), _roles(recipient), items))
    return tuple(frames)


GIVING_FRAMES = _load_giving_frames()
# build_context finds where they may begin (Context.giving_starts) in its one automaton
# pass; match ``i`` of GIVING.finditer is a cue of GIVING_FRAMES[i].
GIVING = Patterns([f.cue for f in GIVING_FRAMES])

# --- topics: cue words (data/topics.tsv), and what makes them fields of cooperation
# (data/topic_frames.tsv) ---

# A phrase of topics.tsv: lower-case words joined by single spaces or hyphens, a word
# perhaps ending in * (any further letters).
_PHRASE = re.compile(r"[a-z0-9][a-z0-9&']*\*?(?:[ -][a-z0-9][a-z0-9&']*\*?)*")
_JOINS = {" ": "[ -]", "-": "[ -]?"}


def phrase_regex(phrase: str) -> str:
    r"""The regex of a cue phrase: whole words, a space also a hyphen, a hyphen optional.

    >>> phrase_regex("people-to-people"), phrase_regex("agricultur*")
    ('\\bpeople[ -]?to[ -]?people\\b', '\\bagricultur\\w*\\b')
    """
    return rf"\b{_phrase_body(phrase)}\b"


def _phrase_body(phrase: str) -> str:
    if _PHRASE.fullmatch(phrase) is None:
        raise ValueError(f"topics.tsv: not a cue phrase: {phrase!r}")
    parts = re.split(r"([ -])", phrase)
    return "".join(
        _JOINS[p] if p in _JOINS else re.escape(p.rstrip("*")) + ("\\w*" * p.endswith("*"))
        for p in parts
    )


def _load_topics() -> tuple[tuple[Topic | None, str], ...]:
    rows: list[tuple[Topic | None, str]] = []
    seen: set[str] = set()
    for name, phrase in data_lines("topics.tsv"):
        if phrase in seen:  # a phrase names one topic (or none)
            raise ValueError(f"topics.tsv: {phrase!r} twice")
        seen.add(phrase)
        rows.append((None if name == "-" else Topic(name), phrase))
    return tuple(rows)


def _lexicon(rows: tuple[tuple[Topic | None, str], ...]) -> tuple[tuple[Topic | None, str], ...]:
    # One regex per topic (and one for the phrases that name none), its phrases longest
    # first: where several match at a place, the first is the longest.
    by_topic: dict[Topic | None, list[str]] = {}
    for topic, phrase in rows:
        by_topic.setdefault(topic, []).append(phrase)
    return tuple(
        (
            topic,
            r"\b(?:" + "|".join(map(_phrase_body, sorted(ps, key=lambda p: (-len(p), p)))) + r")\b",
        )
        for topic, ps in by_topic.items()
    )


def _load_topic_frames() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for kind, value in data_lines("topic_frames.tsv"):
        kinds.setdefault(kind, []).append(value)
    return kinds


#: The cue phrases, each with its topic (None: a phrase that only looks like one).
TOPIC_PHRASES = _load_topics()
_LEXICON = _lexicon(TOPIC_PHRASES)
#: The topic each lexicon regex (``TOPIC_CUES.regexes[:N_LEXICON]``) names (or None).
TOPIC_OF_PATTERN = tuple(topic for topic, _ in _LEXICON)
_TOPIC_FRAMES = _load_topic_frames()
# Each frame kind's rows as one regex (the rows begin with a letter: see the data file).
COOPERATION = r"\b(?:" + "|".join(_TOPIC_FRAMES["cooperation"]) + r")\b"
OWN_AFFAIRS = r"\b(?:" + "|".join(_TOPIC_FRAMES["own_affairs"]) + r")\b"
# What ends an own-affairs clause: a turn, or a semicolon (sought only after an
# own-affairs cue, which is rare: not in the automaton pass)
TURN_RX = re.compile(r";|\b(?:" + "|".join(_TOPIC_FRAMES["turn"]) + r")\b")
# (tried only at the end of a media cue word: a cue there names the source of a report)
SOURCE_RX = re.compile(r"\b(?:" + "|".join(_TOPIC_FRAMES["source"]) + r")\Z")
NAME_HEADS = frozenset(_TOPIC_FRAMES["name_head"])
TITLE_HEADS = frozenset(_TOPIC_FRAMES["title_head"])
TITLE_LEADS = frozenset(_TOPIC_FRAMES["title_lead"])
# The lexicon and the frames, as one set: build_context finds where they may begin
# (Context.topic_starts) in its one automaton pass for all stages.
N_LEXICON = len(_LEXICON)
COOP_ID, OWN_ID = N_LEXICON, N_LEXICON + 1
TOPIC_PATTERNS = (*(rx for _, rx in _LEXICON), COOPERATION, OWN_AFFAIRS)
TOPIC_CUES = Patterns(TOPIC_PATTERNS)
# Every one begins with \b and a word character (the lexicon by its phrases' shape, the
# frames by their data): no match begins right after a word character, and the topics
# stage passes such positions over.
if not all(pre[:1].isalnum() for pre in TOPIC_CUES.gates):
    raise ValueError("a topic cue must begin with a letter or a digit")
TOPIC_ORDER = tuple(Topic)
COOP_RX, OWN_RX = TOPIC_CUES.regexes[COOP_ID], TOPIC_CUES.regexes[OWN_ID]

# A side's appeal or proposal to the other (statement events, :mod:`bilateral._extract.codes`),
# in build_context's pass too (Context.statement_starts).
APPEAL = (
    r"\b(?:call(?:ed|s)? (?:on|upon)|urg(?:ed|es|ing)|ask(?:ed|s)|request(?:ed|s)|appeal(?:ed|s)"
    r" (?:to|for)?)\b"
)
PROPOSE = (
    r"\b(?:propos(?:ed|es|ing)|suggest(?:ed|s|ing)|offer(?:ed|s) to|stands? ready|stood ready"
    r"|(?:is|was|are|were) (?:ready|willing) to"
    r"|expressed (?:his|her|their) (?:willingness|readiness))\b"
)
STATEMENT_CUES = Patterns([APPEAL, PROPOSE])

# --- agreements: the nouns that name a document (data/documents.tsv) and the verbs said
# of one (the signed, drafted and referred rows of data/document_cues.tsv); read by
# bilateral._extract.documents, in build_context's pass too (Context.document_starts,
# Context.document_verb_starts) ---


def _load_document_nouns() -> tuple[tuple[str, str, str], ...]:
    return tuple((role, cls, pattern) for role, cls, pattern in data_lines("documents.tsv"))


def _load_document_verbs() -> tuple[tuple[str, str], ...]:
    return tuple(
        (role, pattern)
        for role, pattern in data_lines("document_cues.tsv")
        if role in ("signed", "drafted", "referred")
    )


#: (role, class, pattern) of each noun row, in the table's order
DOCUMENT_NOUN_ROWS = _load_document_nouns()
DOCUMENT_NOUNS = Patterns([pattern for _role, _cls, pattern in DOCUMENT_NOUN_ROWS])
#: (role, pattern) of each verb row said of a document, in the table's order
DOCUMENT_VERB_ROWS = _load_document_verbs()
DOCUMENT_VERBS = Patterns([pattern for _role, pattern in DOCUMENT_VERB_ROWS])

# Every what-happened stage's cues, found in one automaton pass over the story (a pass
# walks every character, whatever it looks for): build_context's.
ALL_CUES = PatternSets(
    [
        PREDICATES,
        DATES,
        TOPIC_CUES,
        GIVING,
        STATEMENT_CUES,
        CLAUSE_MARKS,
        DOCUMENT_NOUNS,
        DOCUMENT_VERBS,
    ]
)

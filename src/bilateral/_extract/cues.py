"""Every what-happened stage's cue tables, and the one pass that finds them all.

The tables are data (``data/engagement_cues.tsv``, ``data/topics.tsv``,
``data/topic_frames.tsv``) or short
regexes of general diplomatic English; :data:`ALL_CUES` finds where any of them may
begin in one automaton pass per article (:func:`bilateral._extract.analysis.build_context`),
so the stages need not each walk the text.
"""

from __future__ import annotations

import re

from bilateral._extract.dates import PATTERNS as DATES
from bilateral._lexicon.gazetteer import data_lines
from bilateral._lexicon.patterns import Patterns, PatternSets
from bilateral.model import EngagementKind, Topic

__all__ = [
    "ALL_CUES",
    "APPEAL",
    "COOPERATION",
    "COOP_ID",
    "COOP_RX",
    "ENGAGEMENT_CUES",
    "ENGAGEMENT_ROLES",
    "GIVE",
    "GIVING",
    "NAME_HEADS",
    "N_LEXICON",
    "OWN_AFFAIRS",
    "OWN_ID",
    "OWN_RX",
    "PROPOSE",
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
    "phrase_regex",
]

# --- engagements: cue, kind and how the host is found (data/engagement_cues.tsv) ---


def _load_engagement_cues() -> tuple[tuple[re.Pattern[str], EngagementKind, str], ...]:
    rows: list[tuple[re.Pattern[str], EngagementKind, str]] = []
    for pattern, kind, role in data_lines("engagement_cues.tsv"):
        rows.append((re.compile(pattern), EngagementKind(kind), role))
    return tuple(rows)


_ENGAGEMENT_ROWS = _load_engagement_cues()
ENGAGEMENT_CUES = Patterns([rx.pattern for rx, _, _ in _ENGAGEMENT_ROWS])
ENGAGEMENT_ROLES = tuple((kind, role) for _rx, kind, role in _ENGAGEMENT_ROWS)

# --- aid: the act of giving ---

# Giving, in the past: the act of handing over, not a promise.
GIVE = re.compile(
    r"\b(?:gave|given|give|gives|donated|donates|donation|handed|hands|handover|hand over|handing"
    r"|provision"
    r"|presented|presents|delivered|provided|granted|gift|gifts|sent|received|receives"
    r"|took delivery|worth|went to|spent)\b"
)
# build_context finds where it may begin (Context.giving_starts) in its one automaton pass
GIVING = Patterns([GIVE.pattern])

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


def _load_frames() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for kind, value in data_lines("topic_frames.tsv"):
        kinds.setdefault(kind, []).append(value)
    return kinds


#: The cue phrases, each with its topic (None: a phrase that only looks like one).
TOPIC_PHRASES = _load_topics()
_LEXICON = _lexicon(TOPIC_PHRASES)
#: The topic each lexicon regex (``TOPIC_CUES.regexes[:N_LEXICON]``) names (or None).
TOPIC_OF_PATTERN = tuple(topic for topic, _ in _LEXICON)
_FRAMES = _load_frames()
# Each frame kind's rows as one regex (the rows begin with a letter: see the data file).
COOPERATION = r"\b(?:" + "|".join(_FRAMES["cooperation"]) + r")\b"
OWN_AFFAIRS = r"\b(?:" + "|".join(_FRAMES["own_affairs"]) + r")\b"
# What ends an own-affairs clause: a turn, or a semicolon (sought only after an
# own-affairs cue, which is rare: not in the automaton pass)
TURN_RX = re.compile(r";|\b(?:" + "|".join(_FRAMES["turn"]) + r")\b")
# (tried only at the end of a media cue word: a cue there names the source of a report)
SOURCE_RX = re.compile(r"\b(?:" + "|".join(_FRAMES["source"]) + r")\Z")
NAME_HEADS = frozenset(_FRAMES["name_head"])
TITLE_HEADS = frozenset(_FRAMES["title_head"])
TITLE_LEADS = frozenset(_FRAMES["title_lead"])
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

# Every what-happened stage's cues, found in one automaton pass over the story (a pass
# walks every character, whatever it looks for): build_context's.
ALL_CUES = PatternSets([ENGAGEMENT_CUES, DATES, TOPIC_CUES, GIVING, STATEMENT_CUES])

"""Topics: the fields of cooperation the sides propose, agree, discuss or carry out.

Cue words (``data/topics.tsv``) name a topic; they count only in a sentence about
the two sides' cooperation, not where one side briefs the other on its own
affairs (``briefed his guest on Hanoi's socio-economic development``).
"""

from __future__ import annotations

import bisect
import importlib
import re
from typing import Any

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import (
    COOP_ID,
    COOP_RX,
    N_TOPICS,
    OWN_ID,
    OWN_RX,
    TOPIC_CUES,
    TOPIC_ORDER,
    TOPIC_PATTERNS,
    TOPIC_WORDS,
    TOPICS,
)
from bilateral._lexicon.patterns import prefixes
from bilateral.model import Aid, Span, Topic, TopicMention

__all__ = ["find_topics"]

_SPACE = re.compile(r"[ -]")


def _roles(ids: frozenset[int]) -> tuple[bool, bool, tuple[int, ...]]:
    # what a position the automaton gave may begin: a cooperation cue, an own-affairs
    # cue, and which topics' cues (in codebook order)
    return COOP_ID in ids, OWN_ID in ids, tuple(sorted(i for i in ids if i < N_TOPICS))


# The automaton's values are the sets of patterns sharing a literal beginning: their
# roles are worked out once (a position where two beginnings meet is worked out then).
_ROLES = {ids: _roles(ids) for ids in TOPIC_CUES.gates.values()}
# What the patterns may be made of for _cues_at to hold. Every one begins with
# ``\b`` (read off re's parse tree: ``\b(?:a)|b`` does not) and a letter; a cue's
# regex consumes only words (letters, digits, \w, letter classes) joined by spaces
# and hyphens, with groups, repeats and look-behinds.
_sre: Any = importlib.import_module("re._parser")
_PLAIN_PART = re.compile(r"(?:[a-z0-9 ()|?*+{},-]|\\[bw]|\(\?:|\(\?<!|\[[a-z]+\])*")


def _bounded(pattern: str) -> bool:
    """Whether every match of ``pattern`` begins with ``\\b`` and a letter."""
    first = list(_sre.parse(pattern))[:1]
    return first == [(_sre.AT, _sre.AT_BOUNDARY)] and all(
        pre[:1].isalpha() for pre in prefixes(pattern)
    )


_PLAIN = all(_PLAIN_PART.fullmatch(rx.pattern) is not None for _, rx in TOPICS) and all(
    _bounded(p) for p in TOPIC_PATTERNS
)
_NOT_TOPIC = re.compile(
    r"\b(?:council of ministers|press conference|media reports?|business forum|security council"
    r"|told the press|the press|(?:media|press) (?:statements?|briefings?|releases?))\b"
)


# A capitalised cue after an office or body word is part of a title or a name
# ("Minister of Foreign Trade and Investment", "Port of Santos", "Bank for Trade").
_NAMED_BY = re.compile(
    r"\b(?:Minist(?:er|ry|ries)|Department|Secretar(?:y|iat)|Office|Agency|Committee|Commission"
    r"|Corporation|Company|Group|Institute|Authority|Director|Council|Board|Federation|Bureau"
    r"|Bank|Fund|Port|Association|Chamber|Academy|University|College|Centre|Center|Union"
    r"|Administration|Directorate|Service|Society)(?: (?:of|for|on))?"
    r"(?: (?:the |and |& )?[A-Z][\w'-]*){0,5} (?:(?:and|&|of|for) )?\Z"
)
_PORT_OF = re.compile(r"(?i:ports?) of [A-Z]")


def _in_name(text: str, at: int) -> bool:
    """Whether a cue word is part of a title or an organisation's or place's name.

    >>> text = "He met the Minister of Foreign Trade and Investment in the port of Lome."
    >>> [_in_name(text, text.index(w)) for w in ("Trade", "Investment", "port")]
    [True, True, True]
    >>> _in_name("Trade grew.", 0)
    False
    """
    if _PORT_OF.match(text, at):
        return True
    return text[at].isupper() and _NAMED_BY.search(text, max(0, at - 80), at) is not None


# Where the cues may begin, split by role: cooperation, own affairs, topic cues (each
# with the topics whose cue may begin there).
Cues = tuple[list[int], list[int], list[tuple[int, tuple[int, ...]]]]


def find_topics(doc: Document, ctx: Context, aid: tuple[Aid, ...] = ()) -> tuple[TopicMention, ...]:
    """The topics of cooperation in ``doc``, in codebook order, each with its cue spans."""
    found: dict[Topic, list[Span]] = {}
    if ctx.sentences:
        cues = _split_cues(doc, ctx)
        if cues is None:
            _cues_by_hits(doc, ctx, found)
        elif cues[2]:
            _cues_at(doc, ctx.sentences, cues, found)
    if aid:
        found.setdefault(Topic.HUMANITARIAN, []).extend(s for a in aid for s in a.spans)
    return tuple(
        TopicMention(topic, spans=tuple(found[topic])) for topic in TOPIC_ORDER if topic in found
    )


def _split_cues(doc: Document, ctx: Context) -> Cues | None:
    """The positions where the cues may begin, from ``ctx.topic_starts``, split by role
    (None: walk the combined regex's hits, see :func:`_cues_at`).

    All patterns begin with ``\\b`` and a letter: a position after a word character
    holds none, and is passed over.
    """
    folded = doc.folded
    if not _PLAIN or not _ends_clean(folded, ctx.sentences):
        return None
    coop_starts: list[int] = []
    own_starts: list[int] = []
    cue_starts: list[tuple[int, tuple[int, ...]]] = []
    roles_of = _ROLES.get
    for at, ids in sorted(ctx.topic_starts.items()):
        if at > 0:
            c = folded[at - 1]
            if c.isalnum() or c == "_":
                continue  # inside a word: no pattern can begin here
        roles = roles_of(ids)
        if roles is None:  # two beginnings meet here
            roles = _roles(ids)
        coop, own, topics = roles
        if coop:
            coop_starts.append(at)
        if own:
            own_starts.append(at)
        if topics:
            cue_starts.append((at, topics))
    return coop_starts, own_starts, cue_starts


def _ends_clean(folded: str, sentences: tuple[Span, ...]) -> bool:
    # Sentences in order, disjoint, none ending inside a word: a cue matched within
    # its sentence then also matches in the whole text (see _cues_at).
    size = len(folded)
    last = -1
    for s in sentences:
        if s.start < last:
            return False
        last = s.end
        if last < size:
            c = folded[last]
            if c.isalnum() or c == "_":
                return False
    return True


def _cues_at(
    doc: Document,
    sentences: tuple[Span, ...],
    cues: Cues,
    found: dict[Topic, list[Span]],
) -> None:
    """The cue words, tried at every position the automaton gave.

    The same as :func:`_cues_by_hits` when ``_PLAIN`` holds and the sentences are
    in order, disjoint, and none ends inside a word: a cue that matches at a
    position then also matches there in the whole text, so the combined regex
    either matches there too or covers it with an earlier hit, at a word start
    after a space or hyphen (the only non-word characters cues consume); either
    way that walk tries it as well.
    """
    folded = doc.folded
    coop_starts, own_starts, cue_starts = cues
    cooperative = _first_matches(COOP_RX, folded, sentences, coop_starts)
    own_at = _first_matches(OWN_RX, folded, sentences, own_starts)
    sentence_starts = [s.start for s in sentences]
    text = doc.text
    for at, topics in cue_starts:
        i = bisect.bisect_right(sentence_starts, at) - 1
        if i < 0:
            continue
        sent = sentences[i]
        if at > sent.end or cooperative[i] < 0:
            continue
        if 0 <= own_at[i] < at:
            continue  # after "briefed ... on" comes one side's own affairs
        for index in topics:
            topic, rx = TOPICS[index]
            m = rx.match(folded, at, sent.end)
            if m is None:
                continue
            if _in_name(text, m.start()):
                continue
            if _NOT_TOPIC.search(
                folded, max(sent.start, m.start() - 20), min(sent.end, m.end() + 20)
            ):
                continue
            found.setdefault(topic, []).append(Span(m.start(), m.end()))


def _first_matches(
    rx: re.Pattern[str], folded: str, sentences: tuple[Span, ...], starts: list[int]
) -> list[int]:
    """Where ``rx`` first matches in each sentence (-1: nowhere), trying only ``starts``.

    One walk over the sorted starts and the sorted, disjoint sentences: as
    ``Scanner.search`` per sentence, without a search per sentence.
    """
    first = [-1] * len(sentences)
    size = len(sentences)
    i = 0
    for at in starts:
        while i < size and sentences[i].end <= at:
            i += 1
        if i == size:
            break
        sent = sentences[i]
        if at < sent.start or first[i] >= 0:
            continue
        if rx.match(folded, at, sent.end) is not None:
            first[i] = at
    return first


def _cues_by_hits(doc: Document, ctx: Context, found: dict[Topic, list[Span]]) -> None:
    """The cue words, found by walking the combined regex's hits (the general case)."""
    folded = doc.folded
    sentences = ctx.sentences
    by_position = sorted(ctx.topic_starts.items())
    scanners = TOPIC_CUES.scanners(folded, ctx.topic_starts)
    cooperation, own_affairs = scanners[COOP_ID], scanners[OWN_ID]
    # where TOPIC_WORDS's patterns (the cue words alone, numbered as in CUES) may begin
    candidates: dict[int, frozenset[int]] = {}
    for at, ids in by_position:
        topics = frozenset(i for i in ids if i < N_TOPICS)
        if topics:
            candidates[at] = topics
    cooperative: list[bool] = []
    own_at: list[int] = []
    lo, hi = sentences[0].start, sentences[-1].end
    for sent in sentences:
        cooperative.append(cooperation.search(sent.start, sent.end) is not None)
        own = own_affairs.search(sent.start, sent.end)
        own_at.append(own.start() if own is not None else sent.end)
    sentence_starts = [s.start for s in sentences]
    for _order, hit in TOPIC_WORDS.finditer(folded, lo, hi, candidates):
        # every word start in the hit may begin a cue of another topic ("urban railway")
        starts = [hit.start()] + [
            w.start() + 1 for w in _SPACE.finditer(folded, hit.start(), hit.end())
        ]
        for at in starts:
            which = candidates.get(at)
            if which is None:
                continue  # no topic's cue begins here
            i = bisect.bisect_right(sentence_starts, at) - 1
            if i < 0 or not sentences[i].start <= at <= sentences[i].end:
                continue
            if not cooperative[i] or at > own_at[i]:
                continue  # after "briefed ... on" comes one side's own affairs
            sent = sentences[i]
            for index in sorted(which):
                topic, rx = TOPICS[index]
                m = rx.match(folded, at, sent.end)
                if m is None:
                    continue
                if _in_name(doc.text, m.start()):
                    continue
                near = (max(sent.start, m.start() - 20), min(sent.end, m.end() + 20))
                if _NOT_TOPIC.search(folded, *near):
                    continue
                found.setdefault(topic, []).append(Span(m.start(), m.end()))

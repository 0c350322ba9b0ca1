"""Topics: the fields of cooperation the sides propose, agree, discuss or carry out.

Cue words (``data/topics.tsv``) name a topic; they count only in a sentence about
the two sides' cooperation, not where one side briefs the other on its own
affairs (``briefed his guest on Hanoi's socio-economic development``).
"""

from __future__ import annotations

import bisect
import re

from bilateral._document import Document
from bilateral._engagements import Context
from bilateral._gazetteer import data_lines
from bilateral._patterns import Patterns
from bilateral.model import Aid, Span, Topic, TopicMention

__all__ = ["find_topics"]


def _load() -> tuple[tuple[Topic, re.Pattern[str]], ...]:
    rows: list[tuple[Topic, re.Pattern[str]]] = []
    for name, pattern in data_lines("topics.tsv"):
        rows.append((Topic(name), re.compile(pattern)))
    return tuple(rows)


_TOPICS = _load()
_COMBINED = Patterns([rx.pattern for _, rx in _TOPICS])
_SPACE = re.compile(r"[ -]")

# The sentence talks about working together (or giving), not one side's own record.
_COOPERATION = (
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partnerships?"
    r"|work(?:ing)? (?:together|with|closely)"
    r"|join(?:ing)? hands|exchanges?|exchanging|shar(?:e|ed|ing)|agree\w*|propos\w*|suggest\w*"
    r"|discuss\w*|call(?:ed|s)? (?:on|for)|urg\w*|hop(?:e|es|ed)|wish\w*|expand\w*|promot\w*"
    r"|boost\w*|strengthen\w*|step(?:ping)? up|deepen\w*|foster\w*|enhanc\w*|support\w*|help\w*"
    r"|assist\w*|cover(?:s|ed|ing)?|ties|links|fields?|areas|sectors|ready|willing|gifts?"
    r"|donat\w*|gave|handed|handover|learn|draw on|know-how|expertise|connect\w*|invit\w*"
    r"|potential|facilitat\w*|push\w*|develop(?:ing)? (?:\w+ )?(?:between|with)|two-way|mutual"
    r"|bilateral|jointly|joint|both sides|the two sides|relief|organi[sz]\w*|training courses|send"
    r"|talks (?:on|about|covering)|twinning|sister[- ]cit(?:y|ies)|relationship between)\b"
)
_OWN_AFFAIRS = (
    r"\b(?:briefed|informed|outlined|updated|told (?:his|her|the) (?:guests?|hosts?) (?:about|of)"
    r"|congratulated|socio-economic situation|achievements)\b"
)
_SENTENCE_CUES = Patterns([_COOPERATION, _OWN_AFFAIRS])
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


def find_topics(doc: Document, ctx: Context, aid: tuple[Aid, ...] = ()) -> tuple[TopicMention, ...]:
    """The topics of cooperation in ``doc``, in codebook order, each with its cue spans."""
    folded = doc.folded
    found: dict[Topic, list[Span]] = {}
    sentences = ctx.sentences
    if not sentences:
        return ()
    cooperative: list[bool] = []
    own_at: list[int] = []
    lo, hi = sentences[0].start, sentences[-1].end
    cooperation, own_affairs = _SENTENCE_CUES.scanners(folded, lo, hi)
    for sent in sentences:
        cooperative.append(cooperation.search(sent.start, sent.end) is not None)
        own = own_affairs.search(sent.start, sent.end)
        own_at.append(own.start() if own is not None else sent.end)
    sentence_starts = [s.start for s in sentences]
    candidates = _COMBINED.candidates(folded, lo, hi)
    for _order, hit in _COMBINED.finditer(folded, lo, hi, candidates):
        # every word start in the hit may begin a cue of another topic ("urban railway")
        starts = [hit.start()] + [
            w.start() + 1 for w in _SPACE.finditer(folded, hit.start(), hit.end())
        ]
        for at in starts:
            which = range(len(_TOPICS)) if candidates is None else candidates.get(at)
            if which is None:
                continue  # no topic's cue begins here
            i = bisect.bisect_right(sentence_starts, at) - 1
            if i < 0 or not sentences[i].start <= at <= sentences[i].end:
                continue
            if not cooperative[i] or at > own_at[i]:
                continue  # after "briefed ... on" comes one side's own affairs
            sent = sentences[i]
            for index in sorted(which):
                topic, rx = _TOPICS[index]
                m = rx.match(folded, at, sent.end)
                if m is None:
                    continue
                if _in_name(doc.text, m.start()):
                    continue
                near = (max(sent.start, m.start() - 20), min(sent.end, m.end() + 20))
                if _NOT_TOPIC.search(folded, *near):
                    continue
                found.setdefault(topic, []).append(Span(m.start(), m.end()))
    if aid:
        found.setdefault(Topic.HUMANITARIAN, []).extend(s for a in aid for s in a.spans)
    return tuple(
        TopicMention(topic, spans=tuple(found[topic])) for topic in Topic if topic in found
    )

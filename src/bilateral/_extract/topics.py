"""Topics: the fields of cooperation the sides propose, agree, discuss or carry out.

A topic's cue phrases (``data/topics.tsv``) name it where the sides cooperate in that
field (the frames of ``data/topic_frames.tsv``):

- in a sentence that tells of cooperation (``agreed to boost trade``, ``thanked ...
  for the donation``), or in a list of fields (``named trade, tourism and health``);
- not in one side's account of its own affairs, from a cue like ``briefed`` or
  ``congratulated`` to the end of its clause;
- not inside a name or a title (``Ministry of Trade``, ``the trade minister``, ``Free
  Trade Agreement``, ``Security Council``).

At any place the longest phrase wins, so ``food security`` is agriculture, and a phrase
that only looks like a field (``press ahead``, ``told the media``) hides its words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import (
    COOP_ID,
    COOP_RX,
    N_LEXICON,
    NAME_HEADS,
    OWN_ID,
    OWN_RX,
    SOURCE_RX,
    TITLE_HEADS,
    TITLE_LEADS,
    TOPIC_CUES,
    TOPIC_OF_PATTERN,
    TOPIC_ORDER,
    TOPIC_PATTERNS,
    TURN_RX,
    phrase_regex,
)
from bilateral._lexicon.patterns import Patterns
from bilateral._text import fold
from bilateral.model import Aid, Span, Topic, TopicMention

__all__ = ["CueTable", "find_topics", "user_cues"]


def _words(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# A field word directly before a title word is part of the title ("the trade minister").
_TITLE_AFTER = re.compile(rf"[ -](?:{_words(TITLE_HEADS)})\b")
# Fields listed after an office word and "of", "for" or "on" are part of its title or
# name ("minister of foreign trade and investment", "ministry of industry and trade"):
# what follows the office word is a list, each item a word or two with its comma or
# "and", the last item perhaps one modifier word before the cue.
_TITLE_OF = (" of ", " for ", " on ")
_TITLE_ITEMS = re.compile(r"(?:the )?(?:(?:[\w'-]+ )?[\w'-]+(?:,|,? and|,? &) )*(?:[\w'-]+ )?")
# How far back a title's office word may stand: the word, "of the", a few listed fields.
_TITLE_REACH = 90
# "the port of Lome": a port (or ports) of a named place is that place.
_PORT_OF = re.compile(r"(?i:ports?) of [A-Z]")
# How far back a report's source may begin: a verb, "the", two words and the medium.
_SOURCE_REACH = 60
# A word of a capitalised run, and the small words a name may hold between its words.
_TOKEN = re.compile(r"[\w'’&.-]+")
_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the"})
# The small words that tie a name's head to what follows it ("Ministry of Trade").
_OF = frozenset({"of", "for", "on"})
# What may stand between two fields of a list: a comma or "and" (or both), and a word
# or two that are not cue words ("trade, tourism, rural development and health").
_LIST_GAP = re.compile(r",?(?: (?:and|or|as well as|plus))? (?:[\w-]+,? ){0,2}")
# A list of fields needs no cooperation cue when it names this many topics: a bare
# enumeration of fields is an agenda ("Prasad named trade, tourism and health").
_LIST_TOPICS = 3


class _Sentence:
    """What the automaton's positions tell of one sentence: its cue phrases (the longest
    at each place, left to right), and where cooperation and own-affairs cues may begin
    (checked only when the sentence holds a cue phrase)."""

    __slots__ = ("_tokens", "cooperation", "cues", "done", "own", "span")

    def __init__(self, span: Span) -> None:
        self.span = span
        self._tokens: tuple[list[int], list[tuple[int, int, str]]] | None = None
        self.cues: list[tuple[int, int, Topic | None]] = []
        self.cooperation: list[int] = []
        self.own: list[int] = []
        self.done = span.start  # where the last cue phrase ended

    def cooperative(self, folded: str) -> bool:
        """Whether a cooperation cue stands in the sentence."""
        end = self.span.end
        return any(COOP_RX.match(folded, at, end) is not None for at in self.cooperation)

    def own_affairs(self, folded: str) -> list[tuple[int, int]]:
        """The own-affairs clauses: from each cue to the next turn, ``;`` or the end."""
        end = self.span.end
        own = [at for at in self.own if OWN_RX.match(folded, at, end) is not None]
        if not own:
            return []
        # the turns found once for the sentence (a long one may hold many own-affairs cues)
        turns = [m.start() for m in TURN_RX.finditer(folded, own[0], end)]
        scopes: list[tuple[int, int]] = []
        for at in own:
            k = bisect.bisect_left(turns, at)
            scopes.append((at, turns[k] if k < len(turns) else end))
        return scopes

    def tokens(self, text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
        """The sentence's words (with their inner dots, hyphens and apostrophes) and
        where each begins, found once."""
        if self._tokens is None:
            found = [
                (m.start(), m.end(), m.group())
                for m in _TOKEN.finditer(text, self.span.start, self.span.end)
            ]
            self._tokens = ([t[0] for t in found], found)
        return self._tokens


_Roles = tuple[bool, bool, tuple[int, ...]]


def _roles(ids: frozenset[int]) -> _Roles:
    # what a position the automaton gave may begin: a cooperation cue, an own-affairs
    # cue, and which lexicon regexes
    return COOP_ID in ids, OWN_ID in ids, tuple(sorted(k for k in ids if k < N_LEXICON))


# The automaton's values are the sets of patterns sharing a literal beginning: their
# roles are worked out once (a position where two beginnings meet is worked out then).
_ROLES = {ids: _roles(ids) for ids in TOPIC_CUES.gates.values()}
# A user's cue phrases are numbered after the package's patterns (the lexicon's, then the
# two frames').
_USER_BASE = len(TOPIC_PATTERNS)


@attrs.frozen(eq=False)
class CueTable:
    """The cue phrases the stage reads: the package's, or those and a user's
    (:func:`user_cues`).

    Pattern ``k`` (a number of ``ctx.topic_starts``) is ``regexes[k]`` and names
    ``topics[k]``; ``roles`` gives, for a set of numbers the automaton found at a
    position, whether a cooperation or own-affairs cue may begin there and which
    phrases, in the order they are tried (``compute`` works out a set it lacks);
    ``extra`` finds where the user's phrases may begin.
    """

    regexes: tuple[re.Pattern[str], ...]
    topics: tuple[Topic | None, ...]
    roles: Mapping[frozenset[int], _Roles]
    compute: Callable[[frozenset[int]], _Roles]
    extra: Patterns | None = None


_SHIPPED = CueTable(TOPIC_CUES.regexes, (*TOPIC_OF_PATTERN, None, None), _ROLES, _roles)


def _user_roles(ids: frozenset[int]) -> _Roles:
    # As _roles, the user's phrases tried first: where one of theirs is as long as one of
    # the package's at a place, theirs names the topic.
    phrases = sorted(
        (k for k in ids if k != COOP_ID and k != OWN_ID), key=lambda k: (k < _USER_BASE, k)
    )
    return COOP_ID in ids, OWN_ID in ids, tuple(phrases)


def user_cues(cues: Sequence[tuple[str, Topic]]) -> CueTable:
    """The package's cue phrases and ``cues`` (phrase, topic), written as those of
    ``data/topics.tsv`` are.

    >>> table = user_cues([("cassava", Topic.AGRICULTURE)])
    >>> table.topics[-1], table.regexes[-1].match("cassava farms").group()
    (<Topic.AGRICULTURE: 'agriculture'>, 'cassava')
    """
    regexes = [phrase_regex(fold(cue)) for cue, _ in cues]
    return CueTable(
        (*TOPIC_CUES.regexes, *(re.compile(rx) for rx in regexes)),
        (*_SHIPPED.topics, *(topic for _, topic in cues)),
        _ROLES,
        _user_roles,
        Patterns(regexes),
    )


def _starts(folded: str, ctx: Context, table: CueTable) -> dict[int, frozenset[int]]:
    """Where the table's phrases may begin: the automaton's positions, and the user's."""
    found = ctx.topic_starts
    if table.extra is None or not ctx.sentences:
        return found
    mine = table.extra.candidates(folded, ctx.sentences[0].start, ctx.sentences[-1].end)
    if not mine:
        return found
    merged = dict(found)
    for at, ids in mine.items():
        numbered = frozenset(_USER_BASE + k for k in ids)
        have = merged.get(at)
        merged[at] = numbered if have is None else have | numbered
    return merged


def find_topics(
    doc: Document, ctx: Context, aid: tuple[Aid, ...] = (), cues: CueTable | None = None
) -> tuple[TopicMention, ...]:
    """The topics of cooperation in ``doc``, in codebook order, each with its cue spans.

    ``cues`` adds a user's cue phrases (:func:`user_cues`) to the package's.
    """
    found: dict[Topic, list[Span]] = {}
    for sentence in _sentences(doc.folded, ctx, _SHIPPED if cues is None else cues):
        for span, topic in _fields(doc, sentence):
            found.setdefault(topic, []).append(span)
    if aid:
        found.setdefault(Topic.HUMANITARIAN, []).extend(s for a in aid for s in a.spans)
    return tuple(
        TopicMention(topic, spans=tuple(found[topic])) for topic in TOPIC_ORDER if topic in found
    )


def _sentences(folded: str, ctx: Context, table: CueTable) -> list[_Sentence]:
    """The story's sentences that hold a cue phrase, from the automaton's positions
    (``ctx.topic_starts``): at each position, the longest phrase there (none inside the
    one before), and the frame cues that may begin there."""
    sentences = ctx.sentences
    out: list[_Sentence] = []
    if not sentences:
        return out
    # one walk over the sorted positions and the sorted, disjoint sentences
    last = len(sentences) - 1
    i = 0
    span = sentences[0]
    sentence = _Sentence(span)
    roles_of, compute = table.roles.get, table.compute
    regexes, topics = table.regexes, table.topics
    for at, ids in sorted(_starts(folded, ctx, table).items()):
        if at >= span.end:
            while i < last and at >= sentences[i].end:
                i += 1
            if sentence.cues:
                out.append(sentence)
            span = sentences[i]
            sentence = _Sentence(span)
        if at < span.start or at >= span.end:
            continue  # between sentences: a caption, page clutter
        if at and (folded[at - 1].isalnum() or folded[at - 1] == "_"):
            continue  # inside a word: every cue begins with \b and a word character
        roles = roles_of(ids)
        coop, own, lexicon = compute(ids) if roles is None else roles
        if coop:
            sentence.cooperation.append(at)
        if own:
            sentence.own.append(at)
        if lexicon and at >= sentence.done:
            best: tuple[int, int] | None = None
            for k in lexicon:
                m = regexes[k].match(folded, at, span.end)
                if m is not None and (best is None or m.end() > best[0]):
                    best = (m.end(), k)
            if best is not None:
                sentence.cues.append((at, best[0], topics[best[1]]))
                sentence.done = best[0]
    if sentence.cues:
        out.append(sentence)
    return out


def _fields(doc: Document, sentence: _Sentence) -> Iterator[tuple[Span, Topic]]:
    """The sentence's cue phrases that name a field of cooperation."""
    folded = doc.folded
    # phrases that only look like a field name none
    named = [(start, end, topic) for start, end, topic in sentence.cues if topic is not None]
    cooperative = bool(named) and sentence.cooperative(folded)
    if not cooperative and len({topic for _, _, topic in named}) < _LIST_TOPICS:
        return  # neither about cooperation nor a list of fields
    scopes = sentence.own_affairs(folded) if sentence.own else []
    kept = [
        (start, end, topic)
        for start, end, topic in named
        if not any(lo <= start < hi for lo, hi in scopes)  # one side's own affairs
        and not _in_name(doc, sentence, start, end)
        and not (topic is Topic.MEDIA and _source(folded, sentence.span, end))
    ]
    if cooperative:
        for start, end, topic in kept:
            yield Span(start, end), topic
    else:
        yield from _listed(folded, kept)


def _listed(folded: str, cues: list[tuple[int, int, Topic]]) -> Iterator[tuple[Span, Topic]]:
    """The cue phrases of a list of fields that names at least ``_LIST_TOPICS`` topics.

    >>> text = "he named trade, tourism and health, and the weather"
    >>> cues = [(9, 14, Topic.TRADE), (16, 23, Topic.TOURISM), (28, 34, Topic.HEALTH)]
    >>> [t.value for _, t in _listed(text, cues)]
    ['trade', 'tourism', 'health']
    >>> [t.value for _, t in _listed(text, cues[:2])]
    []
    """
    run: list[tuple[int, int, Topic]] = []
    for cue in [*cues, None]:
        if cue is not None and run and _LIST_GAP.fullmatch(folded, run[-1][1], cue[0]):
            run.append(cue)
            continue
        if len({topic for _, _, topic in run}) >= _LIST_TOPICS:
            for start, end, topic in run:
                yield Span(start, end), topic
        run = [cue] if cue is not None else []


def _source(folded: str, sentence: Span, end: int) -> bool:
    """Whether the media cue ending at ``end`` names the source of a report.

    >>> text = "he said, according to the news agency, and spoke of news agencies"
    >>> whole = Span(0, len(text))
    >>> _source(text, whole, text.index(",", 10)), _source(text, whole, len(text))
    (True, False)
    """
    return SOURCE_RX.search(folded, max(sentence.start, end - _SOURCE_REACH), end) is not None


def _in_name(doc: Document, sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the cue phrase at ``start:end`` is part of a title or of a name.

    >>> from bilateral._extract.layout import read_document
    >>> doc = read_document("The Trade Minister met the minister of trade at the port of Lome.")
    >>> s = _Sentence(next(doc.story_sentences()))
    >>> [_in_name(doc, s, doc.text.index(w), doc.text.index(w) + len(w))
    ...  for w in ("Trade", "trade", "port")]
    [True, True, True]
    >>> doc = read_document("Trade grew.")
    >>> _in_name(doc, _Sentence(next(doc.story_sentences())), 0, 5)
    False
    """
    folded, text, span = doc.folded, doc.text, sentence.span
    if _TITLE_AFTER.match(folded, end, span.end) is not None:
        return True
    if _PORT_OF.match(text, start) is not None or _after_title(folded, span, start):
        return True
    return text[start].isupper() and _capitalised_name(*sentence.tokens(text), text, start, end)


def _after_title(folded: str, sentence: Span, start: int) -> bool:
    """Whether the cue at ``start`` is one of the fields listed after an office word
    and "of" (``minister of foreign trade and investment``)."""
    lo = max(sentence.start, start - _TITLE_REACH)
    at, of = -1, ""
    for word in _TITLE_OF:  # the last "of", "for" or "on" before the cue
        found = folded.rfind(word, lo, start)
        if found > at:
            at, of = found, word
    if at < 0:
        return False
    word = folded[max(lo, folded.rfind(" ", lo, at) + 1) : at]
    return word in TITLE_LEADS and _TITLE_ITEMS.fullmatch(folded, at + len(of), start) is not None


def _capitalised_name(
    starts: list[int], tokens: list[tuple[int, int, str]], text: str, start: int, end: int
) -> bool:
    """Whether the cue phrase at ``start:end`` is part of a name of capitalised words
    (with the small words and commas between them) that a head word makes a body's,
    an office's, an event's or a place's: a head after the cue (``Trade Minister``,
    ``Security Council``), the cue a head itself beside another capitalised word
    (``Kyushu University``, ``Association of Friendship``), or a head before it with
    ``of`` or ``for`` between (``Ministry of Trade``). A head before it without them
    names no field: ``Port Vila Urban Development Project`` is a project."""
    # the words the cue spans, from the one it begins in ("Terrorism" in "Anti-Terrorism")
    inside = list(range(bisect.bisect_right(starts, start) - 1, bisect.bisect_left(starts, end)))
    beside = False
    # to the right: capitalised words, with small words between them
    k = inside[-1] + 1
    while k < len(tokens) and _joined(text, tokens, k - 1):
        word = tokens[k][2]
        if _capital(word):
            if _head(word) in NAME_HEADS:
                return True
            beside = True
        elif word not in _CONNECTORS:
            break
        k += 1
    # to the left: the same, noting an "of" or "for" on the way
    linked = False
    k = inside[0] - 1
    while k >= 0 and _joined(text, tokens, k):
        word = tokens[k][2]
        if _capital(word):
            if linked and _head(word) in NAME_HEADS:
                return True
            beside = True
        elif word in _OF:
            linked = True
        elif word not in _CONNECTORS:
            break
        k -= 1
    # the cue a head itself, beside another capitalised word or holding one
    words = [tokens[k][2] for k in inside]
    capitals = sum(map(_capital, words))
    return (beside or capitals > 1) and any(_head(w) in NAME_HEADS for w in words)


def _joined(text: str, tokens: list[tuple[int, int, str]], k: int) -> bool:
    # tokens k and k + 1 are next to each other in a name: one space between, or a comma
    # and a space between two capitalised words
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    if gap == " ":
        return True
    return gap == ", " and _capital(tokens[k][2]) and _capital(tokens[k + 1][2])


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _head(word: str) -> str:
    # "Council's" and "Workers'" as their head words; a sentence's last word without its dot
    folded = fold(word).rstrip(".")
    return folded[:-2] if folded.endswith("'s") else folded.rstrip("'")

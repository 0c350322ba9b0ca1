"""Agreements: documents signed, or agreed to be signed or drawn up.

Each document named is one agreement; documents only counted (``signed seven
agreements``) are one agreement of that kind, unless the article goes on to
name them. Joint statements, communiqués and exchanges of notes are not
agreements; a document only referred to (implemented, amended) is not one.

>>> period("a cooperation agreement for the 2023-2028 period")
(2023, 2028)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from bilateral._extract.analysis import Context, Document
from bilateral._lexicon.patterns import Gated
from bilateral._text import fold
from bilateral.model import Agreement, Span

__all__ = ["find_agreements", "period"]

_KIND = re.compile(
    r"\b(?P<kind>(?:(?:[a-z]+-year|new|bilateral|defen[cs]e|economic|trade|cooperation|cooperative"
    r"|friendship|framework|strategic|comprehensive)\s){0,3}"
    r"(?:memorand(?:um|a|ums) of understanding|mous?|sub-agreements?|agreements?|plans? of action"
    r"|action plans?|cooperation plans?|cooperation programmes?|documents?|deals?|pacts?|accords?"
    r"|contracts?|treat(?:y|ies)|protocols?|minutes|arrangements?(?= (?:on|for) )))\b"
)
# Every document _KIND names has one of these in its name: a sentence without one is skipped.
_HEADS = (
    "memorand", "mou", "agreement", "plan", "programme", "document", "deal", "pact", "accord",
    "contract", "treat", "protocol", "minutes", "arrangement",
)  # fmt: skip
_OF_AFTER = re.compile(r"\s(?:on|of|with|between)\b")
_AND_BEFORE = re.compile(r"\band\s+$")
_NOT_AGREEMENT = re.compile(r"\b(?:joint statements?|communiques?|notes|declarations?)\b")
_SIGNED = re.compile(
    r"\b(?:signed|signing|inked|concluded|put their signatures|has been reached|have been reached"
    r"|was reached|were reached|sealed)\b"
)
_PLANNED = re.compile(
    r"\b(?:to sign|will sign|would sign|to be signed|draw up|drawing up|to draft|agreed to|agree to"
    r"|to conclude|to finali[sz]e|finali[sz]ing|soon sign|plan to sign|negotiat\w+)\b"
)
_AMENDED = re.compile(r"\b(?:amend\w*|implement\w*|in force|celebrat\w*)\s+(?:\w+\s+){0,1}$")
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her|such)\s+(?:\w+\s){0,2}$")
_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|package of"
    r"|set of|series of|number of)\s+(?:[a-z-]+\s){0,2}$"
)
# Said after the name: the signing is still to come ("is expected to be signed later").
_PLANNED_AFTER = re.compile(
    r"^(?:\s(?:[a-z-]+\s){0,6}?)?(?:(?:is|are|was|were)\s(?:(?:\w+\s)?(?:expected|set|scheduled"
    r"|due|slated|likely|planned)\s)?to\s(?:be\s)?sign"
    r"|(?:will|would|shall)\s(?:soon\s)?be\s(?:signed|inked|concluded))"
)
# ", a landmark deal": an apposition names the document just mentioned again.
_APPOSITION = re.compile(r"[^,;]{0,90},\s(?:a|an)\s(?:[a-z-]+\s){0,2}")
_GENERIC = ("deal", "pact", "accord", "document")
_LIST = Gated(
    r"\b(?:includ\w*|among (?:them|the documents|the agreements)|the (?:\w+\s){0,2}documents are"
    r"|they are|are:|were:|covering)\b",
    ["includ", "among ", "documents are", "they are", "are:", "were:", "covering"],
)
_PERIOD = re.compile(
    r"(?:for |for the |covering |in |)(?P<a>(?:19|20)\d\d)\s?(?:-|to)\s?(?P<b>(?:19|20)\d\d)"
)
_ABBREVIATION = re.compile(r"\s?\([a-z]{2,6}s?\)")


def period(text: str) -> tuple[int | None, int | None]:
    """The years a document covers, from ``for 2023-2028`` and the like.

    >>> period("the 2024-2026 cooperation plan"), period("an agreement")
    ((2024, 2026), (None, None))
    """
    m = _PERIOD.search(fold(text))
    if not m:
        return None, None
    a, b = int(m.group("a")), int(m.group("b"))
    return (a, b) if a <= b else (None, None)


@attrs.define
class _Draft:
    kind: str
    start: int | None
    end: int | None
    signed: bool
    counted: bool
    spans: list[Span]
    sentence: int


def _base(kind: str) -> str:
    k = kind.split()[-1]
    if k.startswith(("memorand", "mou")) or "understanding" in kind:
        return "mou"
    if "plan" in kind:
        return "plan"
    return k.rstrip("s")


def _head_spans(folded: str) -> list[tuple[int, int]]:
    """Every occurrence of a head in the text, in order: one pass per head for the
    article, then a sentence names a document if an occurrence lies within it."""
    spans: list[tuple[int, int]] = []
    for head in _HEADS:
        at = folded.find(head)
        while at >= 0:
            spans.append((at, at + len(head)))
            at = folded.find(head, at + 1)
    spans.sort()
    return spans


# Before its head, a document's name has at most three modifiers and one lead-in
# ("action ", "cooperation ", "sub-"), all words of [a-z-] and single spaces: read
# backwards from the head, these reach the earliest place the name can begin.
_LEAD_BACK = re.compile(r"[a-z-]*(?:\s[a-z-]+){0,4}")
_WORD_START = re.compile(r"\b[a-z]")


def _names(
    folded: str, backwards: str, sent: Span, heads: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """``_KIND.finditer(folded, sent.start, sent.end)``, tried only where a name can begin.

    ``heads`` are the occurrences of heads from the sentence's first on (``backwards``
    is ``folded`` reversed). Every name holds a head, so every name begins at a word
    start in the few words before one: trying those, left to right, and going on
    after each name found, gives the matches finditer gives.
    """
    size = len(folded)
    starts: set[int] = set()
    for at, _end in heads:
        if at >= sent.end:
            break
        back = _LEAD_BACK.match(backwards, size - at)
        lo = max(sent.start, size - back.end()) if back is not None else sent.start
        starts.update(w.start() for w in _WORD_START.finditer(folded, lo, at + 1))
    done = sent.start
    for at in sorted(starts):
        if at < done:
            continue
        m = _KIND.match(folded, at, sent.end)
        if m is not None:
            done = m.end()
            yield m


def find_agreements(doc: Document, ctx: Context) -> tuple[Agreement, ...]:
    """The agreements ``doc`` reports, in the order first told."""
    folded = doc.folded
    drafts: list[_Draft] = []
    list_mode_until = -1
    last_signing_sentence = -10
    heads = _head_spans(folded)
    head_starts = [a for a, _b in heads]
    backwards: str | None = None  # the text reversed, once a sentence names a document
    for index, sent in enumerate(ctx.sentences):
        if index - last_signing_sentence <= 2:
            text = folded[sent.start : sent.end]
            if _LIST.search(text):
                list_mode_until = index + 1
        in_list = index <= list_mode_until and index - last_signing_sentence <= 3
        k = bisect.bisect_left(head_starts, sent.start)
        while k < len(heads) and heads[k][0] < sent.end and heads[k][1] > sent.end:
            k += 1
        if k == len(heads) or heads[k][0] >= sent.end:
            continue  # no document is named here
        signed_here: bool | None = None  # a signing told in the sentence: read when needed
        prev_end = -1
        prev_definite = False
        prev_draft: _Draft | None = None
        if backwards is None:
            backwards = folded[::-1]
        for m in _names(folded, backwards, sent, heads[k:]):
            kind = m.group("kind")
            span = Span(m.start(), m.end())
            if (
                prev_end >= 0
                and _ABBREVIATION.match(folded, prev_end)
                and m.start() - prev_end <= 3
            ):
                prev_end = m.end()
                continue  # "memorandum of understanding (MoU)": the same document
            if (
                prev_draft is not None
                and _base(kind) in _GENERIC
                and _APPOSITION.fullmatch(folded, prev_end, m.start())
                and not _OF_AFTER.match(folded[m.end() : m.end() + 9])
            ):
                prev_draft.spans.append(span)
                prev_end = m.end()
                continue  # "the agreement on X, a landmark deal": the same document again
            if _NOT_AGREEMENT.search(folded[max(sent.start, m.start() - 12) : m.start()]):
                continue
            if kind in ("minutes", "document", "documents"):
                near = folded[max(sent.start, m.start() - 80) : min(sent.end, m.end() + 60)]
                if not (_SIGNED.search(near) or in_list or "handover" in near):
                    continue
            before = folded[max(sent.start, m.start() - 40) : m.start()]
            if _AMENDED.search(before[-20:]):
                prev_end = m.end()
                continue
            definite = bool(_DEFINITE.search(before[-25:])) or (
                prev_definite and bool(_AND_BEFORE.search(before))
            )
            counted = bool(_COUNT.search(before[-25:])) and kind.endswith("s")
            planned = bool(
                _PLANNED.search(folded[max(sent.start, m.start() - 70) : m.start()])
                or _PLANNED_AFTER.match(folded[m.end() : min(sent.end, m.end() + 90)])
            )
            if planned:
                signed = False
            else:
                lo = max(sent.start, m.start() - 200)
                clause_start = max(lo, max(folded.rfind(c, lo, m.start()) for c in (";", ":")) + 1)
                clause = folded[clause_start : min(sent.end, m.end() + 150)]
                signed = bool(_SIGNED.search(clause))
            prev_end = m.end()
            prev_definite = definite
            signing = signed
            if not signed and not definite:
                if signed_here is None:
                    signed_here = bool(_SIGNED.search(folded[sent.start : sent.end]))
                signing = signed_here
            if not (signing or planned or in_list):
                continue
            # the period follows the document's name, up to the next item of a list
            stop = min(sent.end, m.end() + 70)
            for sep in (",", ";"):
                at = folded.find(sep, m.end(), stop)
                stop = at if at >= 0 else stop
            after_name = m.end()
            abbreviation = _ABBREVIATION.match(folded, after_name)
            if abbreviation:
                after_name = abbreviation.end()  # "(MoUs)" names the same document
            following = _KIND.search(folded, after_name, stop)
            stop = following.start() if following else stop
            start, end = period(folded[m.start() : stop])
            if start is None:
                start, end = period(folded[max(sent.start, m.start() - 12) : m.start() + 1])
            if signing:
                last_signing_sentence = index
            target = _match(drafts, kind, start, end, definite)
            if target is not None:
                target.signed = target.signed or signed or in_list
                target.start = target.start or start
                target.end = target.end or end
                target.spans.append(span)
                prev_draft = target
                continue
            if in_list and not signed and not planned:
                signed = True
            if in_list:
                # the list names what was counted: the count gives way to the names
                drafts[:] = [d for d in drafts if not (d.counted and index - d.sentence <= 3)]
            if not counted:
                # "a package of documents, including an agreement on X": the names replace the count
                drafts[:] = [
                    d
                    for d in drafts
                    if not (
                        d.counted
                        and d.sentence == index
                        and _LIST.search(folded, d.spans[-1].end, m.start())
                    )
                ]
            prev_draft = _Draft(kind, start, end, signed, counted, [span], index)
            drafts.append(prev_draft)
    return tuple(
        Agreement(d.kind, (), d.start, d.end, d.signed, spans=tuple(d.spans)) for d in drafts
    )


def _match(
    drafts: list[_Draft], kind: str, start: int | None, end: int | None, definite: bool
) -> _Draft | None:
    base = _base(kind)
    for d in reversed(drafts):
        same_base = (
            _base(d.kind) == base
            or base in ("document", "deal", "pact")
            or (_base(d.kind) in ("document", "deal", "pact") and definite)
        )
        if start is not None and d.start is not None:
            if (start, end) == (d.start, d.end) and same_base:
                return d
            continue
        if definite and (same_base or base in ("document", "agreement")):
            return d
    return None

"""Affiliations: each person's country, and the role mentions that name them.

The people stage's second step (:func:`settle_people`): a person's country comes
from the title (``Malaysian Prime Minister``, ``Minister of Finance of Ghana``),
the apposition or the organisation in it, then the well-known office holders'
table, then the side a role mention tells (``the Chinese diplomat``), the
family name, kin, a domestic story's one country; :meth:`Settled.people` adds, as
the last resort, the side the dyad tells. Role mentions (``the host``, ``the
ambassador``, ``the Hà Nội official``) join the person they name, with their spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate
from operator import attrgetter
from types import MappingProxyType

import attrs

from bilateral._extract.analysis import Document, within
from bilateral._extract.names import Draft, name_key
from bilateral._extract.offices import office_country
from bilateral._extract.titles import AGENTS, HEADS, MODIFIERS, ORG_WORDS, ROLES, SURNAMES
from bilateral._lexicon.gazetteer import data_lines
from bilateral._text import fold
from bilateral.model import Country, Dyad, Person, Span

__all__ = ["Settled", "settle_people", "venue_only"]

# The boundary before "the" is written as a look-behind after it, so that the
# pattern starts with literals and the regex engine skips ahead to a "t" or an "h".
# A word or a run of spaces never gives back a character (possessive repeats):
# neither a word nor a role noun starts with a space.
_ROLE = re.compile(
    r"(?:the|his|her)(?<!\w...)\s++((?:[^\W\d_][\w'’\-]*+\s++){0,3}?)("
    + "|".join(sorted((re.escape(w) for w in ROLES), key=len, reverse=True))
    + r")\b(?!\s+(?:of|to)\b)"
)
_APPOSITION = re.compile(r",[ \t]*(?:(?:Mr|Mrs|Ms|Madam|Madame|Dr|H\.E)\.?[ \t]+)?")
# Role nouns any official may be called by, whatever the title says.
_GENERIC_ROLES = frozenset(
    {"official", "leader", "host", "guest", "visitor", "chief", "dignitary", "statesman",
     "counterpart"}
)  # fmt: skip
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_DIPLOMAT = ("ambassador", "consul", "envoy", "diplomat", "foreign minister", "charge")
_EXCLUDE_AFTER = re.compile(r"\b(?:to|in|at|with)\s+(?:the\s+)?$")


# Spans sorted by (start, end) through a C-level key, not Span.__lt__.
_START_END = attrgetter("start", "end")


@attrs.frozen
class Settled:
    """The people as far as the article tells them, before the dyad is known.

    The pipeline reads the people once without the dyad (to find it) and again
    with it: everything but the dyad's last resort is the same both times, so it
    is worked out once, here, and :meth:`people` only adds the dyad's part.
    """

    doc: Document
    drafts: Sequence[Draft]
    countries: Sequence[Country]
    codes: tuple[str | None, ...]
    aliases: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[Span, ...], ...]
    #: The countries some person's own title names ("Indian High Commissioner").
    titled: frozenset[str] = frozenset()

    def people(self, dyad: Dyad | None = None) -> tuple[Person, ...]:
        """The final people; ``dyad`` gives the side of those whose country is still unknown."""
        drafts, codes = self.drafts, list(self.codes)
        if dyad is not None and None in codes:
            home = _dateline_country(self.doc, self.countries)
            known = list(codes)
            for k, d in enumerate(drafts):
                if codes[k] is None:
                    codes[k] = _dyad_side(d, dyad, known, home, self.titled)
        return tuple(
            Person(
                d.name,
                title=d.title,
                country=codes[k],
                aliases=self.aliases[k],
                spans=self.spans[k],
            )
            for k, d in enumerate(drafts)
        )


def settle_people(
    doc: Document,
    drafts: Sequence[Draft],
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
    given: Mapping[str, str] | None = None,
) -> Settled:
    """Step 2 up to the dyad; ``settle_people(...).people(dyad)`` gives the final people.

    ``countries_in(countries, span)`` gives the codes named inside a span (the
    places stage's helper). ``given`` are the countries a user's lexicon gives
    people, by the ``name_key`` of their names: the country of a person whom the
    text ties to none (before the guesses from family names and the story).
    """
    text = doc.text
    named = {c.code for c in countries}
    codes: list[str | None] = []
    titled: set[str] = set()
    for d in drafts:
        code = _title_country(text, d, countries, countries_in)
        if code is not None:
            titled.add(code)
        if code is None:
            # A well-known office holder is of their country whatever is named near them.
            code = office_country(d.name, doc.year)
        if code is None:
            code = _body_country(text, d.titles)
        codes.append(code)
    _serving(text, drafts, codes)
    spans = [list(d.spans) for d in drafts]
    aliases = [list(d.aliases) for d in drafts]
    # Role mentions: "the host", "the Chinese diplomat", "the Hà Nội official".
    host, guest = _host_and_guest(doc, drafts)
    starts = {sp.start: k for k, d in enumerate(drafts) for sp in d.spans}
    # Names sorted by start with the running maximum of their ends: a role mention
    # overlaps a name iff some name starting before its end ends after its start.
    named_spans = sorted((s.start, s.end) for ss in spans for s in ss)
    name_starts = [s for s, _ in named_spans]
    reach = list(accumulate((e for _, e in named_spans), max))
    for m in _ROLE.finditer(doc.folded):
        span = Span(m.start(), m.end())
        i = bisect_left(name_starts, span.end)
        if doc.in_caption(span) or (i > 0 and reach[i - 1] > span.start):
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and after.group(1)[0].isupper():
            continue  # "his Secretary General Roque ...": a title before a name
        mod, noun = m.group(1).strip(), m.group(2)
        if any(w in ORG_WORDS and w != "party" for w in mod.split()):
            continue  # "the Vietnamese Consulate General": an organisation
        mod_span = Span(m.start(1), m.start(1) + len(mod)) if mod else None
        # "his Lao counterpart, Mr. Bounmy Vong": the name in apposition.
        appos = _APPOSITION.match(text, span.end)
        who = starts.get(appos.end()) if appos is not None else None
        if who is None:
            who = _resolve_role(
                text, drafts, codes, countries, countries_in, span, mod_span, noun, host, guest
            )
        if who is None:
            continue
        spans[who].append(span)
        alias = span.of(text)
        if alias not in aliases[who]:
            aliases[who].append(alias)
        if codes[who] is None and mod_span is not None:
            found = countries_in(countries, mod_span)
            if found:
                codes[who] = found[0]
    for k, d in enumerate(drafts):
        if codes[k] is None:
            for side in d.sides:
                found = countries_in(countries, side)
                if found:
                    codes[k] = found[0]
                    break
        if codes[k] is None:
            codes[k] = _listed_country(doc, d, countries, countries_in)
    # "X was accompanied by A and B", "a delegation of Y led by C": companions.
    _companions(doc, drafts, codes, countries, countries_in)
    if given:
        for k, d in enumerate(drafts):
            if codes[k] is None:
                codes[k] = given.get(name_key(d.name))
    for k, d in enumerate(drafts):
        if codes[k] is None:
            origin = SURNAMES.get(fold(d.words[0])) or SURNAMES.get(fold(d.words[-1]))
            # A family name tells the country when the article names that country, or,
            # for a full Vietnamese name (family, middle and given names), on its own.
            full_vn = origin == "VNM" and len(d.words) >= 3 and SURNAMES.get(fold(d.words[0]))
            if origin is not None and (origin in named or full_vn):
                codes[k] = origin
    # Members of one family ("former President Omar Karimov", "Timur Karimov").
    by_surname: dict[str, list[int]] = {}
    for j, e in enumerate(drafts):
        by_surname.setdefault(e.words[-1], []).append(j)
    for k, d in enumerate(drafts):
        if codes[k] is None and len(d.words) > 1:
            kin = [j for j in by_surname[d.words[-1]][:2] if j != k]
            if kin and codes[kin[0]] is not None:
                codes[k] = codes[kin[0]]
    # A domestic story (one country, not counting venues of multilateral meetings):
    # everyone is of that country.
    home_only = named - venue_only(doc, countries) if None in codes else named
    if len(home_only) == 1:
        codes = [c or next(iter(home_only)) for c in codes]
    return Settled(
        doc,
        drafts,
        countries,
        tuple(codes),
        tuple(map(tuple, aliases)),
        tuple(tuple(sorted(ss, key=_START_END)) for ss in spans),
        frozenset(titled),
    )


# ", Special Representative of", ", the Adviser to": an agent's title, up to its principal.
_AGENT_OF = re.compile(
    r",?\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?i:"
    + "|".join(sorted(map(re.escape, AGENTS)))
    + r")\s+(?:of|to)\s+(?:the\s+)?"
)
# What may stand between "of" and the principal's name: a title in capitals ("President").
_PRINCIPAL_TITLE = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,4}")


def _serving(text: str, drafts: Sequence[Draft], codes: list[str | None]) -> None:
    """An agent of a person (their envoy, representative, adviser) takes their country.

    "X, Special Representative of President Y": with no country of their own
    told, X is of Y's country, however the story's other countries lie.
    """
    starts = sorted((sp.start, j) for j, d in enumerate(drafts) for sp in d.spans)
    at = [s for s, _ in starts]
    for k, d in enumerate(drafts):
        if codes[k] is not None:
            continue
        for sp in d.spans:
            m = _AGENT_OF.match(text, sp.end)
            if m is None:
                continue
            i = bisect_left(at, m.end())
            if i == len(at) or not _PRINCIPAL_TITLE.fullmatch(text, m.end(), at[i]):
                continue
            principal = codes[starts[i][1]]  # (never the agent's own: that one is None)
            if principal is not None:
                codes[k] = principal
                break


# "the ASEAN summit in X", "the forum held in X": the place is a meeting's venue.
_VENUE = re.compile(
    r"\b(?:summit|summits|forum|conference|congress|games|expo|olympics|cup|championships?"
    r"|ministerial|plenary|assembly|session|meetings?|gathering|retreat|dialogue)"
    r"(?:,?\s+(?:held|hosted|taking\s+place|to\s+be\s+held|scheduled))?\s+(?:in|at)\s+"
    r"(?:the\s+)?\Z"
)
_MULTILATERAL = re.compile(
    r"\b(?:asean|apec|g7|g20|g-20|brics|sco|un|united\s+nations|wto|eas|asem|mekong|nam|cica"
    r"|regional|international|multilateral|global|world|leaders|ministers|members)\b"
    r"|\bsummit"
)


def venue_only(doc: Document, countries: Sequence[Country]) -> frozenset[str]:
    """The countries named only as the venue of a multilateral meeting.

    Such a country ("the ASEAN summit in Vientiane") is named, but it is not a
    side of the story: it neither makes a domestic story bilateral nor takes
    part in the dyad.

    >>> from bilateral._extract.layout import read_document
    >>> doc = read_document("Thai ministers met. They will attend the ASEAN summit in Vientiane.")
    >>> cs = (Country("THA", spans=(Span(0, 4),)), Country("LAO", spans=(Span(57, 66),)))
    >>> sorted(venue_only(doc, cs))
    ['LAO']
    """
    folded = doc.folded
    out: set[str] = set()
    for c in countries:
        venues = 0
        for sp in c.spans:
            if not folded.endswith((" in ", " at ", " the "), 0, sp.start):
                break  # the cheap test first: a venue follows "in", "at" or "in the"
            lo = max(0, sp.start - 120)
            stop = max(folded.rfind(".", lo, sp.start), folded.rfind("\n", lo, sp.start))
            lo = max(lo, stop + 1)
            m = _VENUE.search(folded, lo, sp.start)
            if m is None or _MULTILATERAL.search(folded, lo, m.end()) is None:
                break
            venues += 1
        if c.spans and venues == len(c.spans):
            out.add(c.code)
    return frozenset(out)


def _title_country(
    text: str,
    d: Draft,
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
) -> str | None:
    # "Ambassador to Việt Nam", "Consul General in Osaka": the place after
    # "to"/"in" is where the person serves, not whom they represent.
    for span in d.titles:
        for code in countries_in(countries, span):
            spans = (s for c in countries if c.code == code for s in c.spans)
            if any(
                span.contains(s) and not _EXCLUDE_AFTER.search(text[span.start : s.start])
                for s in spans
            ):
                return code
    return None


def _load_bodies() -> Mapping[str, str]:
    by_form: dict[str, set[str]] = {}
    for code, form in data_lines("national_bodies.tsv"):
        by_form.setdefault(form, set()).add(code)
    # An abbreviation two countries' bodies share tells neither.
    return MappingProxyType({f: next(iter(c)) for f, c in by_form.items() if len(c) == 1})


#: Abbreviations of national bodies (armed forces, agencies, parties) and their country.
BODIES = _load_bodies()
_ACRONYM = re.compile(r"\b[A-Z][A-Z-]*[A-Z]\b")


def _body_country(text: str, titles: Sequence[Span]) -> str | None:
    """The country of a national body named in a title: "JICA Chief Representative"."""
    for span in titles:
        for m in _ACRONYM.finditer(text, span.start, span.end):
            code = BODIES.get(m.group())
            if code is not None:
                return code
    return None


# "the Polish leadership: President X, Marshal Y and ...": a list of one side's people.
_LIST_HEAD = re.compile(
    r"\b(?:leaders|leadership|officials|delegation|dignitaries|ministers|members|officers"
    r"|representatives|guests|counterparts|team|side)(?:\s+(?:were|included|including))?\s*:\s*\Z"
)
# How far back from the colon the phrase that names the list may begin, and how far
# before its noun ("leaders") the country ("the senior Philippine leaders") is named.
_LIST_REACH = 80
_LIST_SIDE = 40


def _listed_country(
    doc: Document,
    d: Draft,
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
) -> str | None:
    """The country of a list the person is named in: "senior Philippine leaders: X; Y"."""
    first = d.spans[0]
    if ":" not in doc.text:
        return None
    at = within(doc.layout.sentences, first)
    if at is None:
        return None
    sentence = doc.layout.sentences[at]
    colon = doc.text.rfind(":", sentence.start, first.start)
    if colon < 0:
        return None
    lo = max(sentence.start, colon - _LIST_REACH)
    head = _LIST_HEAD.search(doc.folded, lo, colon + 1)
    if head is None:
        return None
    # the country named nearest before the list's noun: "Lithuania's president met the
    # Polish leadership:"
    found = countries_in(countries, Span(max(lo, head.start() - _LIST_SIDE), head.start()))
    return found[-1] if found else None


# "accompanied by" gives the companions the country of the one they accompany; "led by"
# the country of the delegation named before it.
_COMPANY = re.compile(
    r"\b(?:(accompanied|joined)(?:\s+(?:to|on|at|in)(?:\s+[^\W\d_]+){1,3}?)?|(?:led|headed))"
    r"\s+by\s+"
)
_COMPANY_WORDS = ("accompanied", "joined", "led by", "headed by")
_DELEGATION = re.compile(r"\b(?:delegations?|representation|team|mission|side)\b")
# "the Saudi delegation, which arrived on Monday, was led by": a few words before "led by".
_DELEGATION_REACH = 60
# What may stand between the names of such a list: commas, "and", titles.
_LIST_GAP = re.compile(r"(?:[\s,&().]|\b(?:and|of|the|for|in|on|to)\b|[A-Z][\w'’.-]*)*")


def _companions(
    doc: Document,
    drafts: Sequence[Draft],
    codes: list[str | None],
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
) -> None:
    """Give people named after "accompanied by" or "led by" their company's country."""
    folded = doc.folded
    if None not in codes or not any(map(folded.__contains__, _COMPANY_WORDS)):
        return  # (the cheap test first: most articles have none of these words)
    mentions = sorted((sp.start, k) for k, d in enumerate(drafts) for sp in d.spans)
    starts = [m[0] for m in mentions]
    sentences = doc.layout.sentences
    for m in _COMPANY.finditer(doc.folded):
        at = within(sentences, Span(m.start(), m.end()))
        if at is None:
            continue
        sentence = sentences[at]
        i = bisect_left(starts, m.end())
        if m.group(1):  # accompanied by: the one accompanied is the last named before
            before = bisect_left(starts, m.start()) - 1
            if before < 0 or starts[before] < sentence.start:
                continue
            code = codes[mentions[before][1]]
        else:  # a delegation led by: the country named before it in the sentence
            lo = max(sentence.start, m.start() - _DELEGATION_REACH)
            if _DELEGATION.search(doc.folded, lo, m.start()) is None:
                continue  # "a ceremony headed by": no side
            found = countries_in(countries, Span(sentence.start, m.start()))
            code = found[-1] if found else None
        if code is None:
            continue
        # the people of the list that follows, each without a country yet
        end = m.end()
        while i < len(starts) and starts[i] < sentence.end:
            if not _LIST_GAP.fullmatch(doc.text, end, starts[i]):
                break
            k = mentions[i][1]
            if codes[k] is None:
                codes[k] = code
            end = max(sp.end for sp in drafts[k].spans if sp.start == starts[i])
            i += 1


def _dateline_country(doc: Document, countries: Sequence[Country]) -> str | None:
    """The country of the dateline's place: the side on whose ground the story is told."""
    if doc.dateline is None:
        return None
    found = sorted(
        (s.start, c.code) for c in countries for s in c.spans if doc.dateline.span.overlaps(s)
    )
    return found[0][1] if found else None


_SURNAME_COUNTRIES = frozenset(SURNAMES.values())


def _dyad_side(
    d: Draft,
    dyad: Dyad,
    codes: Sequence[str | None],
    home: str | None,
    titled: frozenset[str] = frozenset(),
) -> str | None:
    first, last = fold(d.words[0]), fold(d.words[-1])
    a, b = dyad.a, dyad.b
    origins = (SURNAMES.get(first), SURNAMES.get(last))
    for x, y in ((a, b), (b, a)):
        foreign = x in _SURNAME_COUNTRIES and x not in origins
        if foreign and (y not in _SURNAME_COUNTRIES or y in origins):
            return y
    # Reports name the foreign side's people with their country ("Nepalese
    # Foreign Minister") and often leave their own side's unmarked: when only
    # one side's people are marked, an unmarked person is of the other side.
    marked = {c for c in codes if c in (a, b)}
    if len(marked) == 1:
        return b if a in marked else a
    if home in (a, b):
        return home
    counts = {a: codes.count(a), b: codes.count(b)}
    if counts[a] != counts[b]:
        return max(counts, key=lambda c: counts[c])
    # Even so, where only one side's people are marked in their titles (the other's
    # known from the office holders' table), the unmarked are of the other side.
    marked_by_title = titled & {a, b}
    if len(marked_by_title) == 1:
        return b if a in marked_by_title else a
    return None


# A reception verb: "X received Y", "Y was received by X", "X met with Y".
_RECEPTION = re.compile(
    r"\b(?:(was|were|being) )?(?:received|receives|receiving|receive|hosted|hosts|hosting"
    r"|welcomed|welcomes|welcoming|greeted|met with|met)\b"
)


def _host_and_guest(doc: Document, drafts: Sequence[Draft]) -> tuple[int | None, int | None]:
    """Who receives and who is received, from the first reception verb."""
    mentions = sorted((s.start, k) for k, d in enumerate(drafts) for s in d.spans)
    positions = [pos for pos, _ in mentions]
    for sent in doc.story_sentences():
        lo = bisect_left(positions, sent.start)
        if bisect_left(positions, sent.end, lo) - lo < 2:
            continue  # a host and a guest need two mentions in the sentence
        for m in _RECEPTION.finditer(doc.folded, sent.start, sent.end):
            # The last mention before the verb and the first after it, in the sentence.
            b = bisect_left(positions, m.start()) - 1
            a = bisect_left(positions, m.end())
            if b < lo or a >= len(positions) or positions[a] >= sent.end:
                continue
            h, g = mentions[b][1], mentions[a][1]
            if m.group(1):  # passive: "X was received by Y"
                h, g = g, h
            if h != g:
                return h, g
    if len(drafts) >= 2:
        return 0, 1
    return (0, None) if drafts else (None, None)


def _resolve_role(
    text: str,
    drafts: Sequence[Draft],
    codes: Sequence[str | None],
    countries: Sequence[Country],
    countries_in: Callable[[Sequence[Country], Span], tuple[str, ...]],
    span: Span,
    mod_span: Span | None,
    noun: str,
    host: int | None,
    guest: int | None,
) -> int | None:
    det = text[span.start : span.end].split()[0].lower()
    side = host if noun == "host" else guest if noun in ("guest", "visitor") else None
    if noun in ("host", "guest", "visitor"):
        if mod_span is None:
            return side
        # "the Mozambican guest": the guest, if of that country.
        found = countries_in(countries, mod_span)
        if side is not None and (not found or codes[side] in found or codes[side] is None):
            return side
    cands = list(range(len(drafts)))
    if mod_span is not None:
        mod = fold(mod_span.of(text))
        found = countries_in(countries, mod_span)
        # Of that country; else whose title names the place ("the Hà Nội official").
        words = re.compile(rf"\b{re.escape(mod)}\b")
        by_title = [k for k in cands if words.search(fold(drafts[k].title or ""))]
        if found:
            cands = [k for k in cands if codes[k] in found] or by_title
        elif by_title:
            cands = by_title
        elif mod and not all(w in MODIFIERS or w in HEADS for w in mod.split()):
            return None
    if noun not in _GENERIC_ROLES:
        keys = (
            _DIPLOMAT if noun == "diplomat" else (noun, "prime minister" if noun == "pm" else noun)
        )
        cands = [
            k
            for k in cands
            if drafts[k].title and any(x in fold(drafts[k].title or "") for x in keys)
        ]
    if det != "the" and noun in ("host", "guest"):
        return host if noun == "host" else guest
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    before = [k for k in cands if drafts[k].spans[0].start < span.start]
    if not before:
        return None
    return max(before, key=lambda k: max(s.start for s in drafts[k].spans if s.start < span.start))

"""Aid: goods, money or services one side gave or handed over to the other.

Quantities are read by :func:`parse_quantity` (``2,000`` is 2000, ``1.5 million`` is
1500000, ``US$100,000``, ``VND 500 million``, ``2.5 million yuan``); currency words
and symbols map to ISO 4217 codes through ``data/currencies.tsv``, checked against
pycountry's table. Pledges, loans and awards are not aid.

>>> parse_quantity("VND 500 million")
Quantity(value=500000000.0, unit='VND')
>>> parse_quantity("2,000 tonnes")
Quantity(value=2000.0, unit='tonne')
"""

from __future__ import annotations

import re

import attrs
import pycountry

from bilateral._extract.analysis import Context, Document
from bilateral._extract.cues import GIVE, GIVING
from bilateral._lexicon.gazetteer import data_lines
from bilateral.model import Aid, Dyad, Span

__all__ = ["Quantity", "find_aid", "find_quantities", "parse_quantity"]


@attrs.frozen
class Quantity:
    """A number with its unit (``tonne``, ``dose``, an ISO 4217 code, or None)."""

    value: float
    unit: str | None = None


def _load_currencies() -> dict[str, str]:
    table: dict[str, str] = {}
    for form, code in data_lines("currencies.tsv"):
        if pycountry.currencies.get(alpha_3=code) is None:
            raise ValueError(f"currencies.tsv: {code} is not an ISO 4217 code")
        table[form] = code
    return table


_CURRENCY = _load_currencies()
_ISO = frozenset(c.alpha_3.lower() for c in pycountry.currencies)
# Three-letter codes printed in news text; all ISO 4217 codes would match common words
# ("all", "top"), so only codes that are not English words are read bare.
_BARE_CODES = frozenset(
    {"usd", "vnd", "lak", "cny", "khr", "thb", "eur", "gbp", "jpy", "krw", "inr", "bdt",
     "myr", "idr", "cup", "aud", "sgd", "hkd", "rub", "try", "azn", "mmk", "php", "chf", "cad"}
) & _ISO  # fmt: skip
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "twenty": 20,
    "hundred": 100, "thousand": 1000,
}  # fmt: skip
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12,
}  # fmt: skip
_UNITS = {
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "dose": "dose", "doses": "dose",
}  # fmt: skip

_sym = sorted((re.escape(k) for k in _CURRENCY if not k[0].isalpha()), key=len, reverse=True)
_words = sorted(
    (re.escape(k) for k in list(_CURRENCY) + sorted(_BARE_CODES) if k[0].isalpha()),
    key=len,
    reverse=True,
)
_CUR_BEFORE = rf"(?:(?P<cb>{'|'.join(_sym)})\s?|(?P<cw>\b(?:{'|'.join(_words)}))\s?)"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_WORDNUM = r"(?P<wnum>\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))"
_SCALES = r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|k|m|b)\b)?"
_UNIT_AFTER = (
    rf"(?:\s?(?P<ca>{'|'.join(_words)})\b|\s(?P<unit>metric tonnes|metric tons|tonnes?|tons?"
    r"|doses?)\b)?"
)
_QUANTITY = re.compile(
    rf"(?:{_CUR_BEFORE})?(?:{_NUM}|{_WORDNUM}){_SCALES}{_UNIT_AFTER}",
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _quantity_of(m: re.Match[str]) -> Quantity | None:
    num = m.group("num")
    value = _number(num) if num else float(_WORD_NUMBERS[m.group("wnum")])
    scale = m.group("scale")
    if scale:
        value *= _SCALE[scale]
    unit: str | None = None
    before = m.group("cb") or m.group("cw")
    after = m.group("ca")
    if before:
        unit = _CURRENCY.get(before) or before.upper()
    elif after:
        unit = _CURRENCY.get(after) or after.upper()
    elif m.group("unit"):
        unit = _UNITS[m.group("unit")]
    if m.group("wnum") and unit is None:
        return None  # "a delegation", "one of": a word number counts only with its unit
    if scale in ("m", "b", "k") and unit is None:
        return None
    return Quantity(round(value, 6) if value % 1 else value, unit)


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text`` (plain text; folded here), or None.

    >>> parse_quantity("US$100,000")
    Quantity(value=100000.0, unit='USD')
    >>> parse_quantity("2.5 million yuan")
    Quantity(value=2500000.0, unit='CNY')
    >>> parse_quantity("1.5 million doses")
    Quantity(value=1500000.0, unit='dose')
    """
    from bilateral._text import fold

    for _span, q in find_quantities(fold(text)):
        return q
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def find_quantities(
    folded: str, start: int = 0, end: int | None = None
) -> list[tuple[Span, Quantity]]:
    """Every quantity in ``folded[start:end]`` with its span."""
    stop = len(folded) if end is None else end
    out: list[tuple[Span, Quantity]] = []
    for m in _QUANTITY.finditer(folded, start, stop):
        if m.start() > 0 and (folded[m.start() - 1].isalnum() and m.group("num")):
            continue
        q = _quantity_of(m)
        if q is None:
            continue
        if m.group("num") and _YEAR.fullmatch(m.group("num")) and q.unit is None:
            continue  # a year
        out.append((Span(m.start(), m.end()), q))
    return out


_PLEDGE = re.compile(
    r"\b(?:pledged?|pledges|promised?|will|would|plans? to|to provide|to give|to donate|"
    r"commit(?:ted|s)? to|loans?|lend|credit|award\w*|orders?|medals?|(?<!foreign )(?<!and )trade"
    r"|two-way|exports?|"
    r"imports?|investments?|invested|projects|budget)\b"
)
_PART = re.compile(
    r"\b(?:of (?:the|that|this|which) (?:total|amount|sum)?|of which|the other|the remaining"
    r"|the rest)\b"
)
_ITEM = re.compile(
    r"\s*\b(?:of|in)\s+(?P<item>(?:[a-z-]+\s){0,2}?(?:rice|food|medical supplies|supplies|vaccines?"
    r"|equipment|medicines?|masks|cash|money|clothing|clothes|noodles|instant noodles|gifts?"
    r"|goods|aid|computers|laptops|tablets|kits))\b"
)
_BRACKET_CONVERSION = re.compile(r"^\s*\((?:some |about |around |over |nearly |approximately )?")
_ITEM_WORDS = re.compile(
    r"\b(?:instant noodles|clothing|clothes|medical supplies|medical equipment|computers|laptops"
    r"|tablets|vaccines|scholarships|gifts|rescuers|rescue workers|firefighters"
    r"|(?:medical )?(?:doctors|professionals|experts|teachers"
    r"|coaches)|(?:(?!(?:the|a|an|and|of|its|their|his|her|our)\b)[a-z-]+ )?coaches)\b"
)


@attrs.frozen
class _Part:
    item: str
    unit: str | None
    value: float | None
    donor: str | None
    recipient: str | None
    span: Span


def find_aid(doc: Document, ctx: Context, dyad: Dyad | None) -> tuple[Aid, ...]:
    """The aid items ``doc`` reports, one per item and unit, with summed parts."""
    folded = doc.folded
    parts: list[_Part] = []
    seen_values: set[tuple[float, str | None]] = set()
    if not ctx.giving_starts:
        return ()  # no giving word anywhere
    [giving] = GIVING.scanners(folded, ctx.giving_starts)
    for sent in ctx.sentences:
        if not giving.search(sent.start, sent.end):
            continue
        prev_money: Span | None = None
        cues: dict[tuple[int, int], int] = {}  # per country mention in the sentence
        for span, q in find_quantities(folded, sent.start, sent.end):
            if (
                prev_money is not None
                and _BRACKET_CONVERSION.match(folded[prev_money.end : span.start + 1])
                and span.start - prev_money.end <= 20
            ):
                prev_money = None
                continue  # "(some 3.4 million U.S. dollars)": the same sum again
            if q.unit is None or not _given(folded, sent, span):
                continue
            if q.unit in ("tonne", "dose"):
                m = _ITEM.match(folded, span.end, min(sent.end, span.end + 40))
                item = m.group("item").strip() if m else "goods"
            else:
                item = "money"
                prev_money = span
            # a figure repeated in digits is the same aid told again; "a tonne" and
            # "one tonne" to different places are parts of one total
            if folded[span.start].isdigit() or folded[span.start] == "$":
                if (q.value, q.unit) in seen_values:
                    continue
                seen_values.add((q.value, q.unit))
            donor, recipient = _sides(doc, ctx, sent, span, dyad, q.unit, cues)
            parts.append(_Part(item, q.unit, q.value, donor, recipient, span))
        services = _SERVICES.search(folded, sent.start, sent.end) is not None
        for m in _ITEM_WORDS.finditer(folded, sent.start, sent.end):
            word = m.group(0)
            window = folded[max(sent.start, m.start() - 60) : m.start()]
            if not (services or _WITH_GIVING.search(window)):
                continue
            if any(p.item == word for p in parts):
                continue
            span = Span(m.start(), m.end())
            donor, recipient = _sides(doc, ctx, sent, span, dyad, None, cues)
            # "20 computers": a counted item keeps its count (unit null)
            count = _COUNT.search(folded, max(sent.start, m.start() - 12), m.start())
            value = float(count.group(1).replace(",", "")) if count else None
            parts.append(_Part(word, None, value, donor, recipient, span))
    # One article tells one direction of giving; the clearest mention sets it for all.
    sides = [(p.donor, p.recipient) for p in parts if p.donor and p.recipient]
    direction = max(sides, key=sides.count) if sides else None
    grouped: dict[tuple[str, str | None], list[_Part]] = {}
    for p in parts:
        grouped.setdefault((p.item, p.unit), []).append(p)
    result: list[Aid] = []
    for (item, unit), group in grouped.items():
        donor, recipient = direction or (group[0].donor, group[0].recipient)
        values = [p.value for p in group if p.value is not None]
        total = sum(values) if values else None
        spans = tuple(p.span for p in group)
        result.append(Aid(item, total, unit, donor=donor, recipient=recipient, spans=spans))
    return tuple(result)


def _given(folded: str, sent: Span, span: Span) -> bool:
    if _PART.search(folded[max(sent.start, span.start - 30) : span.end + 25]):
        return False  # "5,000 tonnes of the total": a part already counted
    if _PLEDGED_AFTER.match(folded, span.end, min(sent.end, span.end + 40)):
        return False  # "a shipment of 30,000 tonnes pledged by": the promise, not the gift
    window = folded[max(sent.start, span.start - 60) : min(sent.end, span.end + 40)]
    if _PLEDGE.search(window) and not _GIFT.search(window):
        return False
    wide = folded[max(sent.start, span.start - 120) : min(sent.end, span.end + 80)]
    return GIVE.search(wide) is not None


_GIFT = re.compile(r"\b(?:gift|donat\w+)\b")
_PLEDGED_AFTER = re.compile(
    r"\s*(?:of [a-z]+\s+)?(?:(?:that|which) (?:was |were |had been )?)?"
    r"(?:pledged|promised|committed)\b"
)
_COUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,6}) \Z")
_WITH_GIVING = re.compile(
    r"\b(?:gave|donated|presented|handed|sent|dispatched|along with|together with|with)\b"
)
# "Its support includes training places and engineers sent to ...": services given
_SERVICES = re.compile(r"\b(?:assistance|aid|support|help)\s+(?:\w+\s+){0,2}?includ\w*\b")
_DONATED_AFTER = re.compile(r"^-donated|^'s? (?:gift|donation|provision)")
_FROM = re.compile(r"\b(?:from)\s+(?:the\s+)?$")
_RECEIVE = re.compile(
    r"\b(?:received|receives|took delivery|(?:was|were) (?:presented|given|handed)|went to)\b"
)
# "thanked the Chinese government for handing over ...": the one thanked gave
_THANKED = re.compile(r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_TO = re.compile(
    r"\b(?:to|for|gave|give|gives|presented|provided|helping)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)


_GIVER, _GIVEN_TO = 1, 2


def _cue_around(folded: str, sent: Span, cspan: Span) -> int:
    """What the words around a country's mention say it is: the giver, the one given
    to, or neither (0); the same for every item of its sentence, so worked out once."""
    before = folded[max(sent.start, cspan.start - 25) : cspan.start]
    after = folded[cspan.end : min(sent.end, cspan.end + 12)]
    if _FROM.search(before) or _THANKED.search(before) or _DONATED_AFTER.match(after):
        return _GIVER
    if _TO.search(before):
        return _GIVEN_TO
    return 0


def _sides(
    doc: Document,
    ctx: Context,
    sent: Span,
    span: Span,
    dyad: Dyad | None,
    unit: str | None,
    cues: dict[tuple[int, int], int],
) -> tuple[str | None, str | None]:
    folded = doc.folded
    donor: str | None = None
    recipient: str | None = None
    lo, hi = max(sent.start, span.start - 120), min(sent.end, span.end + 120)
    for cspan, code in ctx.countries_at(lo, hi):
        key = (cspan.start, cspan.end)
        cue = cues.get(key)
        if cue is None:
            cue = cues[key] = _cue_around(folded, sent, cspan)
        if cue == _GIVER:
            donor = donor or code
        elif cue == _GIVEN_TO and cspan.start > span.start - 200:
            recipient = recipient or code
    if donor is None:
        # the giver is the subject: the country or person named before the verb
        give = GIVE.search(folded, lo, hi)
        stop = give.start() if give else span.start
        subjects = ctx.countries_in(lo, stop)
        persons = ctx.people_in(lo, stop)
        subject = persons[-1].country if persons and persons[-1].country else None
        subject = subject or (subjects[-1] if subjects else None)
        if give is not None and _RECEIVE.match(folded, give.start()):
            recipient = recipient or subject
        else:
            donor = subject
    if recipient is None and ctx.venue is not None and ctx.venue != donor:
        recipient = ctx.venue
    if dyad is not None:
        members = (dyad.a, dyad.b)
        if donor is not None and donor in members and recipient is None:
            recipient = dyad.other(donor)
        elif recipient is not None and recipient in members and donor is None:
            donor = dyad.other(recipient)
        elif donor is None and recipient is None:
            owner = _currency_country(unit)
            if owner is not None and owner in members:
                recipient, donor = owner, dyad.other(owner)
        if donor is not None and donor == recipient:
            recipient = dyad.other(donor) if donor in members else None
    elif donor is not None and donor == recipient:
        recipient = None
    return donor, recipient


def _currency_country(unit: str | None) -> str | None:
    # Money given in the local currency is usually handed over where it is spent.
    if unit is None or len(unit) != 3:
        return None
    country = pycountry.countries.get(alpha_2=unit[:2])
    return country.alpha_3 if country is not None else None

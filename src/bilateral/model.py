"""The domain model: frozen, slotted, typed classes for an article and its facts.

Every fact carries the span(s) of the text it came from, so it can be checked:
``article.text[span.start:span.end]`` is the surface text of the evidence.

>>> from bilateral.model import Span
>>> text = "Hanoi hosts Havana"
>>> Span(12, 18).of(text)
'Havana'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pendulum

from bilateral._countries import is_alpha3

__all__ = [
    "Agreement",
    "Aid",
    "Article",
    "Country",
    "Dyad",
    "Engagement",
    "EngagementKind",
    "Event",
    "Layout",
    "Locality",
    "Person",
    "Snippet",
    "Span",
    "Topic",
    "TopicMention",
]


@attrs.frozen(order=False)
class Span:
    """A half-open character range ``[start, end)`` of an article's text.

    >>> Span(0, 5).of("Hanoi and Havana")
    'Hanoi'
    >>> len(Span(3, 7))
    4
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check for both bounds (spans are built by the thousand per article).
        if not 0 <= self.start <= self.end:
            if self.start < 0 or self.end < 0:
                name, value = ("start", self.start) if self.start < 0 else ("end", self.end)
                raise ValueError(f"{name} must be >= 0, got {value}")
            raise ValueError(f"span ends before it starts: {self.start}..{self.end}")

    # Ordered by (start, end), written out: attrs' generic ordering builds tuples
    # through several calls, and spans are sorted in every stage.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The surface text this span points at.

        >>> Span(6, 11).of("Hanoi hosts Havana")
        'hosts'
        """
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 9)), Span(0, 5).overlaps(Span(5, 9))
        (True, False)
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span.

        >>> Span(0, 10).contains(Span(2, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end


Spans = tuple[Span, ...]


def _alpha3(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an ISO 3166-1 alpha-3 code, as the model stores countries."""
    if not is_alpha3(value):
        raise ValueError(
            f"{attribute.name} must be an ISO 3166-1 alpha-3 code (upper case, as 'VNM'), "
            f"got {value!r}"
        )


def _optional_alpha3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _alpha3(instance, attribute, value)


_MONTH = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])")


def _month(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, str) and _MONTH.fullmatch(value)):
        raise ValueError(f"{attribute.name} must be YYYY-MM (as '2023-04'), got {value!r}")


@attrs.frozen
class Snippet:
    """A short piece of the article (headline, dateline, agency) with its span.

    >>> Snippet("HÀ NỘI", Span(20, 26)).text
    'HÀ NỘI'
    """

    text: str
    span: Span


@attrs.frozen
class Layout:
    """Where the parts of the article are.

    ``paragraphs`` and ``sentences`` are spans of ``Article.text`` in reading
    order; ``captions`` are photo captions and web-page clutter, which are
    not part of the story (their people are not counted).

    >>> text = "Talks held. Both sides agreed."
    >>> layout = Layout(Span(0, 30), paragraphs=(Span(0, 30),),
    ...                 sentences=(Span(0, 11), Span(12, 30)))
    >>> [s.of(text) for s in layout.sentences]
    ['Talks held.', 'Both sides agreed.']
    >>> layout.captions, layout.header is None
    ((), True)
    """

    body: Span
    paragraphs: Spans = attrs.field(factory=tuple)
    sentences: Spans = attrs.field(factory=tuple)
    captions: Spans = attrs.field(factory=tuple)
    header: Span | None = attrs.field(default=None, kw_only=True)
    region: Snippet | None = attrs.field(default=None, kw_only=True)
    dateline_date: pendulum.Date | None = attrs.field(default=None, kw_only=True)
    signoff: Span | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Person:
    """A named person, once per article.

    ``name`` is the fullest form the article gives, without honorifics or
    title words; ``aliases`` are the other forms that refer to them (short
    names, ``Mr. Trung``, role mentions such as ``the host``); ``spans``
    point at every mention, full or short.

    >>> p = Person("Đinh Tiến Dũng", title="Secretary of Hà Nội Party Committee",
    ...            country="VNM", aliases=("Dũng",), spans=(Span(0, 14),))
    >>> p.name, p.country
    ('Đinh Tiến Dũng', 'VNM')
    """

    name: str
    title: str | None = None
    country: str | None = attrs.field(default=None, validator=_optional_alpha3)
    aliases: tuple[str, ...] = attrs.field(factory=tuple)
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


@attrs.frozen
class Country:
    """A country named in the article, as an ISO 3166-1 alpha-3 code.

    ``spans`` point at each name, demonym, capital, locality or organisation
    that names it. Any other code is refused.

    >>> Country("CUB", spans=(Span(0, 4),)).code
    'CUB'
    >>> Country("CU")
    Traceback (most recent call last):
    ValueError: code must be an ISO 3166-1 alpha-3 code (upper case, as 'VNM'), got 'CU'
    """

    code: str = attrs.field(validator=_alpha3)
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


@attrs.frozen
class Locality:
    """A city, province, state or region named as a place.

    >>> Locality("Havana", "CUB").name
    'Havana'
    """

    name: str
    country: str | None = attrs.field(default=None, validator=_optional_alpha3)
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


def _after_a(instance: Dyad, _: attrs.Attribute[Any], b: str) -> None:
    if not instance.a < b:
        raise ValueError(
            f"a dyad is two countries in sorted order, not Dyad({instance.a!r}, {b!r}): "
            "use Dyad.of()"
        )


@attrs.frozen
class Dyad:
    """The two countries whose relation the article reports, sorted.

    Both are alpha-3 codes; ``a`` sorts before ``b``. :meth:`of` takes them
    in either order; the constructor refuses them unsorted.

    >>> Dyad.of("VNM", "CUB")
    Dyad(a='CUB', b='VNM')
    >>> Dyad("VNM", "CUB")
    Traceback (most recent call last):
    ValueError: a dyad is two countries in sorted order, not Dyad('VNM', 'CUB'): use Dyad.of()
    """

    a: str = attrs.field(validator=_alpha3)
    b: str = attrs.field(validator=[_alpha3, _after_a])

    @classmethod
    def of(cls, first: str, second: str) -> Dyad:
        """The dyad of two countries in either order.

        >>> Dyad.of("VNM", "CUB") == Dyad.of("CUB", "VNM") == Dyad("CUB", "VNM")
        True
        """
        x, y = sorted((first, second))
        return cls(x, y)

    def __iter__(self) -> Iterator[str]:
        return iter((self.a, self.b))

    def other(self, code: str) -> str:
        """The partner of ``code`` in this dyad.

        >>> Dyad.of("VNM", "CUB").other("VNM")
        'CUB'
        """
        if code == self.a:
            return self.b
        if code == self.b:
            return self.a
        raise ValueError(f"{code} is not in {self}")


class EngagementKind(enum.StrEnum):
    """What kind of engagement: the codebook's six kinds.

    Members are strings equal to their codebook value.

    >>> EngagementKind("call") is EngagementKind.CALL, EngagementKind.VISIT == "visit"
    (True, True)
    >>> [k.value for k in EngagementKind]
    ['talks', 'reception', 'meeting', 'call', 'visit', 'signing']
    """

    TALKS = "talks"
    RECEPTION = "reception"
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    SIGNING = "signing"


@attrs.frozen
class Engagement:
    """A meeting, visit, call or signing the article reports.

    ``host`` and ``participants`` are names of the article's people
    (``Person.name``); ``end`` is set only for a period. ``kind`` is an
    :class:`EngagementKind`; its codebook value is converted to one.

    >>> e = Engagement("visit", start=pendulum.Date(2022, 3, 7),
    ...                end=pendulum.Date(2022, 3, 12), participants=("Ana Ruiz Soto",))
    >>> e.kind, e.end.isoformat()
    (<EngagementKind.VISIT: 'visit'>, '2022-03-12')
    """

    kind: EngagementKind = attrs.field(converter=EngagementKind)
    start: pendulum.Date | None = None
    end: pendulum.Date | None = None
    host: str | None = None
    participants: tuple[str, ...] = attrs.field(factory=tuple)
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


class Topic(enum.StrEnum):
    """A field of cooperation, from the codebook's vocabulary.

    >>> Topic.HEALTH.cap_code
    3
    """

    AGRICULTURE = "agriculture"
    CULTURE = "culture"
    EDUCATION = "education"
    HEALTH = "health"
    TRADE = "trade"
    INVESTMENT = "investment"
    SCIENCE_TECHNOLOGY = "science_technology"
    URBAN_DEVELOPMENT = "urban_development"
    TRANSPORT = "transport"
    ENVIRONMENT = "environment"
    ENERGY = "energy"
    SECURITY = "security"
    TOURISM = "tourism"
    LABOUR = "labour"
    FINANCE = "finance"
    GOVERNANCE = "governance"
    PEOPLE_TO_PEOPLE = "people_to_people"
    MEDIA = "media"
    HUMANITARIAN = "humanitarian"
    JUSTICE = "justice"

    @property
    def cap_code(self) -> int:
        """The Comparative Agendas Project major topic code.

        >>> Topic.TRADE.cap_code, Topic.INVESTMENT.cap_code, Topic.ENERGY.cap_code
        (18, 18, 8)
        """
        return _CAP_CODES[self]


_CAP_CODES: dict[Topic, int] = {
    Topic.AGRICULTURE: 4,
    Topic.CULTURE: 23,
    Topic.EDUCATION: 6,
    Topic.HEALTH: 3,
    Topic.TRADE: 18,
    Topic.INVESTMENT: 18,
    Topic.SCIENCE_TECHNOLOGY: 17,
    Topic.URBAN_DEVELOPMENT: 14,
    Topic.TRANSPORT: 10,
    Topic.ENVIRONMENT: 7,
    Topic.ENERGY: 8,
    Topic.SECURITY: 16,
    Topic.TOURISM: 15,
    Topic.LABOUR: 5,
    Topic.FINANCE: 1,
    Topic.GOVERNANCE: 20,
    Topic.PEOPLE_TO_PEOPLE: 19,
    Topic.MEDIA: 17,
    Topic.HUMANITARIAN: 13,
    Topic.JUSTICE: 12,
}


@attrs.frozen
class TopicMention:
    """A field of cooperation with the spans of the words that name it.

    ``topic`` is a :class:`Topic`; its codebook value is converted to one.

    >>> TopicMention("trade", spans=(Span(10, 15),)).topic.cap_code
    18
    """

    topic: Topic = attrs.field(converter=Topic)
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


@attrs.frozen
class Agreement:
    """A document signed, or agreed to be signed.

    >>> Agreement("cooperation agreement", start_year=2023, end_year=2028, signed=True).signed
    True
    """

    kind: str
    parties: tuple[str, ...] = attrs.field(factory=tuple)
    start_year: int | None = None
    end_year: int | None = None
    signed: bool = False
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


@attrs.frozen
class Aid:
    """Goods, money or services one side gave or handed over to the other.

    ``unit`` is ``tonne``, ``dose``, an ISO 4217 currency code, or None for
    counted items.

    >>> Aid("rice", 2000.0, "tonne", donor="VNM", recipient="CUB").quantity
    2000.0
    """

    item: str
    quantity: float | None = None
    unit: str | None = None
    donor: str | None = attrs.field(default=None, validator=_optional_alpha3)
    recipient: str | None = attrs.field(default=None, validator=_optional_alpha3)
    spans: Spans = attrs.field(factory=tuple, kw_only=True)


@attrs.frozen
class Event:
    """A dyadic event coded for event-data tools (CAMEO and PLOVER).

    ``basis`` says which fact yielded it (``engagement``, ``agreement``,
    ``aid``, ``statement``). ``source_actor`` and ``target_actor`` are the names
    of the article's people acting on each side, where the fact names them;
    ``date`` is the fact's own date (an engagement's start), None where it has
    none; ``sides`` says how the two countries were found: ``told`` (by the
    fact's people or parties), ``venue`` (the host side is the dateline's
    country), ``dyad`` (the direction is the dyad's order: the article does not
    tell it) or ``unknown`` (a country is missing).

    >>> Event("042", "CONSULT", source="CUB", target="VNM", basis="engagement").cameo
    '042'
    """

    cameo: str
    plover: str
    source: str | None = attrs.field(default=None, validator=_optional_alpha3)
    target: str | None = attrs.field(default=None, validator=_optional_alpha3)
    basis: str = "engagement"
    spans: Spans = attrs.field(factory=tuple, kw_only=True)
    source_actor: str | None = attrs.field(default=None, kw_only=True)
    target_actor: str | None = attrs.field(default=None, kw_only=True)
    date: pendulum.Date | None = attrs.field(default=None, kw_only=True)
    sides: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen(repr=False)
class Article:
    """One news article and everything extracted from it.

    ``text`` is the article's whole text (decoded and normalised: see
    :func:`bilateral.load_article`); every span indexes into it.
    ``date`` is the publication date; ``month`` is ``YYYY-MM`` when the header
    gives only a month (then ``date`` is None).

    Articles usually come from :func:`bilateral.load_article`; built by hand,
    only ``id``, ``text`` and ``layout`` are needed:

    >>> text = "Ana Ruiz met Bo Lin. They discussed trade."
    >>> a = Article("a", text, Layout(Span(0, len(text))),
    ...             date=pendulum.Date(2024, 5, 2), dyad=Dyad.of("VNM", "CUB"),
    ...             people=(Person("Ana Ruiz", spans=(Span(0, 8),)),))
    >>> a.id, a.date.isoformat(), a.dyad, a.people[0].spans[0].of(a.text)
    ('a', '2024-05-02', Dyad(a='CUB', b='VNM'), 'Ana Ruiz')
    """

    id: str
    text: str
    layout: Layout
    date: pendulum.Date | None = None
    month: str | None = attrs.field(default=None, validator=_month)
    headline: Snippet | None = None
    dateline: Snippet | None = None
    agency: Snippet | None = None
    people: tuple[Person, ...] = attrs.field(factory=tuple)
    countries: tuple[Country, ...] = attrs.field(factory=tuple)
    localities: tuple[Locality, ...] = attrs.field(factory=tuple)
    dyad: Dyad | None = None
    engagements: tuple[Engagement, ...] = attrs.field(factory=tuple)
    topics: tuple[TopicMention, ...] = attrs.field(factory=tuple)
    agreements: tuple[Agreement, ...] = attrs.field(factory=tuple)
    aid: tuple[Aid, ...] = attrs.field(factory=tuple)
    events: tuple[Event, ...] = attrs.field(factory=tuple)
    source: str | None = None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of each paragraph.

        >>> text = "One. Two."
        >>> Article("a", text, Layout(Span(0, 9), (Span(0, 4), Span(5, 9)))).paragraphs
        ('One.', 'Two.')
        """
        return tuple(s.of(self.text) for s in self.layout.paragraphs)

    @property
    def sentences(self) -> tuple[str, ...]:
        """The text of each sentence.

        >>> text = "Talks held. Both agreed."
        >>> layout = Layout(Span(0, 24), sentences=(Span(0, 11), Span(12, 24)))
        >>> Article("a", text, layout).sentences
        ('Talks held.', 'Both agreed.')
        """
        return tuple(s.of(self.text) for s in self.layout.sentences)

    @property
    def country_codes(self) -> tuple[str, ...]:
        """The alpha-3 codes of the countries named, sorted.

        >>> Article("a", "", Layout(Span(0, 0)),
        ...         countries=(Country("VNM"), Country("CUB"))).country_codes
        ('CUB', 'VNM')
        """
        return tuple(sorted(c.code for c in self.countries))

    @property
    def topic_names(self) -> tuple[str, ...]:
        """The topics as their codebook names, sorted.

        >>> Article("a", "", Layout(Span(0, 0)), topics=(
        ...     TopicMention(Topic.TRADE), TopicMention(Topic.HEALTH))).topic_names
        ('health', 'trade')
        """
        return tuple(sorted(t.topic.value for t in self.topics))

    def __repr__(self) -> str:
        """A short summary: id, date, dyad and how many facts of each kind.

        The whole record is :func:`bilateral.to_record`; the evidence page,
        which Jupyter shows for an article on its own, is
        :func:`bilateral.render_html`.

        >>> text = "Ana Ruiz met Bo Lin."
        >>> Article("a", text, Layout(Span(0, len(text))), date=pendulum.Date(2024, 5, 2),
        ...         dyad=Dyad.of("VNM", "CUB"), people=(Person("Ana Ruiz"), Person("Bo Lin")))
        <Article 'a' 2024-05-02 CUB-VNM: 2 people, 0 engagements, 0 topics, 0 agreements, 0 aid>
        """
        when = self.date.isoformat() if self.date else (self.month or "undated")
        dyad = f"{self.dyad.a}-{self.dyad.b}" if self.dyad else "no dyad"
        counts = ", ".join(
            f"{len(getattr(self, name))} {name}"
            for name in ("people", "engagements", "topics", "agreements", "aid")
        )
        return f"<Article {self.id!r} {when} {dyad}: {counts}>"

    def _repr_html_(self) -> str:
        """The evidence page, for Jupyter (:func:`bilateral.render_html`, inline)."""
        from bilateral.render import render_fragment

        return render_fragment(self)

    def person(self, name: str) -> Person | None:
        """The person with this name or alias, or None.

        >>> a = Article("a", "", Layout(Span(0, 0)),
        ...             people=(Person("Đinh Tiến Dũng", aliases=("Dũng",)),))
        >>> a.person("Dũng").name, a.person("Nobody")
        ('Đinh Tiến Dũng', None)
        """
        for p in self.people:
            if p.name == name or name in p.aliases:
                return p
        return None

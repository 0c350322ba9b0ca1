"""Hypothesis strategies for bilateral's model, for your own property tests.

Needs Hypothesis, which the extra ``bilateral[test]`` installs
(``pip install 'bilateral[test]'``); importing this module without it raises
an ``ImportError`` that says so. Every generated object is valid: spans lie
inside the article's text, dates are real dates, countries are ISO 3166-1
alpha-3 codes.

>>> from hypothesis import given, settings
>>> from bilateral.strategies import articles
>>> @settings(max_examples=10)
... @given(articles())
... def test_id_is_text(article):
...     assert isinstance(article.id, str)
>>> test_id_is_text()
"""

from __future__ import annotations

import string

import pendulum

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "bilateral.strategies needs Hypothesis: pip install 'bilateral[test]'"
    ) from exc

from bilateral._countries import alpha3_codes
from bilateral.model import (
    Agreement,
    Aid,
    Article,
    Country,
    Dyad,
    Engagement,
    EngagementKind,
    Event,
    Layout,
    Locality,
    Person,
    Snippet,
    Span,
    Topic,
    TopicMention,
)

__all__ = [
    "alpha3",
    "article_texts",
    "articles",
    "dates",
    "header_dates",
    "spans",
]

# A few codes tried first keep generated data readable; every ISO code may come.
_CODES = ("VNM", "CUB", "CHN", "LAO", "KHM", "KOR", "USA", "FRA", "DEU", "IND", "BGD", "THA")


def alpha3() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes, as the model stores countries.

    >>> from hypothesis import find, given, settings
    >>> find(alpha3(), lambda code: code != "VNM")
    'CUB'
    >>> @settings(max_examples=5)
    ... @given(alpha3())
    ... def test_three_capitals(code):
    ...     assert len(code) == 3 and code.isupper()
    >>> test_three_capitals()
    """
    return st.one_of(st.sampled_from(_CODES), st.sampled_from(sorted(alpha3_codes())))


def dates(min_year: int = 1945, max_year: int = 2100) -> st.SearchStrategy[pendulum.Date]:
    """Real calendar dates as ``pendulum.Date``.

    >>> from hypothesis import find
    >>> find(dates(2000, 2001), lambda d: d.month == 2 and d.day == 29)
    Date(2000, 2, 29)
    """
    return st.dates(
        min_value=pendulum.Date(min_year, 1, 1), max_value=pendulum.Date(max_year, 12, 31)
    ).map(lambda d: pendulum.Date(d.year, d.month, d.day))


def spans(length: int) -> st.SearchStrategy[Span]:
    """Spans inside a text of ``length`` characters.

    >>> from hypothesis import find, given, settings
    >>> find(spans(10), lambda span: len(span) >= 3)
    Span(start=0, end=3)
    >>> @settings(max_examples=5)
    ... @given(spans(10))
    ... def test_inside(span):
    ...     assert 0 <= span.start <= span.end <= 10
    >>> test_inside()
    """
    return (
        st.tuples(st.integers(0, length), st.integers(0, length))
        .map(sorted)
        .map(lambda pair: Span(pair[0], pair[1]))
    )


_pairs = st.lists(alpha3(), min_size=2, max_size=2, unique=True)
_words = st.text(
    string.ascii_letters + "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĐđƠơƯưạảấầẩẫậắằẳẵặẹẻẽếềểễệ",
    min_size=1,
    max_size=12,
)
_names = st.lists(_words, min_size=1, max_size=4).map(" ".join)


def articles(text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Article]:
    """Articles with every kind of fact, their spans inside their text.

    The facts are random, not extracted: use this to test code that consumes
    articles (filters, exports, converters), not the extractor.

    >>> from hypothesis import given, settings
    >>> from bilateral.convert import dumps, loads
    >>> @settings(max_examples=5)
    ... @given(articles())
    ... def test_round_trip(article):
    ...     assert loads(dumps(article)) == article
    ...     assert all(s.end <= len(article.text) for p in article.people for s in p.spans)
    >>> test_round_trip()
    """
    return (text or st.text(max_size=400)).flatmap(_article_for)


def _article_for(text: str) -> st.SearchStrategy[Article]:
    n = len(text)
    sp = spans(n)
    span_tuples = st.lists(sp, max_size=3).map(tuple)
    snippet = st.one_of(st.none(), sp.map(lambda s: Snippet(s.of(text), s)))
    optional_code = st.one_of(st.none(), alpha3())
    people = st.lists(
        st.builds(
            Person,
            name=_names,
            title=st.one_of(st.none(), _names),
            country=optional_code,
            aliases=st.lists(_names, max_size=2).map(tuple),
            spans=span_tuples,
        ),
        max_size=4,
        unique_by=lambda p: p.name,
    ).map(tuple)
    optional_date = st.one_of(st.none(), dates())
    layout = st.builds(
        Layout,
        body=st.just(Span(0, n)),
        paragraphs=span_tuples,
        sentences=span_tuples,
        captions=span_tuples,
        header=st.one_of(st.none(), sp),
        region=snippet,
        dateline_date=optional_date,
        signoff=st.one_of(st.none(), sp),
    )

    @st.composite
    def build(draw: st.DrawFn) -> Article:
        persons = draw(people)
        who = [p.name for p in persons]
        person_name = st.sampled_from(who) if who else st.nothing()
        participants = (
            st.lists(person_name, max_size=3, unique=True).map(tuple) if who else st.just(())
        )
        engagement = st.builds(
            Engagement,
            kind=st.sampled_from(EngagementKind),
            start=optional_date,
            end=optional_date,
            host=st.one_of(st.none(), person_name),
            participants=participants,
            spans=span_tuples,
        )
        year = st.one_of(st.none(), st.integers(1945, 2100))
        codes = draw(st.lists(alpha3(), max_size=4, unique=True))
        return Article(
            id=draw(st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=12)),
            text=text,
            layout=draw(layout),
            date=draw(optional_date),
            month=draw(st.one_of(st.none(), dates().map(lambda d: d.format("YYYY-MM")))),
            headline=draw(snippet),
            dateline=draw(snippet),
            agency=draw(snippet),
            people=persons,
            countries=tuple(Country(c, spans=draw(span_tuples)) for c in codes),
            localities=tuple(
                draw(
                    st.lists(
                        st.builds(Locality, name=_names, country=optional_code, spans=span_tuples),
                        max_size=3,
                    )
                )
            ),
            dyad=draw(st.one_of(st.none(), _pairs.map(lambda pair: Dyad.of(*pair)))),
            engagements=tuple(draw(st.lists(engagement, max_size=3))),
            topics=tuple(
                TopicMention(t, spans=draw(span_tuples))
                for t in draw(st.lists(st.sampled_from(Topic), max_size=4, unique=True))
            ),
            agreements=tuple(
                draw(
                    st.lists(
                        st.builds(
                            Agreement,
                            kind=_names,
                            parties=st.lists(_names, max_size=2).map(tuple),
                            start_year=year,
                            end_year=year,
                            signed=st.booleans(),
                            spans=span_tuples,
                        ),
                        max_size=2,
                    )
                )
            ),
            aid=tuple(
                draw(
                    st.lists(
                        st.builds(
                            Aid,
                            item=_names,
                            quantity=st.one_of(
                                st.none(), st.floats(0, 1e12, allow_nan=False, allow_infinity=False)
                            ),
                            unit=st.one_of(st.none(), st.sampled_from(["tonne", "dose", "USD"])),
                            donor=optional_code,
                            recipient=optional_code,
                            spans=span_tuples,
                        ),
                        max_size=2,
                    )
                )
            ),
            events=tuple(
                draw(
                    st.lists(
                        st.builds(
                            Event,
                            cameo=st.sampled_from(["040", "042", "043", "057", "071", "036"]),
                            plover=st.sampled_from(["CONSULT", "AGREE", "AID", "COOPERATE"]),
                            source=optional_code,
                            target=optional_code,
                            basis=st.sampled_from(["engagement", "agreement", "aid", "statement"]),
                            spans=span_tuples,
                        ),
                        max_size=3,
                    )
                )
            ),
            source=draw(st.one_of(st.none(), st.just("seeds/x.txt"))),
        )

    return build()


def header_dates() -> st.SearchStrategy[tuple[int, int, int]]:
    """(year, month, day) triples, valid or not, as a header might carry them.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(header_dates())
    ... def test_in_range(ymd):
    ...     year, month, day = ymd
    ...     assert 0 <= year <= 9999 and 0 <= month <= 99 and 0 <= day <= 99
    >>> test_in_range()
    """
    return st.tuples(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))


_HEADLINE_WORDS = ("leaders", "discuss", "cooperation", "ties", "deepen", "sign", "visit")


def article_texts() -> st.SearchStrategy[str]:
    """Article-shaped texts: optional header, headline, dateline, paragraphs, sign-off.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(article_texts())
    ... def test_ends_a_sentence(text):
    ...     assert text.rstrip().endswith((".", "VNS", "/.", "(Source:PL)"))
    >>> test_ends_a_sentence()
    """
    sentence = st.builds(
        lambda a, b, c: f"{a.capitalize()} {b} {c}.",
        _words, st.sampled_from(_HEADLINE_WORDS), _names,
    )  # fmt: skip
    paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
    header = st.one_of(st.just(""), dates().map(lambda d: f" date {d.isoformat()} "))
    headline = st.one_of(st.just(""), _names.map(lambda s: s + "\n"))
    dateline = st.sampled_from(["", "HÀ NỘI — ", "Hanoi (VNA) - ", "HAVANA, Cuba, Jun 9 (ACN) "])
    signoff = st.sampled_from(["", " — VNS", "/.", " (Source:PL)"])
    return st.builds(
        lambda h, hl, d, ps, s: h + hl + d + "\n\n".join(ps) + s,
        header, headline, dateline, st.lists(paragraph, min_size=1, max_size=4), signoff,
    )  # fmt: skip

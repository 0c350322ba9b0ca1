"""Date resolution: the codebook's rules for engagement dates, and their properties."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._extract.dates import Relation, find_dates, latest_weekday, month_number
from bilateral._text import fold

REF = pendulum.Date(2024, 3, 14)  # a Thursday


def one(text: str, ref: pendulum.Date | None = REF, year: int | None = 2024) -> tuple:
    found = find_dates(fold(text), ref=ref, year=year)
    assert len(found) == 1, found
    m = found[0]
    return (
        m.relation.value,
        m.start.isoformat() if m.start else None,
        m.end.isoformat() if m.end else None,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mayor arrived on March 3.", ("point", "2024-03-03", None)),
        ("They met on 3 March.", ("point", "2024-03-03", None)),
        ("Talks were held on Mar 3.", ("point", "2024-03-03", None)),
        ("signed on Sept. 9 in the capital", ("point", "2024-09-09", None)),
        ("a visit from March 5-9", ("period", "2024-03-05", "2024-03-09")),
        ("a visit March 5 to 9", ("period", "2024-03-05", "2024-03-09")),
        ("a tour from February 27 to March 2", ("period", "2024-02-27", "2024-03-02")),
        ("between March 10 and 12, the team", ("period", "2024-03-10", "2024-03-12")),
        ("a visit from 2 – 4 March", ("period", "2024-03-02", "2024-03-04")),
        ("stays until March 20", ("until", None, "2024-03-20")),
        ("from Monday to Wednesday", ("period", "2024-03-11", "2024-03-13")),
        ("on Tuesday", ("point", "2024-03-12", None)),
        ("on Thursday", ("point", "2024-03-14", None)),
        ("on Friday evening (local time)", ("point", "2024-03-08", None)),
        ("today", ("point", "2024-03-14", None)),
        ("this morning", ("point", "2024-03-14", None)),
        ("tonight", ("point", "2024-03-14", None)),
        ("yesterday afternoon", ("point", "2024-03-13", None)),
        ("on Monday (11/3)", ("point", "2024-03-11", None)),
        ("on Monday (March 11)", ("point", "2024-03-11", None)),
        ("on December 2, 2023", ("point", "2023-12-02", None)),
        ("last Tuesday", ("point", "2024-03-12", None)),
        ("last Thursday", ("point", "2024-03-07", None)),  # not the reference day itself
        ("received on 11/3", ("point", "2024-03-11", None)),  # day first
        ("received on 3/11/2023", ("point", "2023-11-03", None)),
        ("received on 3/21", ("point", "2024-03-21", None)),  # 21 is no month: month first
        ("the same day", ("same", None, None)),
        ("earlier that day", ("same", None, None)),
        ("Following the talks, they", ("same_talks", None, None)),
    ],
)
def test_forms(text: str, want: tuple) -> None:
    assert one(text) == want


def test_missing_reference_date_leaves_weekdays_unresolved() -> None:
    assert one("on Tuesday", ref=None, year=None) == ("point", None, None)
    assert one("yesterday", ref=None, year=None) == ("point", None, None)
    # a day without a year takes the article's year, which a month-only header gives
    assert one("on June 9", ref=None, year=2022) == ("point", "2022-06-09", None)
    assert one("on June 9", ref=None, year=None) == ("point", None, None)


def test_non_dates() -> None:
    assert find_dates(fold("a three-day visit in May 2023"), ref=REF, year=2024) == ()
    assert find_dates(fold("10,000 and 2,000 tonnes"), ref=REF, year=2024) == ()
    assert find_dates(fold("between 2018 and 2022"), ref=REF, year=2024) == ()
    assert find_dates(fold("on 3/45 and on 13/13"), ref=REF, year=2024) == ()
    assert find_dates(fold("a 3/4 majority, 2/3 of the seats"), ref=REF, year=2024) == ()
    # "and" without "between" joins two days, not a period
    assert one("on June 5 and 15")[0] == "point"


def test_month_numbers() -> None:
    assert [month_number(m) for m in ("Jan", "Sept.", "december", "MAY")] == [1, 9, 12, 5]


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
dates = st.dates(min_value=pendulum.Date(1990, 1, 1), max_value=pendulum.Date(2060, 12, 31)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)


@given(dates, st.integers(min_value=0, max_value=6))
def test_weekday_is_that_day_within_six_days_before(ref: pendulum.Date, weekday: int) -> None:
    got = latest_weekday(ref, weekday)
    assert got.weekday() == weekday
    assert 0 <= (ref - got).in_days() <= 6
    (mention,) = find_dates(f"met on {_WEEKDAYS[weekday]}.", ref=ref, year=ref.year)
    assert mention.start == got


@given(dates, st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=6))
def test_weekday_periods_never_end_before_they_start(
    ref: pendulum.Date, first: int, last: int
) -> None:
    (m,) = find_dates(f"from {_WEEKDAYS[first]} to {_WEEKDAYS[last]}", ref=ref, year=ref.year)
    assert m.relation is Relation.PERIOD
    assert m.start is not None and m.end is not None
    assert m.start <= m.end <= ref
    assert m.start.weekday() == first and m.end.weekday() == last


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1990, max_value=2060),
)
def test_calendar_periods_never_end_before_they_start(
    m1: int, d1: int, m2: int, d2: int, year: int
) -> None:
    text = f"a visit from {_MONTHS[m1 - 1]} {d1} to {_MONTHS[m2 - 1]} {d2}"
    for m in find_dates(fold(text), ref=None, year=year):
        if m.relation is Relation.PERIOD and m.start and m.end:
            assert m.start <= m.end


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("earlier in the day, the mayor toured a school", Relation.SAME),
        ("later in the day the two sides signed a plan", Relation.SAME),
        ("later the same day, they met again", Relation.SAME),
        ("on this occasion, the two sides signed a plan", Relation.SAME),
        ("following the audience, the guests toured the palace", Relation.SAME_TALKS),
        ("after the welcome ceremony, they held talks", Relation.SAME_TALKS),
    ],
)
def test_relative_anchors_point_back(text: str, relation: Relation) -> None:
    found = find_dates(text, ref=pendulum.Date(2022, 3, 9), year=2022)
    assert [m.relation for m in found] == [relation]
    assert found[0].start is None


def test_bare_earlier_is_no_anchor() -> None:
    assert find_dates("earlier, the minister toured a farm", ref=None, year=2022) == ()
    assert find_dates("prior to that, they toured a farm", ref=None, year=2022) == ()

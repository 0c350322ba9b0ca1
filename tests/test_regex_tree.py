"""The literal beginnings the cue regexes are gated by: exact on each construct the tables
use, sound on every table's patterns (every match begins with one of them)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral._extract import cues, dates
from bilateral._lexicon.regex_tree import Unreadable, beginnings, read


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bmet\b", {"met"}),
        (r"\b(?:the|his) talks?\b", {"the talk", "his talk"}),
        (r"\bgreet(?:ed|s)?\b", {"greet", "greeted", "greets"}),
        (r"\b(?P<verb>held|had) talks\b", {"held tal", "had talk"}),
        (r"\b(?:tele)?phoned\b", {"phoned", "telephon"}),
        (r"\bmeet(?=ing)", {"meet"}),
        (r"[;:]|(?<!\d) -{1,2} (?!\d)", {";", ":", " -"}),
        (r"\bvideo ?conferences?\b", {"videocon", "video co"}),
        (r"\b[a-c]x", {"ax", "bx", "cx"}),
        (r"\bwe\w+", {"we"}),
        (r"\bmet (?:with )*\w", {"met "}),
        (r"(?:a|b){2}c", {"a", "b"}),
        (r"\bgood\.", {"good."}),
    ],
)
def test_beginnings_of_each_construct(pattern: str, expected: set[str]) -> None:
    assert beginnings(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"(?i)met", r"(a)\1", r"[a-z]+", r".met", r"\w+ met", "met|"])
def test_a_pattern_without_a_literal_beginning_is_ungated(pattern: str) -> None:
    assert "" in beginnings(pattern)


def test_what_the_reader_does_not_read_is_said() -> None:
    for pattern in (r"(?i)met", r"(a)\1", "(met", "[met"):
        with pytest.raises(Unreadable):
            read(pattern)


def _table_patterns() -> list[str]:
    sets = [
        cues.PREDICATES,
        cues.CLAUSE_MARKS,
        cues.TOPIC_CUES,
        cues.GIVING,
        cues.STATEMENT_CUES,
        dates.PATTERNS,
    ]
    return sorted({rx.pattern for s in sets for rx in s.regexes})


TABLES = _table_patterns()


@settings(
    max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_match_of_a_table_pattern_begins_with_one_of_its_beginnings(
    data: st.DataObject,
) -> None:
    pattern = data.draw(st.sampled_from(TABLES))
    text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    m = re.compile(pattern).match(text)
    if m is None:  # (from_regex may give a string its own anchors refuse: no case)
        return
    found = beginnings(pattern)
    assert "" in found or any(m.group().startswith(b) for b in found), (pattern, text)

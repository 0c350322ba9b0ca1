"""normalize (the canonical text) and fold (the same-length matching form)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._lexicon.patterns import (
    Patterns,
    PatternSets,
    Scanner,
    combine,
    prefixes,
    words_first,
)
from bilateral._text import fold, fold_char, normalize

_UNICODE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
_VIETNAMESE = st.text(
    alphabet="aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐàảãáạằẳẵắặầẩẫấậềểễếệ ộờởỡớợ-–—’'", max_size=60
)


def test_normalize_cleans_every_variant_form() -> None:
    assert normalize("Ha\u0300 N\u00f4\u0323i") == "Hà Nội"  # NFD -> NFC
    assert normalize("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert normalize("a\u00a0b\u2009c\td") == "a b c d"
    assert normalize("\ufeffa\u200bb\u200dc\u00add") == "abcd"
    assert (
        normalize("Hanoi&#8217;s &amp; Havana&rsquo;s &#x2014; &nbsp;x")
        == "Hanoi’s & Havana’s —  x"
    )
    # An encoded zero-width space or line end is cleaned like a real one.
    assert normalize("a&#8203;b&#13;&#10;c") == "ab\nc"
    # Unknown or malformed entities are kept as written.
    assert normalize("AT&T &bogus; &#;") == "AT&T &bogus; &#;"


def test_fold_drops_case_diacritics_and_punctuation_variants() -> None:
    assert fold("Hà Nội – Đà Nẵng’s “TÜRKİYE”") == 'ha noi - da nang\'s "turkiye"'
    assert fold("HÀ NỘI") == fold("Hà Nội") == fold("Ha Noi") == "ha noi"
    assert fold("`x`") == "'x'" == fold("\u2018x\u2019")


@given(_UNICODE)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text.replace("&", "+"))  # entities decode one level per pass
    assert normalize(once) == once
    assert "\r" not in once and "\u200b" not in once and "\ufeff" not in once
    assert unicodedata.is_normalized("NFC", once)


@given(_UNICODE)
def test_fold_keeps_the_length_and_is_lower_case(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == folded.lower()
    assert all(fold_char(c) == f for c, f in zip(text, folded, strict=True))


@given(_VIETNAMESE)
def test_fold_does_not_see_diacritics_case_or_composition(text: str) -> None:
    stripped = (
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    assert fold(text) == fold(stripped) == fold(text.upper()) == fold(stripped.lower())
    assert fold(normalize(unicodedata.normalize("NFD", text))) == fold(text)


# --------------------------------------------------------------------------- gated regexes

_PIECES = ["met", "meets", "held", " talks", "the", " ", "-", "s", "4", "(", ".", "may", "1"]
_CUE_WORDS = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)
_GATED_PATTERNS = [
    r"\bmet\b",
    r"\bmeets?\b",
    r"\b(?:held|the) talks\b",
    r"\b(?:3[01]|[12][0-9]|0?[1-9]) may\b",
    r"(?<!the )talks",
    r"\((?:[0-9])",
    r"\w+ talks",  # no literal beginning: the gate falls back to the plain regex
]


@given(_CUE_WORDS, st.integers(0, 80), st.integers(0, 80))
def test_gated_patterns_find_what_the_combined_regex_finds(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for patterns in (_GATED_PATTERNS[:-1], _GATED_PATTERNS):
        gated = Patterns(patterns)
        plain = [
            (int(m.lastgroup[1:]), m.span())
            for m in combine(patterns).finditer(text, start, end)
            if m.lastgroup is not None and m.end() > m.start()
        ]
        assert [(i, m.span()) for i, m in gated.finditer(text, start, end)] == plain


@given(_CUE_WORDS, st.integers(0, 80), st.integers(0, 80), st.sampled_from(_GATED_PATTERNS))
def test_a_scanner_searches_like_the_regex(text: str, a: int, b: int, pattern: str) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    expected = re.compile(pattern).search(text, start, end)
    found = Patterns([pattern]).candidates(text, 0, len(text))
    scanner = Scanner(re.compile(pattern), text, None if found is None else sorted(found))
    found = scanner.search(start, end)
    assert (found and found.span()) == (expected and expected.span())


def test_prefixes_are_the_literal_beginnings() -> None:
    assert prefixes(r"\b(?:official|formal) talks\b") == {"official", "formal t"}
    assert prefixes(r"\bhold(?:s|ing)?\b") == {"hold", "holds", "holding"}
    assert prefixes(r"\b\w+ talks") == {""}  # no literal beginning: no gate


@given(_CUE_WORDS, st.integers(0, 80), st.integers(0, 80))
def test_one_pass_for_several_sets_gives_each_sets_candidates(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    sets = [Patterns(_GATED_PATTERNS[:2]), Patterns(_GATED_PATTERNS[1:4]), Patterns([r"\bmay\b"])]
    assert PatternSets(sets).candidates(text, start, end) == tuple(
        p.candidates(text, start, end) for p in sets
    )


def test_a_set_without_literal_beginnings_cannot_share_the_pass() -> None:
    with pytest.raises(ValueError, match="literal beginning"):
        PatternSets([Patterns(_GATED_PATTERNS)])


# --------------------------------------------------------------------------- words first

_WORDS = ("met", "meets?", "the talks?", "may(?! 1)", "4 may")


@given(_CUE_WORDS, st.integers(0, 80), st.integers(0, 80))
def test_words_first_finds_what_the_word_bounded_alternation_finds(
    text: str, a: int, b: int
) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    plain = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b")
    fast = re.compile(words_first(*_WORDS) + r"\b")
    assert [m.span() for m in fast.finditer(text, start, end)] == [
        m.span() for m in plain.finditer(text, start, end)
    ]


def test_words_first_puts_the_first_letter_before_the_boundary() -> None:
    assert words_first("met", "talks?") == r"(?:m(?<=\bm)et|t(?<=\bt)alks?)"
    rx = re.compile(words_first("met", "talks?") + r"\b")
    assert [m.span() for m in rx.finditer("met; submet, metal talks")] == [(0, 3), (19, 24)]
    assert rx.search("submet; metals; stalks") is None


@pytest.mark.parametrize("alternative", ["(?:met)", "s?talks", "\\bmet", ""])
def test_words_first_refuses_an_alternative_without_a_literal_first_letter(
    alternative: str,
) -> None:
    with pytest.raises(ValueError, match="begins with a literal"):
        words_first("met", alternative)

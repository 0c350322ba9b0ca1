"""load_article: paths, strings and bytes in; an Article or a clear ArticleError out."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import ArticleError, ArticleNotFoundError, load_article, parse
from bilateral._extract.pipeline import parse_text
from bilateral._text import normalize
from bilateral.model import Article, Span
from bilateral.strategies import article_texts, header_dates


def all_spans(article: Article) -> list[tuple[str, Span]]:
    """Every span an article carries, labelled with what it is evidence of."""
    found: list[tuple[str, Span]] = []
    lay = article.layout
    found += [("paragraph", s) for s in lay.paragraphs]
    found += [("sentence", s) for s in lay.sentences]
    found += [("caption", s) for s in lay.captions]
    for label, snip in (("headline", article.headline), ("dateline", article.dateline),
                        ("agency", article.agency), ("region", lay.region)):  # fmt: skip
        if snip is not None:
            found.append((label, snip.span))
    groups = (article.people, article.countries, article.localities, article.engagements,
              article.topics, article.agreements, article.aid, article.events)  # fmt: skip
    for group in groups:
        for fact in group:
            found += [(type(fact).__name__, s) for s in fact.spans]
    return found


def test_path_str_and_text_give_the_same_article(seeds: Path) -> None:
    path = seeds / "seed-beijing.txt"
    by_path = load_article(path)
    by_str = load_article(str(path))
    by_text = parse(path.read_text("utf-8"), id="seed-beijing")
    by_bytes = parse(path.read_bytes(), id="seed-beijing")
    assert by_path.id == by_text.id == "seed-beijing"
    assert by_path.source == str(path) and by_text.source is None
    assert by_str == by_path
    assert by_text.text == by_path.text == by_bytes.text
    assert by_text.people == by_path.people


def test_text_is_kept_whole(seeds: Path) -> None:
    for path in seeds.glob("*.txt"):
        raw = path.read_text("utf-8")
        # Canonical (NFC) form of the input: recomposed, nothing dropped.
        assert load_article(path).text == normalize(raw) == unicodedata.normalize("NFC", raw)


def test_ids_default_to_the_file_stem_and_can_be_given(seeds: Path) -> None:
    assert load_article(seeds / "seed-havana.txt").id == "seed-havana"
    assert load_article(seeds / "seed-havana.txt", id="h").id == "h"
    assert parse("Talks were held.").id == "article"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"Caf\xe9 talks in Hanoi", "not decodable"),
        (b" date 2023-02-30 Talks were held.", "impossible header date"),
        (b" date 2023-13 Talks were held.", "impossible header date"),
    ],
)
def test_bad_files_raise_article_error_naming_file_and_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(ArticleError, match=reason) as caught:
        load_article(bad)
    assert caught.value.source == str(bad)
    assert str(bad) in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_decode_error_names_the_byte_offset(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes(b"Talks in Ha Noi and La Habana, caf\xe9.")
    with pytest.raises(ArticleError) as caught:
        load_article(bad)
    assert caught.value.offset == 34


def test_missing_file_and_folder_are_article_errors(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)
    with pytest.raises(ArticleNotFoundError, match="no such file") as caught:
        load_article(tmp_path / "nope.txt")
    assert caught.value.source == str(tmp_path / "nope.txt")


def test_oversized_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Talks were held. " * 1000, "utf-8")
    with pytest.raises(ArticleError, match="over the limit"):
        load_article(big, max_bytes=1000)


@given(header_dates())
def test_header_dates_read_back_or_fail_cleanly(ymd: tuple[int, int, int]) -> None:
    year, month, day = ymd
    text = f" date {year:04d}-{month:02d}-{day:02d} Leaders met in Hanoi."
    try:
        import datetime

        expected = datetime.date(year, month, day)
    except ValueError:
        with pytest.raises(ArticleError, match="impossible header date"):
            parse(text)
    else:
        article = parse(text)
        assert article.date is not None
        assert article.date.isoformat() == expected.isoformat()


@given(st.text(max_size=600))
def test_parsing_arbitrary_text_raises_nothing_but_article_error(text: str) -> None:
    # parse_text, not parse: the text need not pass parse's checks (empty, path-like).
    try:
        article = parse_text(normalize(text), id="fuzz")
    except ArticleError:
        return
    for label, span in all_spans(article):
        assert 0 <= span.start <= span.end <= len(article.text), label


@given(article_texts())
def test_every_span_points_at_its_surface_text(text: str) -> None:
    article = bilateral.parse(text)
    for label, span in all_spans(article):
        surface = span.of(article.text)
        assert len(surface) == len(span), label
    for snip in (article.headline, article.dateline, article.agency):
        if snip is not None:
            assert snip.span.of(article.text) == snip.text
    for person in article.people:
        assert person.spans, person

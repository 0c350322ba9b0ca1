"""Reading sources: encodings and forms give the same layout; bad files give clear errors."""

from __future__ import annotations

import codecs
import contextlib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bilateral._extract.analysis import Document
from bilateral._extract.layout import read_document
from bilateral._read import decode, read_source
from bilateral._text import fold
from bilateral.errors import ArticleError

# An article written for these tests, with every layout part the reader finds.
CLEAN = (
    " date 2023-05-04 Laos, Cambodia agree to boost border trade\n"
    "\n"
    "VIENTIANE (KPL) – Lao Minister Phet Sombath and Cambodian Minister Chea Sokha "
    "held talks in Viêng Chăn on Thursday, the ministry’s “trade week” said.\n"
    "\n"
    "Ministers at the talks (Photo: KPL)\n"
    "\n"
    "Mr. Phet said trade rose 4.5 percent & would grow further. — VNS"
)


def layout_fields(doc: Document) -> tuple[object, ...]:
    """What a reader of the layout sees, compared across forms of the same article."""
    lay = doc.layout
    return (
        doc.date,
        fold(doc.headline.text) if doc.headline else None,
        fold(doc.dateline.text) if doc.dateline else None,
        fold(doc.agency.text) if doc.agency else None,
        len(lay.paragraphs),
        len(lay.sentences),
        len(lay.captions),
        lay.signoff is not None,
    )


def read(source: str | bytes) -> Document:
    text, _, _ = read_source(source)
    return read_document(text)


def test_clean_article_fields() -> None:
    doc = read(CLEAN)
    assert doc.date is not None and doc.date.isoformat() == "2023-05-04"
    assert doc.headline is not None and doc.headline.text == (
        "Laos, Cambodia agree to boost border trade"
    )
    assert doc.dateline is not None and doc.dateline.text == "VIENTIANE"
    assert doc.agency is not None and doc.agency.text == "KPL"
    assert layout_fields(doc) == (doc.date, *layout_fields(doc)[1:4], 4, 4, 1, True)


def _straight(text: str) -> str:
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


def _dashes(text: str) -> str:
    return text.replace("–", "-").replace("—", "--")


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("’", "&#8217;").replace("“", "&ldquo;")


def _invisible(text: str) -> str:
    return text.replace("Minister ", "Minister\u00a0").replace("Lao", "La\u200bo")


FORMS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16 with BOM": lambda t: t.encode("utf-16"),
    "utf-16-be with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-32 with BOM": lambda t: t.encode("utf-32"),
    "CRLF": lambda t: t.replace("\n", "\r\n").encode(),
    "lone CR": lambda t: t.replace("\n", "\r").encode(),
    "NFD": lambda t: unicodedata.normalize("NFD", t).encode(),
    "NBSP and zero-width": lambda t: _invisible(t).encode(),
    "straight quotes": lambda t: _straight(t).encode(),
    "hyphens for dashes": lambda t: _dashes(t).encode(),
    "HTML entities": lambda t: _entities(t).encode(),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_form_gives_the_same_layout(form: str, tmp_path: Path) -> None:
    clean = layout_fields(read(CLEAN))
    data = FORMS[form](CLEAN)
    assert layout_fields(read(data)) == clean
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert layout_fields(read(str(path))) == clean


def test_normalised_forms_give_the_same_text() -> None:
    clean = read_source(CLEAN)[0]
    for form in ("utf-8 with BOM", "utf-16 with BOM", "CRLF", "lone CR", "NFD"):
        assert read_source(FORMS[form](CLEAN))[0] == clean, form
    assert read_source(_entities(CLEAN))[0] == clean


def test_decode_failure_names_the_file_and_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Talks in Hanoi \xc3\x28 were held.")
    with pytest.raises(ArticleError, match="not decodable") as caught:
        read_source(path)
    assert caught.value.source == str(path) and caught.value.offset == 15
    assert str(path) in str(caught.value)


def test_decode_offsets_count_the_byte_order_mark() -> None:
    with pytest.raises(ArticleError) as caught:
        decode(codecs.BOM_UTF8 + b"abc\xffdef", "x")
    assert caught.value.offset == 6
    with pytest.raises(ArticleError) as caught:
        decode(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8a\x00", "x")
    assert caught.value.offset == 8


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(20 * 1024**3)  # a sparse 20 GB file: reading it whole would not finish
    with pytest.raises(ArticleError, match="over the limit") as caught:
        read_source(huge)
    assert caught.value.source == str(huge)
    small = tmp_path / "small.txt"
    small.write_text("Talks were held in Hanoi.", "utf-8")
    with pytest.raises(ArticleError, match="over the limit"):
        read_source(small, max_bytes=10)
    assert read_source(small, max_bytes=100)[0] == "Talks were held in Hanoi."


def test_oversized_bytes_and_text_are_refused() -> None:
    with pytest.raises(ArticleError, match="over the limit"):
        read_source(b"x" * 101, max_bytes=100)
    with pytest.raises(ArticleError, match="over the limit"):
        read_source("Talks. " * 20, max_bytes=100)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"Talks\x00were held", "NUL"),
        (bytes(range(1, 9)) * 20 + b"Talks were held.", "binary content"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=f"not a text file.*{what}") as caught:
        read_source(path)
    assert caught.value.source == str(path)


def test_empty_and_folder_sources_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(codecs.BOM_UTF8 + b" \r\n\xc2\xa0\xe2\x80\x8b")  # BOM, CR, NBSP, ZWSP
    with pytest.raises(ArticleError, match="empty"):
        read_source(empty)
    with pytest.raises(ArticleError, match="folder"):
        read_source(Path(tmp_path))


_UNICODE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@given(_UNICODE, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_text_decodes_back_whatever_the_encoding(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16" and text.startswith("\x00"):
        # UTF-16's mark and a NUL are UTF-32's mark: where the rest is valid UTF-32 too,
        # the bytes are ambiguous and read as UTF-32 (no article starts with a NUL).
        with contextlib.suppress(UnicodeDecodeError):
            assume(data[4:].decode("utf-32-le") is None)
    try:
        got = decode(data, "x")
    except ArticleError as err:
        # Only UTF-8 without a BOM is sniffed for binary content.
        assert encoding == "utf-8" and "not a text file" in err.reason
        return
    assert got == (text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text)


@given(st.binary(max_size=300))
def test_any_bytes_give_text_or_article_error(data: bytes) -> None:
    try:
        text, default_id, path = read_source(data)
    except ArticleError as err:
        assert err.source == "<bytes>"
        return
    assert text.strip() and default_id == "article" and path is None

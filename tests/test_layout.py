"""The layout reader: header date, headline, region tag, dateline, agency, sign-off, captions,
paragraphs and sentences. Texts here are written for the tests (the seeds aside)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._extract.analysis import Document
from bilateral._extract.datelines import date_of
from bilateral._extract.layout import AGENCIES, parse_header, read_document, split_sentences
from bilateral._read import read_source
from bilateral.errors import ArticleError
from bilateral.model import Span
from bilateral.strategies import article_texts


def fields(doc: Document) -> dict[str, object]:
    """The codebook's layout fields of a document, as the record shows them."""
    return {
        "date": doc.date.isoformat() if doc.date else None,
        "headline": doc.headline.text if doc.headline else None,
        "dateline": doc.dateline.text if doc.dateline else None,
        "agency": doc.agency.text if doc.agency else None,
    }


def sentences(doc: Document) -> list[str]:
    return [s.of(doc.text) for s in doc.layout.sentences]


def captions(doc: Document) -> list[str]:
    return [c.of(doc.text) for c in doc.layout.captions]


# --------------------------------------------------------------------------- the seeds


def test_seed_beijing_layout(seeds: Path) -> None:
    text = read_source(seeds / "seed-beijing.txt")[0]
    doc = read_document(text, "seed-beijing.txt")
    assert fields(doc) == {
        "date": "2023-04-12",
        "headline": None,
        "dateline": "HÀ NỘI",
        "agency": "VNS",
    }
    lay = doc.layout
    # The body's lines are its paragraphs: the region tag, then nine of the story.
    assert len(lay.paragraphs) == 10
    assert lay.paragraphs[0].of(text) == "VIETNAM, April 12 -"
    assert lay.paragraphs[1].of(text).startswith("HÀ NỘI — Secretary of Hà Nội Party Committee")
    assert lay.region is not None and lay.region.text == "VIETNAM, April 12 -"
    assert lay.header is not None and lay.header.of(text) == " date 2023-04-12 "
    assert lay.signoff is not None and lay.signoff.of(text) == "— VNS"
    assert lay.dateline_date is None and doc.reference_date == pendulum.Date(2023, 4, 12)
    assert lay.captions == ()
    assert len(lay.sentences) == 10
    assert doc.dateline is not None and doc.dateline.span.of(text) == "HÀ NỘI"


def test_seed_havana_layout(seeds: Path) -> None:
    text = read_source(seeds / "seed-havana.txt")[0]
    doc = read_document(text, "seed-havana.txt")
    assert fields(doc) == {"date": "2023-06-09", "headline": None, "dateline": None, "agency": None}
    lay = doc.layout
    assert len(lay.paragraphs) == 13
    assert lay.paragraphs[0].of(text).startswith("Hanoi wants to expand")
    assert lay.signoff is not None and lay.signoff.of(text) == "/."
    assert lay.region is None and lay.captions == ()
    assert len(lay.sentences) == 14


# --------------------------------------------------------------------------- the header


def test_header_forms() -> None:
    full = read_document(" date 2023-04-12 Talks were held.")
    assert full.date == pendulum.Date(2023, 4, 12) and full.month is None
    month = read_document(" date 2023-04 Talks were held on April 3.")
    assert month.date is None and month.month == "2023-04" and month.year == 2023
    none = read_document("Talks were held.")
    assert none.date is None and none.month is None and none.layout.header is None


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13-01", "2023-00", "0000-01-01"])
def test_impossible_header_date_names_source_and_reason(bad: str) -> None:
    with pytest.raises(ArticleError, match="impossible header date") as caught:
        read_document(f" date {bad} Talks were held.", "x.txt")
    assert caught.value.source == "x.txt"
    assert caught.value.offset == 6


@given(st.dates(min_value=pendulum.Date(1, 1, 1), max_value=pendulum.Date(9999, 12, 31)))
def test_header_reads_back_any_valid_date(day: pendulum.Date) -> None:
    text = f" date {day.isoformat()} Officials met."
    span, value = parse_header(text)
    assert value == day and span == Span(0, 17)
    assert read_document(text).date == day


@given(st.integers(1, 9999), st.integers(0, 99), st.integers(0, 99), st.sampled_from(["", "a"]))
def test_header_reader_refuses_invalid_dates_only_with_article_error(
    year: int, month: int, day: int, source: str
) -> None:
    text = f" date {year:04d}-{month:02d}-{day:02d} Officials met."
    try:
        valid = pendulum.Date(year, month, day)
    except ValueError:
        with pytest.raises(ArticleError) as caught:
            read_document(text, source)
        assert caught.value.source == source
    else:
        assert read_document(text, source).date == valid


# --------------------------------------------------------------------------- headline


def test_headline_is_a_short_line_without_full_stop() -> None:
    doc = read_document(" date 2022-05-02 Laos, Thailand agree to expand trade\nOfficials met.")
    assert fields(doc)["headline"] == "Laos, Thailand agree to expand trade"
    assert read_document("The sides met on Monday.\nThey agreed.").headline is None
    # A line that is not followed by a line break is not a headline.
    assert read_document("Laos, Thailand agree to expand trade").headline is None


def test_web_clutter_before_the_headline_is_skipped() -> None:
    text = (
        "Mekong Daily Times\n"
        "Submit Release\n"
        "3 MIN READ\n"
        "Home / World / Asia\n"
        "Share this article\n"
        "the best news portal in the region\n"
        "Cambodia, Laos sign border protocol\n"
        "By Sok Dara\n"
        "March 3, 2021 | 09:15 (GMT+7)\n"
        "PHNOM PENH — The two governments signed a protocol on Tuesday.\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "date": "2021-03-03",
        "headline": "Cambodia, Laos sign border protocol",
        "dateline": "PHNOM PENH",
        "agency": None,
    }
    for clutter in ("Mekong Daily Times", "Submit Release", "3 MIN READ", "Home / World / Asia",
                    "Share this article", "the best news portal in the region", "By Sok Dara",
                    "March 3, 2021 | 09:15 (GMT+7)"):  # fmt: skip
        assert clutter in captions(doc)


def test_a_caption_is_not_the_headline() -> None:
    text = (
        " date 2021-06-01 Ministers of the two countries at the talks. — VNA/VNS Photo Minh Duc\n"
        "\n"
        "VIENTIANE — Ministers held talks on Monday.\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "date": "2021-06-01",
        "headline": None,
        "dateline": "VIENTIANE",
        "agency": None,
    }
    assert captions(doc) == [
        "Ministers of the two countries at the talks. — VNA/VNS Photo Minh Duc"
    ]


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "dateline", "agency", "dateline_date"),
    [
        (" date 2023-06-10 HÀ NỘI — The sides met.", "HÀ NỘI", None, None),
        (" date 2023-06-10 Hanoi (VNA) - The sides met.", "Hanoi", "VNA", None),
        (" date 2023-06-10 Hanoi, (VNA) – The sides met.", "Hanoi", "VNA", None),
        (" date 2023-06-10 HAVANA, Cuba, Jun 9 (ACN) Cuba today thanked Laos.", "HAVANA",
         "ACN", "2023-06-09"),
        (" date 2023-09-15 VIENTIANE, Sept. 14 (Xinhua) -- Laos and China met.", "VIENTIANE",
         "Xinhua", "2023-09-14"),
        (" date 2018-03-08 New Delhi, Mar 8 (PTI) India and Bhutan inked a deal.", "New Delhi",
         "PTI", "2018-03-08"),
        (" date 2021-02-16 Bangkok, Thailand.- A trade agreement was signed.", "Bangkok", None,
         None),
        (" date 2024-01-02 SEOUL, Dec. 30 (Yonhap) -- The two ministers met.", "SEOUL",
         "Yonhap", "2023-12-30"),
        (" date 2022-02-02 VGP – The Prime Minister received the ambassador.", None, "VGP",
         None),
        (" date 2022-02-02 The Prime Minister received the ambassador.", None, None, None),
        (" date 2022-02-02 President Lee Jae – The visit began.", None, None, None),
        (" date 2022-02-02 The Hague – Dutch and Lao officials met.", "The Hague", None, None),
    ],
)  # fmt: skip
def test_dateline_styles(
    text: str, dateline: str | None, agency: str | None, dateline_date: str | None
) -> None:
    doc = read_document(text)
    assert fields(doc)["dateline"] == dateline
    assert fields(doc)["agency"] == agency
    got = doc.layout.dateline_date
    assert (got.isoformat() if got else None) == dateline_date
    for snip in (doc.dateline, doc.agency):
        if snip is not None:
            assert snip.span.of(text) == snip.text


def test_region_tag_is_not_the_dateline_when_a_real_one_follows() -> None:
    doc = read_document(" date 2019-11-21 CAMBODIA, November 21 -\n\nPHNOM PENH — Leaders met.")
    assert doc.layout.region is not None and doc.layout.region.text == "CAMBODIA, November 21 -"
    assert fields(doc)["dateline"] == "PHNOM PENH"
    alone = read_document(" date 2019-11-21 CAMBODIA, November 21 -\n\nLeaders met on Monday.")
    assert fields(alone)["dateline"] == "CAMBODIA" and alone.layout.region is None


def test_the_dateline_may_follow_a_lead_paragraph_and_a_caption() -> None:
    text = (
        "Laos, Viet Nam fronts deepen ties\n"
        "The two fronts pledged closer work on Tuesday.\n"
        "Delegates pose (Photo: VNA)\n"
        "Vientiane (VNA) – Meeting in Vientiane, the two fronts vowed closer work.\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "date": None,
        "headline": "Laos, Viet Nam fronts deepen ties",
        "dateline": "Vientiane",
        "agency": "VNA",
    }


def test_a_caption_glued_to_the_dateline_is_split_off() -> None:
    text = (
        "Hanoi hosts Lao delegation\n"
        "Guests at the banquet (Photo: VNA)Hanoi (VNA) – Talks were held."
    )
    doc = read_document(text)
    assert fields(doc)["dateline"] == "Hanoi" and fields(doc)["agency"] == "VNA"
    assert captions(doc) == ["Guests at the banquet (Photo: VNA)"]
    assert [p.of(text) for p in doc.layout.paragraphs][1:] == [
        "Guests at the banquet (Photo: VNA)",
        "Hanoi (VNA) – Talks were held.",
    ]


def test_a_syndication_prefix_is_clutter_and_a_fallback_credit() -> None:
    text = " date 2020-05-12 (MENAFN- Mekong Wire) VIENTIANE, May 13 – Laos and Japan met."
    doc = read_document(text)
    assert fields(doc)["dateline"] == "VIENTIANE"
    assert fields(doc)["agency"] == "Mekong Wire"
    assert captions(doc) == ["(MENAFN- Mekong Wire)"]
    assert doc.layout.dateline_date == pendulum.Date(2020, 5, 13)


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    ("ending", "agency", "signoff"),
    [
        ("The sides agreed to meet again. — VNS", "VNS", "— VNS"),
        ("The sides agreed to meet again.– NNN-KPL", "NNN-KPL", "– NNN-KPL"),
        ("The sides agreed to meet again. (Source:PL)", "PL", "(Source:PL)"),
        ("The sides agreed to meet again. PTI", "PTI", "PTI"),
        ("The sides agreed to meet again./.", None, "/."),
        ("The sides agreed to meet again.", None, None),
        ("The sides agreed to meet again, said Mr. Vong – a former envoy", None, None),
    ],
)
def test_sign_offs(ending: str, agency: str | None, signoff: str | None) -> None:
    text = f" date 2023-03-01 Officials met on Monday.\n\n{ending}"
    doc = read_document(text)
    assert fields(doc)["agency"] == agency
    got = doc.layout.signoff
    assert (got.of(text) if got else None) == signoff


def test_source_lines_credit_the_agency() -> None:
    top = read_document(" date 2016-11-02 Source: AKP\n\nTwo loans were agreed.")
    assert fields(top)["agency"] == "AKP" and captions(top) == ["Source: AKP"]
    end = read_document("Aid arrived in Pakse.\n\nSource: Lao News Agency")
    assert fields(end)["agency"] == "Lao News Agency"


def test_a_photo_credit_is_not_the_agency() -> None:
    text = (
        " date 2023-03-01 Ministers meet in Yangon\n"
        "Ministers shake hands. Photo: VNA\n"
        "The ministers met on Monday.\n"
        "The two ministers at the talks. — VNA/VNS Photo Thu Ha\n"
    )
    doc = read_document(text)
    assert fields(doc)["agency"] is None
    assert captions(doc) == [
        "Ministers shake hands. Photo: VNA",
        "The two ministers at the talks. — VNA/VNS Photo Thu Ha",
    ]


# --------------------------------------------------------------------------- captions, clutter


def test_captions_and_page_clutter_are_marked() -> None:
    text = (
        " date 2021-10-13 Thailand hands over medical supplies to Myanmar\n"
        "Thai Minister Anutin (2nd L) hands over supplies in Yangon, October 11, 2021. "
        "(Xinhua/Kyaw Min)\n"
        "YANGON, October 12 (Xinhua) -- Myanmar received medical supplies on Monday.\n"
        "Officials A and B (3rd, right) stand together after the event\n"
        "The supplies include two mobile laboratories.\n"
        "Photos\n"
        "About Us | Contact Us | Careers\n"
        "Copyright © 2022 Mekong Wire. All Rights Reserved.\n"
        "(Web editor: Nang Aye)\n"
        "Translated by Min Thu\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "date": "2021-10-13",
        "headline": "Thailand hands over medical supplies to Myanmar",
        "dateline": "YANGON",
        "agency": "Xinhua",
    }
    assert captions(doc) == [
        "Thai Minister Anutin (2nd L) hands over supplies in Yangon, October 11, 2021. "
        "(Xinhua/Kyaw Min)",
        "Officials A and B (3rd, right) stand together after the event",
        "Photos",
        "About Us | Contact Us | Careers",
        "Copyright © 2022 Mekong Wire. All Rights Reserved.",
        "(Web editor: Nang Aye)",
        "Translated by Min Thu",
    ]
    story = [s.of(text) for s in doc.story_sentences()]
    assert story == [
        "Thailand hands over medical supplies to Myanmar",
        "YANGON, October 12 (Xinhua) -- Myanmar received medical supplies on Monday.",
        "The supplies include two mobile laboratories.",
    ]
    caption = doc.layout.captions[0]
    assert doc.in_caption(Span(caption.start + 5, caption.start + 12))
    lead = next(s for s in doc.layout.sentences if s.of(text).startswith("YANGON"))
    assert not doc.in_caption(lead)


def test_a_subheading_in_the_story_is_not_clutter() -> None:
    text = "Officials met on Monday.\nTrade And Investment Today\nTrade grew by 5 percent."
    assert captions(read_document(text)) == []


# --------------------------------------------------------------------------- printed dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Laos hosts talks\nNovember 07, 2016 | 18:05 (GMT+7)\nThe sides met.", "2016-11-07"),
        ("Laos hosts talks\n(Xinhua) 09:41, August 22, 2021\nThe sides met.", "2021-08-22"),
        ("Laos hosts talks\nBy Mai Hoa 19:05, 2022/10/27\nThe sides met.", "2022-10-27"),
        ("Paris, 13 March 2019 (dpa) - The sides met.", "2019-03-13"),
        ("Laos hosts talks\nThe sides met.\nJune 23, 2020 11:35 AM GMT+7\nThey agreed.",
         "2020-06-23"),
        ("Laos hosts talks\nDecember 19\nThe sides met.", None),
        ("The sides met on November 7, 2016 in Vientiane.", None),
        (" date 2023-04 Laos hosts talks\nNovember 07, 2016 | 18:05\nThe sides met.", None),
    ],
)  # fmt: skip
def test_printed_publication_date_without_a_header(text: str, date: str | None) -> None:
    assert fields(read_document(text))["date"] == date


def test_month_only_header_gives_the_dateline_its_year() -> None:
    doc = read_document(" date 2023-04 HAVANA, Cuba, Apr 9 (ACN) The sides met.")
    assert doc.date is None and doc.month == "2023-04"
    assert doc.layout.dateline_date == pendulum.Date(2023, 4, 9)
    assert doc.reference_date == pendulum.Date(2023, 4, 9)


# --------------------------------------------------------------------------- sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Mr. Lee met Dr. Kim and Assoc. Prof. Tran in the U.S. on Sept. 14. "
        "Decree No. 5 was signed at 10 St. James Street by H.E. Chan and J. R. Smith. "
        "Trade grew 3.5 percent. Did it? Yes! They met U.S. officials. "
        "The gift, worth Rs. 5 million, came from Tk. 80 in funds. Costs rose by Rs. "
        "The meeting closed."
    )
    assert [s.of(text) for s in split_sentences(text, 0, len(text))] == [
        "Mr. Lee met Dr. Kim and Assoc. Prof. Tran in the U.S. on Sept. 14.",
        "Decree No. 5 was signed at 10 St. James Street by H.E. Chan and J. R. Smith.",
        "Trade grew 3.5 percent.",
        "Did it?",
        "Yes!",
        "They met U.S. officials.",
        # a currency written short stays in its sentence before a number, not before a word
        "The gift, worth Rs. 5 million, came from Tk. 80 in funds.",
        "Costs rose by Rs.",
        "The meeting closed.",
    ]


def test_sentences_after_quotes_and_lower_case() -> None:
    text = 'He said "we agree." The talks ended. e.g. this stays. And "Yes," she said.'
    assert sentences(read_document(text)) == [
        'He said "we agree."',
        "The talks ended. e.g. this stays.",
        'And "Yes," she said.',
    ]


# --------------------------------------------------------------------------- properties


def check_spans(doc: Document) -> None:
    text = doc.text
    lay = doc.layout
    n = len(text)
    spans = [*lay.paragraphs, *lay.sentences, *lay.captions, lay.body]
    spans += [x for x in (lay.header, lay.signoff) if x is not None]
    for span in spans:
        assert 0 <= span.start <= span.end <= n
    for snip in (doc.headline, doc.dateline, doc.agency, lay.region):
        if snip is not None:
            assert 0 <= snip.span.start < snip.span.end <= n
            assert snip.span.of(text) == snip.text
    paragraphs = lay.paragraphs
    for a, b in itertools.pairwise(paragraphs):
        assert a.end <= b.start
    for s in lay.sentences:
        assert s.of(text).strip() == s.of(text) != ""
        assert any(p.contains(s) for p in paragraphs)
    assert set(lay.captions) <= set(paragraphs)


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
) | st.lists(
    st.sampled_from(
        [" date ", "2023-04-12 ", "2023-02-30", "HÀ NỘI —", "Hanoi (VNA) -", "VIETNAM, April 12 -",
         "(Photo: VNA)", "— VNS", "/.", "(Source:PL)", "Source: AKP", "(MENAFN- X)", "Mr.",
         "U.S.", "Sept. 14", "(Xinhua)", " ", "\n", "\n\n", ".", "—", "(", ")", "|", "Home / ",
         "November 07, 2016 | 18:05", "Officials met", "Laos", "A", "a", "9", "©"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@given(_TEXT)
def test_read_document_raises_only_article_error_and_spans_point_at_their_text(text: str) -> None:
    try:
        doc = read_document(text, "fuzz.txt")
    except ArticleError as err:
        assert err.source == "fuzz.txt"
        return
    assert doc.text == text
    check_spans(doc)


@given(article_texts())
def test_article_shaped_texts_keep_spans_inside(text: str) -> None:
    try:
        doc = read_document(text)
    except ArticleError:
        return
    check_spans(doc)


def test_agency_table_holds_general_credits() -> None:
    assert {"VNA", "VNS", "Xinhua", "PTI", "dpa", "Reuters", "KPL", "ACN"} <= AGENCIES


def test_dateline_with_agency_between_slashes() -> None:
    text = (
        " date 2021-11-08 Ministers meet in Astana\n"
        "ASTANA, November 8. /TASS/. The two ministers met on Monday to discuss grain supplies.\n"
        "They agreed to meet again next year.\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "date": "2021-11-08",
        "headline": "Ministers meet in Astana",
        "dateline": "ASTANA",
        "agency": "TASS",
    }


def test_unknown_word_between_slashes_is_no_agency() -> None:
    text = " date 2021-11-08 Ministers meet\nASTANA, November 8. /Foo bar/. The talks began.\n"
    assert read_document(text).agency is None


def test_site_name_and_section_trail_above_the_headline() -> None:
    text = (
        "Daily Courier Online\n"
        "World | Asia Pacific\n"
        "Port cities sign new shipping accord\n"
        "Monday, March 7, 2022 - 10:15\n"
        "The mayors of two port cities signed a shipping accord on Monday.\n"
        "They also discussed tourism.\n"
    )
    doc = read_document(text)
    assert doc.headline is not None
    assert doc.headline.text == "Port cities sign new shipping accord"
    assert doc.date is not None and doc.date.isoformat() == "2022-03-07"


def test_short_headline_above_a_story_line_is_kept() -> None:
    text = " date 2022-03-07 Mayors sign accord\nThe mayors of two port cities signed an accord.\n"
    doc = read_document(text)
    assert doc.headline is not None and doc.headline.text == "Mayors sign accord"


# --------------------------------------------------------------------------- house styles
# One line of each house style, with invented stories; real city names where the rule
# needs the gazetteer to know the place.


def layout_of(text: str) -> tuple[object, ...]:
    """(date, headline, dateline, agency, dateline date) of a text."""
    doc = read_document(text)
    got = doc.layout.dateline_date
    return (*fields(doc).values(), got.isoformat() if got else None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # PLACE (DATE): the date in brackets, a colon.
        ("PALAWAN (Feb 13): Officials of the two navies met.",
         (None, None, "PALAWAN", None, None)),
        (" date 2024-02-14 PALAWAN (Feb 13): Officials of the two navies met.",
         ("2024-02-14", None, "PALAWAN", None, "2024-02-13")),
        # AGENCY PLACE, DATE -- (a known agency before the place).
        ("VNA Phnom Penh, August 23, 2018 -- The ministers met.",
         ("2018-08-23", None, "Phnom Penh", "VNA", "2018-08-23")),
        # PLACE, (AGENCY) --
        ("ABU DHABI, (WAM) -- The ministers met.", (None, None, "ABU DHABI", "WAM", None)),
        # PLACE: in capitals, and in title case when the line is a sentence.
        ("NEW DELHI: The ministers met on Monday.", (None, None, "NEW DELHI", None, None)),
        ("New Delhi: The ministers met on Monday.", (None, None, "New Delhi", None, None)),
        # Place, DD Month (Agency) -
        ("Astana, 12 March (Kazinform) - The ministers met.",
         (None, None, "Astana", "Kazinform", None)),
        # A credit between slashes, with or without spaces, a stop after it.
        ("ULAANBAATAR /MONTSAME/. On March 16 the ministers met.",
         (None, None, "ULAANBAATAR", "MONTSAME", None)),
        ("Ulaanbaatar/MONTSAME/ During the visit the ministers met.",
         (None, None, "Ulaanbaatar", "MONTSAME", None)),
        ("MUMBAI, India, Feb. 6, 2023 /Mekongwire/ -- The two states renewed ties.",
         ("2023-02-06", None, "MUMBAI", "Mekongwire", "2023-02-06")),
        # PLACE. AGENCY (a known agency after a stop), with or without a dash.
        ("ASTANA. KAZINFORM The aircraft landed.", (None, None, "ASTANA", "KAZINFORM", None)),
        ("BISHKEK. KAZINFORM – The aircraft landed.",
         (None, None, "BISHKEK", "KAZINFORM", None)),
        # PLACE, Country, DATE. (a full stop after the date)
        ("BAKU, Azerbaijan, June 7. The two parliaments signed a plan.",
         (None, None, "BAKU", None, None)),
        # PLACE, DATE, AGENCY -- (a credit in capitals after a comma)
        ("Riyadh, May 2, 2021, SPA -- The minister met the envoy.",
         ("2021-05-02", None, "Riyadh", "SPA", "2021-05-02")),
        # PLACE – AGENCY – (a credit in capitals between dashes)
        ("HANOI – VNA – The ministers met.", (None, None, "HANOI", "VNA", None)),
        # The date first.
        ("Thursday, February 14, Vilnius – The President will visit Warsaw.",
         (None, None, "Vilnius", None, None)),
        # A full date with its year is the separator; a year after a slash.
        ("Addis Ababa January 11/2019 Prime Minister Dawit Alemu met envoys.",
         ("2019-01-11", None, "Addis Ababa", None, "2019-01-11")),
        ("Addis Ababa, June 13/2024(ENA) The ministers met.",
         ("2024-06-13", None, "Addis Ababa", "ENA", "2024-06-13")),
        # A numeric date, then the credit in brackets.
        ("DUSHANBE, 25.08.2020. (Mekong Wire) – The two ministers spoke.",
         ("2020-08-25", None, "DUSHANBE", "Mekong Wire", "2020-08-25")),
        # A qualifier in square brackets, then the credit.
        ("Panama City [Panama], April 24 (ANI): The minister arrived.",
         (None, None, "Panama City", "ANI", None)),
        # An unknown qualifier, then a credit.
        ("Makassar, South Sulawesi (ANTARA) - The governor met the envoy.",
         (None, None, "Makassar", "ANTARA", None)),
        # A qualifier in brackets is no credit.
        ("Kingston (Jamaica) - The minister arrived.", (None, None, "Kingston", None, None)),
        # A colon straight after a day.
        ("Kingston, Nov 7: In a show of support, aid arrived.",
         (None, None, "Kingston", None, None)),
        # A known agency as the qualifier.
        ("Tehran, IRNA – The two ministers met.", (None, None, "Tehran", "IRNA", None)),
        # A dateline without a place.
        ("April 17 (UPI) -- The minister met the envoy.", (None, None, None, "UPI", None)),
        # A site's address as the credit.
        ("MEKONG.VN - The governor met the delegation.", (None, None, None, "MEKONG.VN", None)),
        # A chain of credits with a date glued to it: the known agency, and the date.
        ("ABU DHABI, (Mekong Wire / Gulf Daily / WAM - 02nd May, 2021) The two met.",
         ("2021-05-02", None, "ABU DHABI", "WAM", "2021-05-02")),
        ("JEDDAH (Mekong Wire / Gulf Daily - 28th Mar, 2023 ) :The Crown Prince called.",
         ("2023-03-28", None, "JEDDAH", "Mekong Wire", "2023-03-28")),
    ],
)  # fmt: skip
def test_house_styles(text: str, want: tuple[object, ...]) -> None:
    assert layout_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # A headline with a colon is no dateline; nor a colon before lower case.
        "Vietnam: Tourism rebounds\nThe ministers met.",
        "Hanoi: the ministers met on Monday.",
        # A title-case place and a colon before a line that is no sentence.
        "New Delhi: Ministers Meet On Trade\nThe ministers met.",
        # Two countries and a verb: a headline, not "PLACE, Qualifier".
        "Laos, Thailand agree to expand trade\nThe ministers met.",
        # An unknown word after a stop is no credit without a dash.
        "ASTANA. GREETINGS The aircraft landed.",
        # An unknown word in capitals before the place is no credit.
        "XYZW Phnom Penh, August 23, 2018 -- The ministers met.",
        # A known agency before the place needs the separator.
        "Tasnim News Agency 0 Comments\nThe ministers met.",
        # A stop after a place without a date is a sentence's end.
        "BAKU, Azerbaijan. The two parliaments signed a plan.",
        # A date without its year is no separator.
        "Addis Ababa January 11 Prime Minister Dawit Alemu met envoys.",
        # A full date but an unknown place.
        "Marine Outlook January 11/2019 The ministers met.",
        # A title-case word before a colon that is no known place.
        "Tourism: The sector grew by a tenth this year.",
        # A capital letter word after a comma that is a country, not a credit.
        "TASHKENT, May 2, UZBEKISTAN -- The ministers met.",
        # A bracket that is no credit.
        "Hanoi (2nd L) – The ministers met.",
        # A credit in brackets that is a reporter's note.
        "Hanoi (reporting by Sok Dara) – The ministers met.",
        # A dateless bracket before the dash without a place.
        "April 17 (2nd L) -- The minister met the envoy.",
        # A sentence about a person, or a page's label.
        "Updated: May 3, 2024 – The ministers met.",
    ],
)
def test_house_style_look_alikes_are_no_dateline(text: str) -> None:
    doc = read_document(text)
    assert (fields(doc)["dateline"], fields(doc)["agency"]) == (None, None)


def test_a_slash_credit_with_spaces_inside_is_a_section_trail() -> None:
    doc = read_document("Politics / World / Asia\nThe ministers met on Monday.\nThey agreed.")
    assert (fields(doc)["dateline"], fields(doc)["agency"]) == (None, None)


# --------------------------------------------------------------------------- dateline lines


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A place and date on a line of their own, right above the story.
        ("Ministers meet in the Gulf\n\nAbu Dhabi, June 28, 2022\n\nThe two ministers met.",
         ("2022-06-28", "Ministers meet in the Gulf", "Abu Dhabi", None, "2022-06-28")),
        # ... with a caption between the headline and that line.
        (" date 2017-01-24 Army chiefs meet\nThe two generals shake hands at the villa.\n"
         "Nay Pyi Taw January 24\nThe two armies will keep up their friendship, he said.",
         ("2017-01-24", "Army chiefs meet", "Nay Pyi Taw", None, "2017-01-24")),
        # A locality in capitals alone.
        (" date 2025-02-03 Leaders meet in Ankara\n\nANKARA\n\nThe President received the envoy.",
         ("2025-02-03", "Leaders meet in Ankara", "ANKARA", None, None)),
        # A place and its agency.
        ("Abu Dhabi (WAM)\n\nThe minister received his counterpart.",
         (None, None, "Abu Dhabi", "WAM", None)),
        # An agency before the place, the line ending in a dash.
        ("Ministers meet in Phnom Penh\n\nAKP Phnom Penh, August 23, 2018 —\n\nThe two met.",
         ("2018-08-23", "Ministers meet in Phnom Penh", "Phnom Penh", "AKP", "2018-08-23")),
        # A known agency filling the line after the dash.
        ("Ministers meet in Ankara\nMinisters meet in Ankara\n\nANKARA - Anadolu Agency\n"
         "Ministers meet in Ankara\n\nThe two ministers met.",
         (None, "Ministers meet in Ankara", "ANKARA", "Anadolu Agency", None)),
    ],
)  # fmt: skip
def test_dateline_lines_of_their_own(text: str, want: tuple[object, ...]) -> None:
    assert layout_of(text) == want


def test_a_dateline_line_above_the_headline_is_only_a_region_tag() -> None:
    text = " date 2021-12-16 UZBEKISTAN, December 16 -\nTwo presidents sign a package\nThey met."
    doc = read_document(text)
    assert fields(doc)["dateline"] is None
    assert doc.layout.region is not None and doc.layout.region.text == "UZBEKISTAN, December 16 -"


def test_a_country_in_capitals_or_a_place_in_title_case_alone_is_no_dateline() -> None:
    for line in ("TÜRKIYE", "VIETNAM", "Ankara", "Vientiane"):
        doc = read_document(f"Leaders meet in the capital\n\n{line}\n\nThe President met him.")
        assert (fields(doc)["headline"], fields(doc)["dateline"]) == (
            "Leaders meet in the capital",
            None,
        )


def test_a_line_of_unknown_words_after_a_place_is_no_dateline() -> None:
    doc = read_document("Two leaders meet again\n\nHANOI, GREETINGS\n\nThe leaders met.")
    assert fields(doc)["dateline"] is None


def test_a_region_tag_above_the_headline_gives_its_date() -> None:
    doc = read_document("UZBEKISTAN, December 16, 2021 -\nTwo presidents sign a package\nThey met.")
    assert (fields(doc)["date"], fields(doc)["dateline"]) == ("2021-12-16", None)


def test_a_long_paragraph_above_a_dateline_line_is_the_story() -> None:
    lead = "The two ministers met on Monday and agreed on many things. " * 8
    doc = read_document(f"Ministers meet in Asia\n{lead}\nAbu Dhabi, June 28, 2022\nThey met.")
    # The lead is no caption; the place-and-date line inside the story is a timestamp.
    assert (fields(doc)["dateline"], captions(doc)) == (None, ["Abu Dhabi, June 28, 2022"])


def test_an_unknown_title_case_line_is_no_dateline() -> None:
    doc = read_document("Ministers meet\n\nMarine Outlook, June 28, 2022\n\nThe two met.")
    assert fields(doc)["dateline"] is None


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    ("ending", "agency", "signoff"),
    [
        ("The sides agreed to meet again. (Mekong Wire)", "Mekong Wire", "(Mekong Wire)"),
        ("The sides agreed to meet again.\n(TNA)", "TNA", "(TNA)"),
        ("The sides agreed to meet again. (Reporting by Sok Dara)", None, None),
        ("The sides agreed to meet again. Sok Dara/DMS", "DMS", "Sok Dara/DMS"),
        ("The sides agreed to meet again. — TAMAT", None, "— TAMAT"),
        ("The sides agreed to meet again.\n-Mekong Wire\nPhotos", "Mekong Wire", "-Mekong Wire"),
        ("The sides agreed to meet again. END", None, None),
    ],
)
def test_more_sign_offs(ending: str, agency: str | None, signoff: str | None) -> None:
    text = f" date 2023-03-01 Officials met on Monday.\n\n{ending}"
    doc = read_document(text)
    got = doc.layout.signoff
    assert (fields(doc)["agency"], got.of(text) if got else None) == (agency, signoff)


def test_footer_menus_and_timestamps_in_the_story_are_clutter() -> None:
    text = (
        "Officials met on Monday.\n25 августа, 2020 10:54\nThey agreed.\n"
        "1. Share this article\n2. World"
    )
    assert captions(read_document(text)) == [
        "25 августа, 2020 10:54",
        "1. Share this article",
        "2. World",
    ]


def test_a_sign_off_above_footer_clutter_is_found() -> None:
    text = "Officials met on Monday.\n\nThey agreed. (Mekong Gazette)\n\nComments are closed."
    doc = read_document(text)
    assert fields(doc)["agency"] == "Mekong Gazette"
    assert captions(doc) == ["Comments are closed."]


@pytest.mark.parametrize(
    ("line", "agency", "date"),
    [
        ("Source: Mekong Daily, Sep 26, 2019", "Mekong Daily", "2019-09-26"),
        ("Source: Mekong Daily Sep 26 2019", "Mekong Daily", "2019-09-26"),
        ("Source: Mekong Wire| 2022-09-01 18:36:20|Editor: Lan", "Mekong Wire", "2022-09-01"),
        ("Source: Economy", None, None),
    ],
)
def test_source_lines_give_their_credit_and_date(
    line: str, agency: str | None, date: str | None
) -> None:
    for text in (f"{line}\n\nOfficials met on Monday.", f"Officials met on Monday.\n\n{line}"):
        doc = read_document(text)
        assert (fields(doc)["agency"], fields(doc)["date"]) == (agency, date)


# --------------------------------------------------------------------------- page dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A full date in the dateline outranks a page's banner (today's date on the site).
        ("Friday, Apr 19 2024 | Time 08:19 Hrs(IST)\nStates renew ties\n"
         "MUMBAI, India, Feb. 6, 2023 /Mekongwire/ -- The states renewed ties.", "2023-02-06"),
        # A date in a cell of a furniture line.
        ("Japan sends relief goods\n［ 133 words｜2022.8.5｜English ］\nRelief goods arrived.",
         "2022-08-05"),
        # A labelled date among other furniture.
        ("Leaders meet in Jinan\nDate: 2017-05-17 08:46:17, Source: Department of Commerce of "
         "the Province, Today/Total Visits : 1/141\nThe governor received the minister.",
         "2017-05-17"),
        # A long furniture line of cells, one of them a timestamp.
        ("Leaders meet in Jinan\nMekong Wire Online | Section: World News and Asia Pacific "
         "Desk | 2022-09-01 18:36 | Editor: Lan Anh\nThe governor received the minister.",
         "2022-09-01"),
        # A year after a full stop, lower-case furniture words beside bars.
        ("calendar>>September 9. 2018 Juche 107 |\nDelegation calls on the leader\n"
         "The delegation paid a call.", "2018-09-09"),
        # A year right after a comma.
        ("Ministers meet again\nPublished March 24,2021\nThe ministers met.", "2021-03-24"),
        # A time and a year in another script: furniture, but no date.
        ("Co-chairs talk by phone\n\n25 августа, 2020 10:54\n\nThe two co-chairs spoke.", None),
    ],
)  # fmt: skip
def test_dates_in_page_furniture(text: str, date: str | None) -> None:
    doc = read_document(text)
    assert fields(doc)["date"] == date
    assert fields(doc)["headline"] is not None


# --------------------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # An office's title-case name above a sentence-case headline.
        ("Office of the President of Ruritania\n\nThe President will go to Oz for a visit\n\n"
         "Thursday, February 14, Vilnius – The President will visit.",
         "The President will go to Oz for a visit"),
        # A site's name above a timestamp, then the headline.
        (" date 2017-05-25 Marine Outlook\nThursday, May 25, 2017\n\n"
         "Six Patrol Boats Join Fleet\n\nMay 25, 2017\n\nThe coast guard received six boats.",
         "Six Patrol Boats Join Fleet"),
        (" date 2017-05-25 Mekong Marine Outlook\nThursday, May 25, 2017\n\n"
         "Six Patrol Boats Join Fleet\n\nThe coast guard received six boats.",
         "Six Patrol Boats Join Fleet"),
        # A short headline above its own timestamp stays the headline.
        ("Laos Hosts Talks\nMarch 3, 2021\nThe sides met on Monday.", "Laos Hosts Talks"),
        # A section trail with slashes.
        ("SOURCE / ECONOMY\nMinisters agree to widen trade ties\nThe ministers met.",
         "Ministers agree to widen trade ties"),
        # A scene caption is no headline.
        (" date 2023-12-27 At the signing ceremony\n\nThree projects were granted aid.", None),
        # A trail glued to the headline, and the headline again below.
        ("News World Ministers of two states hold a meeting\n\n"
         "Ministers of two states hold a meeting\n\nThe ministers met.",
         "Ministers of two states hold a meeting"),
        # A numbered menu, labels and their values, fragments, another script.
        (" date 2019-10-31   1. Home\n  2. World\n\nTop diplomat wraps up trip\n\n"
         "The minister hosted a dinner on Wednesday.", "Top diplomat wraps up trip"),
        ("ID :\n407931\nFri, 05/27/2016 - 08:59\nAuthor :\n\nTwo states pledge wider ties\n\n"
         "BANGKOK, May 27 (TNA) - The two states met.", "Two states pledge wider ties"),
        ("ក្រសួង ព័ត៌មាន និង ការ ផ្សាយ\n\nMinister Receives Visiting Envoy\n\n"
         "The minister met the envoy.",
         "Minister Receives Visiting Envoy"),
        ("select languages\nFocusFocus Focus\nTop diplomats of two states hold talks\n"
         "BEIJING, April 24 (Yonhap) -- The ministers met.",
         "Top diplomats of two states hold talks"),
        ("Search\nClose this search box.\nNEWS\nTwo agencies sign agreement\n"
         "Havana, Apr 6 (Prensa Latina) The agencies signed.", "Two agencies sign agreement"),
        # A photo caption with a credit after a dash and "pic".
        (" date 2021-08-24 The Prime Minister on the line with his counterpart. — Mekong Wire pic"
         "\n\nPUTRAJAYA, Aug 24 — The Prime Minister took a call.", None),
        ("Two ministers at the talks. Photo Credit: Mekong Wire\n\nMinisters hold talks\n\n"
         "The ministers met.", "Ministers hold talks"),
    ],
)  # fmt: skip
def test_headlines_among_page_furniture(text: str, headline: str | None) -> None:
    assert fields(read_document(text))["headline"] == headline


def test_the_headline_printed_twice_is_once_the_headline_once_clutter() -> None:
    text = "Two ministers hold talks\nTwo ministers hold talks\nThe two ministers met on Monday."
    doc = read_document(text)
    assert (fields(doc)["headline"], doc.layout.captions) == (
        "Two ministers hold talks",
        (Span(25, 49),),
    )


def test_an_office_name_above_a_title_case_line_is_the_headline() -> None:
    text = "Office of the President of Ruritania\n\nPresident Visits Oz\n\nThe President met."
    assert fields(read_document(text))["headline"] == "Office of the President of Ruritania"


# --------------------------------------------------------------------------- properties

_CLUTTER_LINES = [
    "Share this article",
    "3 MIN READ",
    "Home / World / Asia",
    "Follow us on Telegram for the latest updates",
    "Close this search box.",
    "FocusFocus Focus",
    "Politics | World",
]
_SIGN_OFFS = ["— VNS", "(Mekong Wire)", "/.", "Sok Dara/DMS", "(Source: PL)"]
_STYLES = [
    ("{P} (Feb 13): {S}", "Feb 13", None),
    ("{P}, Mar 8 (Mekong Wire) -- {S}", "Mar 8", "Mekong Wire"),
    ("{P} /MONTSAME/. {S}", None, "MONTSAME"),
    ("{P}. KAZINFORM – {S}", None, "KAZINFORM"),
    ("{P}, June 13/2024(ENA) {S}", "June 13/2024", "ENA"),
]
_PLACES = ["VIENTIANE", "PHNOM PENH", "NAY PYI TAW", "ULAANBAATAR", "ADDIS ABABA"]


@given(
    st.sampled_from(_STYLES),
    st.sampled_from(_PLACES),
    st.lists(st.sampled_from(_CLUTTER_LINES), max_size=4),
    st.sampled_from(["", *_SIGN_OFFS]),
)
def test_clutter_and_sign_offs_do_not_change_the_story(
    style: tuple[str, str | None, str | None], place: str, clutter: list[str], sign_off: str
) -> None:
    pattern, date, agency = style
    lead = pattern.format(P=place, S="The two ministers met on Monday.")
    bare = read_document(f" date 2024-06-14 Ministers meet again\n{lead}\nThey agreed to meet.")
    noisy = read_document(
        " date 2024-06-14 "
        + "\n".join([*clutter, "Ministers meet again", lead, "They agreed to meet. " + sign_off])
    )
    for doc in (bare, noisy):
        assert fields(doc) == {
            "date": "2024-06-14",
            "headline": "Ministers meet again",
            "dateline": place,
            "agency": agency if agency else fields(doc)["agency"],
        }
    day = doc.layout.dateline_date
    assert (day.isoformat() if day else None) == (str(date_of(date, 2024)) if date else None)
    if agency is None and not sign_off:
        assert fields(noisy)["agency"] is None
    # The clutter is no story; the story's sentences are all still there.
    story = [s.of(noisy.text) for s in noisy.story_sentences()]
    assert not set(clutter) & set(story)
    assert lead in story and any(s.startswith("They agreed to meet.") for s in story)

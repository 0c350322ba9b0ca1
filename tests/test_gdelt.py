"""The GDELT 2.0 Events export: read back, its columns checked against the codebook's
list, its values on texts written for the test, and the events table it is made from."""

from __future__ import annotations

import csv
from pathlib import Path

from _articles import write_texts
from bilateral import Corpus, parse

# The GDELT 2.0 Event codebook's columns, in its order, typed out from the codebook.
DOCUMENTED = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
    "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]  # fmt: skip

TALKS = (
    " date 2024-02-14 VIENTIANE (KPL) - Lao Prime Minister Somphet Keomany held talks with "
    "Vietnamese Deputy Prime Minister Trần Quốc Bình in Vientiane on Tuesday.\n\n"
    "After the talks, the two sides signed a memorandum of understanding on trade. — KPL"
)


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        return list(reader.fieldnames or []), list(reader)


def test_the_columns_are_gdelt_s(tmp_path: Path) -> None:
    corpus = Corpus([parse(TALKS, id="talks")])
    header, got = _read(corpus.export(tmp_path / "events.tsv", to="gdelt"))
    assert len(DOCUMENTED) == 61
    assert header == DOCUMENTED
    assert all(len(row) == 61 and None not in row for row in got)


def test_the_rows_on_a_text_written_for_the_test(tmp_path: Path) -> None:
    corpus = Corpus([parse(TALKS, id="talks")])
    _, got = _read(corpus.export(tmp_path / "events.tsv", to="gdelt"))
    filled = [{k: v for k, v in row.items() if v} for row in got]
    where = {
        "ActionGeo_Type": "4", "ActionGeo_FullName": "Vientiane, Laos",
        "ActionGeo_CountryCode": "LA", "ActionGeo_Lat": "17.96667", "ActionGeo_Long": "102.6",
    }  # fmt: skip
    once = {"NumMentions": "1", "NumSources": "1", "NumArticles": "1", "SOURCEURL": "talks"}
    tuesday = {"Day": "20240213", "MonthYear": "202402", "Year": "2024", "FractionDate": "2024.2"}
    countries = {
        "Actor1Code": "LAO", "Actor1Name": "LAOS", "Actor1CountryCode": "LAO",
        "Actor2Code": "VNM", "Actor2Name": "VIETNAM", "Actor2CountryCode": "VNM",
        "IsRootEvent": "0", "EventCode": "057", "EventBaseCode": "057", "EventRootCode": "05",
        "QuadClass": "1", "GoldsteinScale": "8.0",
    }  # fmt: skip
    assert filled == [
        {
            **tuesday,
            "Actor1Code": "LAOGOV", "Actor1Name": "SOMPHET KEOMANY", "Actor1CountryCode": "LAO",
            "Actor1Type1Code": "GOV",
            "Actor2Code": "VNMGOV", "Actor2Name": "TRẦN QUỐC BÌNH", "Actor2CountryCode": "VNM",
            "Actor2Type1Code": "GOV",
            "IsRootEvent": "1", "EventCode": "040", "EventBaseCode": "040", "EventRootCode": "04",
            "QuadClass": "1", "GoldsteinScale": "1.0", **once, **where,
        },
        # the signing, on the day of the talks; the direction is the dyad's order
        {**tuesday, **countries, **once, **where},
        # the memorandum itself: dated by the article
        {
            "Day": "20240214", "MonthYear": "202402", "Year": "2024", "FractionDate": "2024.2027",
            **countries, **once, **where,
        },
    ]  # fmt: skip


def test_a_visit_takes_place_only_in_the_country_visited(tmp_path: Path) -> None:
    text = (
        " date 2024-02-14 Secretary Somphet Keomany of the Luang Prabang Party Committee, "
        "who is on a Vietnam visit from February 12-16, met Trần Quốc Bình on Tuesday."
    )
    _, got = _read(Corpus([parse(text, id="v")]).export(tmp_path / "v.tsv", to="gdelt"))
    visit = [r for r in got if r["EventCode"] == "042"]
    # Luang Prabang, in the sentence, is where the visitor comes from
    where = [(r["Actor1CountryCode"], r["Actor2CountryCode"], r["ActionGeo_FullName"],
              r["ActionGeo_CountryCode"]) for r in visit]  # fmt: skip
    assert where == [("LAO", "VNM", "Vietnam", "VM")]


def test_merged_rows_count_every_report(tmp_path: Path) -> None:
    second = TALKS.replace("(KPL)", "(VNA)").replace("— KPL", "— VNA")
    corpus = Corpus([parse(TALKS, id="a"), parse(second, id="b")])
    _, per_article = _read(corpus.export(tmp_path / "each.tsv", to="gdelt"))
    from bilateral.corpus.gdelt import write_gdelt

    _, merged = _read(write_gdelt(list(corpus), tmp_path / "merged.tsv", merged=True))
    assert [(r["SOURCEURL"], r["EventCode"], r["NumArticles"]) for r in per_article] == [
        ("a", "040", "1"), ("a", "057", "1"), ("a", "057", "1"),
        ("b", "040", "1"), ("b", "057", "1"), ("b", "057", "1"),
    ]  # fmt: skip
    # the talks and the signing are one each, told by both outlets; the memorandum is an
    # agreement of each article, not an engagement, and stays per article
    assert [
        (r["SOURCEURL"], r["EventCode"], r["NumMentions"], r["NumSources"], r["NumArticles"])
        for r in merged
    ] == [
        ("a", "040", "2", "2", "2"), ("a", "057", "2", "2", "2"), ("a", "057", "1", "1", "1"),
        ("b", "057", "1", "1", "1"),
    ]  # fmt: skip


def test_the_events_table_as_analysts_use_it() -> None:
    corpus = Corpus([parse(TALKS, id="talks")])
    events = corpus.to_pandas("events").astype(object).where(lambda f: f.notna(), None)
    talks = events.iloc[0]
    assert {k: talks[k] for k in (
        "date_basis", "cameo", "root", "quad_class", "goldstein", "plover", "sides",
        "source_key", "source_name", "source_actor_code", "source_country",
        "target_key", "target_actor_code", "target_country",
        "locality_key", "locality", "location_basis", "evidence", "dyad_a", "dyad_b",
    )} == {
        "date_basis": "event", "cameo": "040", "root": "04", "quad_class": 1, "goldstein": 1.0,
        "plover": "CONSULT", "sides": "told",
        "source_key": "LAO/somphet-keomany", "source_name": "Somphet Keomany",
        "source_actor_code": "LAOGOV", "source_country": "LAO",
        "target_key": "VNM/tran-quoc-binh", "target_actor_code": "VNMGOV",
        "target_country": "VNM",
        "locality_key": "geonames:1651944", "locality": "Vientiane",
        "location_basis": "sentence", "evidence": "held talks", "dyad_a": "LAO", "dyad_b": "VNM",
    }  # fmt: skip
    memorandum = events.iloc[2]
    assert (
        memorandum["date_basis"], memorandum["sides"], memorandum["source_key"],
        memorandum["location_basis"],
    ) == ("article", "dyad", None, "dateline")  # fmt: skip


def test_no_event_is_left_without_saying_why(tmp_path: Path) -> None:
    # the project's texts written for tests: every event has both countries, or says why
    corpus = Corpus.load(write_texts(tmp_path / "texts"))
    events = corpus.to_pandas("events")
    assert len(events) > 0
    for _, ev in events.iterrows():
        both = ev["source_country"] is not None and ev["target_country"] is not None
        assert ev["sides"] in (("told", "venue", "dyad") if both else ("unknown",))

"""The well-known office holders' table and its look-up."""

from __future__ import annotations

from collections import Counter

from bilateral._extract.names import name_key
from bilateral._extract.offices import OFFICES, Office, office_country
from bilateral._lexicon.gazetteer import data_lines

ROWS = list(data_lines("office_holders.tsv"))


def test_the_table_covers_many_countries_and_every_office() -> None:
    countries = Counter(row[0] for row in ROWS)
    offices = {row[1] for row in ROWS}
    assert len(ROWS) >= 600
    assert len(countries) >= 120
    assert offices == {"state", "government", "foreign", "defence", "party"}


def test_every_row_is_well_formed() -> None:
    for row in ROWS:
        code, _office, start, end, name = row[:5]
        assert len(code) == 3 and code.isupper(), row
        assert 1940 <= int(start) <= 2026, row
        assert end == "" or int(start) <= int(end) <= 2026, row
        assert name.strip() == name and name, row


def test_every_form_of_a_name_finds_its_country() -> None:
    assert office_country("Nguyễn Xuân Phúc", 2019) == "VNM"
    assert office_country("NGUYEN XUAN PHUC", 2019) == "VNM"
    # another form the press prints, from the table's last column
    assert office_country("Jokowi", 2016) == "IDN"
    assert office_country("Joko Widodo", None) == "IDN"


def test_an_unknown_name_or_a_reordered_one_finds_none() -> None:
    assert office_country("Xuan Phuc Nguyen", 2019) is None
    assert office_country("Ingrid Solvang", 2019) is None


TWO = {
    name_key("Ana Lima"): (
        Office("BRA", "foreign", 2001, 2004, "Ana Lima"),
        Office("PRT", "defence", 2015, None, "Ana Lima"),
    )
}


def test_a_name_two_countries_share_is_told_by_the_year() -> None:
    assert office_country("Ana Lima", 2003, TWO) == "BRA"
    assert office_country("Ana Lima", 2020, TWO) == "PRT"
    # a year either side of a term still counts
    assert office_country("Ana Lima", 2005, TWO) == "BRA"
    assert office_country("Ana Lima", 2014, TWO) == "PRT"


def test_a_shared_name_without_a_telling_year_tells_nothing() -> None:
    assert office_country("Ana Lima", None, TWO) is None
    assert office_country("Ana Lima", 2010, TWO) is None


def test_the_loaded_table_indexes_every_form() -> None:
    forms = sum(1 + len([f for f in row[5].split("|") if f]) if len(row) > 5 else 1 for row in ROWS)
    assert sum(len(v) for v in OFFICES.values()) == forms

"""The user's lexicon: a small table checked when it is made, frozen, passed explicitly."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral import Lexicon, load_article, parse
from bilateral.lexicon import Alias, LexiconError, PlaceEntry, TopicCue
from bilateral.model import Topic

TABLE = (
    "kind\tname\tvalue\tcountry\n"
    "# towns our sources name that the package's tables lack\n"
    "place\tBan Nam Kha\tlocality\tLaos\n"
    "place\tKhet Phon\t\tKH\n"
    "place_alias\tPearl of the South\tKhet Phon\t\n"
    "person_alias\tUncle Som\tSomchai Phanthavong\tThai\n"
    "\n"
    "topic_cue\tcassava\tAgriculture\t\n"
)


def test_a_table_file_loads_into_frozen_checked_entries(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(TABLE, encoding="utf-8")
    lex = Lexicon.load(path)
    assert lex == Lexicon(
        places=(PlaceEntry("Ban Nam Kha", "LAO"), PlaceEntry("Khet Phon", "KHM")),
        aliases=(
            Alias("Pearl of the South", "Khet Phon", of="place"),
            Alias("Uncle Som", "Somchai Phanthavong", of="person", country="THA"),
        ),
        topic_cues=(TopicCue("cassava", Topic.AGRICULTURE),),
    )
    assert [a.alias for a in lex.person_aliases] == ["Uncle Som"]
    assert [a.alias for a in lex.place_aliases] == ["Pearl of the South"]
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text(TABLE.replace("\t", ","), encoding="utf-8")
    assert Lexicon.load(csv_path) == lex
    assert hash(lex) == hash(Lexicon.load(path))  # frozen: usable as a key, shareable


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("town\tBan Nam Kha\t\tLAO", "row 2: unknown kind 'town'; the kinds are place, "),
        ("place\tBan Nam Kha\t\t", "row 2: a place needs its country"),
        ("place\tBan Nam Kha\t\tAtlantis", "row 2: unknown country 'Atlantis'"),
        ("place\tBan Nam Kha\tvillage\tLAO", "row 2: a place is one of locality, city, "),
        ("place\t\t\tLAO", "row 2: name must be a non-empty name"),
        ("place\tone two three four five six seven\t\tLAO", "more than 6 words"),
        ("person_alias\tUncle Som\t\t", "row 2: a person_alias needs the name it stands for"),
        ("person_alias\tSom\tsom\t", "an alias must differ from the name it stands for"),
        ("topic_cue\tcassava\tfarming\t", "row 2: unknown topic 'farming'; the topics are"),
        ("topic_cue\tcassava\t\t", "row 2: a topic_cue needs its topic"),
    ],
)
def test_a_bad_row_is_refused_naming_the_file_and_row(
    tmp_path: Path, row: str, message: str
) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("kind\tname\tvalue\tcountry\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as caught:
        Lexicon.load(path)
    assert caught.value.source == str(path)


def test_one_form_with_two_meanings_is_refused_and_a_repeat_kept_once() -> None:
    rows = [
        {"kind": "topic_cue", "name": "cassava", "value": "agriculture"},
        {"kind": "topic_cue", "name": "Cassava", "value": "trade"},
    ]
    with pytest.raises(LexiconError, match="topic cue 'Cassava' is given twice"):
        Lexicon.from_rows(rows)
    same = Lexicon.from_rows([rows[0], rows[0]])
    assert same.topic_cues == (TopicCue("cassava", "agriculture"),)


def test_bad_files_and_headers(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"a lexicon is a \.tsv or \.csv file"):
        Lexicon.load(tmp_path / "mine.xlsx")
    with pytest.raises(LexiconError, match="cannot be read"):
        Lexicon.load(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("type\tform\nplace\tX\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="row 1: the header must name the columns"):
        Lexicon.load(bad)
    assert Lexicon.from_rows([]) == Lexicon() and not Lexicon()


def test_it_is_passed_explicitly_and_says_it_is_not_read_yet(tmp_path: Path) -> None:
    lex = Lexicon(places=(PlaceEntry("Ban Nam Kha", "LAO"),))
    text = "Vientiane (KPL) - Officials met in Ban Nam Kha."
    with pytest.warns(UserWarning, match="does not read it yet"):
        parse(text, lexicon=lex)
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(UserWarning, match="does not read it yet"):
        load_article(path, lexicon=lex)
    with pytest.raises(TypeError, match=r"lexicon must be a bilateral\.Lexicon"):
        parse(text, lexicon={"places": []})  # type: ignore[arg-type]
    parse(text, lexicon=Lexicon())  # an empty one changes nothing and says nothing

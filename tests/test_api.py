"""Daily use of the Python API: reading, filtering, ids, dates, exports, reprs, validation.

Every article here is written for these tests, with invented people.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from _articles import article, corpora
from bilateral import (
    ArticleError,
    ArticleNotFoundError,
    Corpus,
    DuplicateIdError,
    EmptyArticleError,
    EncodingError,
    NotTextError,
    TooLargeError,
    load_article,
    parse,
)
from bilateral.convert import structure, unstructure
from bilateral.corpus.index import calendar_day
from bilateral.corpus.tables import TABLES
from bilateral.model import (
    Country,
    Dyad,
    Engagement,
    EngagementKind,
    Event,
    Locality,
    Person,
    Topic,
    TopicMention,
)

TALKS = " date 2024-05-20 Vientiane (KPL) - Lao and Vietnamese ministers held talks on Monday."
VISIT = " date 2023-04 Havana (ACN) - A Vietnamese delegation began a visit to Cuba."


# --- reading: load_article for files, parse for text ---


def test_a_mistyped_path_is_refused_naming_it_never_parsed(tmp_path: Path) -> None:
    missing = str(tmp_path / "seed-havanna.txt")
    with pytest.raises(ArticleNotFoundError) as caught:
        load_article(missing)
    assert (caught.value.source, caught.value.reason) == (missing, "no such file")
    for path_like in ("seeds/seed-havanna.txt", "news/2024/a", "~/x"):
        with pytest.raises(ArticleError, match="a file's path, not an article's text"):
            parse(path_like)
    with pytest.raises(ArticleError, match="load_article"):
        parse(str(Path(__file__)))  # an existing file is still a path


def test_parse_takes_text_and_bytes_and_gives_the_same_article() -> None:
    by_text = parse(TALKS, id="t")
    by_bytes = parse(TALKS.encode("utf-16"), id="t")
    assert by_text == by_bytes
    assert (by_text.id, by_text.source, by_text.date) == ("t", None, pendulum.Date(2024, 5, 20))


def test_load_article_of_text_still_parses_with_a_deprecation_warning() -> None:
    with pytest.warns(DeprecationWarning, match="bilateral.parse"):
        old = load_article(TALKS, id="t")
    assert old == parse(TALKS, id="t")


def test_encoding_option_and_its_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(TALKS.replace("Vientiane", "Vientiàne").encode("latin-1"))
    with pytest.raises(EncodingError) as caught:
        load_article(path)
    assert "encoding=" in caught.value.reason and "--encoding" in caught.value.reason
    at = TALKS.index("Vientiane") + 6
    assert caught.value.span == (at, at + 1)
    assert load_article(path, encoding="latin-1").text == TALKS.replace("Vientiane", "Vientiàne")
    with pytest.raises(ValueError, match="unknown encoding 'latin-99'"):
        load_article(path, encoding="latin-99")
    assert parse("Talks.".encode("cp1252"), encoding="cp1252").text == "Talks."


@pytest.mark.parametrize(
    ("data", "error", "span"),
    [
        (b"", EmptyArticleError, None),
        (b"%PDF-1.7 talks", NotTextError, (0, 0)),
        (b"Talks \xff were held.", EncodingError, (6, 7)),
        (b"x" * 50, TooLargeError, None),
    ],
)
def test_each_bad_input_has_its_error_class_and_span(
    tmp_path: Path, data: bytes, error: type[ArticleError], span: tuple[int, int] | None
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error) as caught:
        load_article(path, max_bytes=40)
    assert (caught.value.source, caught.value.span) == (str(path), span)
    # Across processes too: the class and span survive pickling.
    back = pickle.loads(pickle.dumps(caught.value))
    assert (type(back), back.source, back.reason, back.span) == (
        error, str(path), caught.value.reason, span
    )  # fmt: skip


def test_a_defect_is_not_dressed_as_a_user_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(text: str, *, id: str, source: str | None = None, lexicon: Any = None) -> Any:
        raise KeyError("a defect")

    monkeypatch.setattr(bilateral._pipeline, "parse_text", broken)
    with pytest.raises(KeyError):
        parse(TALKS)
    # Loading a corpus keeps going, the defect one file's error with its cause.
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    corpus = Corpus.load(tmp_path)
    assert len(corpus) == 0 and [type(e.__cause__) for e in corpus.errors] == [KeyError]
    assert "a defect of bilateral" in corpus.errors[0].reason


def test_import_bilateral_shows_public_names_only() -> None:
    shown = {
        n for n in dir(bilateral)
        if not n.startswith("_") and not isinstance(getattr(bilateral, n), ModuleType)
    }  # fmt: skip
    assert shown == set(bilateral.__all__)
    for internal in ("parse_text", "read_source", "Criteria", "annotations"):
        assert internal not in shown
    assert not hasattr(Corpus, "select") and not hasattr(Corpus, "scan")
    assert not hasattr(Corpus, "index")
    from bilateral.corpus import export, frames, tables

    for module in (export, frames, tables):
        assert "rows" not in module.__all__ and "Column" not in module.__all__, module
    assert "TABLES" in tables.__all__ and "TABLES" in export.__all__


def test_strategies_say_which_extra_they_need() -> None:
    code = "import sys; sys.modules['hypothesis'] = None; import bilateral.strategies"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1
    assert "bilateral.strategies needs Hypothesis: pip install 'bilateral[test]'" in done.stderr


# --- filters by what users type ---


def _three() -> Corpus:
    return Corpus(
        [
            article("cu", date=pendulum.Date(2023, 4, 1), countries=("CUB", "VNM"),
                    dyad=("CUB", "VNM"), topics=(Topic.HEALTH,)),
            article("la", date=pendulum.Date(2024, 6, 1), countries=("LAO", "VNM"),
                    dyad=("LAO", "VNM"), engagements=(Engagement("visit"),)),
            article("gw", countries=("GNB", "VNM"), dyad=("GNB", "VNM")),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kw", "ids"),
    [
        ({"country": "Laos"}, ["la"]),
        ({"country": "LA"}, ["la"]),
        ({"country": "lao"}, ["la"]),
        ({"country": "Lao"}, ["la"]),
        ({"country": "Cuban"}, ["cu"]),
        ({"country": "Viet Nam"}, ["cu", "la", "gw"]),
        ({"country": "France"}, []),
        ({"dyad": "Vietnam-Laos"}, ["la"]),
        ({"dyad": "Guinea-Bissau-Vietnam"}, ["gw"]),
        ({"dyad": ("Cuba", "vn")}, ["cu"]),
        ({"topic": "Health"}, ["cu"]),
        ({"kind": "VISIT"}, ["la"]),
    ],
)
def test_filters_take_names_codes_and_demonyms(kw: dict[str, Any], ids: list[str]) -> None:
    assert list(_three().filter(**kw).ids) == ids


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"country": "Laoss"}, "unknown country 'Laoss': give an ISO 3166-1 code"),
        ({"dyad": "Vietnam-Atlantis"}, "unknown country 'Atlantis'"),
        ({"dyad": "Laos"}, "a dyad is two countries"),
        ({"dyad": "Laos-Lao"}, "a dyad is two different countries, got "),
        ({"topic": "gardening"}, "unknown topic 'gardening'; the topics are agriculture, "),
        ({"kind": "chat"}, "unknown kind 'chat'; the kinds are talks, reception, meeting, "),
    ],
)
def test_an_unknown_filter_value_is_named_with_the_choices(
    kw: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")):
        _three().filter(**kw)


# --- ids: unique at load ---


def test_the_same_folder_given_ten_times_loads_each_article_once(tmp_path: Path) -> None:
    for name, text in (("a", TALKS), ("b", VISIT)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.load([tmp_path] * 10)
    assert (corpus.ids, corpus.errors) == (("a", "b"), ())


@pytest.mark.parametrize("jobs", [1, 2])
def test_two_files_with_one_id_clash_at_load_and_relative_ids_tell_them_apart(
    tmp_path: Path, jobs: int
) -> None:
    for folder, text in (("x", TALKS), ("y", VISIT)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(text, encoding="utf-8")
    sources = [tmp_path / "x", tmp_path / "y"]
    clashing = Corpus.load(sources, jobs=jobs)
    assert clashing.ids == ("article",)
    [error] = clashing.errors
    assert type(error) is DuplicateIdError and error.source == str(tmp_path / "y" / "article.txt")
    assert error.reason == (
        f"id 'article' is taken by {tmp_path / 'x' / 'article.txt'}; ids='relative' "
        "(--ids relative) names articles by their paths"
    )
    relative = Corpus.load(sources, jobs=jobs, ids="relative")
    assert (relative.ids, relative.errors) == (("x/article", "y/article"), ())


def test_a_corpus_refuses_an_id_twice_also_from_records(tmp_path: Path) -> None:
    a = parse(TALKS, id="same")
    with pytest.raises(ValueError, match="article id 'same' occurs twice"):
        Corpus([a, parse(VISIT, id="same")])
    Corpus([a]).save(tmp_path / "one.jsonl")
    Corpus([parse(VISIT, id="same")]).save(tmp_path / "two.jsonl")
    loaded = Corpus.load([tmp_path / "one.jsonl", tmp_path / "two.jsonl"])
    assert loaded.ids == ("same",) and [type(e) for e in loaded.errors] == [DuplicateIdError]


def test_an_article_is_in_the_corpus_that_holds_it() -> None:
    corpus = Corpus([parse(TALKS, id="a"), parse(VISIT, id="b")])
    assert corpus[0] in corpus and "a" in corpus
    assert parse(VISIT, id="a") not in corpus  # the same id, another article
    assert parse(TALKS, id="c") not in corpus and "c" not in corpus and 3 not in corpus
    assert corpus[1] in corpus.filter(country="Cuba")


# --- one rule for partial dates ---


def test_a_month_only_article_is_placed_on_its_first_day_everywhere() -> None:
    month_only = parse(VISIT, id="m")
    day = parse(TALKS, id="d")
    undated = parse("Vientiane (KPL) - Talks were held.", id="u")
    corpus = Corpus([day, month_only, undated])
    assert (month_only.date, month_only.month, calendar_day(month_only)) == (
        None, "2023-04", pendulum.Date(2023, 4, 1)
    )  # fmt: skip
    assert corpus.filter(since="2023-01-01").ids == ("d", "m")
    assert corpus.filter(since="2023-04-02").ids == ("d",)
    assert corpus.filter(until="2023-04-01").ids == ("m",)
    summary = corpus.summary()
    assert (summary.dated, summary.by_year) == (2, (("2023", 1), ("2024", 1)))
    assert corpus.sort().ids == ("m", "d", "u")


_days = st.dates(pendulum.Date(2019, 1, 1), pendulum.Date(2021, 12, 31))


@given(corpora(), _days)
def test_since_and_the_day_before_until_split_the_placed_articles(
    articles: list[Any], day: Any
) -> None:
    months = ["2020-03", None]
    arts = [
        attrs.evolve(a, date=None, month=months[i % 2]) if i % 3 == 0 else a
        for i, a in enumerate(articles)
    ]
    corpus = Corpus(arts)
    since = pendulum.Date(day.year, day.month, day.day)
    after = set(corpus.filter(since=since).ids)
    before = set(corpus.filter(until=since.subtract(days=1)).ids)
    placed = {a.id for a in arts if calendar_day(a) is not None}
    assert after | before == placed and not after & before
    assert corpus.summary().dated == len(placed) == sum(n for _, n in corpus.summary().by_year)


# --- looking at things ---


def test_an_article_shows_a_short_summary_and_the_evidence_view_in_jupyter() -> None:
    a = parse(TALKS, id="t")
    shown = repr(a)
    assert shown == str(a) and len(shown) < 160
    assert shown.startswith("<Article 't' 2024-05-20 LAO-VNM: ")
    assert '<div class="b-page">' in a._repr_html_()
    assert repr(parse(VISIT, id="v")).startswith("<Article 'v' 2023-04 CUB-VNM: ")


def test_head_sample_sort_and_the_notebook_table() -> None:
    corpus = Corpus([article(str(i), date=pendulum.Date(2020, 1, 1 + i)) for i in range(12)])
    assert corpus.head().ids == ("0", "1", "2", "3", "4") and corpus.head(2).ids == ("0", "1")
    picked = corpus.sample(4, seed=7)
    assert picked.ids == corpus.sample(4, seed=7).ids and len(set(picked.ids)) == 4
    assert list(picked.ids) == sorted(picked.ids, key=int)  # corpus order
    with pytest.raises(ValueError, match="cannot sample 13 of 12"):
        corpus.sample(13)
    assert corpus.sort(reverse=True).ids[:2] == ("11", "10")
    assert corpus.sort(lambda a: -int(a.id)).ids[0] == "11"
    assert corpus.sort("id").ids[:3] == ("0", "1", "10")
    table = corpus._repr_html_()
    assert table.count("<tr><td>") == 10 and "… and 2 more" in table


def test_summary_to_pandas() -> None:
    summary = _three().summary()
    frame = summary.to_pandas("dyad")
    assert frame.to_dict("records") == [
        {"key": "CUB-VNM", "count": 1}, {"key": "GNB-VNM", "count": 1},
        {"key": "LAO-VNM", "count": 1},
    ]  # fmt: skip
    stacked = summary.to_pandas()
    assert list(stacked.columns) == ["by", "key", "count"]
    assert stacked[stacked["by"] == "kind"].to_dict("records") == [
        {"by": "kind", "key": "visit", "count": 1}
    ]
    with pytest.raises(ValueError, match="no summary by 'colour'"):
        summary.to_pandas("colour")


# --- exports follow the suffix ---


def test_export_format_follows_the_suffix(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    corpus = Corpus([parse(TALKS, id="t"), parse(VISIT, id="v")])
    written = corpus.export(tmp_path / "records.jsonl.gz")
    assert Corpus.load(written).ids == ("t", "v")
    people = corpus.export(tmp_path / "articles.parquet", table="articles")
    assert pq.read_table(people).column("article_id").to_pylist() == ["t", "v"]
    one = corpus.export(tmp_path / "topics.csv", table="topics")
    assert one.read_text("utf-8").splitlines()[0] == "article_id,topic_no,topic,cap_code"
    folder = corpus.export(tmp_path / "tables", to="parquet")
    assert len(list(folder.glob("*.parquet"))) == len(TABLES) == 13


@pytest.mark.parametrize(
    ("name", "kw", "message"),
    [
        ("x.parquet", {}, "parquet writes one file per table: give a folder"),
        ("x.parquet", {"to": "jsonl"}, "the suffix says parquet, not jsonl"),
        ("x.jsonl", {"table": "people"}, "table= writes one table to a .csv or .parquet file"),
        ("tables", {}, "no format: end the file name with one of"),
        ("x.csv", {"table": "colours"}, "no table 'colours'"),
        ("afile", {"to": "csv"}, "is a file; csv writes a folder of tables"),
        ("adir.jsonl", {}, "is a folder; jsonl writes one file"),
    ],
)
def test_export_refuses_a_mismatch_in_words(
    tmp_path: Path, name: str, kw: dict[str, Any], message: str
) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir.jsonl").mkdir()
    with pytest.raises(ValueError, match=message):
        Corpus([parse(TALKS, id="t")]).export(tmp_path / name, **kw)
    assert (tmp_path / "afile").read_text() == "x"


# --- the model validates at the boundary ---


def test_a_dyad_is_sorted_or_refused() -> None:
    assert Dyad("CUB", "VNM") == Dyad.of("VNM", "CUB")
    for a, b in (("VNM", "CUB"), ("VNM", "VNM")):
        with pytest.raises(ValueError, match="a dyad is two countries in sorted order"):
            Dyad(a, b)
    with pytest.raises(ValueError, match="must be an ISO 3166-1 alpha-3 code"):
        Dyad.of("VNM", "XXX")


@pytest.mark.parametrize(
    "make",
    [
        lambda: Country("VN"),
        lambda: Country("vnm"),
        lambda: Person("Ana Ruiz", country="Cuba"),
        lambda: Locality("Pakse", "LA"),
        lambda: Event("042", "CONSULT", source="XXX"),
        lambda: Engagement("chat"),
        lambda: TopicMention("gardening"),
    ],
)
def test_bad_codes_and_kinds_are_refused(make: Any) -> None:
    with pytest.raises(ValueError):
        make()


def test_kinds_become_their_enums_also_from_json() -> None:
    assert type(Engagement("visit").kind) is EngagementKind
    assert TopicMention("trade").topic is Topic.TRADE
    record = unstructure(Engagement(EngagementKind.CALL))
    assert structure(record, Engagement).kind is EngagementKind.CALL
    with pytest.raises(ExceptionGroup) as caught:
        structure({"code": "Viet Nam"}, Country)
    assert caught.group_contains(ValueError, match="alpha-3 code .* got 'Viet Nam'")


def test_warnings_are_not_raised_for_the_documented_calls(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TALKS, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_article(path)
        parse(TALKS)
        Corpus.load(tmp_path)

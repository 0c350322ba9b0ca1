"""Corpus loading (streaming, parallel, errors kept apart), save/load, summaries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pendulum
import pytest

import bilateral.convert
from _articles import article, rich_article, write_bad_files, write_texts
from bilateral import ArticleError, Corpus
from bilateral.corpus import iter_load
from bilateral.corpus.summary import network, summarize, timeline
from bilateral.model import Engagement, EngagementKind, Person


@pytest.fixture
def mixed(tmp_path: Path, seeds: Path) -> Path:
    """A folder of five good articles and three bad files, interleaved by name."""
    folder = tmp_path / "in"
    write_texts(folder)
    for p in seeds.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    write_bad_files(folder)
    return folder


GOOD = ["a-talks", "b-visit", "c-call", "seed-beijing", "seed-havana"]
BAD = ["x-empty.txt", "y-binary.txt", "z-latin1.txt"]


def test_load_keeps_every_good_article_and_one_error_per_bad_file(mixed: Path) -> None:
    corpus = Corpus.load(mixed)
    assert list(corpus.ids) == GOOD
    assert sorted(Path(e.source).name for e in corpus.errors) == BAD
    assert all(isinstance(e, ArticleError) for e in corpus.errors)
    assert corpus["seed-havana"].date == pendulum.Date(2023, 6, 9)
    assert corpus["a-talks"].date == pendulum.Date(2024, 2, 14)


def test_parallel_load_gives_the_same_articles_in_file_order(mixed: Path) -> None:
    one = Corpus.load(mixed)
    two = Corpus.load(mixed, jobs=2)
    assert list(two) == list(one)
    assert [str(e) for e in two.errors] == [str(e) for e in one.errors]


def test_globs_lists_and_missing_sources(mixed: Path) -> None:
    corpus = Corpus.load([str(mixed / "seed-*.txt"), mixed / "a-talks.txt", "no/such/*.txt"])
    assert list(corpus.ids) == ["seed-beijing", "seed-havana", "a-talks"]
    assert [e.reason for e in corpus.errors] == ["no article files match"]


def test_loading_streams_one_file_at_a_time(tmp_path: Path) -> None:
    paths = write_texts(tmp_path)
    items = iter_load(tmp_path)
    first = next(items)
    assert not isinstance(first, ArticleError) and first.id == "a-talks"
    # Nothing past the first file has been read yet: a file removed now is reported missing.
    paths[2].unlink()
    rest = list(items)
    assert not isinstance(rest[0], ArticleError) and rest[0].id == "b-visit"
    assert isinstance(rest[1], ArticleError) and rest[1].reason == "no such file"


def test_progress_reports_bytes_up_to_the_total(mixed: Path) -> None:
    seen: list[tuple[int, int]] = []
    Corpus.load(mixed, progress=lambda done, total: seen.append((done, total)))
    total = sum(p.stat().st_size for p in mixed.glob("*.txt"))
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_save_and_load_round_trip_without_parsing(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = Corpus.load(mixed)
    plain, packed = tmp_path / "c.jsonl", tmp_path / "c.jsonl.gz"
    corpus.save(plain)
    corpus.save(packed)
    assert len(plain.read_text("utf-8").splitlines()) == len(GOOD)
    import bilateral

    def no_parsing(*args: object, **kw: object) -> None:
        raise AssertionError("records must not be parsed again")

    monkeypatch.setattr(bilateral, "load_article", no_parsing)
    for path in (plain, packed):
        again = Corpus.load(path)
        assert list(again) == list(corpus) and again.errors == ()


def test_bad_record_lines_are_errors_of_their_own(tmp_path: Path) -> None:
    good = [rich_article("r1"), article("r2", text="Plain.")]
    path = tmp_path / "mixed.jsonl"
    lines = [bilateral.convert.dumps(good[0]), "{not json", "", '{"id": 3}']
    lines.append(bilateral.convert.dumps(good[1]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus.load(path)
    assert list(corpus) == good
    assert [e.source for e in corpus.errors] == [f"{path}, line 2", f"{path}, line 4"]


def test_an_interrupted_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "c.jsonl"
    target.write_text("old\n", encoding="utf-8")
    corpus = Corpus([rich_article("r1"), rich_article("r2")])
    calls = 0
    real = bilateral.convert.dumps

    def dies_on_second(a: object) -> str:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return real(a)  # type: ignore[arg-type]

    monkeypatch.setattr(bilateral.convert, "dumps", dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        corpus.save(target)
    assert target.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["c.jsonl"]


def test_indexing_slicing_and_membership() -> None:
    c = Corpus([article("x"), article("y"), article("z")])
    assert c[1].id == "y" and c["z"].id == "z" and c[-1].id == "z"
    assert list(c[1:].ids) == ["y", "z"] and isinstance(c[1:], Corpus)
    assert "y" in c and "w" not in c
    with pytest.raises(KeyError, match="no article with id 'w'"):
        c["w"]


# --- summaries ---


def people_corpus() -> Corpus:
    hoa, ana, lei = Person("Nguyễn Thị Hoa"), Person("Ana Beltrán"), Person("Zhang Lei")
    talks = Engagement(EngagementKind.TALKS, start=pendulum.Date(2024, 3, 4), host=hoa.name,
                       participants=(ana.name,))  # fmt: skip
    call = Engagement(EngagementKind.CALL, participants=(hoa.name, lei.name))
    visit = Engagement(EngagementKind.VISIT, start=pendulum.Date(2024, 1, 2),
                       participants=(ana.name,))  # fmt: skip
    return Corpus(
        [
            article("1", date=pendulum.Date(2024, 3, 5), countries=("CUB", "VNM"),
                    dyad=("VNM", "CUB"), people=(hoa, ana), engagements=(talks, visit),
                    agency="VNA"),
            article("2", date=pendulum.Date(2024, 4, 1), countries=("CHN", "VNM"),
                    dyad=("VNM", "CHN"), people=(hoa, lei), engagements=(call,), agency="VNA"),
            article("3", date=pendulum.Date(2023, 12, 9), countries=("CUB", "VNM"),
                    dyad=("CUB", "VNM"), people=(Person("Nguyen Thi Hoa"), ana),
                    engagements=(talks,)),
            article("4", countries=("LAO",)),
        ]
    )  # fmt: skip


def test_summary_counts() -> None:
    s = people_corpus().summary()
    assert (s.articles, s.dated, s.focus) == (4, 3, "VNM")
    assert s.by_dyad == (("CUB-VNM", 2), ("CHN-VNM", 1))
    assert s.by_partner == (("CUB", 2), ("CHN", 1))
    assert s.by_country == (("VNM", 3), ("CUB", 2), ("CHN", 1), ("LAO", 1))
    assert s.by_year == (("2023", 1), ("2024", 2))
    assert s.by_month == (("2023-12", 1), ("2024-03", 1), ("2024-04", 1))
    assert s.by_kind == (("talks", 2), ("call", 1), ("visit", 1))
    # Spellings of one person count once, shown by the fullest (diacritics kept).
    assert s.by_person == (("Nguyễn Thị Hoa", 3), ("Ana Beltrán", 2), ("Zhang Lei", 1))
    assert s.by_agency == (("VNA", 2),)
    assert summarize(people_corpus(), focus="CUB").by_partner == (("VNM", 2),)
    assert set(s.tables()) == {"dyad", "partner", "country", "year", "month", "topic",
                               "kind", "person", "agency"}  # fmt: skip


def test_timeline_in_date_order_undated_last() -> None:
    entries = people_corpus().timeline()
    assert [(e.kind.value, e.article) for e in entries] == [
        ("visit", "1"), ("talks", "1"), ("talks", "3"), ("call", "2")
    ]  # fmt: skip
    assert entries[0].end is None and entries[-1].start is None
    assert timeline([]) == ()


def test_network_edges_and_graph() -> None:
    c = people_corpus()
    edges = c.network()
    assert [(e.a, e.b, e.weight, e.a_key, e.b_key) for e in edges] == [
        ("Ana Beltrán", "Nguyễn Thị Hoa", 2, "-/ana-beltran", "-/nguyen-thi-hoa"),
        ("Nguyễn Thị Hoa", "Zhang Lei", 1, "-/nguyen-thi-hoa", "-/zhang-lei"),
    ]  # fmt: skip
    assert edges[0].kinds == ("talks",) and edges[0].articles == ("1", "3")
    assert network([]) == ()
    g = c.graph()
    assert g.number_of_edges() == 2
    assert g["-/ana-beltran"]["-/nguyen-thi-hoa"]["weight"] == 2
    assert g.nodes["-/zhang-lei"] == {
        "name": "Zhang Lei", "country": None, "title": None, "actor_code": None,
    }  # fmt: skip


def test_the_country_network() -> None:
    # the people's countries where known, else the article's dyad
    hoa, ana = Person("Nguyễn Thị Hoa", country="VNM"), Person("Ana Beltrán", country="CUB")
    lei = Person("Zhang Lei", country="CHN")
    talks = Engagement(EngagementKind.TALKS, host=hoa.name, participants=(ana.name, lei.name))
    call = Engagement(EngagementKind.CALL, participants=("Somebody",))
    c = Corpus(
        [
            article("a", dyad=("VNM", "CUB"), people=(hoa, ana, lei), engagements=(talks,)),
            article("b", dyad=("VNM", "LAO"), engagements=(call,)),
            article("c", engagements=(call,)),
        ]
    )
    assert [(e.a, e.b, e.weight, e.articles) for e in c.network(level="country")] == [
        ("CHN", "CUB", 1, ("a",)), ("CHN", "VNM", 1, ("a",)), ("CUB", "VNM", 1, ("a",)),
        ("LAO", "VNM", 1, ("b",)),
    ]  # fmt: skip
    g = c.graph(level="country")
    assert sorted(tuple(sorted(e)) for e in g.edges) == [
        ("CHN", "CUB"), ("CHN", "VNM"), ("CUB", "VNM"), ("LAO", "VNM"),
    ]  # fmt: skip
    with pytest.raises(ValueError, match="level must be one of person, country"):
        c.network(level="city")


def test_a_dying_worker_costs_no_article(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import bilateral.corpus.load as bc

    parent, real = os.getpid(), bc._parse_chunk

    def dies_in_a_worker(paths: list[str], max_bytes: int) -> list[object]:
        if os.getpid() != parent:
            os._exit(3)  # as if killed: the pool breaks
        return real(paths, max_bytes)  # type: ignore[return-value]

    # Pickled by name, so the (forked) worker finds this function in its place.
    dies_in_a_worker.__qualname__ = "_parse_chunk"
    dies_in_a_worker.__module__ = "bilateral.corpus.load"
    monkeypatch.setattr(bc, "_parse_chunk", dies_in_a_worker)
    corpus = Corpus.load(mixed, jobs=2)
    assert list(corpus.ids) == GOOD and len(corpus.errors) == 3


def test_stopping_early_with_jobs_stops_the_workers(tmp_path: Path) -> None:
    for i in range(3):
        write_texts(tmp_path / f"d{i}")
    items = iter_load(str(tmp_path / "d*" / "*.txt"), jobs=2, chunk_size=1)
    first = next(items)
    assert not isinstance(first, ArticleError) and first.id == "a-talks"
    items.close()  # returns promptly: queued chunks are cancelled


def test_progress_over_records(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    Corpus([rich_article("r1"), rich_article("r2")]).save(path)
    seen: list[tuple[int, int]] = []
    assert len(Corpus.load(path, progress=lambda d, t: seen.append((d, t)))) == 2
    size = path.stat().st_size
    assert seen[0] == (0, size) and seen[-1] == (size, size)


def test_streaming_keeps_nothing_it_does_not_yield(tmp_path: Path) -> None:
    import gc
    import tracemalloc

    for i in range(8):
        write_texts(tmp_path / f"d{i}")
    pattern = str(tmp_path / "d*" / "*.txt")
    for _ in iter_load(pattern, ids="relative"):  # warm the caches the extractors keep
        pass
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        count = sum(1 for _ in iter_load(pattern, ids="relative"))
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    kept = Corpus.load(pattern, ids="relative")
    assert count == len(kept) == 24
    # Keeping these 24 articles takes about 100 KB; what stays here (a few caches'
    # entries, under 10 KB when measured) is a small fraction: nothing read is held on to.
    assert after - before < 25_000

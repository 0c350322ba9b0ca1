"""The command line: parse --jobs, filter, stats, export (GDELT rows too), map; bad files
reported, good ones kept."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pendulum
import pytest

import bilateral
from _articles import article, rich_article, write_bad_files, write_texts
from bilateral import Corpus
from bilateral.cli import FORMATS, cli, main
from bilateral.corpus.gdelt import COLUMNS
from bilateral.model import Engagement, EngagementKind, Person, Topic


@pytest.fixture
def mixed(tmp_path: Path, seeds: Path) -> Path:
    folder = tmp_path / "in"
    write_texts(folder)
    for p in seeds.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    write_bad_files(folder)
    return folder


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A JSON-lines file of articles made from the model (so the facts are known)."""
    hoa = Person("Nguyễn Thị Hoa", country="VNM")
    call = Engagement(EngagementKind.CALL, participants=(hoa.name,))
    arts = [
        rich_article("r1"),
        article("c1", date=pendulum.Date(2024, 5, 1), countries=("CHN", "VNM"),
                dyad=("CHN", "VNM"), people=(hoa,), engagements=(call,),
                topics=(Topic.ENERGY,), agency="Xinhua"),
        article("c2", date=pendulum.Date(2023, 1, 9), countries=("CHN",), text="Port talks"),
    ]  # fmt: skip
    path = tmp_path / "records.jsonl"
    Corpus(arts).save(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


GOOD = ["a-talks", "b-visit", "c-call", "seed-beijing", "seed-havana"]


def test_parse_in_parallel_keeps_order_and_reports_each_bad_file(
    capsys: pytest.CaptureFixture[str], mixed: Path
) -> None:
    status, out, err = run(capsys, "parse", str(mixed), "--jobs", "2", "--format", "jsonl")
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == GOOD
    *lines, closing = err.splitlines()
    assert len(lines) == 3 and all(line.startswith("bilateral: error: ") for line in lines)
    assert ["x-empty" in lines[0], "y-binary" in lines[1], "z-latin1" in lines[2]] == [True] * 3
    assert closing == "bilateral: 5 read, 3 skipped"
    status, one, _ = run(capsys, "parse", str(mixed), "--format", "jsonl")
    assert one == out


def test_parse_table_and_json(capsys: pytest.CaptureFixture[str], seeds: Path) -> None:
    status, out, err = run(capsys, "parse", str(seeds), "--format", "table")
    assert status == 0 and err == ""
    assert "== seed-beijing" in out and "2023-04-12" in out
    status, out, _ = run(capsys, "parse", str(seeds / "seed-havana.txt"), "--format", "json")
    assert [r["date"] for r in json.loads(out)] == ["2023-06-09"]


@pytest.mark.parametrize(
    ("flags", "ids"),
    [
        (["--country", "chn"], ["c1", "c2"]),
        (["--dyad", "VNM-CUB"], ["r1"]),
        (["--person", "nguyen thi hoa"], ["r1", "c1"]),
        (["--kind", "call"], ["c1"]),
        (["--topic", "energy"], ["c1"]),
        (["--agency", "xinhua"], ["c1"]),
        (["--since", "2024-01-01", "--until", "2024-03-31"], ["r1"]),
        (["--locality", "Ha Noi"], ["r1"]),
        (["--text", "PORT"], ["c2"]),
        (["--country", "CHN", "--since", "2024-01-01"], ["c1"]),
    ],
)
def test_filter_flags(
    capsys: pytest.CaptureFixture[str], records: Path, flags: list[str], ids: list[str]
) -> None:
    status, out, err = run(capsys, "filter", str(records), *flags, "--format", "ids")
    assert (status, out.split(), err) == (0, ids, "")


def test_filter_prints_records_by_default(
    capsys: pytest.CaptureFixture[str], records: Path
) -> None:
    status, out, _ = run(capsys, "filter", str(records), "--kind", "talks")
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["r1"]


def test_filter_rejects_a_bad_date(capsys: pytest.CaptureFixture[str], records: Path) -> None:
    status, out, err = run(capsys, "filter", str(records), "--since", "yesterday")
    assert status == 2 and out == "" and "not a date" in err


def test_stats_json_and_table(capsys: pytest.CaptureFixture[str], records: Path) -> None:
    status, out, _ = run(capsys, "stats", str(records), "--format", "json")
    data = json.loads(out)
    assert status == 0 and data["articles"] == 3 and data["focus"] == "VNM"
    assert data["dyad"] == {"CHN-VNM": 1, "CUB-VNM": 1}
    assert data["partner"] == {"CHN": 1, "CUB": 1}
    assert data["year"] == {"2023": 1, "2024": 2}
    assert data["kind"] == {"call": 1, "talks": 1, "visit": 1}
    status, out, _ = run(capsys, "stats", str(records), "--by", "country", "--top", "1")
    assert "by country, top 1 of 3" in out and "CHN" in out and "CUB" not in out
    status, out, _ = run(capsys, "stats", str(records), "--by", "person", "--country", "CHN")
    assert out.startswith("2 articles, 2 dated") and "│ Nguyễn Thị Hoa │        1 │" in out


def test_export_each_format(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    for fmt, name in (("jsonl", "o.jsonl"), ("csv", "csv"), ("parquet", "pq"), ("duckdb", "o.db")):
        status, _, err = run(
            capsys, "export", str(records), "--to", fmt, "-o", str(tmp_path / name)
        )
        assert status == 0 and f"wrote 3 articles to {tmp_path / name} ({fmt})" in err
    assert list(Corpus.load(tmp_path / "o.jsonl")) == list(Corpus.load(records))
    assert (tmp_path / "csv" / "people.csv").read_text("utf-8").startswith("article_id,person,")
    assert (tmp_path / "pq" / "events.parquet").exists()
    con = duckdb.connect(str(tmp_path / "o.db"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM engagements").fetchone() == (3,)
    finally:
        con.close()


def test_export_with_bad_files_writes_the_good_and_fails(
    capsys: pytest.CaptureFixture[str], mixed: Path, tmp_path: Path
) -> None:
    out = tmp_path / "good.jsonl"
    status, _, err = run(capsys, "export", str(mixed), "--to", "jsonl", "-o", str(out), "-j", "2")
    assert status == 1 and err.count("bilateral: error:") == 3
    assert list(Corpus.load(out).ids) == GOOD


def test_every_subcommand_is_registered() -> None:
    assert set(cli.commands) == {
        "parse",
        "filter",
        "stats",
        "export",
        "show",
        "map",
        "evaluate",
        "completion",
    }


def test_bare_command_prints_help_and_version_is_known(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys)
    assert status == 0 and out.startswith("Usage: bilateral [OPTIONS] [COMMAND]")
    assert "parse" in out and "export" in out
    status, out, _ = run(capsys, "--version")
    assert (status, out) == (0, f"bilateral, version {bilateral.__version__}\n")


def test_one_format_vocabulary(capsys: pytest.CaptureFixture[str]) -> None:
    for command in cli.commands.values():
        for param in command.params:
            if param.name == "fmt":
                assert set(param.type.choices) <= set(FORMATS), command.name  # type: ignore[attr-defined]
    status, _, err = run(capsys, "parse", "x.txt", "--format", "yaml")
    assert status == 2 and "'yaml' is not one of" in err


def test_shell_completion_script(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "completion", "bash")
    assert status == 0 and "_BILATERAL_COMPLETE=bash_complete" in out


def test_the_installed_command_runs(records: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bilateral", "filter", str(records), "--country", "CUB",
         "--format", "ids"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "r1\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_with_jobs(
    monkeypatch: pytest.MonkeyPatch, mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    status = main(["parse", str(mixed), "--jobs", "2", "--format", "jsonl"])
    out = capsys.readouterr().out
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == GOOD
    shown = term.getvalue()
    assert "reading" in shown and shown.count("bilateral: error:") == 3
    term2 = _Terminal()
    monkeypatch.setattr(sys, "stderr", term2)
    main(["filter", str(mixed), "--no-progress", "--format", "ids"])
    assert "reading" not in term2.getvalue()


def test_stats_top_keeps_the_largest_years_in_calendar_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    counts = {2019: 1, 2020: 4, 2021: 2, 2022: 5, 2023: 3}
    arts = [
        article(f"{year}-{i}", date=pendulum.Date(year, 1 + i, 1))
        for year, n in counts.items()
        for i in range(n)
    ]
    Corpus(arts).save(tmp_path / "years.jsonl")
    status, out, _ = run(capsys, "stats", str(tmp_path / "years.jsonl"), "--by", "year",
                         "--top", "2", "--format", "json")  # fmt: skip
    assert (status, json.loads(out)["year"]) == (0, {"2020": 4, "2022": 5})
    status, out, _ = run(capsys, "stats", str(tmp_path / "years.jsonl"), "--by", "year",
                         "--top", "2")  # fmt: skip
    assert "by year, top 2 of 5" in out and out.index("2020") < out.index("2022")
    assert "2019" not in out and "2023" not in out


def test_show_reads_a_record_file_by_id(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    status, out, _ = run(capsys, "show", str(records), "--id", "c1", "--format", "jsonl")
    assert status == 0 and json.loads(out)["id"] == "c1"
    page = tmp_path / "c1.html"
    status, _, err = run(capsys, "show", str(records), "--id", "c1", "-o", str(page))
    assert (status, err) == (0, f"bilateral: wrote {page}\n")
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")
    status, _, err = run(capsys, "show", str(records), "--id", "nope")
    assert status == 1 and err == f"bilateral: error: {records}: no article with id 'nope'\n"


def test_export_takes_the_format_from_the_suffix_and_explains_refusals(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    status, _, err = run(capsys, "export", str(records), "-o", str(tmp_path / "o.jsonl"))
    assert status == 0 and err.endswith("(jsonl)\n")
    taken = tmp_path / "taken"
    taken.write_text("x")
    for argv, message in (
        (["-o", str(taken), "--format", "csv"], f"{taken}: is a file; csv writes a folder"),
        (["-o", str(tmp_path / "o.parquet")], "parquet writes one file per table"),
        (["-o", str(tmp_path / "o.csv"), "--to", "jsonl"], "the suffix says csv, not jsonl"),
        (["-o", str(tmp_path / "tables")], "no format: end the file name with one of"),
    ):
        status, out, err = run(capsys, "export", str(records), *argv)
        assert (status, out) == (2, "") and err.startswith("bilateral: error: "), err
        assert message in err and "Errno" not in err
    status, _, err = run(capsys, "export", str(records), "-o", str(tmp_path / "p.csv"),
                         "--table", "people")  # fmt: skip
    assert status == 0 and (tmp_path / "p.csv").read_text("utf-8").startswith("article_id,")


def test_standard_input_as_an_article_or_as_records(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], records: Path
) -> None:
    text = " date 2024-05-20 Vientiane (KPL) - Lao and Cuban ministers held talks."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    status, out, _ = run(capsys, "parse", "-", "--format", "jsonl")
    record = json.loads(out)
    assert (status, record["id"], record["date"], record["source"]) == (
        0, "stdin", "2024-05-20", "<stdin>"
    )  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records.read_bytes())))
    status, out, _ = run(capsys, "filter", "-", "--country", "China", "--format", "ids")
    assert (status, out) == (0, "c1\nc2\n")


def test_tables_print_a_dash_for_what_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bare = article("bare", people=(Person("Ana Ruiz"),),
                   engagements=(Engagement(EngagementKind.CALL),))  # fmt: skip
    Corpus([bare]).save(tmp_path / "bare.jsonl")
    status, out, _ = run(capsys, "parse", str(tmp_path / "bare.jsonl"))
    assert status == 0 and "None" not in out and "?" not in out
    assert "    - Ana Ruiz [-]" in out and "    - call - host=- with=-" in out


def test_a_bad_filter_value_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], records: Path
) -> None:
    status, out, err = run(capsys, "filter", str(records), "--country", "Atlantis")
    assert (status, out) == (2, "") and "unknown country 'Atlantis'" in err
    status, out, _ = run(capsys, "filter", str(records), "--country", "Chinese", "--format", "ids")
    assert (status, out) == (0, "c1\nc2\n")
    status, out, _ = run(capsys, "filter", str(records), "--topic", "Energy", "--format", "ids")
    assert (status, out) == (0, "c1\n")


@pytest.fixture
def texts_and_seeds(tmp_path: Path, seeds: Path) -> list[str]:
    """The texts written for the tests beside the seeds: engagements in Hanoi and Havana."""
    write_texts(tmp_path / "texts")
    return [str(tmp_path / "texts"), str(seeds)]


def _gdelt(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        return list(reader.fieldnames or ()), list(reader)


def test_export_gdelt_rows_with_the_shared_format_and_criteria(
    capsys: pytest.CaptureFixture[str], texts_and_seeds: list[str], tmp_path: Path
) -> None:
    every, cuban = tmp_path / "events.tsv", tmp_path / "cuban.tsv"
    status, out, err = run(capsys, "export", *texts_and_seeds, "-o", str(every),
                           "--format", "gdelt", "--no-progress")  # fmt: skip
    assert (status, out) == (0, "") and err.endswith(f"to {every} (gdelt)\n")
    header, rows = _gdelt(every)
    assert header == list(COLUMNS) and len(rows) == 15
    assert sorted({r["SOURCEURL"] for r in rows}) == [
        "a-talks", "b-visit", "c-call", "seed-beijing", "seed-havana"
    ]  # fmt: skip
    status, _, _ = run(capsys, "export", *texts_and_seeds, "-o", str(cuban),
                       "--format", "gdelt", "--dyad", "Cuba-Vietnam")  # fmt: skip
    header, rows = _gdelt(cuban)
    assert (status, header, len(rows)) == (0, list(COLUMNS), 9)
    assert {(r["SOURCEURL"], r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in rows} == {
        ("b-visit", "VNM", "CUB"), ("seed-havana", "CUB", "VNM"), ("seed-havana", "VNM", "CUB")
    }  # fmt: skip


def test_export_gdelt_needs_its_format_and_a_file(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "events"
    folder.mkdir()
    for argv, message in (
        (["-o", str(tmp_path / "events.tsv")], "or of GDELT rows (to='gdelt')"),
        (["-o", str(tmp_path / "events.csv"), "--format", "gdelt"], "says csv, not gdelt"),
        (["-o", str(folder), "--format", "gdelt"], f"{folder}: is a folder; gdelt writes one"),
    ):
        status, out, err = run(capsys, "export", str(records), *argv)
        assert (status, out) == (2, "") and err.startswith("bilateral: error: "), err
        assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events", "records.jsonl"]


def test_map_draws_the_sites_of_the_articles_the_criteria_keep(
    capsys: pytest.CaptureFixture[str], texts_and_seeds: list[str], tmp_path: Path
) -> None:
    pytest.importorskip("folium")
    every, lao = tmp_path / "map.html", tmp_path / "lao.html"
    status, out, err = run(capsys, "map", *texts_and_seeds, "-o", str(every), "--no-progress")
    assert (status, out, err) == (0, "", f"bilateral: wrote {every}\n")
    page = every.read_text(encoding="utf-8")
    assert page.count("L.circleMarker(") == 2 and "Hanoi: 3" in page and "Havana: 2" in page
    status, _, _ = run(capsys, "map", *texts_and_seeds, "-o", str(lao), "--country", "Laos")
    page = lao.read_text(encoding="utf-8")
    assert (status, page.count("L.circleMarker(")) == (0, 1)
    assert "Hanoi: 1" in page and "Havana" not in page


def test_map_refuses_before_reading(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    texts_and_seeds: list[str],
    tmp_path: Path,
) -> None:
    out = tmp_path / "map.html"
    status, _, err = run(capsys, "map", *texts_and_seeds, "-o", str(out), "--country", "Atlantis")
    assert status == 2 and "unknown country 'Atlantis'" in err and not out.exists()
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "folium" else real(name, *a)
    )
    status, _, err = run(capsys, "map", *texts_and_seeds, "-o", str(out))
    assert (status, err) == (
        2, "bilateral: error: bilateral map needs folium: pip install 'bilateral[map]'\n"
    )  # fmt: skip
    assert not out.exists()

"""The corpus-wide layer on generated articles (benchmarks/generate.py: invented people,
places and events of the genre): events with their sides, actors and places, identities,
merging and every export, with real DuckDB and Parquet."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import duckdb
import pytest

from bilateral import Corpus, parse
from bilateral.actors import actor_code
from bilateral.corpus.gdelt import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(parse(text, id=ident) for ident, text in generate(12, seed=7))


def test_every_event_has_its_countries_or_says_why(corpus: Corpus) -> None:
    events = corpus.to_pandas("events")
    assert len(events) >= 12
    for _, ev in events.iterrows():
        both = not (ev["source_country"] is None or ev["target_country"] is None)
        assert ev["sides"] in (("told", "venue", "dyad") if both else ("unknown",))
        assert ev["date_basis"] in ("event", "article", "undated")


def test_actor_codes_follow_the_people(corpus: Corpus) -> None:
    for a in corpus:
        for p in a.people:
            found = corpus.identities.person(p.name, p.country)
            assert found is not None and found.country == p.country
            assert actor_code(p.title, p.country).country == p.country


def test_a_renamed_copy_changes_no_identity_and_no_merged_engagement(corpus: Corpus) -> None:
    copy = Corpus([*corpus, *(attrs.evolve(a, id="copy-" + a.id) for a in corpus)])
    assert [p.key for p in copy.identities.people] == [p.key for p in corpus.identities.people]
    assert [p.key for p in copy.identities.places] == [p.key for p in corpus.identities.places]

    def content(c: Corpus) -> list[tuple[object, ...]]:
        return sorted(
            (m.kind.value, str(m.start), str(m.dyad), str(m.host), m.participants)
            for m in c.merged_engagements()
        )

    assert content(copy) == content(corpus)


def test_every_export_keys_the_same_people(corpus: Corpus, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    db = corpus.export(tmp_path / "c.duckdb", to="duckdb")
    folder = corpus.export(tmp_path / "pq", to="parquet")
    gdelt = corpus.export(tmp_path / "events.tsv", to="gdelt")
    con = duckdb.connect(str(db), read_only=True)
    try:
        from_db = con.execute(
            "SELECT DISTINCT person_key FROM people ORDER BY person_key"
        ).fetchall()
        orphans = con.execute(
            "SELECT count(*) FROM participants x LEFT JOIN people p "
            "ON p.article_id = x.article_id AND p.person = x.person "
            "WHERE x.person IS NOT NULL AND p.name IS NULL"
        ).fetchone()
    finally:
        con.close()
    from_parquet = sorted(
        {k for k in pq.read_table(folder / "people.parquet").column("person_key").to_pylist()}
    )
    assert [k for (k,) in from_db] == from_parquet == sorted(
        {p.key for a in corpus for p in [corpus.identities.person(x.name, x.country)
                                          for x in a.people] if p}
    )  # fmt: skip
    assert orphans == (0,)
    header = gdelt.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert tuple(header) == COLUMNS

"""Export records and events to CSV and Parquet, then read them back with pandas.

Run from anywhere: ``python examples/export_tables.py [--out DIR]``. Writes
``csv/`` (one CSV per table) and ``parquet/`` (one Parquet file per table)
into DIR (by default a new temporary folder) and prints what each holds.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pandas as pd

from bilateral import Corpus

ROOT = Path(__file__).resolve().parent.parent


def out_folder(argv: list[str]) -> Path:
    """Where this example writes: ``--out DIR``, else a new temporary folder (never the repo)."""
    if "--out" in argv:
        return Path(argv[argv.index("--out") + 1])
    return Path(tempfile.mkdtemp(prefix="bilateral-example-"))


def main(out: Path) -> None:
    corpus = Corpus.load([ROOT / "examples" / "corpus", ROOT / "seeds"])
    csv_dir = corpus.export(out / "csv", to="csv")
    parquet_dir = corpus.export(out / "parquet", to="parquet")
    print(f"wrote {len(corpus)} articles to {csv_dir}/ and {parquet_dir}/")

    print("\ntable         csv rows  parquet rows  columns")
    for path in sorted(csv_dir.glob("*.csv")):
        from_csv = pd.read_csv(path)
        from_parquet = pd.read_parquet(parquet_dir / f"{path.stem}.parquet")
        assert len(from_csv) == len(from_parquet), path.stem
        print(
            f"{path.stem:<13} {len(from_csv):>8}  {len(from_parquet):>12}  "
            f"{', '.join(from_parquet.columns[:6])}{' …' if from_parquet.shape[1] > 6 else ''}"
        )

    articles = pd.read_parquet(parquet_dir / "articles.parquet")
    print("\narticles (parquet):")
    print(articles[["article_id", "date"]].to_string(index=False))
    events = pd.read_parquet(parquet_dir / "events.parquet")
    print(f"\nevents: {len(events)} coded (CAMEO / PLOVER)")
    if len(events):
        print(events.head(10).to_string(index=False))


if __name__ == "__main__":
    main(out_folder(sys.argv[1:]))

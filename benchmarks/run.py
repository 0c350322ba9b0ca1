"""Benchmarks of bilateral at corpus scale; prints the figures (see docs/performance.md).

    .venv/bin/python benchmarks/run.py            # the full run (>= 10,000 articles)
    .venv/bin/python benchmarks/run.py --quick    # a smaller run, for a quick look

Measures, on synthetic articles of the genre (benchmarks/generate.py, 2-4 KB):
parse throughput on one core, its linearity (the whole corpus against its
first tenth), peak memory per parsed article (tracemalloc), loading with
``jobs`` 1 and 2 (processes), filter latency on 100,000 articles (made by
giving parsed articles new ids, dates, countries, people, engagements rather
than parsing 100,000 texts), and where the parse time goes (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pendulum

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, person_name, write

from bilateral import Corpus, parse
from bilateral.model import (
    Article,
    Country,
    Dyad,
    Engagement,
    EngagementKind,
    Locality,
    Person,
    Snippet,
    Span,
    Topic,
    TopicMention,
)

TARGET_PARSE = 1_000  # articles per second, one core
TARGET_FILTER_MS = 20.0  # on 100,000 articles
TARGET_LINEAR = 11.0  # 10x the articles, at most 11x the time


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def bench_parse(texts: list[tuple[str, str]]) -> dict[str, Any]:
    """Parse every text in this process; time the first tenth and the whole."""
    for ident, text in texts[:20]:  # warm up: tables compile at first use
        parse(text, id=ident)
    tenth = max(1, len(texts) // 10)
    gc.collect()
    start = time.perf_counter()
    at_tenth = 0.0
    for i, (ident, text) in enumerate(texts, 1):
        parse(text, id=ident)
        if i == tenth:
            at_tenth = time.perf_counter() - start
        if i % 1000 == 0:
            say(f"  parsed {i:,} of {len(texts):,}")
    total = time.perf_counter() - start
    nbytes = sum(len(t.encode()) for _, t in texts)
    return {
        "articles": len(texts),
        "mean_bytes": round(nbytes / len(texts)),
        "seconds": round(total, 2),
        "articles_per_s": round(len(texts) / total, 1),
        "kb_per_s": round(nbytes / 1024 / total, 1),
        "ms_per_article": round(1000 * total / len(texts), 3),
        "tenth_articles": tenth,
        "tenth_seconds": round(at_tenth, 3),
        "linearity_ratio": round(total / at_tenth, 2) if at_tenth else None,
    }


ROOT = Path(__file__).resolve().parents[1]


def real_articles() -> list[tuple[str, str]]:
    """The project's own articles of the genre (seeds/ and evaluation/corpus/), as written."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("evaluation/corpus/*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def bench_real(rounds: int) -> dict[str, Any]:
    """Parse throughput on real-genre text: every own article, ``rounds`` times over."""
    texts = real_articles()
    for ident, text in texts:  # warm up
        parse(text, id=ident)
    gc.collect()
    start = time.perf_counter()
    for _ in range(rounds):
        for ident, text in texts:
            parse(text, id=ident)
    total = time.perf_counter() - start
    n = rounds * len(texts)
    return {
        "files": len(texts),
        "parses": n,
        "mean_bytes": round(sum(len(t.encode()) for _, t in texts) / len(texts)),
        "articles_per_s": round(n / total, 1),
        "ms_per_article": round(1000 * total / n, 3),
    }


def bench_memory(texts: list[tuple[str, str]]) -> dict[str, Any]:
    """Bytes kept per parsed article, and the peak while parsing one, by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    kept = []
    peak_one = 0
    for ident, text in texts:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        kept.append(parse(text, id=ident))
        _, peak = tracemalloc.get_traced_memory()
        peak_one = max(peak_one, peak - before)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(kept)
    text_bytes = sum(len(a.text) for a in kept)
    return {
        "articles": n,
        "kept_bytes_per_article": round((current - base) / n),
        "text_chars_per_article": round(text_bytes / n),
        "peak_bytes_parsing_one": peak_one,
        "peak_bytes_over_run_per_article": round((peak - base) / n),
    }


def bench_jobs(folder: Path, jobs: list[int], rounds: int = 2) -> list[dict[str, Any]]:
    """Corpus.load of a folder of files with each ``jobs``, alternating, best of ``rounds``
    (the best run is the one least disturbed by other work on the machine)."""
    n = len(list(folder.glob("*.txt")))
    best: dict[int, float] = {}
    for _ in range(rounds):
        for j in jobs:
            gc.collect()
            start = time.perf_counter()
            corpus = Corpus.load(folder, jobs=j)
            took = time.perf_counter() - start
            assert len(corpus) + len(corpus.errors) == n
            del corpus
            best[j] = min(best.get(j, took), took)
            say(f"  jobs={j}: {n / took:,.1f} articles/s")
    return [
        {"jobs": j, "articles": n, "seconds": round(best[j], 2),
         "articles_per_s": round(n / best[j], 1), "speedup": round(best[jobs[0]] / best[j], 2)}
        for j in jobs
    ]  # fmt: skip


_CODES = ("CHN", "LAO", "KHM", "CUB", "JPN", "KOR", "USA", "RUS", "IND", "FRA", "DEU", "GBR",
          "AUS", "THA", "IDN", "MYS", "SGP", "PHL", "MMR", "BRA", "ARG", "MEX", "ZAF", "EGY",
          "NGA", "KEN", "ITA", "ESP", "NLD", "BEL", "POL", "CZE", "HUN", "SWE", "NOR", "FIN",
          "CAN", "NZL", "TUR", "IRN", "SAU", "ARE", "ISR", "PAK", "BGD", "LKA", "NPL", "MNG",
          "KAZ", "UZB", "UKR", "BLR", "VEN", "CHL", "PER", "COL", "DZA", "MAR", "AGO",
          "MOZ")  # fmt: skip
_AGENCIES = ("VNA", "VNS", "ACN", "Xinhua", "VGP", "Prensa Latina", "KPL")
_PLACES = tuple(f"City {i}" for i in range(400))


def evolve_corpus(seeds: list[Article], n: int, seed: int = 7) -> list[Article]:
    """``n`` articles made from parsed ones with new ids, dates, countries, people and facts."""
    rng = random.Random(seed)
    names = [person_name(rng, rng.choice(("vi", "es", "zh", "other"))) for _ in range(20_000)]
    topics, kinds = list(Topic), list(EngagementKind)
    span = (Span(0, 1),)
    out = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        partner = rng.choice(_CODES)
        codes = {"VNM", partner, *rng.sample(_CODES, rng.randint(0, 2))}
        people = tuple(
            Person(rng.choice(names), country=rng.choice(("VNM", partner)), spans=span)
            for _ in range(rng.randint(1, 5))
        )
        engagements = tuple(
            Engagement(rng.choice(kinds), host=people[0].name,
                       participants=tuple(p.name for p in people[1:3]), spans=span)
            for _ in range(rng.randint(0, 3))
        )  # fmt: skip
        agency = rng.choice(_AGENCIES)
        out.append(
            attrs.evolve(
                base,
                id=f"e{i:07d}",
                date=pendulum.Date(2010, 1, 1).add(days=rng.randrange(5000)),
                countries=tuple(Country(c, spans=span) for c in sorted(codes)),
                dyad=Dyad.of("VNM", partner),
                people=people,
                localities=tuple(
                    Locality(rng.choice(_PLACES), partner, spans=span)
                    for _ in range(rng.randint(0, 2))
                ),
                engagements=engagements,
                topics=tuple(TopicMention(t, spans=span) for t in rng.sample(topics, 3)),
                agency=Snippet(agency, Span(0, 1)),
            )
        )
    return out


def bench_records(articles: list[Article]) -> dict[str, float]:
    """Articles per second saving and loading JSON lines, and exporting Parquet and DuckDB."""
    corpus = Corpus(articles)
    n = len(articles)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        steps: dict[str, Callable[[], object]] = {
            "save_jsonl": lambda: corpus.save(Path(tmp) / "c.jsonl"),
            "load_jsonl": lambda: Corpus.load(Path(tmp) / "c.jsonl"),
            "export_parquet": lambda: corpus.export(Path(tmp) / "pq", to="parquet"),
            "export_duckdb": lambda: corpus.export(Path(tmp) / "c.duckdb", to="duckdb"),
            "export_csv": lambda: corpus.export(Path(tmp) / "csv", to="csv"),
        }
        for name, step in steps.items():
            start = time.perf_counter()
            step()
            out[name] = round(n / (time.perf_counter() - start), 1)
    return out


def _timed(fn: Callable[[], Corpus], repeat: int) -> tuple[list[float], int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn())
        times.append(1000 * (time.perf_counter() - start))
    return times, size


def bench_filter(corpus: Corpus, repeat: int = 7) -> dict[str, Any]:
    """Index build time and each query's latency (first run and median), in ms."""
    start = time.perf_counter()
    corpus._indexes()  # builds the indexes
    build_ms = 1000 * (time.perf_counter() - start)
    sample = corpus[len(corpus) // 2]
    person = sample.people[0].name
    place = next((a.localities[0].name for a in corpus if a.localities), "City 1")
    queries: dict[str, Callable[[], Corpus]] = {
        "country": lambda: corpus.filter(country="CUB"),
        "dyad": lambda: corpus.filter(dyad=("VNM", "CHN")),
        "person": lambda: corpus.filter(person=person),
        "locality": lambda: corpus.filter(locality=place),
        "topic (large answer)": lambda: corpus.filter(topic="health"),
        "kind": lambda: corpus.filter(kind="reception"),
        "agency": lambda: corpus.filter(agency="Xinhua"),
        "since/until (one month)": lambda: corpus.filter(since="2015-03-01", until="2015-03-31"),
        "since (half the corpus)": lambda: corpus.filter(since="2016-11-01"),
        "country+kind+year": lambda: corpus.filter(
            country="LAO", kind="talks", since="2016-01-01", until="2016-12-31"
        ),
        "chained country then topic": lambda: corpus.filter(country="JPN").filter(topic="trade"),
        "text_contains (a scan, no index)": lambda: corpus.filter(text_contains="rice"),
    }
    rows = {}
    for name, fn in queries.items():
        times, size = _timed(fn, 1 if "scan" in name else repeat)
        rows[name] = {
            "results": size,
            "first_ms": round(times[0], 2),
            "median_ms": round(statistics.median(times[1:] or times), 2),
        }
    return {"articles": len(corpus), "index_build_ms": round(build_ms, 1), "queries": rows}


def _callees(stats: pstats.Stats, callers_named: tuple[str, ...]) -> dict[str, float]:
    """Cumulative seconds of each function called from the named bilateral functions."""
    out: dict[str, float] = {}
    for func, (_, _, _, _, callers) in stats.stats.items():  # type: ignore[attr-defined]
        for caller, timing in callers.items():
            if caller[2] in callers_named and "bilateral" in caller[0] and func != caller:
                name = f"{Path(func[0]).name}:{func[2]}"
                out[name] = out.get(name, 0.0) + timing[3]
    return out


def profile_stages(texts: list[tuple[str, str]]) -> dict[str, list[tuple[str, float]]]:
    """Share of the parse time per stage (the calls parse_text makes), and inside the
    two largest stages, per call they make."""
    prof = cProfile.Profile()
    prof.enable()
    for ident, text in texts:
        parse(text, id=ident)
    prof.disable()
    stats = pstats.Stats(prof)
    stages = _callees(stats, ("parse_text",))
    stages.update({k: v for k, v in _callees(stats, ("parse",)).items()
                   if not k.endswith(":parse_text")})  # fmt: skip
    total = sum(stages.values()) or 1.0
    ranked = sorted(stages.items(), key=lambda kv: -kv[1])
    out = {"stages": [(k, round(100 * v / total, 1)) for k, v in ranked if v / total >= 0.005]}
    for name, _ in ranked[:2]:
        inner = sorted(_callees(stats, (name.split(":")[1],)).items(), key=lambda kv: -kv[1])
        out[name] = [(k, round(100 * v / total, 1)) for k, v in inner[:6] if v / total >= 0.005]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="bilateral benchmarks")
    parser.add_argument("--articles", type=int, default=10_000, help="parse corpus (10,000)")
    parser.add_argument("--filter-articles", type=int, default=100_000, help="(100,000)")
    parser.add_argument("--jobs-articles", type=int, default=2_000, help="for jobs scaling")
    parser.add_argument("--memory-articles", type=int, default=300)
    parser.add_argument("--quick", action="store_true", help="1,000 / 20,000 articles")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.filter_articles, args.jobs_articles = 1_000, 20_000, 400
        args.memory_articles = 100

    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
    }
    say(f"generating {args.articles:,} articles ...")
    texts = list(generate(args.articles, seed=1))

    say("parse throughput, one core ...")
    results["parse"] = bench_parse(texts)

    say("parse throughput on the project's own articles ...")
    results["parse_real"] = bench_real(rounds=20 if args.quick else 100)

    say("memory per article ...")
    results["memory"] = bench_memory(texts[: args.memory_articles])

    say("jobs scaling ...")
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), args.jobs_articles, seed=2)
        results["jobs"] = bench_jobs(Path(tmp), [1, 2])

    seeds = [parse(t, id=i) for i, t in texts[:2000]]
    say("records and exports ...")
    results["records"] = bench_records(seeds)

    say(f"filter latency on {args.filter_articles:,} articles ...")
    big = Corpus(evolve_corpus(seeds, args.filter_articles))
    small = Corpus(list(big)[: args.filter_articles // 10])
    results["filter"] = bench_filter(big)
    results["filter_tenth"] = bench_filter(small)

    say("profile of the pipeline ...")
    results["profile_share_percent"] = profile_stages(texts[:200])
    report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


def report(r: dict[str, Any]) -> None:
    p, m, f = r["parse"], r["memory"], r["filter"]
    ok = {True: "meets", False: "MISSES"}
    print(f"\nbilateral benchmarks  (Python {r['machine']['python']}, "
          f"{r['machine']['cpus']} CPUs, {r['machine']['platform']})")  # fmt: skip
    print(f"\nparse, one core: {p['articles']:,} articles of {p['mean_bytes']:,} bytes "
          f"in {p['seconds']} s = {p['articles_per_s']:,} articles/s ({p['kb_per_s']} KB/s, "
          f"{p['ms_per_article']} ms each)  [{ok[p['articles_per_s'] >= TARGET_PARSE]} "
          f"the target of {TARGET_PARSE:,}/s]")  # fmt: skip
    pr = r["parse_real"]
    print(f"parse, one core, the project's own {pr['files']} articles (seeds/, evaluation/; "
          f"{pr['mean_bytes']:,} bytes on average), {pr['parses']:,} parses: "
          f"{pr['articles_per_s']:,} articles/s ({pr['ms_per_article']} ms each)")  # fmt: skip
    print(f"linearity: {p['articles']:,} articles took {p['linearity_ratio']}x the time of "
          f"the first {p['tenth_articles']:,}  [{ok[(p['linearity_ratio'] or 99) <= TARGET_LINEAR]}"
          f" <= {TARGET_LINEAR}x]")  # fmt: skip
    print(f"memory: {m['kept_bytes_per_article']:,} bytes kept per parsed article (its text: "
          f"{m['text_chars_per_article']:,} chars); peak while parsing one article: "
          f"{m['peak_bytes_parsing_one']:,} bytes")  # fmt: skip
    rec = r["records"]
    print("\nrecords, articles/s: " + ", ".join(f"{k} {v:,}" for k, v in rec.items()))
    print("\nloading a folder of files, by jobs (processes; best of 2 alternating runs):")
    for row in r["jobs"]:
        print(f"  jobs={row['jobs']}: {row['articles']:,} articles in {row['seconds']} s = "
              f"{row['articles_per_s']:,} articles/s, speedup {row['speedup']}x")  # fmt: skip
    t = r["filter_tenth"]
    print(f"\nfilter on {f['articles']:,} articles (index built in {f['index_build_ms']} ms; "
          f"{t['index_build_ms']} ms for {t['articles']:,}):")  # fmt: skip
    print(f"  {'query':<34} {'results':>8} {'first ms':>9} {'median ms':>10} "
          f"{'at 1/10 ms':>11}")  # fmt: skip
    for name, q in f["queries"].items():
        tq = t["queries"][name]
        flag = "" if "scan" in name or q["median_ms"] <= TARGET_FILTER_MS else "  MISSES"
        print(f"  {name:<34} {q['results']:>8,} {q['first_ms']:>9} {q['median_ms']:>10} "
              f"{tq['median_ms']:>11}{flag}")  # fmt: skip
    print("\nwhere the parse time goes (share of the pipeline's time, cProfile):")
    prof = r["profile_share_percent"]
    for name, share in prof["stages"]:
        print(f"  {share:>5}%  {name}")
        for inner, part in prof.get(name, []):
            print(f"          {part:>5}%  {inner}")


if __name__ == "__main__":
    main()

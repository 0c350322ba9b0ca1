"""The share of mutants killed, per module of the extraction, from a finished mutmut run.

    make mutants                                  # runs mutmut on every mutant, then this
    make mutants MUTANT_SAMPLE=8                  # one mutant in 8, the same ones every run
    .venv/bin/python benchmarks/mutants.py --sample 8   # the figures of that sample
    .venv/bin/python benchmarks/mutants.py        # the figures of the last run again
    .venv/bin/python benchmarks/mutants.py --markdown   # as the table in docs/quality.md

mutmut (configured in pyproject.toml, ``[tool.mutmut]``) leaves one ``NAME.py.meta`` file
per mutated module under ``mutants/``, mapping each mutant to the exit code of its tests.
A mutant is killed when a test failed on it, or when its tests ran past their time (it
made the code loop): both are changes the tests notice. Survivors, and mutants that no
selected test reaches, count against the module. The share is taken over the mutants
that were checked: all of them after a full run, the sample's after a sampled one.

A full run checks some 16,000 mutants, about an hour and a half on two idle cores. A
sample (``--list-sample N`` prints the names of one mutant in N, chosen by a hash of the
name, so the same ones every run and unrelated to where they lie) estimates each share
to within a few points in a fraction of the time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
META_DIR = ROOT / "mutants" / "src" / "bilateral" / "_extract"
#: The share the issue asks of every stage module.
TARGET = 0.70

# mutmut's exit codes (mutmut/stats.py): 1 and 3 a test failed; 0 all passed;
# 5 and 33 no test reaches the mutant; 36, 24, -24, 152, 255 it ran past its time;
# 37 caught by the type checker; None not run.
KILLED = frozenset({1, 3, 37})
TIMEOUT = frozenset({36, 24, -24, 152, 255})
SURVIVED = frozenset({0})
NO_TESTS = frozenset({5, 33})


@dataclass(frozen=True)
class Tally:
    """The mutants of one module by outcome."""

    killed: int = 0
    timeout: int = 0
    survived: int = 0
    no_tests: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.killed + self.timeout + self.survived + self.no_tests + self.other

    @property
    def checked(self) -> int:
        return self.killed + self.timeout + self.survived + self.no_tests

    @property
    def share(self) -> float:
        """Killed (or timed out) among the module's mutants that were checked."""
        return (self.killed + self.timeout) / self.checked if self.checked else 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.killed + other.killed,
            self.timeout + other.timeout,
            self.survived + other.survived,
            self.no_tests + other.no_tests,
            self.other + other.other,
        )


def tally(exit_codes: dict[str, int | None]) -> Tally:
    """Count one module's mutants by outcome."""
    counts = {"killed": 0, "timeout": 0, "survived": 0, "no_tests": 0, "other": 0}
    for code in exit_codes.values():
        if code in KILLED:
            counts["killed"] += 1
        elif code in TIMEOUT:
            counts["timeout"] += 1
        elif code in SURVIVED:
            counts["survived"] += 1
        elif code in NO_TESTS:
            counts["no_tests"] += 1
        else:
            counts["other"] += 1
    return Tally(**counts)


def read_exit_codes(meta_dir: Path) -> dict[str, dict[str, int | None]]:
    """Each mutated module's mutants and their exit codes, by module file name."""
    runs = {}
    for meta in sorted(meta_dir.glob("*.py.meta")):
        exit_codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        if exit_codes:
            runs[meta.name.removesuffix(".meta")] = exit_codes
    return runs


def read_run(meta_dir: Path, one_in: int | None = None) -> dict[str, Tally]:
    """Each mutated module's tally (of its sample of one in ``one_in``), by file name."""
    return {
        name: tally({m: c for m, c in codes.items() if one_in is None or in_sample(m, one_in)})
        for name, codes in read_exit_codes(meta_dir).items()
    }


def in_sample(mutant: str, one_in: int) -> bool:
    """Whether a mutant is among one in ``one_in``: a hash of its name, not its place."""
    digest = hashlib.sha1(mutant.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % one_in == 0


def sample(meta_dir: Path, one_in: int) -> list[str]:
    """The names of one mutant in ``one_in``, the same ones every time."""
    return [
        mutant
        for codes in read_exit_codes(meta_dir).values()
        for mutant in codes
        if in_sample(mutant, one_in)
    ]


def mutmut_version() -> str:
    try:
        return version("mutmut")
    except PackageNotFoundError:
        return "(not installed)"


def text_table(tallies: dict[str, Tally]) -> str:
    rows = [
        f"{'module':18} {'checked':>7} {'killed':>7} {'timeout':>7} "
        f"{'survived':>8} {'no tests':>8} {'other':>5} {'share':>6}"
    ]
    for name, t in [*tallies.items(), ("overall", sum(tallies.values(), Tally()))]:
        flag = "  < 70 %" if t.share < TARGET else ""
        rows.append(
            f"{name:18} {t.checked:7} {t.killed:7} {t.timeout:7} {t.survived:8} "
            f"{t.no_tests:8} {t.other:5} {t.share:6.1%}{flag}"
        )
    return "\n".join(rows)


def markdown_table(tallies: dict[str, Tally]) -> str:
    rows = [
        "| module | mutants checked | killed | survived | no test reaches | killed share |",
        "|---|---|---|---|---|---|",
    ]
    for name, t in tallies.items():
        rows.append(
            f"| `{name}` | {t.checked} | {t.killed + t.timeout} | {t.survived} | {t.no_tests} "
            f"| {t.share:.1%} |"
        )
    t = sum(tallies.values(), Tally())
    rows.append(
        f"| **overall** | **{t.checked}** | **{t.killed + t.timeout}** | **{t.survived}** "
        f"| **{t.no_tests}** | **{t.share:.1%}** |"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the docs' table")
    parser.add_argument(
        "--list-sample", type=int, metavar="N", help="print the names of one mutant in N, and stop"
    )
    parser.add_argument("--sample", type=int, metavar="N", help="the figures of that sample only")
    parser.add_argument("--meta-dir", type=Path, default=META_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.list_sample:
        print("\n".join(sample(args.meta_dir, args.list_sample)))
        return 0
    tallies = read_run(args.meta_dir, args.sample)
    if not tallies:
        print(f"no mutmut results under {args.meta_dir}: run `make mutants` first", file=sys.stderr)
        return 1
    unrun = sum(t.other for t in tallies.values())
    total = sum(t.total for t in tallies.values())
    which = f"one mutant in {args.sample}" if args.sample else "all mutants"
    print(
        f"mutmut {mutmut_version()}, {date.today().isoformat()}, src/bilateral/_extract/, {which}"
    )
    print(markdown_table(tallies) if args.markdown else text_table(tallies))
    if unrun:
        print(f"{unrun} of {total} mutants not checked (a sample, or a run cut short)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

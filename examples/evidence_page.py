"""Write the evidence page of an article: its text with every fact highlighted.

Run from anywhere: ``python examples/evidence_page.py [FILE] [--out DIR]``
(default: the Havana seed). Writes ``<id>.html`` into DIR (by default a new
temporary folder), a self-contained page to open in a browser, and prints
what it marks. The same as ``bilateral show FILE -o OUT``.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import bilateral
from bilateral.render import highlights

ROOT = Path(__file__).resolve().parent.parent


def out_folder(argv: list[str]) -> Path:
    """Where this example writes: ``--out DIR``, else a new temporary folder (never the repo)."""
    if "--out" in argv:
        return Path(argv[argv.index("--out") + 1])
    return Path(tempfile.mkdtemp(prefix="bilateral-example-"))


def main(path: Path, out: Path) -> None:
    article = bilateral.load_article(path)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{article.id}.html"
    target.write_text(bilateral.render_html(article), encoding="utf-8")
    marks = highlights(article)
    size = target.stat().st_size
    print(f"wrote {target} ({size:,} bytes), {len(marks)} highlighted spans:")
    for kind, n in sorted(Counter(h.kind for h in marks).items()):
        print(f"  {kind:<12} {n}")
    for h in marks[:12]:
        print(f'  @{h.span.start}-{h.span.end} {h.label:<18} "{h.span.of(article.text)}"')


if __name__ == "__main__":
    args = sys.argv[1:]
    files = [a for i, a in enumerate(args) if a != "--out" and (i == 0 or args[i - 1] != "--out")]
    main(Path(files[0]) if files else ROOT / "seeds" / "seed-havana.txt", out_folder(args))

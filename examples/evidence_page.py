"""Write the evidence page of an article: its text with every fact highlighted.

Run from anywhere: ``python examples/evidence_page.py [FILE]`` (default: the
Havana seed). Writes ``examples/out/<id>.html``, a self-contained page to open
in a browser, and prints what it marks. The same as ``bilateral show FILE
--html OUT``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import bilateral
from bilateral.render import highlights

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples" / "out"


def main(path: Path) -> None:
    article = bilateral.load_article(path)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{article.id}.html"
    target.write_text(bilateral.render_html(article), encoding="utf-8")
    marks = highlights(article)
    size = target.stat().st_size
    print(f"wrote {target.relative_to(ROOT)} ({size:,} bytes), {len(marks)} highlighted spans:")
    for kind, n in sorted(Counter(h.kind for h in marks).items()):
        print(f"  {kind:<12} {n}")
    for h in marks[:12]:
        print(f'  @{h.span.start}-{h.span.end} {h.label:<18} "{h.span.of(article.text)}"')


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds" / "seed-havana.txt")

"""Build the who-met-whom network of a corpus and draw it.

Run from anywhere: ``python examples/network.py [--out DIR]``. Prints the
edges (two people who took part in the same engagement, weighted by how
often) and draws the graph, coloured by country, to ``network.png`` in DIR
(by default a new temporary folder).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to a file; no display needed

import matplotlib.pyplot as plt
import networkx as nx

from bilateral import Corpus

ROOT = Path(__file__).resolve().parent.parent


def out_folder(argv: list[str]) -> Path:
    """Where this example writes: ``--out DIR``, else a new temporary folder (never the repo)."""
    if "--out" in argv:
        return Path(argv[argv.index("--out") + 1])
    return Path(tempfile.mkdtemp(prefix="bilateral-example-"))


def main(out: Path) -> None:
    corpus = Corpus.load([ROOT / "examples" / "corpus", ROOT / "seeds"])
    edges = corpus.network()
    print(f"{len(corpus)} articles, {len(edges)} pairs of people who met")
    for e in edges:
        print(f"  {e.a} -- {e.b}  x{e.weight}  ({', '.join(e.kinds)}; {', '.join(e.articles)})")

    g = corpus.graph()
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    print(f"graph: {g.number_of_nodes()} people, {g.number_of_edges()} edges")
    if g.number_of_nodes():
        central = sorted(nx.degree_centrality(g).items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        print("most connected: " + ", ".join(f"{n} ({c:.2f})" for n, c in central))

    countries = sorted({str(g.nodes[n].get("country") or "?") for n in g})
    palette = plt.get_cmap("tab10")
    colour = {c: palette(i % 10) for i, c in enumerate(countries)}
    fig, ax = plt.subplots(figsize=(9, 7))
    if g.number_of_nodes():
        # A generous spacing keeps the two ends of a lone pair apart, so their labels stay legible.
        pos = nx.spring_layout(g, seed=7, k=3 / max(g.number_of_nodes(), 1) ** 0.5)
        nx.draw_networkx_edges(g, pos, ax=ax, width=[g.edges[e]["weight"] for e in g.edges])
        nx.draw_networkx_nodes(
            g, pos, ax=ax, node_color=[colour[str(g.nodes[n].get("country") or "?")] for n in g]
        )
        nx.draw_networkx_labels(g, pos, ax=ax, font_size=8)
        for c in countries:
            ax.scatter([], [], color=colour[c], label=c)
        ax.legend(title="country", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        ax.text(0.5, 0.5, "no engagements with two named people", ha="center")
    ax.set_title("Who met whom")
    ax.set_axis_off()
    out.mkdir(parents=True, exist_ok=True)
    fig.savefig(out / "network.png", dpi=100, bbox_inches="tight")
    print(f"drew {out / 'network.png'}")


if __name__ == "__main__":
    main(out_folder(sys.argv[1:]))

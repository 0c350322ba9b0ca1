"""The map of engagements (extra ``map``), its sites, and the core staying free of folium."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bilateral import Corpus, parse
from bilateral.map import Site, SiteItem, engagement_sites

ROOT = Path(__file__).resolve().parent.parent

RECEPTION = (
    " date 2024-05-06 HÀ NỘI — Deputy Prime Minister Lê Minh Tâm received Lao Minister of "
    "Health Bounmy Sisavath in Hà Nội on Monday.\n\nThe two sides discussed health. — VNS"
)
CALL = (
    " date 2024-05-07 Vientiane (KPL) - Lao Minister of Health Bounmy Sisavath held a phone "
    "call with Deputy Prime Minister Lê Minh Tâm on Tuesday. — KPL"
)


def test_sites_with_counts_and_evidence() -> None:
    a = parse(RECEPTION, id="rec")
    b = parse(RECEPTION.replace("HÀ NỘI —", "HANOI —"), id="rec2")
    c = parse(CALL, id="call")  # a phone call has no place
    sites = engagement_sites([a, b, c], link=lambda art: f"pages/{art.id}.html")
    assert [(s.place.key, s.place.name, s.count) for s in sites] == [
        ("geonames:1581130", "Hanoi", 2)
    ]
    (site,) = sites
    evidence = RECEPTION[17:].split("\n")[0]  # the sentence, with its dateline
    assert site.items[0] == SiteItem(
        "rec", "reception", a.engagements[0].start, evidence, "pages/rec.html"
    )
    assert isinstance(site, Site) and site.items[1].article == "rec2"


def test_the_map_draws_each_site(tmp_path: Path) -> None:
    pytest.importorskip("folium")
    corpus = Corpus([parse(RECEPTION, id="rec"), parse(CALL, id="call")])
    page = tmp_path / "map.html"
    corpus.map().save(str(page))
    html = page.read_text(encoding="utf-8")
    assert html.count("L.circleMarker(") == 1
    assert "Hanoi: 1" in html and "2024-05-06 reception (rec)" in html
    assert "Lê Minh Tâm received Lao Minister of Health" in html


def test_the_core_stays_free_of_the_extra() -> None:
    code = (
        "import sys, bilateral, bilateral.map, bilateral.cli\n"
        "c = bilateral.Corpus.load('seeds'); bilateral.map.engagement_sites(c)\n"
        "print('folium' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
        cwd=ROOT,
    )  # fmt: skip
    assert done.stdout.strip() == "False"

"""The evidence page: marks nest, text survives escaped, every fact shows; and in Chromium."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
import bilateral.render
from bilateral.cli import main
from bilateral.model import (
    Agreement,
    Aid,
    Article,
    Country,
    Engagement,
    EngagementKind,
    Layout,
    Locality,
    Person,
    Snippet,
    Span,
    Topic,
    TopicMention,
)
from bilateral.render import KINDS, highlights, render_html

# Written for these tests: one sentence whose facts overlap in every way a page must survive.
TEXT = (
    " date 2024-03-02 HUẾ — Mayor Lê Văn An received Laos's delegation <led by> "
    "Governor Bounmy of Luang Prabang on Saturday, and the Huế & Luang Prabang "
    "committees signed a tourism agreement; Huế gave 50 tonnes of rice."
)


def _at(needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start, start + len(needle))


def _article() -> Article:
    lp = _at("Luang Prabang")
    return Article(
        id="hand-built",
        text=TEXT,
        layout=Layout(Span(17, len(TEXT)), header=Span(0, 17)),
        date=pendulum.Date(2024, 3, 2),
        dateline=Snippet("HUẾ", _at("HUẾ")),
        people=(
            Person("Lê Văn An", title="Mayor", country="VNM", spans=(_at("Lê Văn An"),)),
            Person("Bounmy", title="Governor", country="LAO", spans=(_at("Bounmy"),)),
        ),
        countries=(
            Country("LAO", spans=(_at("Laos"), lp)),
            Country("VNM", spans=(_at("HUẾ"), _at("Huế", 1))),
        ),
        localities=(
            Locality("Huế", "VNM", spans=(_at("HUẾ"), _at("Huế"), _at("Huế", 1))),
            Locality("Luang Prabang", "LAO", spans=(lp, _at("Luang Prabang", 1))),
        ),
        engagements=(
            # Crosses the agreement's span below: must be cut, never mis-nested.
            Engagement(
                EngagementKind.RECEPTION,
                start=pendulum.Date(2024, 3, 2),
                host="Lê Văn An",
                participants=("Bounmy",),
                spans=(Span(_at("Lê Văn An").start, _at("on Saturday").end),),
            ),
        ),
        topics=(TopicMention(Topic.TOURISM, spans=(_at("tourism"),)),),
        agreements=(
            Agreement(
                "tourism agreement",
                signed=True,
                spans=(Span(_at("Governor").start, _at("tourism agreement").end),),
            ),
        ),
        aid=(Aid("rice", 50.0, "tonne", "VNM", "LAO", spans=(_at("50 tonnes of rice"),)),),
    )


class _Marks(HTMLParser):
    """Checks nesting as it reads, collects the article text and each mark's text and data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_text = False
        self.text: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.open_marks: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br", "img", "link", "hr", "input"):
            return
        self.stack.append(tag)
        data = {k: v or "" for k, v in attrs}
        if tag == "pre" and "b-text" in data.get("class", ""):
            self.in_text = True
        if tag == "mark":
            assert self.in_text, "a mark outside the article text"
            data["text"] = ""
            data["at"] = str(sum(len(t) for t in self.text))
            self.marks.append(data)
            self.open_marks.append(len(self.marks) - 1)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "mark":
            self.open_marks.pop()
        if tag == "pre" and self.in_text:
            self.in_text = False

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
            for i in self.open_marks:
                self.marks[i]["text"] += data


def _read(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    parser.close()
    unclosed = [t for t in parser.stack if t not in ("html", "body")]
    assert not unclosed, f"unclosed: {unclosed}"
    return parser


def test_hand_built_article_marks_every_fact_with_its_text() -> None:
    article = _article()
    page = render_html(article)
    parsed = _read(page)
    assert "".join(parsed.text) == TEXT
    labelled = [m for m in parsed.marks if "data-label" in m]
    assert len(labelled) == len(highlights(article)) == 18
    kinds = {m["data-kind"] for m in parsed.marks}
    assert kinds == {
        "dates", "dateline", "people", "countries", "localities",
        "engagements", "agreements", "aid", "topics",
    }  # fmt: skip
    by_fact: dict[str, str] = {}
    for m in parsed.marks:
        by_fact[m["data-fact"]] = by_fact.get(m["data-fact"], "") + m["text"]
    assert by_fact["aid-0"] == "50 tonnes of rice"
    assert by_fact["people-0"] == "Lê Văn An"
    assert by_fact["dates-0"] == " date 2024-03-02 "
    # A date in the text is marked too, with the day it resolves to.
    assert by_fact["dates-1"] == "Saturday"
    assert [(h.fact, h.title) for h in highlights(article) if h.kind == "dates"] == [
        ("dates-0", "Article date: 2024-03-02"),
        ("dates-1", "Date: 2024-03-02"),
    ]
    # Crossing spans are cut into pieces whose texts add up to the span's text.
    reception = TEXT[_at("Lê Văn An").start : _at("on Saturday").end]
    assert by_fact["engagements-0"] == reception
    agreement_pieces = [m for m in parsed.marks if m["data-fact"] == "agreements-0"]
    assert len(agreement_pieces) == 2
    assert [("data-label" in m) for m in agreement_pieces] == [False, True]
    # Identical spans nest: the dateline, Viet Nam and Huế all mark "HUẾ".
    huế = [m["data-kind"] for m in parsed.marks if m["text"] == "HUẾ"]
    assert huế == ["countries", "localities", "dateline"]


def test_text_dates_without_a_reference_are_marked_unresolved() -> None:
    text = "Talks were held on Monday."
    a = Article("x", text, Layout(Span(0, len(text))))
    assert [(h.span.of(text), h.title) for h in highlights(a)] == [
        ("Monday", "Date: a date the article gives no reference to resolve")
    ]
    plain = "Talks were held."
    assert highlights(Article("y", plain, Layout(Span(0, len(plain))))) == ()


def test_the_header_counts_facts_not_mentions() -> None:
    page = render_html(_article())
    legend = page[page.index('<p class="b-legend">') : page.index("</p>", page.index("b-legend"))]
    # Lê Văn An and Bounmy: two people (one mention each); Huế and Luang Prabang: two
    # localities of five mentions; two dates (the header and "Saturday").
    assert re.findall(r'<span class="b-(\w+)">\w+ (\d+)</span>', legend) == [
        ("engagements", "1"), ("agreements", "1"), ("aid", "1"), ("topics", "1"),
        ("people", "2"), ("countries", "2"), ("localities", "2"), ("dates", "2"),
        ("dateline", "1"),
    ]  # fmt: skip


def test_the_notebook_view_is_the_page_body_in_one_scoped_div() -> None:
    article = _article()
    fragment = article._repr_html_()
    assert fragment == bilateral.render.render_fragment(article)
    assert fragment.startswith('<div class="b-page"><style>') and fragment.endswith("</div>")
    body = render_html(article).split('<body class="b-page">')[1].split("</body>")[0]
    assert fragment.endswith(body + "</div>")
    # Every style rule is scoped, so a notebook's own tables keep their look.
    css = fragment[fragment.index("<style>") + 7 : fragment.index("</style>")]
    selectors = [r.split("{")[0] for r in re.findall(r"[^{}]+\{[^{}]*\}", css) if "@" not in r]
    assert selectors and all(".b-" in sel for sel in selectors), selectors


def test_text_and_attributes_are_escaped() -> None:
    page = render_html(_article())
    assert "&lt;led by&gt;" in page and "<led by>" not in page
    assert " &amp; " in page and " & " not in page
    evil = Article(
        id='<script>alert("id")</script>',
        text="<b>x</b>",
        layout=Layout(Span(0, 8)),
        people=(Person('"><img src=x>', title="<i>", spans=(Span(0, 3),)),),
    )
    page = render_html(evil)
    assert "<script>alert" not in page and "<img" not in page and "<b>x" not in page
    assert "".join(_read(page).text) == "<b>x</b>"


def test_the_record_table_lists_the_facts() -> None:
    page = render_html(_article())
    assert '<tr data-fact="people-0">' in page
    for value in ("Lê Văn An", "LAO", "reception", "2024-03-02", "tourism agreement", "rice"):
        assert f"<td>{html.escape(value)}</td>" in page


def test_spans_outside_the_text_are_left_out() -> None:
    text = "Hanoi"
    a = Article("x", text, Layout(Span(0, 5)), countries=(Country("VNM", spans=(Span(2, 99),)),))
    assert highlights(a) == ()
    assert "".join(_read(render_html(a)).text) == text


_KIND_NAMES = [k for k, _ in KINDS if k in ("people", "countries", "localities", "topics")]


@st.composite
def _overlapping(draw: st.DrawFn) -> Article:
    text = draw(st.text(st.sampled_from("ab <>&\"'\nế"), min_size=1, max_size=40))
    n = len(text)
    bounds = st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda t: Span(*sorted(t)))
    people = tuple(
        Person(f"p{i}", spans=tuple(draw(st.lists(bounds, max_size=3)))) for i in range(2)
    )
    countries = tuple(
        Country(code, spans=tuple(draw(st.lists(bounds, max_size=3)))) for code in ("CUB", "VNM")
    )
    topics = (TopicMention(Topic.HEALTH, spans=tuple(draw(st.lists(bounds, max_size=3)))),)
    return Article("h", text, Layout(Span(0, n)), people=people, countries=countries, topics=topics)


@given(_overlapping())
def test_any_overlap_gives_well_nested_marks_around_the_same_text(article: Article) -> None:
    parsed = _read(render_html(article))
    assert "".join(parsed.text) == article.text
    marks = highlights(article)
    assert len([m for m in parsed.marks if "data-label" in m]) == len(marks)
    # Each fact's marks cover exactly the characters of its spans.
    for fact in {h.fact for h in marks}:
        want = {i for h in marks if h.fact == fact for i in range(h.span.start, h.span.end)}
        got = {
            int(m["at"]) + i
            for m in parsed.marks
            if m["data-fact"] == fact
            for i in range(len(m["text"]))
        }
        assert got == want


def test_seed_page_marks_what_the_parser_found(seeds: Path) -> None:
    article = bilateral.load_article(seeds / "seed-havana.txt")
    parsed = _read(bilateral.render_html(article))
    assert "".join(parsed.text) == article.text
    expected = highlights(article)
    assert len([m for m in parsed.marks if "data-label" in m]) == len(expected)
    # The header date is always evidence of the article's date.
    assert any(m["data-kind"] == "dates" and "2023-06-09" in m["text"] for m in parsed.marks)
    people_spans = sum(len(p.spans) for p in article.people)
    assert len([h for h in expected if h.kind == "people"]) == people_spans


def test_show_command_writes_the_page(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "havana.html"
    assert main(["show", str(seeds / "seed-havana.txt"), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == render_html(bilateral.load_article(seeds / "seed-havana.txt"))
    assert main(["show", str(tmp_path / "missing.txt"), "--html", str(out)]) == 1


# --- in a real browser ---

_DOM_PROBE = """
<script>
window.addEventListener('load', function () {
  var out = Array.from(document.querySelectorAll('mark')).map(function (m) {
    var s = getComputedStyle(m), after = getComputedStyle(m, '::after');
    return {kind: m.dataset.kind, fact: m.dataset.fact, text: m.textContent,
            label: after.content, bg: s.backgroundColor, w: m.getBoundingClientRect().width};
  });
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def _chromium() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser")) if p), None)


def _dump_dom(page: Path, width: int = 1200) -> str:
    browser = _chromium()
    if browser is None:
        pytest.skip(
            "chromium is not installed (`make chromium` installs Debian's package where apt "
            "is available); the evidence page was checked without a browser only"
        )
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=2000",
                f"--window-size={width},900",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "HOME": profile},
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _probe(page_html: str, tmp_path: Path) -> list[dict[str, object]]:
    path = tmp_path / "page.html"
    path.write_text(page_html.replace("</body>", _DOM_PROBE + "</body>"), encoding="utf-8")
    dom = _dump_dom(path)
    start = dom.index('<pre id="probe">') + len('<pre id="probe">')
    marks: list[dict[str, object]] = json.loads(
        html.unescape(dom[start : dom.index("</pre>", start)])
    )
    return marks


def test_chromium_shows_the_highlights_of_a_hand_built_article(tmp_path: Path) -> None:
    article = _article()
    marks = _probe(render_html(article), tmp_path)
    assert len(marks) == 19  # 18 facts' spans, one of them cut in two
    colours = {k: c for k, c in KINDS}
    for m in marks:
        assert m["w"] > 0, m  # drawn, with a width
        assert m["bg"] != "rgba(0, 0, 0, 0)", m  # coloured
    labels = {m["label"] for m in marks if m["label"] != "none"}
    assert {'"PERSON"', '"RECEPTION"', '"AGREEMENT"', '"AID"', '"TOPIC tourism"'} <= labels
    aid = next(m for m in marks if m["kind"] == "aid")
    assert aid["text"] == "50 tonnes of rice"
    assert aid["bg"] == "rgb(191, 238, 183)" and colours["aid"] == "#bfeeb7"


def test_chromium_shows_the_highlights_of_a_seed(seeds: Path, tmp_path: Path) -> None:
    article = bilateral.load_article(seeds / "seed-havana.txt")
    marks = _probe(render_html(article), tmp_path)
    expected = highlights(article)
    assert {m["fact"] for m in marks} == {h.fact for h in expected}
    assert all(float(str(m["w"])) > 0 for m in marks)
    assert any(m["kind"] == "dates" and "2023-06-09" in str(m["text"]) for m in marks)


_LAYOUT_PROBE = """
<script>
window.addEventListener('load', function () {
  function box(sel) { var r = document.querySelector(sel).getBoundingClientRect();
                      return {left: r.left, right: r.right, top: r.top, width: r.width}; }
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify({text: box('.b-text'), record: box('.b-record'),
                                    page: document.documentElement.scrollWidth,
                                    view: document.documentElement.clientWidth});
  document.body.appendChild(pre);
});
</script>
"""


@pytest.mark.parametrize(("width", "beside"), [(760, True), (480, False)])
def test_chromium_puts_the_record_beside_the_text_at_the_docs_width(
    seeds: Path, tmp_path: Path, width: int, beside: bool
) -> None:
    # The docs show the page in a column about 760 pixels wide: the record table must
    # stand beside the text there, and below it only on a phone-sized screen.
    page = render_html(bilateral.load_article(seeds / "seed-havana.txt"))
    path = tmp_path / "page.html"
    path.write_text(page.replace("</body>", _LAYOUT_PROBE + "</body>"), encoding="utf-8")
    dom = _dump_dom(path, width=width)
    start = dom.index('<pre id="probe">') + len('<pre id="probe">')
    got = json.loads(html.unescape(dom[start : dom.index("</pre>", start)]))
    text, record = got["text"], got["record"]
    assert (record["left"] >= text["right"]) is beside, got
    assert got["page"] <= got["view"], got  # nothing wider than the window
    if beside:
        assert record["top"] == pytest.approx(text["top"], abs=40), got
        assert record["width"] >= 220, got

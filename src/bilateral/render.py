"""Seeing the evidence: one self-contained HTML page per article.

:func:`render_html` shows the article's text with every fact's evidence span
highlighted by a ``<mark>`` element, labelled by the kind of fact, beside a
table of the record, in the manner of spaCy's displaCy. The page needs no
network, no script library and no stylesheet from elsewhere: open it, mail it,
or embed it in documentation.

>>> from bilateral import parse
>>> article = parse(" date 2023-06-09 Hanoi hosts Havana.", id="demo")
>>> page = render_html(article)
>>> page.startswith("<!DOCTYPE html>"), '<mark class="b-mark b-dates"' in page
(True, True)

Overlapping evidence never breaks the markup: a span inside another nests
inside its mark, and a span that crosses another's end is cut into pieces at
the boundary (each piece a ``<mark>`` with the same ``data-fact``; the label
sits on the last piece).
"""

from __future__ import annotations

import heapq
import html
from collections.abc import Iterable, Iterator

import attrs

from bilateral._extract.dates import find_dates
from bilateral._text import fold
from bilateral.model import Article, Span

__all__ = ["KINDS", "Highlight", "highlights", "render_fragment", "render_html"]

#: The kinds of fact a page labels, in the order their marks nest (outermost first)
#: when two facts share a span, with each kind's colour.
KINDS: tuple[tuple[str, str], ...] = (
    ("engagements", "#ffeb80"),
    ("agreements", "#ff8197"),
    ("aid", "#bfeeb7"),
    ("topics", "#7aecec"),
    ("people", "#aa9cfc"),
    ("countries", "#feca74"),
    ("localities", "#ff9561"),
    ("dates", "#bfe1d9"),
    ("headline", "#e8e8e8"),
    ("dateline", "#d6d6ff"),
    ("agency", "#f0d0ff"),
)
_RANK = {kind: i for i, (kind, _) in enumerate(KINDS)}


@attrs.frozen
class Highlight:
    """One piece of evidence to mark: a span of the text and the fact it supports.

    ``fact`` identifies the fact (``people-0``: the first person) so that every
    mark and table row of one fact share it; ``label`` is the short tag shown
    on the mark; ``title`` the fuller description shown on hover.

    >>> Highlight(Span(0, 5), "localities", "localities-0", "LOCALITY", "Hanoi (VNM)").kind
    'localities'
    """

    span: Span
    kind: str
    fact: str
    label: str
    title: str


def _opt(value: object) -> str:
    return "" if value is None else str(value)


def highlights(article: Article) -> tuple[Highlight, ...]:
    """Every piece of evidence the article's facts point at, in text order.

    Spans that fall outside the text or are empty are left out; the same span
    given twice for one fact counts once.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> [(h.span.of(a.text), h.fact) for h in highlights(a) if h.kind in ("people", "localities")]
    [('Vientiane', 'localities-0'), ('Bounkong Sihavong', 'people-0'),
     ('Mam Sok Heng', 'people-1'), ('Vientiane', 'localities-0')]
    """
    found: list[Highlight] = []

    def add(spans: Iterable[Span], kind: str, fact: str, label: str, title: str) -> None:
        for span in spans:
            if span.start < span.end <= len(article.text):
                found.append(Highlight(span, kind, fact, label, title))

    if article.layout.header is not None:
        when = article.date.isoformat() if article.date else _opt(article.month)
        add((article.layout.header,), "dates", "dates-0", "DATE", f"Article date: {when}")
    for i, (span, title) in enumerate(_dates_in_text(article), 1):
        add((span,), "dates", f"dates-{i}", "DATE", title)
    for key in ("headline", "dateline", "agency"):
        snippet = getattr(article, key)
        if snippet is not None:
            add((snippet.span,), key, f"{key}-0", key.upper(), f"{key}: {snippet.text}")
    for i, p in enumerate(article.people):
        details = ", ".join(x for x in (p.country, p.title) if x)
        add(
            p.spans,
            "people",
            f"people-{i}",
            "PERSON",
            f"{p.name} ({details})" if details else p.name,
        )
    for i, c in enumerate(article.countries):
        add(c.spans, "countries", f"countries-{i}", f"COUNTRY {c.code}", f"Country: {c.code}")
    for i, loc in enumerate(article.localities):
        add(
            loc.spans,
            "localities",
            f"localities-{i}",
            "LOCALITY",
            f"{loc.name} ({loc.country or '?'})",
        )
    for i, e in enumerate(article.engagements):
        when = e.start.isoformat() if e.start else "no date"
        if e.end:
            when += f" to {e.end.isoformat()}"
        who = ", ".join(e.participants) or "-"
        add(
            e.spans,
            "engagements",
            f"engagements-{i}",
            e.kind.value.upper(),
            f"{e.kind.value}, {when}; host {e.host or '-'}; with {who}",
        )
    for i, t in enumerate(article.topics):
        add(t.spans, "topics", f"topics-{i}", f"TOPIC {t.topic.value}", f"Topic: {t.topic.value}")
    for i, ag in enumerate(article.agreements):
        years = f" {ag.start_year}-{ag.end_year}" if ag.start_year else ""
        state = "signed" if ag.signed else "planned"
        add(ag.spans, "agreements", f"agreements-{i}", "AGREEMENT", f"{ag.kind}{years} ({state})")
    for i, aid in enumerate(article.aid):
        amount = " ".join(x for x in (_number(aid.quantity), aid.unit) if x)
        add(
            aid.spans,
            "aid",
            f"aid-{i}",
            "AID",
            f"{aid.item} {amount}: {aid.donor or '?'} to {aid.recipient or '?'}",
        )
    unique = {(h.span, h.fact): h for h in found}
    return tuple(sorted(unique.values(), key=lambda h: (h.span.start, -h.span.end, _RANK[h.kind])))


def _dates_in_text(article: Article) -> Iterator[tuple[Span, str]]:
    """The date expressions of the text after the header, each with the day it resolves to.

    Resolved as the engagements' dates are: against the dateline's date, else
    the article's (a month-only header gives the year).
    """
    lay = article.layout
    start = lay.header.end if lay.header is not None else 0
    ref = lay.dateline_date or article.date
    year = ref.year if ref else (int(article.month[:4]) if article.month else None)
    for m in find_dates(fold(article.text), start, ref=ref, year=year):
        if m.start is None and m.end is None:
            when = "a date the article gives no reference to resolve"
        elif m.start is None:
            when = f"until {m.end.isoformat()}" if m.end else ""
        elif m.end is not None and m.end != m.start:
            when = f"{m.start.isoformat()} to {m.end.isoformat()}"
        else:
            when = m.start.isoformat()
        yield m.span, f"Date: {when}"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _open(h: Highlight, last: bool) -> str:
    label = f' data-label="{html.escape(h.label)}"' if last else ""
    return (
        f'<mark class="b-mark b-{h.kind}" data-kind="{h.kind}" data-fact="{html.escape(h.fact)}"'
        f'{label} title="{html.escape(h.title)}">'
    )


def _marked(text: str, items: Iterable[Highlight]) -> Iterator[str]:
    """The text as HTML with well-nested marks; crossing spans are cut at the boundary."""
    # Heap entries: (start, -end, rank, seq, highlight, piece end). A piece is re-queued
    # when the mark it opens inside closes first, so marks always nest.
    queue: list[tuple[int, int, int, int, Highlight, int]] = []
    seq = 0
    for h in items:
        queue.append((h.span.start, -h.span.end, _RANK[h.kind], seq, h, h.span.end))
        seq += 1
    heapq.heapify(queue)
    stack: list[int] = []  # end offsets of the open marks, innermost last
    pos = 0
    while queue:
        start, _, rank, _, h, end = heapq.heappop(queue)
        while stack and stack[-1] <= start:
            close = stack.pop()
            yield html.escape(text[pos:close])
            yield "</mark>"
            pos = close
        yield html.escape(text[pos:start])
        pos = start
        piece_end = min(end, stack[-1]) if stack else end
        if piece_end < end:
            heapq.heappush(queue, (piece_end, -end, rank, seq, h, end))
            seq += 1
        yield _open(h, last=piece_end == h.span.end)
        stack.append(piece_end)
    while stack:
        close = stack.pop()
        yield html.escape(text[pos:close])
        yield "</mark>"
        pos = close
    yield html.escape(text[pos:])


def _cell(value: object) -> str:
    if value is None or value == "" or value == ():
        return '<td class="b-none">-</td>'
    if isinstance(value, tuple | list):
        value = ", ".join(str(v) for v in value)
    return f"<td>{html.escape(str(value))}</td>"


def _table(kind: str, title: str, head: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    if not rows:
        return f'<h3>{html.escape(title)}</h3><p class="b-none">none found</p>'
    out = [f"<h3>{html.escape(title)} <small>({len(rows)})</small></h3><table><thead><tr><th></th>"]
    out += [f"<th>{html.escape(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for i, row in enumerate(rows):
        out.append(
            f'<tr data-fact="{kind}-{i}"><td><span class="b-swatch b-{kind}"></span></td>'
            + "".join(_cell(v) for v in row)
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _record(article: Article) -> str:
    a = article
    when = a.date.isoformat() if a.date else (f"{a.month} (month only)" if a.month else None)
    summary = [
        ("dates", "date", when),
        ("headline", "headline", a.headline.text if a.headline else None),
        ("dateline", "dateline", a.dateline.text if a.dateline else None),
        ("agency", "agency", a.agency.text if a.agency else None),
        ("countries", "dyad", " – ".join(a.dyad) if a.dyad else None),
    ]
    parts = ['<h2>Record</h2><table class="b-summary"><tbody>']
    for kind, name, value in summary:
        fact = f' data-fact="{kind}-0"' if kind != "countries" else ""
        parts.append(f"<tr{fact}><th>{name}</th>{_cell(value)}</tr>")
    parts.append("</tbody></table>")
    parts.append(
        _table(
            "people",
            "People",
            ("name", "country", "title", "mentions"),
            [(p.name, p.country, p.title, len(p.spans)) for p in a.people],
        )
    )
    parts.append(
        _table(
            "countries",
            "Countries",
            ("code", "mentions"),
            [(c.code, len(c.spans)) for c in a.countries],
        )
    )
    parts.append(
        _table(
            "localities",
            "Localities",
            ("name", "country"),
            [(x.name, x.country) for x in a.localities],
        )
    )
    parts.append(
        _table(
            "engagements",
            "Engagements",
            ("kind", "start", "end", "host", "participants"),
            [
                (
                    e.kind.value,
                    e.start.isoformat() if e.start else None,
                    e.end.isoformat() if e.end else None,
                    e.host,
                    e.participants,
                )
                for e in a.engagements
            ],
        )
    )
    parts.append(
        _table(
            "topics",
            "Topics",
            ("topic", "CAP code"),
            [(t.topic.value, t.topic.cap_code) for t in a.topics],
        )
    )
    parts.append(
        _table(
            "agreements",
            "Agreements",
            ("kind", "parties", "years", "signed"),
            [
                (
                    g.kind,
                    g.parties,
                    f"{g.start_year}-{g.end_year}" if g.start_year else None,
                    "yes" if g.signed else "no",
                )
                for g in a.agreements
            ],
        )
    )
    parts.append(
        _table(
            "aid",
            "Aid",
            ("item", "quantity", "unit", "donor", "recipient"),
            [(x.item, _number(x.quantity), x.unit, x.donor, x.recipient) for x in a.aid],
        )
    )
    if a.events:
        parts.append(
            _table(
                "events",
                "Event codes",
                ("CAMEO", "PLOVER", "source", "target", "from"),
                [(e.cameo, e.plover, e.source, e.target, e.basis) for e in a.events],
            )
        )
    return "".join(parts)


# Every rule is under .b-page, so the view embeds in a notebook or a site without
# touching their styles. Text and record sit side by side down to a docs column's
# width (about 700 pixels), and one above the other below it.
_CSS = """
.b-page{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;
background:#fafafa;margin:0}
.b-page>header{padding:10px 16px;background:#263238;color:#fff}
.b-page>header h1{margin:0;font-size:18px}
.b-page>header small{font-weight:normal;opacity:.8}
.b-legend{margin:6px 0 0;font-size:13px}
.b-legend span{display:inline-block;margin:2px 6px 2px 0;padding:0 6px;border-radius:4px;color:#222}
.b-main{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);gap:12px;padding:12px}
@media (max-width:560px){.b-main{grid-template-columns:minmax(0,1fr)}}
.b-text{font:inherit;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.3;
background:#fff;padding:12px 14px;border:1px solid #ddd;border-radius:6px;margin:0}
.b-record{font-size:12px;line-height:1.3;min-width:0;overflow-x:auto}
.b-record h2{margin:0 0 6px;font-size:15px}
.b-record h3{margin:12px 0 4px;font-size:13px}
.b-record table{border-collapse:collapse;width:100%;background:#fff;table-layout:auto}
.b-record th,.b-record td{border:1px solid #ddd;padding:2px 4px;text-align:left;
vertical-align:top;overflow-wrap:break-word}
.b-record thead th{overflow-wrap:anywhere}
.b-summary th{width:6em;background:#f3f3f3}
.b-none{color:#999}
.b-swatch{display:inline-block;width:10px;height:10px;border-radius:3px}
mark.b-mark{padding:.2em .3em;margin:0 .1em;border-radius:.35em;color:inherit;
box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.b-mark mark.b-mark{padding:.1em .2em;box-shadow:0 0 0 1px rgba(0,0,0,.25)}
mark.b-mark[data-label]::after{content:attr(data-label);font-size:.6em;font-weight:700;
text-transform:uppercase;vertical-align:middle;margin-left:.4em;line-height:1;opacity:.8}
mark.b-hot,tr.b-hot td{outline:2px solid #d00}
""" + "".join(
    f".b-page .b-{kind}{{background:{colour}}}\n" for kind, colour in (*KINDS, ("events", "#ccc"))
)

# Hover lights up every mark and row of one fact, within this view only (a notebook
# may show several).
_SCRIPT = """
(function (root) {
  root.querySelectorAll('[data-fact]').forEach(function (el) {
    function hot(on) {
      root.querySelectorAll('[data-fact="' + el.dataset.fact + '"]').forEach(function (x) {
        x.classList.toggle('b-hot', on);
      });
    }
    el.addEventListener('mouseenter', function () { hot(true); });
    el.addEventListener('mouseleave', function () { hot(false); });
  });
})(document.currentScript.parentElement);
"""


def _view(article: Article) -> str:
    """The evidence view's markup: header with the counts, marked text, record."""
    marks = highlights(article)
    # Facts, not mentions: a person named four times counts once, as in the tables.
    facts: dict[str, set[str]] = {}
    for h in marks:
        facts.setdefault(h.kind, set()).add(h.fact)
    legend = "".join(
        f'<span class="b-{kind}">{kind} {len(facts[kind])}</span>'
        for kind, _ in KINDS
        if kind in facts
    )
    title = html.escape(article.id)
    source = f" · {html.escape(article.source)}" if article.source else ""
    return (
        f"<header><h1>{title}<small>{source}</small></h1>"
        f'<p class="b-legend">{legend or "no evidence spans"}</p></header>'
        f'<div class="b-main"><pre class="b-text">{"".join(_marked(article.text, marks))}</pre>'
        f'<aside class="b-record">{_record(article)}</aside></div>'
        f"<script>{_SCRIPT}</script>"
    )


def render_fragment(article: Article) -> str:
    """The evidence view as one ``<div>`` with its own styles, to embed in a page or a notebook.

    This is what Jupyter shows for an article (``Article._repr_html_``);
    :func:`render_html` wraps the same view in a page of its own.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> fragment = render_fragment(a)
    >>> fragment.startswith('<div class="b-page">'), 'data-kind="countries"' in fragment
    (True, True)
    """
    return f'<div class="b-page"><style>{_CSS}</style>{_view(article)}</div>'


def render_html(article: Article) -> str:
    """One self-contained HTML page showing the article and the evidence of its facts.

    Every fact's evidence span is a ``<mark>`` element with ``data-kind``
    (``people``, ``countries``, ``localities``, ``dates``, ``engagements``,
    ``agreements``, ``aid``, ``topics``, and ``headline``, ``dateline``,
    ``agency``) and ``data-fact`` (which fact, shared with its row in the
    record table beside the text). The header counts the facts of each kind.
    All text is HTML-escaped.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday. "
    ...           "<Photo & caption>", id="a")
    >>> page = render_html(a)
    >>> 'data-kind="countries"' in page, "&lt;Photo &amp; caption&gt;" in page
    (True, True)
    """
    title = html.escape(article.id)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>bilateral · {title}</title><style>{_CSS}</style></head>"
        f'<body class="b-page">{_view(article)}</body></html>\n'
    )

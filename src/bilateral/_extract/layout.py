"""Reading an article's layout: header date, headline, dateline, agency, paragraphs, sentences.

The reader works line by line. The top of the article (before the story) is
classified into web-page furniture (:mod:`.furniture`: clutter, captions,
timestamps), a dateline on a line of its own (a region tag, a place and date)
and the headline; the story's first paragraphs are searched for a dateline
(:mod:`.datelines`: the house styles as named token rules); the end is searched
for a sign-off and footer clutter. Every regular expression is anchored or
bounded so that reading stays linear in the length of the text.

>>> doc = read_document(
...     " date 2023-06-09 Hanoi hosts Havana\\n\\nHÀ NỘI — The two cities met. — VNS")
>>> doc.date.isoformat(), doc.headline.text, doc.dateline.text, doc.agency.text
('2023-06-09', 'Hanoi hosts Havana', 'HÀ NỘI', 'VNS')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Final

import pendulum

from bilateral._extract.analysis import Document
from bilateral._extract.datelines import (
    AGENCIES,
    Dateline,
    credit_span,
    date_of,
    dateline_at,
    has_year,
    trailing_date,
)
from bilateral._extract.furniture import (
    BREADCRUMB,
    CREDIT_PAREN,
    MENAFN,
    SECTIONS,
    byline_like,
    caption_opening,
    foreign_script,
    fragment,
    headline_like,
    is_caption,
    is_clutter,
    lowercase_clutter,
    one_word,
    signoff,
    site_above,
    source_line,
    timestamp,
)
from bilateral.errors import ArticleError
from bilateral.model import Layout, Snippet, Span

__all__ = ["AGENCIES", "parse_header", "read_document", "split_sentences"]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# --------------------------------------------------------------------------- header

_HEADER = re.compile(r"\A[ \t]*(?i:date)[ ]+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=[ \n]|\Z)[ ]?")


def parse_header(text: str, source: str = "<string>") -> tuple[Span | None, object]:
    """Read the `` date YYYY-MM-DD `` (or `` date YYYY-MM ``) header.

    Returns ``(span, value)``: ``value`` is a :class:`pendulum.Date`, a
    ``"YYYY-MM"`` string for a month-only header, or None with no header.
    An impossible date raises :class:`ArticleError` naming ``source``.

    >>> span, value = parse_header(" date 2023-04-12 Hanoi")
    >>> span, value.isoformat()
    (Span(start=0, end=17), '2023-04-12')
    >>> parse_header(" date 2023-04 Hanoi")[1]
    '2023-04'
    """
    m = _HEADER.match(text)
    if not m:
        return None, None
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if day is None:
            pendulum.Date(year, month, 1)
            value: object = f"{year:04d}-{month:02d}"
        else:
            value = pendulum.Date(year, month, int(day))
    except ValueError as exc:
        shown = m.group(0).strip()
        raise ArticleError(
            source, f"impossible header date {shown!r}: {exc}", offset=m.start(1)
        ) from None
    return Span(m.start(), m.end()), value


# --------------------------------------------------------------------------- sentences

_SENT_END = re.compile(r"[.!?…]+[\"'’”)\]]*(?=\s)")
# The same, with the end's marks as group 1, its closing quotes and brackets as group 2,
# and the spaces after it (the next sentence starts where the match ends).
_SENT_BREAK = re.compile(r"([.!?…]+)([\"'’”)\]]*)\s+")
_ABBREV: Final = _words(
    "mr mrs ms mx dr prof assoc asst adj gen lt col maj capt cpt cmdr adm sgt cpl pvt brig sen "
    "rep gov pres supt insp amb hon rev fr sr jr st mt ft messrs mme mlle gov't dept univ inst "
    "assn est approx ca cf inc corp co ltd bros plc vs v ave rd blvd hwy sq govt jan feb mar "
    "apr jun jul aug sep sept oct nov dec"
)
# (before a number: "No. 5", "p. 12", and currencies written short: "Rs. 5 million")
_NUM_ABBREV: Final = _words(
    "no nos vol vols art arts sec fig figs p pp para ch tel rs rp tk shs ksh"
)


def _abbreviation_before(text: str, dot: int, nxt: str) -> bool:
    k = dot
    floor = max(0, dot - 16)
    while k > floor and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    token = text[k:dot]
    if not token:
        return False
    bare = token.lower().lstrip(".")
    if bare in _ABBREV:
        return True
    if bare in _NUM_ABBREV:
        return nxt.isdigit()
    if len(token) == 1 and token.isupper():
        return True  # an initial: "Mary K. Jones"
    # Dotted forms: U.S., U.N., H.E., a.m., e.g.
    return "." in bare and all(0 < len(p) <= 3 for p in bare.split("."))


def split_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """The sentences of ``text[start:end]`` as spans, abbreviations kept inside.

    >>> t = "Mr. Lee met Assoc. Prof. Kim in the U.S. on Sept. 14. They talked."
    >>> [s.of(t) for s in split_sentences(t, 0, len(t))]
    ['Mr. Lee met Assoc. Prof. Kim in the U.S. on Sept. 14.', 'They talked.']
    """
    s = start
    for m in _SENT_BREAK.finditer(text, start, end):
        j = m.end()
        if j >= end:
            break
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(["):
            continue
        if m.group(1) == "." and _abbreviation_before(text, m.start(), nxt):
            continue
        stop = m.end(2)
        if stop > s:
            yield Span(s, stop)
        s = j
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield Span(s, e)


# --------------------------------------------------------------------------- the reader

_TOP = 14  # how many lines the top of an article is searched for its parts
_LEAD = 4  # how many story paragraphs are searched for a dateline
# How many short lines (captions) may stand between the headline and a dateline line
# of its own, and how long each may be; a longer paragraph is the story itself.
_CAPTIONS_ABOVE_DATELINE = 2
_CAPTION_CHARS = 400


def _lines(text: str, start: int) -> tuple[list[list[int]], list[int], list[Span]]:
    """The non-blank lines of ``text[start:]`` as ``[start, end]`` without outer spaces.

    A syndication prefix (``(MENAFN- ...)``) or a photo caption that runs into
    the story on one line is split off as a line of its own. Returns the
    lines, the indexes of syndication prefixes and the sources they name.
    """
    out: list[list[int]] = []
    prefix_lines: list[int] = []
    sources: list[Span] = []
    find = text.find
    for m in _LINE.finditer(text, start):
        a, b = m.span()
        if find("(", a, min(b, a + 600)) >= 0:
            a = _split_glued(text, a, b, out, prefix_lines, sources)
        out.append([a, b])
    return out, prefix_lines, sources


# A line without its outer spaces: from its first non-space character to its last
# (what str.strip() keeps of it); blank lines have none.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def _split_glued(
    text: str, a: int, b: int, out: list[list[int]], prefix_lines: list[int], sources: list[Span]
) -> int:
    """Split off the prefix and caption opening ``text[a:b]``; return where the rest starts."""
    m = MENAFN.match(text, a, b) if text.startswith("(MENAFN", a) else None
    if m:
        src = _strip_span(text, m.start("src"), m.end("src"))
        if src is not None:
            sources.append(src)
        if m.end() >= b:
            prefix_lines.append(len(out))
            return a
        prefix_lines.append(len(out))
        out.append([a, m.end() - (len(m.group()) - len(m.group().rstrip()))])
        a = m.end()
    c = CREDIT_PAREN.search(text, a, min(b, a + 600))
    if c is not None:
        k = c.end()
        while k < b and text[k] == " ":
            k += 1
        if k < b and (text[k].isupper() or text[k] in '"“'):
            out.append([a, c.end()])
            a = k
    return a


class _Reading:
    """What the reader has found so far in one article (local to one call)."""

    def __init__(self, text: str, lines: list[list[int]], captions: set[int]) -> None:
        self.text = text
        self.lines = lines
        self.captions = captions
        self.headline: int | None = None
        self.agency_line: Span | None = None
        self.stamp_date: pendulum.Date | None = None
        # A dateline printed as a line of its own (a region tag, "Abu Dhabi, June 28")
        # and its index; the story's dateline only where it stands right above the story.
        self.line_dateline: tuple[int, Dateline] | None = None

    def line(self, i: int) -> str:
        a, b = self.lines[i]
        return self.text[a:b]

    def stamp(self, day: pendulum.Date | None) -> None:
        self.stamp_date = self.stamp_date or day

    def source(self, i: int, m: re.Match[str], *, first: bool) -> None:
        """A ``Source: X`` line: X is a credit, and a date printed after it a timestamp."""
        off = self.lines[i][0]
        a, b = off + m.start("src"), off + m.end("src")
        credit = credit_span(self.text, a, b)
        if credit is not None and (not first or self.agency_line is None):
            self.agency_line = credit
        glued = trailing_date(self.text, a, b)
        if glued < b:
            self.stamp(date_of(self.text[glued:b], None))
        else:
            self.stamp(timestamp(self.line(i))[1])  # "Source: X | 2022-09-01 18:36"

    def dateline_below(self, i: int, top: int) -> tuple[int, Dateline] | None:
        """A dateline line of its own a caption or two below line ``i`` (above the story)."""
        for j in range(i + 1, min(top, i + 1 + _CAPTIONS_ABOVE_DATELINE)):
            if len(self.line(j - 1)) > _CAPTION_CHARS:
                return None
            found = dateline_at(self.text, *self.lines[j])
            if found is not None and found.line and found.place is not None and found.strong:
                return j, found
        return None


def _read_top(r: _Reading, n: int) -> tuple[int, Dateline | None]:
    """Classify the lines above the story; return where the story starts and its dateline."""
    i = 0
    top = min(n, _TOP)
    while i < top:
        line = r.line(i)
        if i in r.captions:
            i += 1
            continue
        if BREADCRUMB.match(line) and i < 8:
            # Everything above a breadcrumb ("Home / News") is site navigation.
            r.captions.update(range(i + 1))
            r.headline = None
            i += 1
            continue
        following = r.line(i + 1) if i + 1 < n else ""
        if is_caption(line):
            r.captions.add(i)
        elif (src := source_line(line)) is not None:
            r.captions.add(i)
            r.source(i, src, first=True)
        elif (dl := dateline_at(r.text, *r.lines[i])) is not None and not dl.line:
            return i, dl
        elif dl is not None:
            r.line_dateline = (i, dl)
            r.stamp(timestamp(line)[1])
        elif (stamp := timestamp(line))[0]:
            r.captions.add(i)
            r.stamp(stamp[1])
        elif (
            is_clutter(line)
            or one_word(line)
            or caption_opening(line)
            or (r.headline is None and lowercase_clutter(line))
        ):
            r.captions.add(i)
        elif SECTIONS.match(line) or (
            r.headline is None and site_above(line, following, r.line(i + 2) if i + 2 < n else "")
        ):
            r.captions.add(i)  # "Politics | World", a site's name: furniture above the headline
        elif r.headline is None and i + 1 < n and headline_like(line):
            r.headline = i
        elif r.headline is not None and line == r.line(r.headline):
            r.captions.add(i)  # the headline printed again
        elif r.headline is not None and _repeats_headline(r.line(r.headline), line):
            # "News World Talks held in X" above "Talks held in X": a trail glued to it.
            r.captions.add(r.headline)
            r.headline = i
        elif fragment(line) or foreign_script(line):
            r.captions.add(i)  # "FocusFocus Focus", a tagline in another script
        elif (below := r.dateline_below(i, top)) is not None:
            # A photo caption between the headline and a dateline line of its own.
            r.captions.update(range(i, below[0]))
            r.line_dateline = below
            i = below[0]
        else:
            return i, None
        i += 1
    return (i if i < n else n), None


def _read_end(r: _Reading, story: int, n: int) -> int:
    """Mark the footer clutter after the story; return the story's last line."""
    tops = {r.line(k) for k in r.captions if k < story}
    last = n - 1
    while last > max(story, n - _TOP):
        line = r.line(last)
        if is_caption(line) or line in tops:
            r.captions.add(last)
        elif (src := source_line(line)) is not None:
            r.captions.add(last)
            r.source(last, src, first=False)
        elif len(line) <= _SIGNOFF_LINE and _whole_line_signoff(r, last):
            break  # "-Mekong Wire", "(TNA)" on a line of its own
        elif is_clutter(line) or one_word(line):
            r.captions.add(last)
        else:
            break
        last -= 1
    return last


_SIGNOFF_LINE = 60  # a sign-off on a line of its own is an agency's name, no longer


def _whole_line_signoff(r: _Reading, k: int) -> bool:
    span, credit = signoff(r.text, *r.lines[k])
    return credit is not None and span is not None and span.start == r.lines[k][0]


def _repeats_headline(headline: str, line: str) -> bool:
    return len(line) < len(headline) and headline.endswith(" " + line) and headline_like(line)


def _story_dateline(r: _Reading, story: int, n: int, opening: Dateline | None) -> Dateline | None:
    """The dateline in the story's first paragraphs (the first only for a weak one)."""
    seen = 0
    for k in range(story, n):
        if k in r.captions:
            continue
        found = opening if k == story and opening else dateline_at(r.text, *r.lines[k])
        if found is not None and not found.line and (found.strong or seen == 0):
            return found
        seen += 1
        if seen >= _LEAD:
            break
    return None


def _right_above(r: _Reading, k: int, story: int) -> bool:
    # Only captions and clutter between line k and the story's first line.
    return all(j in r.captions for j in range(k + 1, story))


def read_document(text: str, source: str = "<string>") -> Document:
    """Read the layout of ``text`` (already normalised) into a :class:`Document`.

    Raises :class:`ArticleError` (naming ``source``) only for an impossible
    header date; any other text gives a document.
    """
    header, value = parse_header(text, source)
    date = value if isinstance(value, pendulum.Date) else None
    month = value if isinstance(value, str) else None
    body_start = header.end if header else 0

    lines, prefix_lines, menafn = _lines(text, body_start)
    n = len(lines)
    r = _Reading(text, lines, set(prefix_lines))
    line_text: Callable[[int], str] = r.line

    story, opening = _read_top(r, n)
    last = _read_end(r, story, n)

    # The story: captions anywhere, timestamps and their bylines near the top.
    captions = r.captions
    for k in range(story, n):
        if k in captions:
            continue
        a, b = lines[k]
        line = text[a:b]
        if (b - a <= 150 and is_clutter(line, story=True)) or is_caption(line):
            captions.add(k)
        elif k < story + _TOP and (stamp := timestamp(line))[0]:
            captions.add(k)
            r.stamp(stamp[1])
            if k - 1 >= story and k - 1 not in captions and byline_like(line_text(k - 1)):
                captions.add(k - 1)

    dateline = _story_dateline(r, story, n, opening)
    region: Dateline | None = None
    if r.line_dateline is not None:
        k, found = r.line_dateline
        if dateline is None and _right_above(r, k, story):
            dateline = found
        else:
            region = found

    # The agency: the dateline's, else the sign-off's, else a source line, else the syndicator's.
    signoff_span: Span | None = None
    credited: Span | None = None
    if 0 <= story <= last and last not in captions:
        signoff_span, credited = signoff(text, *lines[last])
    agency_span = (
        (dateline.agency if dateline else None) or credited or r.agency_line
        or (menafn[0] if menafn else None)
    )  # fmt: skip

    # The date: the header's, else a full date the dateline prints, else a timestamp's.
    printed = dateline.date if dateline is not None else None
    if date is None and month is None:
        full = date_of(printed, None) if printed and has_year(printed) else None
        date = full or r.stamp_date
    year = date.year if date else int(month[:4]) if month else None
    dl_date = date_of(printed, year) if printed else None
    late = dl_date is not None and date is not None and dl_date > date.add(months=6)
    if late and dl_date is not None and printed and not has_year(printed):
        dl_date = dl_date.subtract(years=1)  # a dateline of late December in January's paper

    # Paragraphs, sentences and captions share Span objects: 100,000 one-line
    # paragraphs cost one Span each, not three.
    paragraphs = tuple(Span(a, b) for a, b in lines)
    sentences: list[Span] = []
    for (a, b), para in zip(lines, paragraphs, strict=True):
        # No sentence end inside: the paragraph (stripped already) is one sentence.
        if _SENT_END.search(text, a, b) is None:
            sentences.append(para)
        else:
            sentences.extend(split_sentences(text, a, b))
    if dateline is not None and dateline.place is not None:
        _keep_dateline_in_its_sentence(sentences, dateline)
    region_snippet = None
    if region is not None and region.place is not None:
        region_snippet = _snippet(text, Span(region.place.start, region.end))
    layout = Layout(
        Span(body_start, len(text)),
        paragraphs,
        tuple(sentences),
        tuple(paragraphs[k] for k in sorted(captions)),
        header=header,
        region=region_snippet,
        dateline_date=dl_date,
        signoff=signoff_span,
    )
    headline = r.headline
    return Document(
        text,
        layout,
        date=date,
        month=month,
        headline=_snippet(text, paragraphs[headline]) if headline is not None else None,
        dateline=_snippet(text, dateline.place) if dateline and dateline.place else None,
        agency=_snippet(text, agency_span) if agency_span else None,
    )


def _keep_dateline_in_its_sentence(sentences: list[Span], dateline: Dateline) -> None:
    """Join a dateline that ends in a full stop ("ULAANBAATAR /MONTSAME/. On ...",
    "BAKU, June 7. The ...") to the sentence it opens."""
    assert dateline.place is not None
    j = bisect.bisect_right([s.start for s in sentences], dateline.place.start) - 1
    while (
        0 <= j < len(sentences) - 1
        and sentences[j].end < dateline.end
        and sentences[j + 1].start <= dateline.end
    ):
        sentences[j : j + 2] = [Span(sentences[j].start, sentences[j + 1].end)]


def _strip_span(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b) if b > a else None


def _snippet(text: str, span: Span) -> Snippet:
    return Snippet(span.of(text), span)

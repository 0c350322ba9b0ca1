"""The one cattrs converter that defines the JSON form of every class.

The JSON form of an :class:`~bilateral.model.Article` is the codebook's record
(``id``, ``date``, ``headline``, ``dateline``, ``agency``, ``people``,
``countries``, ``localities``, ``dyad``, ``engagements``, ``topics``,
``agreements``, ``aid``) in the codebook's value shapes, plus ``events`` and
the evidence: spans as ``[start, end]`` pairs, the text and its layout. It
reads back to an equal article: ``structure(unstructure(a)) == a``.

>>> from bilateral.model import Span, Dyad
>>> unstructure(Span(3, 9)), unstructure(Dyad.of("VNM", "CUB"))
([3, 9], ['CUB', 'VNM'])
>>> structure([3, 9], Span)
Span(start=3, end=9)
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import cattrs
import pendulum
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from bilateral.model import Article, Dyad, Span

__all__ = ["converter", "dumps", "loads", "structure", "to_record", "unstructure"]

T = TypeVar("T")

#: The converter. Use it directly for other classes of the model.
converter = cattrs.Converter(forbid_extra_keys=False)

converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
converter.register_structure_hook(pendulum.Date, lambda v, _: _date(v))
converter.register_unstructure_hook(Span, lambda s: [s.start, s.end])
converter.register_structure_hook(Span, lambda v, _: Span(int(v[0]), int(v[1])))
converter.register_unstructure_hook(Dyad, lambda d: [d.a, d.b])
converter.register_structure_hook(Dyad, lambda v, _: Dyad.of(str(v[0]), str(v[1])))


def _date(value: Any) -> pendulum.Date:
    if isinstance(value, pendulum.Date):
        return value
    year, month, day = (int(x) for x in str(value)[:10].split("-"))
    return pendulum.Date(year, month, day)


_article_base_unstructure = make_dict_unstructure_fn(Article, converter)
_article_base_structure = make_dict_structure_fn(Article, converter)

# The codebook's record keys first, in its order; evidence after.
_RECORD_KEYS = (
    "id", "date", "headline", "dateline", "agency", "people", "countries", "localities",
    "dyad", "engagements", "topics", "agreements", "aid", "events",
)  # fmt: skip
_SNIPPETS = ("headline", "dateline", "agency")


def _unstructure_article(article: Article) -> dict[str, Any]:
    raw = _article_base_unstructure(article)
    for key in _SNIPPETS:
        snippet = raw.pop(key)
        raw[key] = snippet["text"] if snippet else None
        raw[f"{key}_span"] = snippet["span"] if snippet else None
    raw["countries"] = [c.code for c in article.countries]
    raw["country_spans"] = {c.code: [[s.start, s.end] for s in c.spans] for c in article.countries}
    raw["topics"] = [t.topic.value for t in article.topics]
    raw["topic_spans"] = {
        t.topic.value: [[s.start, s.end] for s in t.spans] for t in article.topics
    }
    ordered = {k: raw.pop(k) for k in _RECORD_KEYS}
    ordered.update(raw)
    return ordered


def _structure_article(data: dict[str, Any], _: type[Article]) -> Article:
    raw = dict(data)
    for key in _SNIPPETS:
        text, span = raw.pop(key, None), raw.pop(f"{key}_span", None)
        raw[key] = {"text": text, "span": span} if text is not None and span is not None else None
    country_spans = raw.pop("country_spans", None) or {}
    raw["countries"] = [
        {"code": code, "spans": country_spans.get(code, [])} for code in raw.get("countries") or []
    ]
    topic_spans = raw.pop("topic_spans", None) or {}
    raw["topics"] = [
        {"topic": name, "spans": topic_spans.get(name, [])} for name in raw.get("topics") or []
    ]
    return _article_base_structure(raw, Article)


converter.register_unstructure_hook(Article, _unstructure_article)
converter.register_structure_hook(Article, _structure_article)


def unstructure(obj: object) -> Any:
    """The JSON-ready form (dicts, lists, strings, numbers) of any model object.

    Dates become ``YYYY-MM-DD`` strings and spans ``[start, end]`` pairs:

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> record = unstructure(a.engagements[0])
    >>> record["kind"] == "reception", record["start"], record["participants"], record["spans"]
    (True, '2024-03-11', ['Mam Sok Heng'], [[76, 84]])
    """
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Read a model object of class ``cls`` back from its JSON-ready form.

    >>> from bilateral.model import Engagement, Person
    >>> structure({"name": "Ana Ruiz", "country": "CUB", "spans": [[0, 8]]}, Person)
    Person(name='Ana Ruiz', title=None, country='CUB', aliases=(), spans=(Span(start=0, end=8),))
    >>> e = structure({"kind": "visit", "start": "2024-05-02"}, Engagement)
    >>> e.kind, e.start
    (<EngagementKind.VISIT: 'visit'>, Date(2024, 5, 2))
    """
    return converter.structure(data, cls)


def to_record(article: Article) -> dict[str, Any]:
    """The article's JSON form: the codebook record plus its evidence.

    The codebook's keys come first, in its order; the evidence (text,
    layout, ``*_span`` and ``*_spans``) follows.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> record = to_record(a)
    >>> list(record)[:4], record["dyad"], record["countries"], record["country_spans"]
    (['id', 'date', 'headline', 'dateline'], ['KHM', 'LAO'], ['LAO', 'KHM'],
     {'LAO': [[17, 26], [35, 38], [127, 136]], 'KHM': [[85, 94]]})
    """
    result: dict[str, Any] = converter.unstructure(article)
    return result


def dumps(article: Article) -> str:
    """One article as one line of JSON (its record).

    >>> from bilateral import parse
    >>> line = dumps(parse(" date 2024-03-12 Hà Nội (VNA) - Prime Minister Nguyễn Xuân Phúc "
    ...                    "received Cambodian Health Minister Mam Sok Heng in Hà Nội on Monday.",
    ...                    id="a"))
    >>> line[:60]
    '{"id":"a","date":"2024-03-12","headline":null,"dateline":"Hà'
    >>> '"dyad":["KHM","VNM"]' in line, '"dateline":"Hà Nội"' in line, "\\n" in line
    (True, True, False)
    """
    return json.dumps(to_record(article), ensure_ascii=False, separators=(",", ":"))


def loads(line: str | bytes) -> Article:
    """An article back from one line of JSON written by :func:`dumps`.

    >>> from bilateral import parse
    >>> a = parse(" date 2024-03-12 Vientiane (KPL) - Lao Minister of Health Bounkong Sihavong "
    ...           "received Cambodian Health Minister Mam Sok Heng in Vientiane on Monday.", id="a")
    >>> b = loads(dumps(a))
    >>> b == a, b.people[0].spans[0].of(b.text)
    (True, 'Bounkong Sihavong')
    """
    return converter.structure(json.loads(line), Article)

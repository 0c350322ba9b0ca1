"""Articles built straight from the model (not parsed), and short article texts, for tests.

Filters, indexes and exports are tested on these so that they do not hang
on how well the extractors do; the small pools make criteria hit often.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pendulum
from hypothesis import strategies as st

from bilateral.model import (
    Agreement,
    Aid,
    Article,
    Country,
    Dyad,
    Engagement,
    EngagementKind,
    Event,
    Layout,
    Locality,
    Person,
    Snippet,
    Span,
    Topic,
    TopicMention,
)

CODES = ("VNM", "CUB", "CHN", "LAO", "JPN")
PEOPLE = ("Nguyễn Thị Hoa", "Trần Minh Quân", "Ana Beltrán", "Zhang Lei", "Kenji Sato")
PLACES = ("Hà Nội", "Huế", "Camagüey", "Kunming", "Osaka")
AGENCIES = ("VNA", "VNS", "ACN", "Xinhua")
WORDS = ("rice", "Talks", "vaccine", "railway", "friendship", "port")


def article(
    id: str,
    *,
    date: pendulum.Date | None = None,
    countries: tuple[str, ...] = (),
    dyad: tuple[str, str] | None = None,
    people: tuple[Person, ...] = (),
    localities: tuple[Locality, ...] = (),
    topics: tuple[Topic, ...] = (),
    engagements: tuple[Engagement, ...] = (),
    agency: str | None = None,
    text: str = "Officials met.",
    agreements: tuple[Agreement, ...] = (),
    aid: tuple[Aid, ...] = (),
    events: tuple[Event, ...] = (),
) -> Article:
    """An article made directly from model objects."""
    return Article(
        id=id,
        text=text,
        layout=Layout(Span(0, len(text)), paragraphs=(Span(0, len(text)),)),
        date=date,
        agency=Snippet(agency, Span(0, 1)) if agency else None,
        people=people,
        countries=tuple(Country(c, spans=(Span(0, 1),)) for c in countries),
        localities=localities,
        dyad=Dyad.of(*dyad) if dyad else None,
        engagements=engagements,
        topics=tuple(TopicMention(t, spans=(Span(0, 1),)) for t in topics),
        agreements=agreements,
        aid=aid,
        events=events,
    )


def rich_article(id: str = "rich") -> Article:
    """One article with every kind of fact, for export tests."""
    host = Person("Nguyễn Thị Hoa", title="Chairwoman", country="VNM", aliases=("Hoa",))
    guest = Person("Ana Beltrán", title="Minister", country="CUB")
    return article(
        id,
        date=pendulum.Date(2024, 3, 5),
        countries=("CUB", "VNM"),
        dyad=("VNM", "CUB"),
        people=(host, guest),
        localities=(Locality("Hà Nội", "VNM"),),
        topics=(Topic.HEALTH, Topic.TRADE),
        engagements=(
            Engagement(
                EngagementKind.TALKS,
                start=pendulum.Date(2024, 3, 4),
                host=host.name,
                participants=(guest.name,),
            ),
            Engagement(
                EngagementKind.VISIT,
                start=pendulum.Date(2024, 3, 3),
                end=pendulum.Date(2024, 3, 6),
                participants=(guest.name,),
            ),
        ),
        agency="VNA",
        text="Hà Nội (VNA) - Talks on health and trade; 500 tonnes of rice handed over.",
        agreements=(Agreement("memorandum of understanding", ("A", "B"), 2024, 2026, True),),
        aid=(Aid("rice", 500.0, "tonne", donor="VNM", recipient="CUB"),),
        events=(Event("042", "CONSULT", source="CUB", target="VNM"),),
    )


_dates = st.one_of(
    st.none(),
    st.integers(0, 12).map(lambda n: pendulum.Date(2020, 1, 1).add(days=n)),
)
_TOPICS = (Topic.TRADE, Topic.HEALTH, Topic.CULTURE, Topic.ENERGY, Topic.SECURITY)
_PAIRS = tuple((a, b) for i, a in enumerate(CODES) for b in CODES[i + 1 :])
_ALIASES = ("Hoa", "Quân", "Lei")


def _pick(pool: tuple[Any, ...], mask: int) -> tuple[Any, ...]:
    return tuple(x for i, x in enumerate(pool) if mask >> i & 1)


def _build(id: str, values: tuple[Any, ...]) -> Article:
    (date, cmask, pair, people, lmask, tmask, engs, agency, wmask) = values
    return article(
        id,
        date=date,
        countries=_pick(CODES, cmask),
        dyad=_PAIRS[pair - 1] if pair else None,
        people=tuple(
            Person(
                PEOPLE[n % 5],
                country=(None, *CODES)[n // 5 % 6],
                aliases=_pick(_ALIASES, n // 30)[:1],
            )
            for n in people
        ),
        localities=tuple(Locality(name) for name in _pick(PLACES, lmask)),
        topics=_pick(_TOPICS, tmask),
        engagements=tuple(
            Engagement(
                list(EngagementKind)[n % 6],
                host=(None, *PEOPLE)[n // 6 % 6],
                participants=_pick(PEOPLE, n // 36),
            )
            for n in engs
        ),
        agency=(None, *AGENCIES)[agency],
        text=" ".join(_pick(WORDS, wmask)) or "Officials met.",
    )


_fields = st.tuples(
    _dates,
    st.integers(0, 31),
    st.integers(0, len(_PAIRS)),
    st.lists(st.integers(0, 479), max_size=3),
    st.integers(0, 7),
    st.integers(0, 31),
    st.lists(st.integers(0, 36 * 32 - 1), max_size=2),
    st.integers(0, len(AGENCIES)),
    st.integers(0, 63),
)


def articles(id: str = "a") -> st.SearchStrategy[Article]:
    """One article from small pools of values."""
    return _fields.map(lambda values: _build(id, values))


def corpora(max_size: int = 16) -> st.SearchStrategy[list[Article]]:
    """A list of articles with distinct ids."""
    return st.lists(_fields, max_size=max_size).map(
        lambda rows: [_build(f"a{i}", values) for i, values in enumerate(rows)]
    )


def _spelled(name: str) -> st.SearchStrategy[str]:
    # The same name as a user might type it: folded, upper-cased, padded.
    from bilateral._text import fold

    return st.sampled_from((name, fold(name), name.upper(), f" {name} "))


_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "since": _dates.filter(lambda d: d is not None).map(lambda d: d.isoformat()),
    "until": _dates.filter(lambda d: d is not None),
    "country": st.sampled_from((*CODES, "vnm", "FRA")),
    "dyad": st.sampled_from(_PAIRS).map(lambda p: p[::-1]) | st.sampled_from(_PAIRS),
    "person": st.sampled_from((*PEOPLE, *_ALIASES, "Nobody Here")).flatmap(_spelled),
    "locality": st.sampled_from(PLACES).flatmap(_spelled),
    "topic": st.sampled_from([t.value for t in _TOPICS]),
    "kind": st.sampled_from(EngagementKind),
    "agency": st.sampled_from((*AGENCIES, "vna", "Reuters")),
    "text_contains": st.sampled_from(("rice", "talks", "PORT", "absent")),
}

#: Keyword criteria of ``Corpus.filter``: one to three at a time, so that they often match.
criteria = st.lists(st.sampled_from(sorted(_VALUES)), min_size=1, max_size=3, unique=True).flatmap(
    lambda keys: st.fixed_dictionaries({k: _VALUES[k] for k in keys})
)


def _present(arts: list[Article]) -> dict[str, list[Any]]:
    # Values the articles hold, so that criteria drawn from them hit.
    return {
        "since": [a.date for a in arts if a.date],
        "until": [a.date.isoformat() for a in arts if a.date],
        "country": [c.code for a in arts for c in a.countries],
        "dyad": [(a.dyad.b, a.dyad.a) for a in arts if a.dyad],
        "person": [n for a in arts for p in a.people for n in (p.name, *p.aliases)],
        "locality": [loc.name for a in arts for loc in a.localities],
        "topic": [t.topic for a in arts for t in a.topics],
        "kind": [e.kind.value for a in arts for e in a.engagements],
        "agency": [a.agency.text.lower() for a in arts if a.agency],
        "text_contains": [w for a in arts for w in a.text.split()[:1]],
    }


def criteria_for(arts: list[Article]) -> st.SearchStrategy[dict[str, Any]]:
    """Criteria that mostly take their values from one of ``arts`` (any spelling), so they
    hit it, and sometimes from anywhere."""

    def around(target: list[Article]) -> st.SearchStrategy[dict[str, Any]]:
        present = _present(target)

        def value(key: str) -> st.SearchStrategy[Any]:
            found = present[key]
            if not found:
                return _VALUES[key]
            own = st.sampled_from(found)
            if key in ("person", "locality"):
                own = own.flatmap(_spelled)
            return own | own | _VALUES[key]

        keys = st.lists(st.sampled_from(sorted(_VALUES)), min_size=1, max_size=3, unique=True)
        return keys.flatmap(lambda ks: st.fixed_dictionaries({k: value(k) for k in ks}))

    if not arts:
        return criteria
    return st.sampled_from(arts).flatmap(lambda a: around([a]))


# --- short article texts written for these tests, in the genre's shape ---

TEXTS = {
    "a-talks": (
        " date 2024-02-14 HÀ NỘI — Deputy Minister of Industry Lê Văn Thịnh held talks with "
        "Lao Minister of Energy Bounmy Phetsana in Hà Nội on Wednesday.\n\n"
        "The two sides agreed to expand cooperation in energy and trade. — VNS"
    ),
    "b-visit": (
        " date 2024-03-02 Havana (ACN) - A delegation of the Ninh Bình People's Committee "
        "began a working visit to Cuba on Saturday to boost cooperation in agriculture.\n\n"
        "The visitors will tour rice fields in Pinar del Río province./."
    ),
    "c-call": (
        " date 2023-11-20 Vientiane (VNA) - The Prime Minister of Laos held a phone call with "
        "his Vietnamese counterpart on Monday, discussing transport and education links.\n\n"
        "Both leaders praised the special relationship. — VNA"
    ),
}


def write_texts(folder: Path) -> list[Path]:
    """Write :data:`TEXTS` as ``NAME.txt`` files; return their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sorted(TEXTS.items()):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_bad_files(folder: Path) -> list[Path]:
    """Three files that are not readable articles: empty, binary, not UTF-8."""
    bad = {
        "x-empty.txt": b"",
        "y-binary.txt": b"\x00\x01\x02PK\x03\x04" * 20,
        "z-latin1.txt": "Hà Nội — talks".encode("latin-1", "replace") + b"\xe9\xff",
    }
    paths = []
    for name, data in bad.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths

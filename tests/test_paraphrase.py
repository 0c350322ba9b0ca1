"""Paraphrase properties: a report says the same when it is said otherwise.

The articles are composed from frames with invented names (tests/_paraphrase.py),
which know their record by the codebook. First, each frame alone and several
together must give that whole record. Then each paraphrase property writes a
base text and a variant of it (passive voice, apposition, the time in the
sentence before, a caption or clutter or sign-off, everything renamed, the
paragraphs reordered) and checks that each text gives its record and the
variant the base's, on what the shared scorer matches.

These were written before the rules they test; each held at first as a strict
xfail, and every article that once failed stays as an explicit example that
every run tries first.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import bilateral
from _paraphrase import (
    AMBASSADOR,
    COUNTRIES,
    FRAME_KINDS,
    ROLES,
    ArticleSpec,
    Country,
    Frame,
    Person,
    Record,
    Style,
    When,
    renamings,
    specs,
)
from bilateral.convert import to_record

# ---------------------------------------------------------------- what the library extracts


def extracted(text: str) -> Record:
    """The library's record of a text, as the command line prints it, cut to :class:`Record`."""
    # Through JSON, as the command line prints it: kinds and dates become strings.
    rec = json.loads(json.dumps(to_record(bilateral.parse(text, id="paraphrase"))))

    def name(x: Any) -> Any:
        return x.get("name") if isinstance(x, dict) else x

    def day(x: Any) -> str | None:
        return str(x)[:10] if x else None

    return Record.of(
        engagements=((e["kind"], day(e["start"]), day(e["end"]), name(e["host"]),
                      tuple(sorted(str(name(p)) for p in e["participants"])))
                     for e in rec["engagements"]),
        people=((name(p), p.get("country")) for p in rec["people"]),
        aid=((a["item"], float(a["quantity"]) if a["quantity"] is not None else None,
              a["unit"], a["donor"], a["recipient"]) for a in rec["aid"]),
        agreements=((a["kind"], tuple(sorted(map(str, a["parties"]))), a["start_year"],
                     a["end_year"], a["signed"]) for a in rec["agreements"]),
    )  # fmt: skip


def differences(what: str, text: str, want: Record, got: Record) -> str:
    """The text and each part of the record that differs."""
    lines = [f"{what}: {text!r}"]
    for part in ("engagements", "people", "aid", "agreements"):
        if getattr(want, part) != getattr(got, part):
            lines.append(f"  {part}: want {getattr(want, part)} got {getattr(got, part)}")
    return "\n".join(lines)


def rename_record(record: Record, names: Mapping[str, str], codes: Mapping[str, str]) -> Record:
    """A record with its people's names and its countries' codes replaced."""

    def name(n: Any) -> Any:
        return names.get(n, n) if isinstance(n, str) else n

    def code(c: Any) -> Any:
        return codes.get(c, c) if isinstance(c, str) else c

    return Record.of(
        engagements=((k, s, e, name(h), tuple(sorted(map(name, ps))))
                     for k, s, e, h, ps in record.engagements),
        people=((name(n), code(c)) for n, c in record.people),
        aid=((i, q, u, code(d), code(r)) for i, q, u, d, r in record.aid),
        agreements=((k, tuple(sorted(map(name, ps))), *rest)
                    for k, ps, *rest in record.agreements),
    )  # fmt: skip


# ---------------------------------------------------------------- the paraphrases


@dataclass
class Paraphrase:
    """A base text, a variant of it, and the records each must have."""

    base: str
    variant: str
    base_record: Record
    variant_record: Record
    # Maps the variant's record onto the base's names (identity but for renaming).
    to_base: Callable[[Record], Record] = field(default=lambda record: record)


def check(p: Paraphrase, extract: Callable[[str], Record] = extracted) -> None:
    """Each text has its known record, and the variant's is the base's (as scored)."""
    got_base, got_variant = extract(p.base), extract(p.variant)
    base, variant = got_base.scored(), got_variant.scored()
    want_base, want_variant = p.base_record.scored(), p.variant_record.scored()
    assert base == want_base, differences("base", p.base, want_base, base)
    assert variant == want_variant, differences("variant", p.variant, want_variant, variant)
    back = p.to_base(got_variant).scored()
    assert back == base, differences("variant against base", p.variant, base, back)


def _restyled(spec: ArticleSpec, base: Style, variant: Style) -> Paraphrase:
    return Paraphrase(spec.render(base), spec.render(variant), spec.record(), spec.record())


def passive(spec: ArticleSpec) -> Paraphrase:
    """``X received Y`` becomes ``Y was received by X``."""
    return _restyled(spec, Style(voice="active"), Style(voice="passive"))


def apposition(spec: ArticleSpec) -> Paraphrase:
    """``Title X`` becomes ``X, Title,`` at every first mention."""
    return _restyled(spec, Style(titles="before"), Style(titles="apposition"))


def time_before(spec: ArticleSpec) -> Paraphrase:
    """``X received Y on Tuesday.`` becomes ``Tuesday was a busy day for X. X received Y.``"""
    return _restyled(spec, Style(time="inline"), Style(time="before"))


def with_extras(spec: ArticleSpec, extras: tuple[str, ...]) -> Paraphrase:
    """A photo caption, a clutter line and/or an agency sign-off added."""
    return _restyled(spec, Style(), Style(extras=extras))


def reordered(spec: ArticleSpec, order: tuple[int, ...]) -> Paraphrase:
    """The paragraphs in another order."""
    return _restyled(spec, Style(), Style(order=order))


def renamed(
    spec: ArticleSpec, names: Mapping[str, str], countries: Mapping[str, Country]
) -> Paraphrase:
    """Every person, place and country replaced, consistently."""
    other = spec.renamed(names, countries)
    back_names = {new: old for old, new in names.items()}
    back_codes = {new.code: old for old, new in countries.items()}
    return Paraphrase(
        spec.render(), other.render(), spec.record(), other.record(),
        to_base=lambda record: rename_record(record, back_names, back_codes),
    )  # fmt: skip


EXTRAS = ("caption", "clutter", "signoff")
# The paraphrases are tried on articles the library reads right when plain, so that they
# show what the paraphrase changes: no "Minister of Trade" (an aid handover by or to one
# is lost). When the handover frame passes with one, drop this.
PLAIN_ROLES = tuple(r for r in ROLES if r != "Minister of Trade of {c}")


@st.composite
def specs_with_extras(draw: st.DrawFn) -> tuple[ArticleSpec, tuple[str, ...]]:
    """An article and a choice of caption, clutter line and sign-off."""
    extras = draw(st.lists(st.sampled_from(EXTRAS), min_size=1, max_size=3, unique=True))
    return draw(specs(roles=PLAIN_ROLES)), tuple(sorted(extras))


@st.composite
def specs_with_order(draw: st.DrawFn) -> tuple[ArticleSpec, tuple[int, ...]]:
    """An article of two or three paragraphs and another order of them."""
    spec = draw(specs(min_frames=2, roles=PLAIN_ROLES).filter(lambda s: len(s.frames) >= 2))
    identity = tuple(range(len(spec.frames)))
    order = draw(st.permutations(identity).map(tuple).filter(lambda o: o != identity))
    return spec, order


@st.composite
def specs_with_renaming(
    draw: st.DrawFn,
) -> tuple[ArticleSpec, dict[str, str], dict[str, Country]]:
    """An article, new names for its people and place, and two other countries."""
    spec = draw(specs(roles=PLAIN_ROLES))
    names, countries = draw(renamings(spec))
    return spec, names, countries


# ---------------------------------------------------------------- examples

CHILE, PERU, KENYA, NORWAY = COUNTRIES[:4]
DAY = datetime.date(2024, 3, 14)  # a Thursday
HOST = Person("Zavi Kolumari", "President of {c}", CHILE, PERU)
GUEST = Person("Doru Taniveko", AMBASSADOR, PERU, CHILE)
PEER = Person("Rukai Montavi", "Prime Minister of {c}", PERU, CHILE)
TRADER = Person("Lidou Sabrak", "Minister of Trade of {c}", PERU, CHILE)


def article(*frames: Frame) -> ArticleSpec:
    """An article of DAY with these frames."""
    return ArticleSpec(DAY, frames)


def on(days_before: int, form: str = "weekday") -> When:
    return When(form, DAY - datetime.timedelta(days=days_before))


# A plain article the properties' own checks are tried on.
SPEC = article(Frame("reception", HOST, GUEST, on(2)), Frame("call", PEER, HOST, on(0, "today")))
RENAMING = (
    {"Zavi Kolumari": "Tiva Brounak", "Doru Taniveko": "Maru Soulika",
     "Rukai Montavi": "Kodi Vlantrou", "Tavorenu": "Lomasivu"},
    {"CHL": KENYA, "PER": NORWAY},
)  # fmt: skip
PARAPHRASES: dict[str, Callable[[ArticleSpec], Paraphrase]] = {
    "passive": passive,
    "apposition": apposition,
    "time_before": time_before,
    "extras": lambda spec: with_extras(spec, EXTRAS),
    "renamed": lambda spec: renamed(spec, *RENAMING),
    "reordered": lambda spec: reordered(spec, (1, 0)),
}

# Articles that failed once, kept as examples every run tries first.
FRAME_EXAMPLES = {
    # (the signatories were once not the agreement's parties)
    "signing": [article(Frame("signing", HOST, PEER, on(1)))],
    "handover": [
        # (maize once came out as the item 'goods'; with a Minister of Trade the aid was lost)
        article(Frame("handover", GUEST, HOST, on(0, "today"), quantity=500, item="maize")),
        article(Frame("handover", TRADER, HOST, on(0, "today"), quantity=500, item="maize")),
    ],
}
# (two calls on a day, two handovers to two people, two memoranda signed by two pairs were
# once merged into one; talks at home after a visit abroad once took the visit's inviter as
# host)
SEVERAL_EXAMPLES = [
    article(Frame("signing", HOST, PEER, on(1)), Frame("signing", HOST, TRADER, on(0, "today"))),
    article(Frame("call", HOST, PEER, on(1)), Frame("call", HOST, GUEST, on(1, "day_month"))),
    article(
        Frame("handover", HOST, PEER, on(1), quantity=100, item="rice"),
        Frame("handover", HOST, GUEST, on(1), quantity=100, item="maize"),
    ),
    article(
        Frame("visit", HOST, PEER, on(6, "day_month"), end=DAY - datetime.timedelta(days=4)),
        Frame("talks", PEER, HOST, on(1, "day_month")),
    ),
]
APPOSITION_FAILURE = article(Frame("signing", HOST, GUEST, on(1)))
TIME_BEFORE_FAILURE = article(Frame("signing", HOST, PEER, on(1)))


# ---------------------------------------------------------------- the properties


@pytest.mark.parametrize("kind", FRAME_KINDS)
def test_each_frame_has_its_whole_record(kind: str) -> None:
    def has_its_record(spec: ArticleSpec) -> None:
        text, want = spec.render(), spec.record()
        got = extracted(text)
        assert got == want, differences("plain", text, want, got)

    test = given(specs((kind,), max_frames=1))(has_its_record)
    for spec in FRAME_EXAMPLES.get(kind, []):
        test = example(spec)(test)
    test()


@given(specs(max_frames=3))
def test_several_frames_have_their_record(spec: ArticleSpec) -> None:
    check(Paraphrase(spec.render(), spec.render(), spec.record(), spec.record()))


for _spec in SEVERAL_EXAMPLES:
    test_several_frames_have_their_record = example(_spec)(test_several_frames_have_their_record)


@given(specs(must="reception", roles=PLAIN_ROLES))
def test_a_reception_in_the_passive_has_the_same_record(spec: ArticleSpec) -> None:
    check(passive(spec))


# (with an ambassador in apposition, a signing was once lost)
@example(APPOSITION_FAILURE)
@given(specs(roles=PLAIN_ROLES))
def test_a_title_in_apposition_has_the_same_record(spec: ArticleSpec) -> None:
    check(apposition(spec))


# (a signing once did not take its date from the sentence before)
@example(TIME_BEFORE_FAILURE)
@given(specs(roles=PLAIN_ROLES))
def test_a_time_told_in_the_sentence_before_has_the_same_record(spec: ArticleSpec) -> None:
    check(time_before(spec))


@given(specs_with_extras())
def test_a_caption_clutter_or_signoff_leaves_the_record(
    spec_extras: tuple[ArticleSpec, tuple[str, ...]],
) -> None:
    check(with_extras(*spec_extras))


@given(specs_with_renaming())
def test_renaming_people_places_and_countries_renames_the_record(
    spec_renaming: tuple[ArticleSpec, dict[str, str], dict[str, Country]],
) -> None:
    check(renamed(*spec_renaming))


@given(specs_with_order())
def test_reordered_paragraphs_have_the_same_record(
    spec_order: tuple[ArticleSpec, tuple[int, ...]],
) -> None:
    check(reordered(*spec_order))


@pytest.mark.parametrize("name", sorted(PARAPHRASES))
def test_each_property_fails_on_a_broken_record(name: str) -> None:
    # Against an extractor that returns exactly the known records, the property holds;
    # a wrong known record, or a variant record that differs from the base's, fails it.
    paraphrase = PARAPHRASES[name](SPEC)
    known = {paraphrase.base: paraphrase.base_record, paraphrase.variant: paraphrase.variant_record}
    check(paraphrase, known.__getitem__)

    one_day_late = tuple(
        (kind, (datetime.date.fromisoformat(start) + datetime.timedelta(days=1)).isoformat(),
         *rest)
        for kind, start, *rest in paraphrase.base_record.engagements
    )  # fmt: skip
    late = replace(paraphrase.base_record, engagements=one_day_late)
    with pytest.raises(AssertionError, match=r"^base: "):
        check(replace(paraphrase, base_record=late), known.__getitem__)

    # The variant loses its people in the extraction and in what it should be: each text
    # has "its" record, but the two no longer agree.
    no_people = replace(paraphrase.variant_record, people=())
    drifted = {**known, paraphrase.variant: no_people}
    with pytest.raises(AssertionError, match=r"^variant against base: "):
        check(replace(paraphrase, variant_record=no_people), drifted.__getitem__)

"""The loaders of the extraction's data tables, each given a small table written for the test.

Every stage reads its cue tables once, when it is imported. A test of what a stage finds
therefore never runs a loader again: these tests call each loader on an invented table
(``data_lines`` replaced for the call) and check the whole structure it builds, and that
a malformed row is refused with the file's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from bilateral._extract import (
    affiliation,
    aid_things,
    codes,
    cues,
    datelines,
    documents,
    names,
    offices,
    quantities,
    titles,
)
from bilateral._extract.cues import GivingFrame
from bilateral._extract.offices import Office
from bilateral.model import EngagementKind, Topic


def tables(rows_by_file: dict[str, list[list[str]]]) -> Callable[[str], Iterator[list[str]]]:
    """A stand-in for ``data_lines``: the invented rows of each file name."""

    def data_lines(name: str) -> Iterator[list[str]]:
        return iter([list(row) for row in rows_by_file[name]])

    return data_lines


# --- cues: engagement predicates and frames ---


def test_predicate_rows_keep_pattern_lemma_and_form_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [[r"\bconfer(?:red)?\b", "confer", "verb"], [r"\bparley\b", "parley", "either"]]
    monkeypatch.setattr(cues, "data_lines", tables({"predicates.tsv": rows}))
    assert cues._load_predicates() == (
        (r"\bconfer(?:red)?\b", "confer", "verb"),
        (r"\bparley\b", "parley", "either"),
    )


def test_frames_map_each_lemma_to_kind_host_and_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "PREDICATE_ROWS", (("p1", "confer", "verb"), ("p2", "tour", "noun")))
    frames = [["confer", "talks", "venue", "-"], ["tour", "visit", "inviter", "person"]]
    monkeypatch.setattr(cues, "data_lines", tables({"engagement_frames.tsv": frames}))
    assert cues._load_frames() == {
        "confer": (EngagementKind.TALKS, "venue", "-"),
        "tour": (EngagementKind.VISIT, "inviter", "person"),
    }


def test_a_predicate_without_a_frame_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "PREDICATE_ROWS", (("p1", "confer", "verb"), ("p2", "tour", "noun")))
    frames = [["confer", "talks", "venue", "-"]]
    monkeypatch.setattr(cues, "data_lines", tables({"engagement_frames.tsv": frames}))
    with pytest.raises(ValueError, match=re.escape("engagement_frames.tsv: no frame for ['tour']")):
        cues._load_frames()


# --- cues: giving frames ---


def test_giving_frames_read_cue_kind_sides_and_items(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        [r"\bbestow(?:ed)?\b", "verb", "subject", "to for -", "goods"],
        [r"\bpresent of\b", "noun", "possessive from", "-", "any"],
    ]
    monkeypatch.setattr(cues, "data_lines", tables({"giving_verbs.tsv": rows}))
    assert cues._load_giving_frames() == (
        GivingFrame(r"\bbestow(?:ed)?\b", "verb", ("subject",), ("to", "for"), "goods"),
        GivingFrame(r"\bpresent of\b", "noun", ("possessive", "from"), (), "any"),
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["grant", "adverb", "subject", "to", "goods"], "bad row 'grant'"),
        (["grant", "verb", "subject", "to", "money"], "bad row 'grant'"),
        (["grant", "verb", "subject", "towards", "goods"], "unknown role in 'towards'"),
        (["grant", "verb", "agent", "to", "goods"], "unknown role in 'agent'"),
    ],
)
def test_a_giving_row_with_an_unknown_kind_items_or_role_is_refused(
    monkeypatch: pytest.MonkeyPatch, row: list[str], message: str
) -> None:
    good = [r"\bhand\b", "verb", "subject", "to", "any"]
    monkeypatch.setattr(cues, "data_lines", tables({"giving_verbs.tsv": [good, row]}))
    with pytest.raises(ValueError, match=re.escape(f"giving_verbs.tsv: {message}")):
        cues._load_giving_frames()


def test_a_giving_cue_that_is_no_regex_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [[r"\bgift(\b", "noun", "possessive", "-", "any"]]
    monkeypatch.setattr(cues, "data_lines", tables({"giving_verbs.tsv": rows}))
    with pytest.raises(re.error):
        cues._load_giving_frames()


def test_roles_drop_the_dash_and_keep_their_order() -> None:
    assert cues._roles("by subject") == ("by", "subject")
    assert cues._roles("-") == ()
    with pytest.raises(
        ValueError, match=re.escape("giving_verbs.tsv: unknown role in 'to towards'")
    ):
        cues._roles("to towards")


# --- cues: topics ---


def test_topic_rows_name_their_topic_or_none(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["trade", "tariff*"], ["-", "trade union"], ["health", "vaccine"]]
    monkeypatch.setattr(cues, "data_lines", tables({"topics.tsv": rows}))
    assert cues._load_topics() == (
        (Topic.TRADE, "tariff*"),
        (None, "trade union"),
        (Topic.HEALTH, "vaccine"),
    )


def test_a_topic_phrase_told_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["trade", "tariff*"], ["health", "vaccine"], ["health", "tariff*"]]
    monkeypatch.setattr(cues, "data_lines", tables({"topics.tsv": rows}))
    with pytest.raises(ValueError, match=re.escape("topics.tsv: 'tariff*' twice")):
        cues._load_topics()


def test_the_lexicon_has_one_regex_per_topic_longest_phrase_first() -> None:
    rows = (
        (Topic.TRADE, "tariff*"),
        (None, "trade union"),
        (Topic.TRADE, "free-trade area"),
        (Topic.TRADE, "export"),
    )
    assert cues._lexicon(rows) == (
        (Topic.TRADE, r"\b(?:free[ -]?trade[ -]area|tariff\w*|export)\b"),
        (None, r"\b(?:trade[ -]union)\b"),
    )


def test_phrases_of_one_length_are_in_alphabetical_order() -> None:
    rows = ((Topic.HEALTH, "virus"), (Topic.HEALTH, "nurse"), (Topic.HEALTH, "clinic"))
    assert cues._lexicon(rows) == ((Topic.HEALTH, r"\b(?:clinic|nurse|virus)\b"),)


def test_a_phrase_that_is_no_cue_phrase_is_refused() -> None:
    with pytest.raises(ValueError, match=re.escape("topics.tsv: not a cue phrase: 'Trade'")):
        cues.phrase_regex("Trade")
    with pytest.raises(ValueError, match="not a cue phrase"):
        cues.phrase_regex("trade  union")
    assert cues.phrase_regex("r&d") == r"\br\&d\b"


def test_topic_frames_group_their_values_by_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["turn", "while"], ["source", "the wire"], ["turn", "whereas"]]
    monkeypatch.setattr(cues, "data_lines", tables({"topic_frames.tsv": rows}))
    assert cues._load_topic_frames() == {"turn": ["while", "whereas"], "source": ["the wire"]}


# --- word tables of people, offices, quantities, codes ---


def test_title_words_of_one_kind_are_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["head", "Envoy"], ["modifier", "Deputy"], ["head", "Sécretaire"]]
    monkeypatch.setattr(titles, "data_lines", tables({"title_words.txt": rows}))
    assert titles._kind("head") == frozenset({"envoy", "secretaire"})
    assert titles._kind("modifier") == frozenset({"deputy"})
    assert titles._kind("rank") == frozenset()


def test_office_terms_are_indexed_by_every_form_of_the_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        ["ZAR", "state", "2003", "2011", "Amara Tolvan", "A. Tolvan|Tolvan Amara"],
        ["ZAR", "foreign", "2012", "", "Amara Tolvan"],
        ["QOR", "defence", "1999", "2004", "Bren Oskar", ""],
    ]
    monkeypatch.setattr(offices, "data_lines", tables({"office_holders.tsv": rows}))
    state = Office("ZAR", "state", 2003, 2011, "Amara Tolvan")
    foreign = Office("ZAR", "foreign", 2012, None, "Amara Tolvan")
    assert dict(offices._load()) == {
        names.name_key("Amara Tolvan"): (state, foreign),
        names.name_key("A. Tolvan"): (state,),
        names.name_key("Tolvan Amara"): (state,),
        names.name_key("Bren Oskar"): (Office("QOR", "defence", 1999, 2004, "Bren Oskar"),),
    }


def test_currency_forms_name_their_iso_code(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["yen", "JPY"], ["rupiah", "IDR"]]
    monkeypatch.setattr(quantities, "data_lines", tables({"currencies.tsv": rows}))
    assert quantities._load_currencies() == {"yen": "JPY", "rupiah": "IDR"}
    bad = [["yen", "JPY"], ["florin", "XYZ"]]
    monkeypatch.setattr(quantities, "data_lines", tables({"currencies.tsv": bad}))
    with pytest.raises(ValueError, match=re.escape("currencies.tsv: XYZ is not an ISO 4217 code")):
        quantities._load_currencies()


def test_codes_are_keyed_by_basis_and_case(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        ["engagement", "talks", "040", "CONSULT", "both", "talks held"],
        ["aid", "given", "070", "AID", "donor", "aid given"],
    ]
    monkeypatch.setattr(codes, "data_lines", tables({"cameo.tsv": rows}))
    assert codes._load() == {
        ("engagement", "talks"): codes.Code("040", "CONSULT", "both", "talks held"),
        ("aid", "given"): codes.Code("070", "AID", "donor", "aid given"),
    }


# --- agencies, documents, bodies, aid items ---


def test_agency_credits_and_names_without_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        ["credit", "name", "country"],
        [" ZNA ", "Zarovian News Agency", "ZAR"],
        ["Q-Press", "", "QOR"],
    ]
    monkeypatch.setattr(datelines, "data_lines", tables({"agencies.tsv": rows}))
    assert datelines._load_agencies() == frozenset({"ZNA", "Zarovian News Agency", "Q-Press"})
    monkeypatch.setattr(names, "data_lines", tables({"agencies.tsv": rows}))
    assert names._agencies() == frozenset(
        {names.name_key("ZNA"), names.name_key("Zarovian News Agency"), names.name_key("Q-Press")}
    )


def test_a_missing_agency_table_names_no_agency(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Iterator[list[str]]:
        raise FileNotFoundError(name)

    monkeypatch.setattr(names, "data_lines", missing)
    assert names._agencies() == frozenset()


def test_capital_letters_of_the_scripts_news_text_uses() -> None:
    up = datelines._upper_class()
    assert {"A", "Z", "À", "Ş", "Ω", "Ж", "Ệ"} <= set(up)
    assert not {"a", "z", "à", "ω", "ж", "ệ", "1", "-", " "} & set(up)
    assert re.fullmatch(f"[{up}]+", "ÉLYSÉE") is not None


def test_document_nouns_and_cues_by_role(monkeypatch: pytest.MonkeyPatch) -> None:
    nouns = [["document", "accord", r"\bcompact\b"], ["period", "plan", r"\broadmap\b"]]
    monkeypatch.setattr(cues, "data_lines", tables({"documents.tsv": nouns}))
    assert cues._load_document_nouns() == (
        ("document", "accord", r"\bcompact\b"),
        ("period", "plan", r"\broadmap\b"),
    )
    verbs = [["signed", r"\binked\b"], ["planned", r"\bmooted\b"], ["referred", r"\bcited\b"]]
    monkeypatch.setattr(cues, "data_lines", tables({"document_cues.tsv": verbs}))
    assert cues._load_document_verbs() == (("signed", r"\binked\b"), ("referred", r"\bcited\b"))
    cue_rows = [["signed", r"\binked\b"], ["drafted", r"\bpenned\b"], ["signed", r"\bsealed\b"]]
    monkeypatch.setattr(documents, "data_lines", tables({"document_cues.tsv": cue_rows}))
    got = documents._load_cues()
    assert {role: rx.pattern for role, rx in got.items()} == {
        "signed": r"(?:\binked\b)|(?:\bsealed\b)",
        "drafted": r"(?:\bpenned\b)",
    }


def test_a_body_abbreviation_two_countries_share_tells_neither(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [["ZAR", "ZDF"], ["QOR", "QAF"], ["ZAR", "NSC"], ["QOR", "NSC"], ["QOR", "QAF"]]
    monkeypatch.setattr(affiliation, "data_lines", tables({"national_bodies.tsv": rows}))
    assert dict(affiliation._load_bodies()) == {"ZDF": "ZAR", "QAF": "QOR"}


def test_aid_item_words_collect_their_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["tents", "goods"], ["kits", "goods"], ["kits", "container"]]
    monkeypatch.setattr(aid_things, "data_lines", tables({"aid_items.tsv": rows}))
    assert aid_things._load_item_words() == {
        "tents": frozenset({"goods"}),
        "kits": frozenset({"goods", "container"}),
    }
    bad = [["tents", "goods"], ["blankets", "bedding"]]
    monkeypatch.setattr(aid_things, "data_lines", tables({"aid_items.tsv": bad}))
    with pytest.raises(
        ValueError, match=re.escape("aid_items.tsv: unknown kind 'bedding' for 'blankets'")
    ):
        aid_things._load_item_words()


def test_handover_goods_are_the_aid_tables_things(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["yurts", "goods"], ["tutors", "service"], ["relief goods", "umbrella"],
            ["batches", "container"], ["speech", "notitem"]]  # fmt: skip
    monkeypatch.setattr(cues, "data_lines", tables({"aid_items.tsv": rows}))
    goods = cues._load_goods()
    assert [w for w in ("yurts", "tutors", "relief goods", "tonnes", "speech", "batches")
            if goods.search(f"handed over the {w}")] == ["yurts", "tutors", "relief goods",
                                                           "tonnes"]  # fmt: skip

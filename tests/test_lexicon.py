"""The user's lexicon: a small table checked when it is made, frozen, passed explicitly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from _paraphrase import COUNTRIES, ArticleSpec, Style, person_names, place_names, specs
from bilateral import Article, Corpus, Lexicon, load_article, loads, parse
from bilateral._text import fold
from bilateral.cli import cli, main
from bilateral.evaluate import evaluate
from bilateral.lexicon import Alias, LexiconError, PlaceEntry, TopicCue
from bilateral.model import (
    Country,
    Engagement,
    EngagementKind,
    Locality,
    Person,
    Span,
    Topic,
    TopicMention,
)

TABLE = (
    "kind\tname\tvalue\tcountry\n"
    "# towns our sources name that the package's tables lack\n"
    "place\tBan Nam Kha\tlocality\tLaos\n"
    "place\tKhet Phon\t\tKH\n"
    "place_alias\tPearl of the South\tKhet Phon\t\n"
    "person_alias\tUncle Som\tSomchai Phanthavong\tThai\n"
    "\n"
    "topic_cue\tcassava\tAgriculture\t\n"
)


def test_a_table_file_loads_into_frozen_checked_entries(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(TABLE, encoding="utf-8")
    lex = Lexicon.load(path)
    assert lex == Lexicon(
        places=(PlaceEntry("Ban Nam Kha", "LAO"), PlaceEntry("Khet Phon", "KHM")),
        aliases=(
            Alias("Pearl of the South", "Khet Phon", of="place"),
            Alias("Uncle Som", "Somchai Phanthavong", of="person", country="THA"),
        ),
        topic_cues=(TopicCue("cassava", Topic.AGRICULTURE),),
    )
    assert [a.alias for a in lex.person_aliases] == ["Uncle Som"]
    assert [a.alias for a in lex.place_aliases] == ["Pearl of the South"]
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text(TABLE.replace("\t", ","), encoding="utf-8")
    assert Lexicon.load(csv_path) == lex
    assert hash(lex) == hash(Lexicon.load(path))  # frozen: usable as a key, shareable


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("town\tBan Nam Kha\t\tLAO", "row 2: unknown kind 'town'; the kinds are place, "),
        ("place\tBan Nam Kha\t\t", "row 2: a place needs its country"),
        ("place\tBan Nam Kha\t\tAtlantis", "row 2: unknown country 'Atlantis'"),
        ("place\tBan Nam Kha\tvillage\tLAO", "row 2: a place is one of locality, city, "),
        ("place\t\t\tLAO", "row 2: name must be a non-empty name"),
        ("place\tone two three four five six seven\t\tLAO", "more than 6 words"),
        ("person_alias\tUncle Som\t\t", "row 2: a person_alias needs the name it stands for"),
        ("person_alias\tSom\tsom\t", "an alias must differ from the name it stands for"),
        ("topic_cue\tcassava\tfarming\t", "row 2: unknown topic 'farming'; the topics are"),
        ("topic_cue\tcassava\t\t", "row 2: a topic_cue needs its topic"),
        ("topic_cue\tC$ aid\ttrade\t", r"row 2: a topic cue is words .* got 'C\$ aid'"),
        (
            "place_alias\tSokha Town\tBan Sokhavi\t",
            "place alias 'Sokha Town' stands for 'Ban Sokhavi', which neither this lexicon nor",
        ),
    ],
)
def test_a_bad_row_is_refused_naming_the_file_and_row(
    tmp_path: Path, row: str, message: str
) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("kind\tname\tvalue\tcountry\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as caught:
        Lexicon.load(path)
    assert caught.value.source == str(path)


def test_one_form_with_two_meanings_is_refused_and_a_repeat_kept_once() -> None:
    rows = [
        {"kind": "topic_cue", "name": "cassava", "value": "agriculture"},
        {"kind": "topic_cue", "name": "Cassava", "value": "trade"},
    ]
    with pytest.raises(LexiconError, match="topic cue 'Cassava' is given twice"):
        Lexicon.from_rows(rows)
    same = Lexicon.from_rows([rows[0], rows[0]])
    assert same.topic_cues == (TopicCue("cassava", "agriculture"),)


def test_bad_files_and_headers(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"a lexicon is a \.tsv or \.csv file"):
        Lexicon.load(tmp_path / "mine.xlsx")
    with pytest.raises(LexiconError, match="cannot be read"):
        Lexicon.load(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("type\tform\nplace\tX\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="row 1: the header must name the columns"):
        Lexicon.load(bad)
    assert Lexicon.from_rows([]) == Lexicon() and not Lexicon()


# --- what the extraction makes of a lexicon: each kind of entry on sentences written for
# these tests, with and without the lexicon ---------------------------------------------


def at(text: str, form: str, nth: int = 1) -> Span:
    """The span of the ``nth`` occurrence of ``form`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(form, start + 1)
    return Span(start, start + len(form))


def places_of(
    text: str, lexicon: Lexicon | None
) -> tuple[tuple[Country, ...], tuple[Locality, ...]]:
    a = parse(text, lexicon=lexicon)
    return a.countries, a.localities


FAIR = "Officials of Laos and Thailand met in Ban Sokhavi on Monday; Ban Sokhavi hosts a fair."


def test_a_place_of_yours_is_a_locality_of_its_country_at_every_mention() -> None:
    lex = Lexicon(places=(PlaceEntry("Ban Sokhavi", "LAO"),))
    town = (at(FAIR, "Ban Sokhavi"), at(FAIR, "Ban Sokhavi", 2))
    assert places_of(FAIR, lex) == (
        (
            Country("LAO", spans=(at(FAIR, "Laos"), *town)),
            Country("THA", spans=(at(FAIR, "Thailand"),)),
        ),
        (Locality("Ban Sokhavi", "LAO", spans=town),),
    )
    assert places_of(FAIR, None) == (
        (Country("LAO", spans=(at(FAIR, "Laos"),)), Country("THA", spans=(at(FAIR, "Thailand"),))),
        (),
    )


def test_a_place_of_yours_is_not_read_as_a_person() -> None:
    text = "Ban Sokhavi, May 3 (KPL) - Lao and Thai officials met in Ban Sokhavi on Monday."
    lex = Lexicon(places=(PlaceEntry("Ban Sokhavi", "LAO"),))
    with_it, without = parse(text, lexicon=lex), parse(text)
    town = (at(text, "Ban Sokhavi"), at(text, "Ban Sokhavi", 2))
    assert (with_it.people, with_it.localities, with_it.engagements) == (
        (),
        (Locality("Ban Sokhavi", "LAO", spans=town),),
        (),
    )
    # without it, the dateline's town is taken for the one who met
    assert (without.people, without.localities, without.engagements) == (
        (Person("Ban Sokhavi", spans=(at(text, "Ban Sokhavi"),)),),
        (),
        (
            Engagement(
                EngagementKind.MEETING, participants=("Ban Sokhavi",), spans=(at(text, "met"),)
            ),
        ),
    )


def test_your_place_wins_over_the_packages_place_of_the_same_name() -> None:
    text = "Officials of Canada met in Windsor on Monday."
    lex = Lexicon(places=(PlaceEntry("Windsor", "AUS", kind="city"),))
    canada = Country("CAN", spans=(at(text, "Canada"),))
    windsor = (at(text, "Windsor"),)
    assert places_of(text, lex) == (
        (canada, Country("AUS", spans=windsor)),
        (Locality("Windsor", "AUS", spans=windsor),),
    )
    # the package's: a Windsor in the country the story names
    assert places_of(text, None) == (
        (Country("CAN", spans=(at(text, "Canada"), *windsor)),),
        (Locality("Windsor", "CAN", spans=windsor),),
    )


def test_a_country_place_is_another_name_of_its_country() -> None:
    text = "Envoys of Lan Xang and Cambodia met."
    lex = Lexicon(places=(PlaceEntry("Lan Xang", "LAO", kind="country"),))
    khm = Country("KHM", spans=(at(text, "Cambodia"),))
    assert places_of(text, lex) == ((Country("LAO", spans=(at(text, "Lan Xang"),)), khm), ())
    assert places_of(text, None) == ((khm,), ())


def test_a_place_alias_gives_the_place_it_stands_for_under_its_name() -> None:
    text = "Officials met in Sokha Town, Blue City, Royal Town and Nam Town."
    lex = Lexicon(
        places=(PlaceEntry("Ban Sokhavi", "LAO"),),
        aliases=(
            Alias("Sokha Town", "Ban Sokhavi", of="place"),  # a place of the lexicon's
            Alias("Blue City", "Jodhpur", of="place"),  # a city of the package's
            Alias("Royal Town", "Windsor", of="place", country="GBR"),  # which Windsor
            Alias("Nam Town", "Ban Namvilai", of="place", country="LAO"),  # known to no table
        ),
    )
    spans = {
        form: (at(text, form),) for form in ("Sokha Town", "Blue City", "Royal Town", "Nam Town")
    }
    assert places_of(text, lex) == (
        (
            Country("LAO", spans=spans["Sokha Town"] + spans["Nam Town"]),
            Country("IND", spans=spans["Blue City"]),
            Country("GBR", spans=spans["Royal Town"]),
        ),
        (
            Locality("Ban Sokhavi", "LAO", spans=spans["Sokha Town"]),
            Locality("Jodhpur", "IND", spans=spans["Blue City"]),
            Locality("Windsor", "GBR", spans=spans["Royal Town"]),
            Locality("Ban Namvilai", "LAO", spans=spans["Nam Town"]),
        ),
    )
    assert places_of(text, None) == ((), ())


def test_a_place_alias_of_a_country_names_the_country() -> None:
    text = "Envoys of the Land of the Free and Cambodia met."
    lex = Lexicon(aliases=(Alias("Land of the Free", "US", of="place"),))
    khm = Country("KHM", spans=(at(text, "Cambodia"),))
    assert places_of(text, lex) == (
        (Country("USA", spans=(at(text, "Land of the Free"),)), khm),
        (),
    )
    assert places_of(text, None) == ((khm,), ())


# People: a governor, a consul, and what the first is called.
RECEPTION = (
    "BAN SOKHAVI, May 3 (KPL) - Lao Governor Dara Velimon received Thai Consul Kietisak "
    "Somboon on Monday. Old Vel said the province would cooperate with Thailand. Vel "
    "thanked the consul."
)
OLD_VEL = Alias("Old Vel", "Dara Velimon", of="person")


def test_a_person_alias_is_that_person_with_every_mention() -> None:
    got = parse(RECEPTION, lexicon=Lexicon(aliases=(OLD_VEL,))).people
    t = RECEPTION
    assert got == (
        Person(
            "Dara Velimon",
            title="Lao Governor",
            country="LAO",
            aliases=("Old Vel", "Vel"),
            spans=(at(t, "Dara Velimon"), at(t, "Old Vel"), at(t, "Vel", 3)),
        ),
        Person(
            "Kietisak Somboon",
            title="Thai Consul",
            country="THA",
            aliases=("the consul",),
            spans=(at(t, "Kietisak Somboon"), at(t, "the consul")),
        ),
    )
    # without it, "Old Vel" is someone else, and "Vel" is theirs
    assert parse(RECEPTION).people[2] == Person(
        "Old Vel", aliases=("Vel",), spans=(at(t, "Old Vel"), at(t, "Vel", 3))
    )


def test_a_person_known_only_by_an_alias_is_named_by_the_full_name_and_takes_its_roles() -> None:
    text = "BAN SOKHAVI, May 3 (KPL) - Old Vel received Thai Consul Kiet on Monday."
    lex = Lexicon(
        aliases=(
            Alias("Old Vel", "Dara Velimon", of="person", country="LAO"),
            Alias("Kiet", "Kietisak Somboon", of="person"),
        )
    )
    a = parse(text, lexicon=lex)
    assert a.people == (
        Person("Dara Velimon", country="LAO", aliases=("Old Vel",), spans=(at(text, "Old Vel"),)),
        Person(
            "Kietisak Somboon",
            title="Thai Consul",
            country="THA",
            aliases=("Kiet",),
            spans=(at(text, "Kiet"),),
        ),
    )
    assert [(e.kind.value, e.host, e.participants) for e in a.engagements] == [
        ("reception", "Dara Velimon", ("Kietisak Somboon",))
    ]
    b = parse(text)
    assert [(p.name, p.country) for p in b.people] == [("Old Vel", "THA"), ("Kiet", "THA")]
    assert [(e.kind.value, e.host, e.participants) for e in b.engagements] == [
        ("reception", "Old Vel", ("Kiet",))
    ]


def test_the_country_of_an_alias_is_the_persons_where_the_text_gives_none() -> None:
    text = "Old Vel met Brother Number Two in Bangkok on Monday. The two discussed trade."
    lex = Lexicon(
        aliases=(
            Alias("Old Vel", "Dara Velimon", of="person", country="LAO"),
            Alias("Brother Number Two", "Tavan Okhamsy", of="person", country="KHM"),
        )
    )
    a = parse(text, lexicon=lex)
    assert [(p.name, p.country, p.aliases) for p in a.people] == [
        ("Dara Velimon", "LAO", ("Old Vel",)),
        ("Tavan Okhamsy", "KHM", ("Brother Number Two",)),
    ]
    assert [(e.kind.value, e.host, e.participants) for e in a.engagements] == [
        ("meeting", None, ("Dara Velimon", "Tavan Okhamsy"))
    ]
    # the text's word over the lexicon's: a title that names a country
    titled = "Thai Governor Old Vel met envoys on Monday."
    assert [(p.name, p.country) for p in parse(titled, lexicon=lex).people] == [
        ("Dara Velimon", "THA")
    ]
    # without the lexicon, the story's one country is everyone's
    assert [(p.name, p.country) for p in parse(text).people] == [
        ("Old Vel", "THA"),
        ("Brother Number Two", "THA"),
    ]


def test_an_alias_of_small_words_is_one_name_and_a_longer_name_keeps_its_words() -> None:
    text = "Dara the Elder met Vel Somphone and Vel Arun on Monday in Laos."
    lex = Lexicon(
        aliases=(
            Alias("Dara the Elder", "Dara Velimon", of="person"),
            Alias("Vel Somphone", "Tavan Okhamsy", of="person"),
            Alias("Vel", "Dara Velimon", of="person"),
        )
    )
    assert [(p.name, p.aliases, p.spans) for p in parse(text, lexicon=lex).people] == [
        ("Dara Velimon", ("Dara the Elder",), (at(text, "Dara the Elder"),)),
        ("Tavan Okhamsy", ("Vel Somphone",), (at(text, "Vel Somphone"),)),
        ("Vel Arun", (), (at(text, "Vel Arun"),)),  # "Vel" of another name is not the alias
    ]
    assert [(p.name, p.spans) for p in parse(text).people] == [
        ("Vel Somphone", (at(text, "Vel Somphone"),)),
        ("Vel Arun", (at(text, "Vel Arun"),)),
    ]


def test_the_name_as_the_text_writes_it_and_an_alias_in_a_caption_is_not_counted() -> None:
    text = (
        "Old Vel arrived in Laos on Monday. Dara Vélimon met the press.\n"
        "Old Vel at the airport (Photo: KPL)\n"
        "He left on Tuesday."
    )
    got = parse(text, lexicon=Lexicon(aliases=(OLD_VEL,))).people
    assert got == (
        Person(
            "Dara Vélimon",
            country="LAO",
            aliases=("Old Vel",),
            spans=(at(text, "Old Vel"), at(text, "Dara Vélimon")),
        ),
    )


# Topics: a cue word of the user's counts as the package's do.
CASSAVA = Lexicon(topic_cues=(TopicCue("cassava", "agriculture"),))


def topics_of(text: str, lexicon: Lexicon | None) -> tuple[TopicMention, ...]:
    return parse(text, lexicon=lexicon).topics


def test_a_topic_cue_counts_in_a_sentence_about_cooperation() -> None:
    text = "Laos and Thailand agreed to expand cooperation in cassava and tourism."
    assert topics_of(text, CASSAVA) == (
        TopicMention(Topic.AGRICULTURE, spans=(at(text, "cassava"),)),
        TopicMention(Topic.TOURISM, spans=(at(text, "tourism"),)),
    )
    assert topics_of(text, None) == (TopicMention(Topic.TOURISM, spans=(at(text, "tourism"),)),)


def test_a_topic_cue_counts_only_where_the_packages_would() -> None:
    # no cooperation; a name's word; one side's own affairs
    for text in (
        "Laos and Thailand said cassava prices rose last year.",
        "Laos and Thailand agreed to cooperate at the Cassava Research Institute.",
        "The Thai minister briefed his guest on cassava output, and they agreed to cooperate.",
    ):
        assert topics_of(text, CASSAVA) == topics_of(text, None) == (), text


def test_a_topic_cue_may_end_in_any_letters_and_wins_a_tie_with_the_packages() -> None:
    text = "Laos and Thailand agreed to cooperate on rubber plantations and tourism."
    lex = Lexicon(
        topic_cues=(TopicCue("rubber plantation*", "agriculture"), TopicCue("tourism", "trade"))
    )
    assert topics_of(text, lex) == (
        TopicMention(Topic.AGRICULTURE, spans=(at(text, "rubber plantations"),)),
        TopicMention(Topic.TRADE, spans=(at(text, "tourism"),)),
    )
    assert topics_of(text, None) == (TopicMention(Topic.TOURISM, spans=(at(text, "tourism"),)),)


# --- properties on generated articles (tests/_paraphrase.py: invented people and places) ---

_COUNTRY_CODES = st.sampled_from([c.code for c in COUNTRIES])


@st.composite
def unrelated_lexicons(draw: st.DrawFn) -> Lexicon:
    """Lexicons of every kind of entry, of invented forms."""
    places = draw(st.lists(st.tuples(place_names(), _COUNTRY_CODES), max_size=3))
    people = draw(st.lists(st.tuples(person_names(), person_names()), max_size=3))
    towns = draw(st.lists(st.tuples(place_names(), place_names(), _COUNTRY_CODES), max_size=2))
    cues = draw(st.lists(st.tuples(place_names(), st.sampled_from(list(Topic))), max_size=3))
    try:
        return Lexicon(
            places=[PlaceEntry(name, code) for name, code in places],
            aliases=[Alias(a, b, of="person") for a, b in people if a != b]
            + [Alias(a, b, of="place", country=c) for a, b, c in towns if a != b],
            topic_cues=[TopicCue(word.lower(), topic) for word, topic in cues],
        )
    except ValueError:  # a form drawn twice with two meanings: refused, passed over
        assume(False)
        raise


def _forms(lex: Lexicon) -> list[str]:
    return [
        *(p.name for p in lex.places),
        *(f for a in lex.aliases for f in (a.alias, a.name)),
        *(c.cue for c in lex.topic_cues),
    ]


@given(specs(max_frames=2))
def test_an_empty_lexicon_gives_the_parse_without_one(spec: ArticleSpec) -> None:
    text = spec.render(Style(extras=("caption",)))
    assert parse(text, lexicon=Lexicon()) == parse(text)


@given(specs(max_frames=2), st.builds(lambda: None) | unrelated_lexicons())
def test_a_lexicon_of_forms_the_article_never_writes_changes_nothing(
    spec: ArticleSpec, lex: Lexicon | None
) -> None:
    text = spec.render(Style(extras=("caption",)))
    if lex is not None:
        assume(not any(fold(form) in fold(text) for form in _forms(lex)))
    assert parse(text, lexicon=lex) == parse(text)


def _said(a: Article) -> tuple[object, ...]:
    """What an article reports, but for the spans and the forms each person is called by."""
    return (
        [(p.name, p.title, p.country) for p in a.people],
        [(e.kind, e.start, e.end, e.host, e.participants) for e in a.engagements],
        [(g.kind, g.parties, g.signed) for g in a.agreements],
        [(x.item, x.quantity, x.donor, x.recipient) for x in a.aid],
        a.country_codes,
        a.dyad,
    )


@given(specs(max_frames=2), person_names(), st.data())
def test_a_person_written_only_by_an_alias_the_lexicon_knows_is_reported_by_name(
    spec: ArticleSpec, alias: str, data: st.DataObject
) -> None:
    person = data.draw(st.sampled_from(spec.people()))
    text = spec.render()
    assume(fold(alias) not in fold(text) and not set(alias.split()) & set(text.split()))
    variant = text.replace(person.name, alias)
    lex = Lexicon(aliases=(Alias(alias, person.name, of="person"),))
    assert _said(parse(variant, lexicon=lex)) == _said(parse(text))


# --- every way in: the API, a corpus in worker processes, the command line ---

LEX_TABLE = (
    "kind\tname\tvalue\tcountry\n"
    "place\tBan Sokhavi\tlocality\tLAO\n"
    "person_alias\tOld Vel\tDara Velimon\tLAO\n"
    "topic_cue\tcassava\tagriculture\t\n"
)
STORY = (
    "Ban Sokhavi, May 3 (KPL) - Old Vel received Thai Consul Kietisak Somboon on Monday. "
    "Laos and Thailand agreed to expand cooperation in cassava."
)


def _made_of_the_lexicon(a: Article) -> tuple[object, ...]:
    return (
        [x.name for x in a.localities],
        [p.name for p in a.people],
        list(a.topic_names),
    )


WITH = (["Ban Sokhavi"], ["Dara Velimon", "Kietisak Somboon"], ["agriculture"])
WITHOUT = ([], ["Ban Sokhavi", "Old Vel", "Kietisak Somboon"], [])


def test_load_article_and_a_corpus_in_processes_read_with_the_lexicon(tmp_path: Path) -> None:
    (tmp_path / "mine.tsv").write_text(LEX_TABLE, encoding="utf-8")
    lex = Lexicon.load(tmp_path / "mine.tsv")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(STORY, encoding="utf-8")
    assert _made_of_the_lexicon(load_article(tmp_path / "a.txt", lexicon=lex)) == WITH
    assert _made_of_the_lexicon(load_article(tmp_path / "a.txt")) == WITHOUT
    corpus = Corpus.load(tmp_path, jobs=2, lexicon=lex)
    assert [_made_of_the_lexicon(a) for a in corpus] == [WITH, WITH]
    assert [_made_of_the_lexicon(a) for a in Corpus.load(tmp_path)] == [WITHOUT, WITHOUT]
    with pytest.raises(TypeError, match=r"lexicon must be a bilateral\.Lexicon"):
        parse(STORY, lexicon={"places": []})  # type: ignore[arg-type]


def test_the_command_line_reads_a_lexicon_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mine.tsv").write_text(LEX_TABLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    args = ["parse", str(tmp_path / "a.txt"), "--format", "jsonl", "--no-progress"]
    assert main([*args, "--lexicon", str(tmp_path / "mine.tsv")]) == 0
    assert _made_of_the_lexicon(loads(capsys.readouterr().out)) == WITH
    assert main(args) == 0
    assert _made_of_the_lexicon(loads(capsys.readouterr().out)) == WITHOUT
    (tmp_path / "bad.tsv").write_text("kind\tname\nplace\tBan Sokhavi\n", encoding="utf-8")
    assert main([*args, "--lexicon", str(tmp_path / "bad.tsv")]) == 2
    assert capsys.readouterr().err == (
        f"bilateral: error: {tmp_path / 'bad.tsv'}, row 2: a place needs its country\n"
    )


@pytest.mark.parametrize("command", ["filter", "stats", "export", "map", "show", "evaluate"])
def test_every_command_that_reads_articles_takes_a_lexicon(command: str) -> None:
    assert "lexicon" in [p.name for p in cli.commands[command].params]


def test_evaluate_scores_the_parse_with_the_lexicon(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    gold = {"id": "a", "localities": [{"name": "Ban Sokhavi", "country": "LAO"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    lex = Lexicon(places=(PlaceEntry("Ban Sokhavi", "LAO"),))
    found = evaluate(tmp_path, lexicon=lex).fields["localities"]
    missed = evaluate(tmp_path).fields["localities"]
    assert (found.tp, found.fn, missed.tp, missed.fn) == (1, 0, 0, 1)

"""The clause layer on sentences written for the tests: voice, mood, subjects, arguments,
places and dates in scope, each rule with a case where it holds and one where it must not."""

from __future__ import annotations

from _whathappened import article, country, person
from bilateral._extract.analysis import build_context
from bilateral._extract.clauses import Phrase, Predicate, analyse
from bilateral._extract.sentence import PREPOSITION, PREPOSITION_NAMES

LAO = {"LAO": ("Laos", "Lao", "Vientiane")}
VN = {"VNM": ("Vietnam", "Vietnamese", "Hanoi")}
PEOPLE = {
    "Somsak Inthavong": ("LAO", "Somsak"),
    "Tran Van Minh": ("VNM", "Minh"),
    "Bounmy Keo": ("LAO", "Bounmy"),
}


def predicates(text: str, people: dict[str, tuple[str, ...]] | None = None) -> list[Predicate]:
    doc = article(text)
    ps = [person(doc, name, c[0], *c[1:]) for name, c in (people or PEOPLE).items()]
    cs = [country(doc, code, *forms) for code, forms in {**LAO, **VN}.items()]
    return list(analyse(doc, build_context(doc, ps, cs, ())).predicates)


def names(phrase: Phrase) -> tuple[str, ...]:
    return tuple(p.name for p in phrase.people)


def row(p: Predicate) -> tuple[str, str, str, tuple[str, ...], tuple[str, ...]]:
    return (p.lemma, p.voice.value, p.mood.value, names(p.subject), names(p.object))


H = " date 2024-05-17 "


# --- voice ---


def test_active_voice_keeps_the_subject_and_the_object() -> None:
    [p] = predicates(H + "Somsak Inthavong received Tran Van Minh.")
    assert row(p) == ("receive", "active", "reported", ("Somsak Inthavong",), ("Tran Van Minh",))


def test_passive_voice_puts_the_agent_first() -> None:
    [p] = predicates(H + "Tran Van Minh was warmly received by Somsak Inthavong.")
    assert row(p) == ("receive", "passive", "reported", ("Somsak Inthavong",), ("Tran Van Minh",))


def test_a_reduced_relative_is_passive() -> None:
    [p] = predicates(H + "They praised the memorandum signed by Bounmy Keo and Tran Van Minh.")
    assert (p.lemma, p.voice.value, names(p.subject)) == (
        "sign",
        "passive",
        ("Bounmy Keo", "Tran Van Minh"),
    )
    [q] = predicates(H + "Bounmy Keo signed the memorandum with Tran Van Minh.")
    assert (q.voice.value, names(q.subject)) == ("active", ("Bounmy Keo",))


def test_a_noun_after_a_light_verb_is_nominal_with_the_verb_as_evidence() -> None:
    text = H + "Somsak Inthavong held talks with Tran Van Minh."
    [p] = predicates(text)
    assert (p.lemma, p.voice.value, names(p.subject), names(p.arg("with"))) == (
        "talks",
        "nominal",
        ("Somsak Inthavong",),
        ("Tran Van Minh",),
    )
    assert p.told.of(article(text).text) == "held talks"
    [q] = predicates(H + "The talks covered trade.")
    assert (q.voice.value, q.definite, q.told.of(article(H + "The talks covered trade.").text)) == (
        "nominal",
        True,
        "talks",
    )


# --- mood ---


def test_what_will_happen_is_planned() -> None:
    for text in (
        "Somsak Inthavong will receive Tran Van Minh.",
        "Somsak Inthavong is scheduled to meet Tran Van Minh.",
        "Tran Van Minh is to visit Laos.",
        "They agreed to hold talks in Hanoi.",
        "Both sides looked forward to the upcoming visit.",
    ):
        assert [p.mood.value for p in predicates(H + text)] == ["planned"], text


def test_what_happened_is_reported_even_after_a_purpose_to() -> None:
    ps = predicates(H + "Somsak Inthavong held a ceremony to welcome Tran Van Minh.")
    assert [(p.lemma, p.mood.value) for p in ps] == [("welcome", "reported")]
    ps = predicates(H + "Somsak Inthavong welcomed Tran Van Minh.")
    assert [(p.lemma, p.mood.value) for p in ps] == [("welcome", "reported")]


def test_a_denied_or_called_off_engagement_is_not_reported() -> None:
    [p] = predicates(H + "Somsak Inthavong did not meet Tran Van Minh.")
    assert p.mood.value == "negated"
    [q] = predicates(H + "The visit of Tran Van Minh was postponed.")
    assert q.mood.value == "planned"


# --- subjects ---


def test_the_subject_is_the_nearest_coordinated_group() -> None:
    [p] = predicates(H + "Somsak Inthavong, Lao President, and Tran Van Minh held talks.")
    assert names(p.subject) == ("Somsak Inthavong", "Tran Van Minh")
    [q] = predicates(H + "According to Bounmy Keo, Tran Van Minh called on Somsak Inthavong.")
    assert (names(q.subject), names(q.arg("on")) or names(q.object)) == (
        ("Tran Van Minh",),
        ("Somsak Inthavong",),
    )


def test_a_relative_clause_is_skipped_and_its_antecedent_resumes() -> None:
    ps = predicates(H + "Tran Van Minh, who arrived on Thursday, was received by Somsak Inthavong.")
    assert [(p.lemma, names(p.subject), names(p.object)) for p in ps] == [
        ("arrive", ("Tran Van Minh",), ()),
        ("receive", ("Somsak Inthavong",), ("Tran Van Minh",)),
    ]


def test_a_fronted_adjunct_takes_the_subject_after_its_comma() -> None:
    [p] = predicates(H + "During his talks with Tran Van Minh, Somsak Inthavong praised trade.")
    assert (p.adjunct, names(p.subject), names(p.arg("with"))) == (
        True,
        ("Somsak Inthavong",),
        ("Tran Van Minh",),
    )
    [q] = predicates(H + "Meeting the delegation, Somsak Inthavong praised trade.")
    assert (q.lemma, names(q.subject)) == ("meet", ("Somsak Inthavong",))


def test_a_trailing_adjunct_takes_the_subject_of_its_clause() -> None:
    [p] = predicates(H + "Somsak Inthavong and Tran Van Minh agreed during phone talks to act.")
    assert (p.lemma, names(p.subject)) == ("phone_call", ("Somsak Inthavong", "Tran Van Minh"))


def test_a_coordinated_verb_shares_the_subject() -> None:
    ps = predicates(H + "Somsak Inthavong received Tran Van Minh and held talks with Bounmy Keo.")
    assert [(p.lemma, names(p.subject), names(p.object) or names(p.arg("with"))) for p in ps] == [
        ("receive", ("Somsak Inthavong",), ("Tran Van Minh",)),
        ("talks", ("Somsak Inthavong",), ("Bounmy Keo",)),
    ]


def test_a_pronoun_is_the_subject_told_before() -> None:
    ps = predicates(H + "Tran Van Minh arrived in Laos. He met Somsak Inthavong.")
    assert [(p.lemma, names(p.subject), p.subject.pronoun) for p in ps] == [
        ("arrive", ("Tran Van Minh",), False),
        ("meet", ("Tran Van Minh",), True),
    ]


def test_whose_a_noun_is() -> None:
    [p] = predicates(H + "Tran Van Minh's visit to Laos ended.")
    assert (p.lemma, names(p.subject)) == ("visit", ("Tran Van Minh",))
    [q] = predicates(H + "Somsak Inthavong thanked Tran Van Minh, whose visit to Laos ended.")
    assert names(q.subject) == ("Tran Van Minh",)
    [r] = predicates(H + "The visit to Laos ended.")
    assert names(r.subject) == ()


def test_the_noun_s_subject_in_a_that_clause() -> None:
    [p] = predicates(H + "Trade led the talks that Somsak Inthavong held with Tran Van Minh.")
    assert names(p.subject) == ("Somsak Inthavong",)


# --- arguments ---


def test_arguments_by_preposition() -> None:
    [p] = predicates(
        H + "Tran Van Minh visited Laos at the invitation of Somsak Inthavong, accompanied "
        "by Bounmy Keo."
    )
    assert (names(p.arg("inviter")), names(p.arg("accompany")), p.places) == (
        ("Somsak Inthavong",),
        ("Bounmy Keo",),
        ("LAO",),
    )


def test_an_inviter_told_by_a_possessive_or_before_the_predicate() -> None:
    [p] = predicates(H + "At Somsak Inthavong's invitation, Tran Van Minh visited Laos.")
    assert names(p.arg("inviter")) == ("Somsak Inthavong",)
    [q] = predicates(
        H + "At the invitation of the Party, a delegation led by Tran Van Minh visited Laos."
    )
    assert names(q.arg("inviter")) == ()


def test_a_preposition_inside_a_title_opens_no_argument() -> None:
    [p] = predicates(H + "Somsak Inthavong received Vietnamese Ambassador to Laos Tran Van Minh.")
    assert (names(p.object), names(p.arg("to"))) == (("Tran Van Minh",), ())
    [q] = predicates(H + "Somsak Inthavong welcomed Tran Van Minh to Laos.")
    assert (names(q.object), q.arg("to").countries) == (("Tran Van Minh",), ("LAO",))


def test_the_object_ends_at_the_next_predicate() -> None:
    ps = predicates(
        H + "Tran Van Minh told Somsak Inthavong about his talks with Bounmy Keo and about a "
        "working session with the minister."
    )
    assert [(p.lemma, names(p.arg("with"))) for p in ps] == [
        ("talks", ("Bounmy Keo",)),
        ("working_session", ()),
    ]


def test_a_list_after_a_colon_belongs_to_a_plural_predicate() -> None:
    [p] = predicates(
        H + "Tran Van Minh paid courtesy calls on two leaders: Somsak Inthavong; Bounmy Keo."
    )
    assert (p.plural, names(p.object)) == (True, ("Somsak Inthavong", "Bounmy Keo"))
    [q] = predicates(H + "Tran Van Minh met Somsak Inthavong: Bounmy Keo was away.")
    assert names(q.object) == ("Somsak Inthavong",)


# --- clauses, places and dates ---


def test_a_name_is_no_clause_opener() -> None:
    people = {**PEOPLE, "Said Karim": ("LAO",)}
    [p] = predicates(H + "Tran Van Minh and Said Karim held talks.", people)
    assert names(p.subject) == ("Tran Van Minh", "Said Karim")


def test_a_demonym_before_a_person_is_no_place() -> None:
    ps = predicates(H + "Somsak Inthavong hosted a dinner for the Vietnamese guests.")
    assert [(p.lemma, p.places) for p in ps] == [("host", ()), ("banquet", ())]
    [q] = predicates(H + "Somsak Inthavong met Tran Van Minh in Hanoi.")
    assert q.places == ("VNM",)


def test_the_visiting_minister_is_a_guest_not_a_visit() -> None:
    ps = predicates(H + "Somsak Inthavong greeted the visiting minister.")
    assert [(p.lemma, p.form) for p in ps] == [("greet", "verb"), ("visit", "attributive")]
    [v] = [q for q in predicates(H + "The visiting minister Tran Van Minh met Bounmy Keo.")
           if q.lemma == "visit"]  # fmt: skip
    assert (v.form, names(v.object)) == ("attributive", ("Tran Van Minh",))


def test_dates_in_the_clause_and_a_range_is_no_break() -> None:
    [p] = predicates(H + "Tran Van Minh visited Laos from 14 - 16 May.")
    assert [(d.start.isoformat(), d.end.isoformat()) for d in p.dates] == [
        ("2024-05-14", "2024-05-16")
    ]
    ps = predicates(H + "Tran Van Minh met Somsak Inthavong - the talks were on Monday.")
    assert [[d.start.isoformat() for d in p.dates] for p in ps] == [[], ["2024-05-13"]]


# --- the argument openers, as the regex written letter first finds them ---


def _openers(text: str) -> list[tuple[str, str]]:
    return [(m.group(), PREPOSITION_NAMES[m.lastgroup or ""]) for m in PREPOSITION.finditer(text)]


def test_each_opener_is_found_with_its_name_where_a_word_begins() -> None:
    text = (
        "upon the invitation of x, having been invited by y, in the honour of z, "
        "in honor of w, was invited by v, together with u, on behalf of t, between s"
    )
    assert _openers(text) == [
        ("upon the invitation of", "inviter"),
        ("having been invited by", "inviter"),
        ("in the honour of", "for"),
        ("in honor of", "for"),
        ("was invited by", "inviter"),
        ("together with", "accompany"),
        ("on behalf of", "transparent"),
        ("between", "with"),
    ]


def test_no_opener_inside_a_word() -> None:
    # "within", "nearby", "often", "into", "tonight": each holds an opener's letters
    assert _openers("within nearby often into tonight sworn bypass") == []
    assert _openers("sat within reach of him") == [("of", "transparent")]

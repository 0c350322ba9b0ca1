"""Engagements on sentences written for the tests: kinds, dates, hosts, participants."""

from __future__ import annotations

from _whathappened import article, country, engagement_rows, spans_of
from bilateral._extract.engagements import find_engagements
from bilateral.model import Person

rows = engagement_rows


LAO = {"LAO": ("Laos", "Lao")}
VN = {"VNM": ("Vietnam", "Vietnamese")}


def test_reception_on_a_weekday_resolves_against_the_header() -> None:
    text = (
        " date 2024-05-17 Provincial Governor Somsak Inthavong received Vietnamese Consul "
        "General Tran Van Minh on Wednesday. The host thanked the guest."
    )
    got = rows(
        text,
        {"Somsak Inthavong": ("LAO", "Somsak"), "Tran Van Minh": ("VNM", "Minh")},
        {**LAO, **VN},
    )
    assert got == [("reception", "2024-05-15", None, "Somsak Inthavong", ("Tran Van Minh",))]


def test_passive_reception_hosts_the_agent() -> None:
    text = (
        " date 2024-05-17 Vietnamese Minister Tran Van Minh was received on May 16 by Lao "
        "President Somsak Inthavong."
    )
    got = rows(text, {"Tran Van Minh": ("VNM",), "Somsak Inthavong": ("LAO",)}, {**LAO, **VN})
    assert got == [("reception", "2024-05-16", None, "Somsak Inthavong", ("Tran Van Minh",))]


def test_visit_with_period_and_inviter_and_talks_during_it() -> None:
    text = (
        " date 2024-05-17 Lao Prime Minister Somsak Inthavong is paying an official visit to "
        "Vietnam from May 15-18 at the invitation of Vietnamese Prime Minister Tran Van Minh.\n"
        "Minh held talks with Somsak on May 16. Following the talks, the two prime ministers "
        "witnessed the signing of a cooperation agreement."
    )
    got = rows(
        text,
        {"Somsak Inthavong": ("LAO", "Somsak"), "Tran Van Minh": ("VNM", "Minh")},
        {**LAO, **VN},
    )
    assert got == [
        ("visit", "2024-05-15", "2024-05-18", "Tran Van Minh", ("Somsak Inthavong",)),
        ("talks", "2024-05-16", None, "Tran Van Minh", ("Somsak Inthavong",)),
        ("signing", "2024-05-16", None, None, ("Tran Van Minh", "Somsak Inthavong")),
    ]


def test_a_length_alone_sets_no_end_and_planned_visits_do_not_count() -> None:
    text = (
        " date 2024-05-17 Lao Minister Somsak Inthavong arrived in Hanoi on Thursday for a "
        "three-day visit to Vietnam. He invited Vietnamese Minister Tran Van Minh to pay a "
        "visit to Laos next year."
    )
    got = rows(text, {"Somsak Inthavong": ("LAO",), "Tran Van Minh": ("VNM",)}, {**LAO, **VN})
    assert got == [("visit", "2024-05-16", None, None, ("Somsak Inthavong",))]


def test_call_caller_hosts_and_joint_call_has_no_host() -> None:
    one = rows(
        " date 2024-05-17 Prime Minister Tran Van Minh held phone talks on Monday with Lao "
        "Prime Minister Somsak Inthavong.",
        {"Tran Van Minh": ("VNM",), "Somsak Inthavong": ("LAO",)},
        {**LAO, **VN},
    )
    assert one == [("call", "2024-05-13", None, "Tran Van Minh", ("Somsak Inthavong",))]
    joint = rows(
        " date 2024-05-17 Ministers Tran Van Minh and Somsak Inthavong agreed during "
        "telephone talks to step up trade.",
        {"Tran Van Minh": ("VNM",), "Somsak Inthavong": ("LAO",)},
        {**LAO, **VN},
    )
    assert joint == [("call", None, None, None, ("Tran Van Minh", "Somsak Inthavong"))]


def test_no_reference_date_leaves_weekday_null_and_one_meeting_per_mention_chain() -> None:
    text = (
        "Deputy Minister Tran Van Minh met Lao Governor Somsak Inthavong on Tuesday.\n"
        "At the meeting, Minh praised the province. Speaking at the meeting, Somsak thanked him."
    )
    got = rows(
        text,
        {"Tran Van Minh": ("VNM", "Minh"), "Somsak Inthavong": ("LAO", "Somsak")},
        {**LAO, **VN},
    )
    assert len(got) == 1
    assert got[0][:3] == ("meeting", None, None)


def test_separate_courtesy_calls_are_separate_receptions() -> None:
    text = (
        " date 2024-05-17 Vientiane - Vietnamese Minister Tran Van Minh paid separate courtesy "
        "calls on Lao President Somsak Inthavong and Lao Prime Minister Bounmy Keo on May 16."
    )
    got = rows(
        text,
        {
            "Tran Van Minh": ("VNM",),
            "Somsak Inthavong": ("LAO",),
            "Bounmy Keo": ("LAO",),
        },
        {**LAO, **VN},
    )
    assert [(k, d, h) for k, d, _e, h, _p in got] == [
        ("reception", "2024-05-16", "Somsak Inthavong"),
        ("reception", "2024-05-16", "Bounmy Keo"),
    ]


def test_handover_is_a_meeting_without_host() -> None:
    text = (
        " date 2024-05-17 Vietnam today gave Laos 500 tonnes of rice. Ambassador Tran Van "
        "Minh handed over the rice to Lao Minister Somsak Inthavong."
    )
    got = rows(text, {"Tran Van Minh": ("VNM",), "Somsak Inthavong": ("LAO",)}, {**LAO, **VN})
    assert got == [("meeting", "2024-05-17", None, None, ("Tran Van Minh", "Somsak Inthavong"))]


def test_earlier_in_the_day_ceremony_hosted_for_the_guest() -> None:
    text = (
        " date 2023-06-14 Lao President Somsak Inthavong and Vietnamese President Tran Van "
        "Minh held talks in Vientiane on Wednesday.\n"
        "Earlier in the day, Somsak hosted an official welcome ceremony for the Vietnamese "
        "guest at the Presidential Palace."
    )
    got = rows(
        text,
        {"Somsak Inthavong": ("LAO", "Somsak"), "Tran Van Minh": ("VNM", "Minh")},
        {**LAO, **VN, "NOR": ()},
    )
    assert got == [
        ("talks", "2023-06-14", None, "Somsak Inthavong", ("Tran Van Minh",)),
        ("reception", "2023-06-14", None, "Somsak Inthavong", ("Tran Van Minh",)),
    ]


def test_ceremonial_welcome_by_and_talks_implied() -> None:
    text = (
        " date 2023-06-16 Lao Prime Minister Somsak Inthavong and his Vietnamese counterpart "
        "Tran Van Minh on Friday agreed to deepen ties.\n"
        "Minh, who arrived on Thursday, was accorded a ceremonial welcome by Somsak before "
        "the talks."
    )
    got = rows(
        text,
        {"Somsak Inthavong": ("LAO", "Somsak"), "Tran Van Minh": ("VNM", "Minh")},
        {**LAO, **VN},
    )
    assert ("reception", "2023-06-16", None, "Somsak Inthavong", ("Tran Van Minh",)) in got
    assert ("talks", "2023-06-16", None, "Somsak Inthavong", ("Tran Van Minh",)) in got


def test_delegation_received_by_takes_the_guests_already_told() -> None:
    text = (
        " date 2023-06-16 A delegation led by Vietnamese Minister Tran Van Minh had a working "
        "session in Laos with Lao Governor Somsak Inthavong on Thursday.\n"
        "Earlier, on June 13, the delegation was received by Lao Vice President Bounmy Keo."
    )
    got = rows(
        text,
        {
            "Somsak Inthavong": ("LAO",),
            "Tran Van Minh": ("VNM",),
            "Bounmy Keo": ("LAO",),
        },
        {**LAO, **VN},
    )
    assert ("reception", "2023-06-13", None, "Bounmy Keo", ("Tran Van Minh",)) in got


TWO = {"Tran Van Minh": ("VNM", "Minh"), "Somsak Inthavong": ("LAO", "Somsak")}


def test_the_one_who_phoned_is_the_caller() -> None:
    phoned = rows(
        " date 2024-05-17 Minister Somsak Inthavong phoned Minister Tran Van Minh on Tuesday.",
        TWO,
        {**LAO, **VN},
    )
    assert phoned == [("call", "2024-05-14", None, "Somsak Inthavong", ("Tran Van Minh",))]
    made = rows(
        " date 2024-05-17 Minister Tran Van Minh made a phone call to Minister Somsak "
        "Inthavong on Tuesday.",
        TWO,
        {**LAO, **VN},
    )
    assert made[0][3] == "Tran Van Minh"
    asked = rows(
        " date 2024-05-17 Ministers Tran Van Minh and Somsak Inthavong held phone talks on "
        "Tuesday at Somsak's request.",
        TWO,
        {**LAO, **VN},
    )
    assert asked == [("call", "2024-05-14", None, "Somsak Inthavong", ("Tran Van Minh",))]


def test_the_audience_is_the_reception_told_and_notes_signed_date_from_it() -> None:
    people = {**TWO, "Bounmy Keo": ("LAO",)}
    got = rows(
        " date 2024-05-17 Lao President Somsak Inthavong received Vietnamese Ambassador Tran "
        "Van Minh on Monday. Following the audience, Lao Minister Bounmy Keo and Minh signed "
        "and exchanged notes on a grant for school buildings.",
        people,
        {**LAO, **VN},
    )
    assert got == [
        ("reception", "2024-05-13", None, "Somsak Inthavong", ("Tran Van Minh",)),
        ("signing", "2024-05-13", None, None, ("Bounmy Keo", "Tran Van Minh")),
    ]


def test_arrival_for_a_retreat_is_a_visit_from_the_arrival() -> None:
    got = rows(
        " date 2024-05-17 Lao Prime Minister Somsak Inthavong arrived in Hanoi on Thursday "
        "for the annual two-day retreat with Vietnamese leaders.",
        TWO,
        {**LAO, **VN},
    )
    assert got == [("visit", "2024-05-16", None, None, ("Somsak Inthavong",))]


def test_during_their_talks_takes_the_pair_and_day_of_the_lead() -> None:
    got = rows(
        " date 2024-05-17 Lao President Somsak Inthavong and Vietnamese President Tran Van "
        "Minh agreed on Wednesday to open a new border gate.\n"
        "During their talks in Vientiane, the two presidents also pledged to raise trade.",
        TWO,
        {**LAO, **VN, "NOR": ()},
    )
    assert got == [("talks", "2024-05-15", None, "Somsak Inthavong", ("Tran Van Minh",))]


def test_handover_on_the_occasion_takes_the_date_of_the_talks() -> None:
    got = rows(
        " date 2024-05-17 Lao Governor Somsak Inthavong held talks with Vietnamese Governor "
        "Tran Van Minh on Tuesday. They reviewed the friendship treaty signed in 2010.\n"
        "On the occasion, Minh handed over 50 computers to Somsak's schools.",
        TWO,
        {**LAO, **VN},
    )
    assert ("meeting", "2024-05-14", None, None, ("Tran Van Minh", "Somsak Inthavong")) in got


def test_unnamed_welcome_host_is_the_counterpart_and_the_talks_share_the_day() -> None:
    doc = article(
        " date 2024-05-17 VIENTIANE, May 16 (KPL) -- Lao Prime Minister Somsak Inthavong and "
        "Vietnamese Prime Minister Tran Van Minh witnessed the signing of a trade deal today.\n"
        "Earlier, Minh was accorded an official welcome at the Presidential Palace, before the "
        "two leaders held talks."
    )
    somsak = Person(
        "Somsak Inthavong",
        title="Prime Minister",
        country="LAO",
        spans=spans_of(doc, "Somsak Inthavong"),
    )
    minh = Person(
        "Tran Van Minh",
        title="Prime Minister",
        country="VNM",
        spans=spans_of(doc, "Tran Van Minh", "Minh"),
    )
    got = [
        (e.kind.value, e.start.isoformat() if e.start else None, e.host, e.participants)
        for e in find_engagements(
            doc,
            [somsak, minh],
            [country(doc, "LAO", "Lao", "Vientiane"), country(doc, "VNM", "Vietnamese")],
        )
    ]
    assert ("reception", "2024-05-16", "Somsak Inthavong", ("Tran Van Minh",)) in got
    assert ("talks", "2024-05-16", "Somsak Inthavong", ("Tran Van Minh",)) in got


def test_two_sides_signing_names_no_one_and_present_people_join() -> None:
    people = {**TWO, "Bounmy Keo": ("VNM",)}
    got = rows(
        " date 2024-05-17 Lao Governor Somsak Inthavong received Vietnamese Mayor Tran Van "
        "Minh on Thursday. Also present at the reception was Vietnamese Consul Bounmy Keo. "
        "The two sides signed a memorandum of understanding on tourism.",
        people,
        {**LAO, **VN},
    )
    assert got == [
        ("reception", "2024-05-16", None, "Somsak Inthavong", ("Tran Van Minh", "Bounmy Keo")),
        ("signing", None, None, None, ()),
    ]


def test_welcome_ceremony_for_the_guest_is_hosted_by_the_other() -> None:
    got = rows(
        " date 2024-05-17 Prime Minister Somsak Inthavong held talks with Vietnamese Prime "
        "Minister Tran Van Minh in Vientiane on Thursday, following an official welcome "
        "ceremony for Minh at the Presidential Palace.",
        TWO,
        {**LAO, **VN, "NOR": ()},
    )
    assert ("reception", "2024-05-16", None, "Somsak Inthavong", ("Tran Van Minh",)) in got


def test_one_day_visit_is_dated_by_the_day_of_its_sentence() -> None:
    got = rows(
        " date 2024-05-17 Tran Van Minh was received by Lao President Somsak Inthavong in "
        "Vientiane on Wednesday, during a one-day visit.",
        TWO,
        {"LAO": ("Laos", "Lao", "Vientiane"), **VN},
    )
    assert ("visit", "2024-05-15", None, None, ("Tran Van Minh",)) in got


def test_talks_after_a_signing_share_its_signatories_and_day() -> None:
    got = rows(
        " date 2024-05-17 Lao Minister Somsak Inthavong and Vietnamese Minister Tran Van Minh "
        "signed a trade agreement after holding talks in Laos on May 15.",
        TWO,
        {**LAO, **VN},
    )
    assert ("talks", "2024-05-15", None, "Somsak Inthavong", ("Tran Van Minh",)) in got


def test_the_visit_told_later_with_its_period_and_inviter() -> None:
    got = rows(
        " date 2024-05-17 Vietnamese Minister Tran Van Minh is on an official visit to Laos.\n"
        "Lasting from 14 – 16 May at the invitation of Lao Minister Somsak Inthavong, the "
        "visit aims to deepen ties.",
        TWO,
        {**LAO, **VN},
    )
    assert got == [("visit", "2024-05-14", "2024-05-16", "Somsak Inthavong", ("Tran Van Minh",))]


def test_a_plan_named_before_a_cue_is_not_a_plan_to_meet() -> None:
    got = rows(
        " date 2024-05-17 Lao Minister Somsak Inthavong and Vietnamese Minister Tran Van Minh "
        "signed a cooperation plan after holding talks in Laos on May 15. They also made plans "
        "for talks in Hanoi next year.",
        TWO,
        {**LAO, **VN},
    )
    assert [k for k, *_ in got].count("talks") == 1
    assert ("talks", "2024-05-15", None, "Somsak Inthavong", ("Tran Van Minh",)) in got


def test_a_visit_in_a_relative_clause_is_its_antecedents() -> None:
    text = (
        " date 2024-05-17 At his talks with Lao Minister Somsak Inthavong, who is on a "
        "Vietnam visit from May 14-18, Minister Tran Van Minh praised the ties on May 16.\n"
        "Following the talks, the two Party Committees signed a cooperation agreement."
    )
    people = {"Somsak Inthavong": ("LAO", "Somsak"), "Tran Van Minh": ("VNM", "Minh")}
    got = rows(text, people, {**LAO, **VN})
    assert got == [
        ("talks", "2024-05-16", None, "Tran Van Minh", ("Somsak Inthavong",)),
        ("visit", "2024-05-14", "2024-05-18", None, ("Somsak Inthavong",)),
        # the Party Committees are no visiting party: a signing of bodies alone
        ("signing", "2024-05-16", None, None, ()),
    ]
    # the visiting party is the guest
    text = text.replace("the two Party Committees signed", "the visiting party signed")
    assert rows(text, people, {**LAO, **VN})[2] == (
        "signing", "2024-05-16", None, None, ("Somsak Inthavong",)
    )  # fmt: skip


DUTCH = {"NLD": ("Netherlands", "Dutch")}
PEOPLE = {
    "Anouk Veldt": ("NLD", "Veldt"),
    "Piet Dorrel": ("NLD", "Dorrel"),
    "Somsak Inthavong": ("LAO", "Somsak"),
    "Bounmy Phetsana": ("LAO", "Bounmy"),
    "Kham Vongsa": ("LAO", "Kham"),
}


def test_everyone_of_a_serial_list_attends() -> None:
    text = (
        " date 2024-05-17 Lao Minister of Energy, Somsak Inthavong, the Dutch Ambassador to "
        "Laos, Anouk Veldt, and the Permanent Secretary and Head of the Protocol Department, "
        "Ambassador Kham Vongsa, attended the handover ceremony of 20 tonnes of rice on May 16."
    )
    got = rows(text, PEOPLE, {**LAO, **DUTCH})
    assert got == [
        ("meeting", "2024-05-16", None, None, ("Somsak Inthavong", "Anouk Veldt", "Kham Vongsa"))
    ]
    # with no "and" after them, people before a comma are no list
    text = (
        " date 2024-05-17 According to Lao Minister Somsak Inthavong, the Dutch Ambassador, "
        "Anouk Veldt, attended the handover ceremony of 20 tonnes of rice on May 16."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-16", None, None, ("Anouk Veldt",))
    ]


def test_those_present_before_or_after_the_words_join_the_engagement() -> None:
    text = (
        " date 2024-05-17 Minister Somsak Inthavong received Ambassador Anouk Veldt on May 16. {}"
    )
    received = ("reception", "2024-05-16", None, "Somsak Inthavong")
    for told in (
        "Piet Dorrel and Bounmy Phetsana were also present.",
        "Also present were Piet Dorrel and Bounmy Phetsana.",
        "They were joined by Piet Dorrel and Bounmy Phetsana, who spoke of trade.",
    ):
        got = rows(text.format(told), PEOPLE, {**LAO, **DUTCH})
        assert got == [(*received, ("Anouk Veldt", "Piet Dorrel", "Bounmy Phetsana"))], told
    # present at an engagement of their own told in the same sentence: not this one's
    told = "Piet Dorrel was also present as Bounmy Phetsana met Kham Vongsa on Friday."
    got = rows(text.format(told), PEOPLE, {**LAO, **DUTCH})
    assert got[0] == (*received, ("Anouk Veldt",))


def test_the_members_of_a_delegation_join_its_visit_and_its_reception() -> None:
    text = (
        " date 2024-05-17 Minister Somsak Inthavong received Ambassador Anouk Veldt on May 16. "
        "Veldt is on a visit to Laos. {}"
    )
    for told in (
        "Piet Dorrel was among the members of Veldt's delegation.",
        "Accompanying the ambassador were Piet Dorrel and officials of the embassy.",
    ):
        got = rows(text.format(told), PEOPLE, {**LAO, **DUTCH})
        assert got == [
            ("reception", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt", "Piet Dorrel")),
            ("visit", None, None, None, ("Anouk Veldt", "Piet Dorrel")),
        ], told


def test_witnesses_of_a_signing_take_part_in_it() -> None:
    text = (
        " date 2024-05-17 The agreement was signed on May 16 by Mayor Anouk Veldt and "
        "Governor Somsak Inthavong. Witnesses to the signing included Piet Dorrel and "
        "Bounmy Phetsana."
    )
    got = rows(text, PEOPLE, {**LAO, **DUTCH})
    assert got == [
        ("signing", "2024-05-16", None, None,
         ("Anouk Veldt", "Somsak Inthavong", "Piet Dorrel", "Bounmy Phetsana")),
    ]  # fmt: skip
    # named after the signing without the words: not its witnesses
    text = text.replace("Witnesses to the signing included", "Later,").replace(
        "Phetsana.", "Phetsana left."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH})[0][4] == ("Anouk Veldt", "Somsak Inthavong")


def test_an_opening_participle_phrase_ends_before_the_subject() -> None:
    text = (
        " date 2024-05-17 Praising the visit of Anouk Veldt and her delegation, Somsak "
        "Inthavong spoke of the ties."
    )
    got = rows(text, PEOPLE, {**LAO, **DUTCH})
    assert got == [("visit", None, None, None, ("Anouk Veldt",))]


def test_attending_or_addressing_something_else_is_no_presence() -> None:
    text = " date 2024-05-17 Minister Somsak Inthavong received Ambassador Anouk Veldt on May 16. "
    received = ("reception", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt",))
    for told in (
        "Piet Dorrel attended a trade fair in Vientiane.",
        "Addressing a rally, Piet Dorrel spoke of jobs.",
        "Piet Dorrel, who attended university in Hanoi, left.",
    ):
        assert rows(text + told, PEOPLE, {**LAO, **DUTCH}) == [received], told
    text = (
        " date 2024-05-17 Mayor Anouk Veldt and Governor Somsak Inthavong signed an agreement. "
        "Signing for the firms were Piet Dorrel and Bounmy Phetsana."
    )
    # the signatories of the firms' contract are not those of the two sides' agreement
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("signing", None, None, None, ("Anouk Veldt", "Somsak Inthavong"))
    ]


def test_those_at_an_engagement_the_sentence_names_join_that_one() -> None:
    text = (
        " date 2024-05-17 Mayor Anouk Veldt and Governor Somsak Inthavong signed an agreement "
        "on May 15. Governor Somsak Inthavong received Mayor Anouk Veldt on May 16. "
        "The signing was attended by Piet Dorrel."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("signing", "2024-05-15", None, None, ("Anouk Veldt", "Somsak Inthavong", "Piet Dorrel")),
        ("reception", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]
    # no engagement named: the one told last
    text = text.replace("The signing was attended by", "They were joined by")
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("signing", "2024-05-15", None, None, ("Anouk Veldt", "Somsak Inthavong")),
        ("reception", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt", "Piet Dorrel")),
    ]


def test_a_document_signed_with_someone_in_a_relative_clause() -> None:
    text = (
        " date 2024-05-17 Governor Somsak Inthavong praised the declaration, which he signed "
        "in Vientiane in January with Veldt's predecessor, Piet Dorrel."
    )
    people = {**PEOPLE, "Anouk Veldt": ("NLD", "Veldt")}
    assert rows(text, people, {**LAO, **DUTCH}) == [
        ("signing", None, None, None, ("Somsak Inthavong", "Piet Dorrel"))
    ]
    # a relative clause on no document: no signing
    text = text.replace("the declaration, which", "the town, which")
    assert rows(text, people, {**LAO, **DUTCH}) == []


def test_the_two_leaders_are_the_first_of_each_side_not_their_retinues() -> None:
    text = (
        " date 2024-05-17 Minister Somsak Inthavong received Ambassador Anouk Veldt on May 16. "
        "Also present were Bounmy Phetsana and Piet Dorrel. The two leaders then signed a "
        "memorandum on trade on May 16."
    )
    got = rows(text, PEOPLE, {**LAO, **DUTCH})
    assert got == [
        ("reception", "2024-05-16", None, "Somsak Inthavong",
         ("Anouk Veldt", "Bounmy Phetsana", "Piet Dorrel")),
        ("signing", "2024-05-16", None, None, ("Somsak Inthavong", "Anouk Veldt")),
    ]  # fmt: skip


def test_countries_that_sign_are_bodies_even_at_their_leaders_summit() -> None:
    text = (
        " date 2024-05-17 Minister Somsak Inthavong received Ambassador Anouk Veldt on May 16. "
        "At their summit held on May 2, Laos and the Netherlands signed an agreement on trade."
    )
    got = rows(text, PEOPLE, {**LAO, **DUTCH})
    assert got[-1] == ("signing", "2024-05-02", None, None, ())
    # the leaders who sign are persons
    text = text.replace("Laos and the Netherlands signed", "the two leaders signed")
    assert rows(text, PEOPLE, {**LAO, **DUTCH})[-1] == (
        "signing", "2024-05-02", None, None, ("Somsak Inthavong", "Anouk Veldt")
    )  # fmt: skip


def test_other_meetings_and_one_with_another_are_more_engagements() -> None:
    people = {**PEOPLE, "Jan Smit": ("NLD", "Smit")}
    text = (
        " date 2024-05-17 Vientiane - Minister Somsak Inthavong met Ambassador Anouk Veldt on "
        "May 16. Veldt's other meetings were with Bounmy Phetsana and Kham Vongsa."
    )
    laos = {"LAO": ("Laos", "Lao", "Vientiane"), **DUTCH}
    got = rows(text, people, laos)
    assert got == [
        ("meeting", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("meeting", "2024-05-16", None, "Bounmy Phetsana", ("Anouk Veldt",)),
        ("meeting", "2024-05-16", None, "Kham Vongsa", ("Anouk Veldt",)),
    ]
    # "the meetings" with no one new: those told
    text = text.replace(
        "Veldt's other meetings were with Bounmy Phetsana and Kham Vongsa.",
        "Veldt's other meetings were with Minister Somsak Inthavong.",
    )
    assert len(rows(text, people, laos)) == 1
    text = (
        " date 2024-05-17 Vientiane - Ambassador Anouk Veldt had a meeting with Bounmy "
        "Phetsana on May 16, and then, also in Vientiane, one with Kham Vongsa."
    )
    assert rows(text, people, laos) == [
        ("meeting", "2024-05-16", None, "Bounmy Phetsana", ("Anouk Veldt",)),
        ("meeting", "2024-05-16", None, "Kham Vongsa", ("Anouk Veldt",)),
    ]
    # one meeting with two people
    text = text.replace(
        "Phetsana on May 16, and then, also in Vientiane, one with Kham Vongsa",
        "Phetsana and Kham Vongsa on May 16",
    )
    assert rows(text, people, laos) == [
        ("meeting", "2024-05-16", None, "Bounmy Phetsana", ("Anouk Veldt", "Kham Vongsa")),
    ]


def test_a_stay_since_a_day_dates_the_visit_not_the_meeting() -> None:
    text = (
        " date 2024-05-17 Ambassador Anouk Veldt, on a visit to Laos since Wednesday (May 15), "
        "met Minister Somsak Inthavong today."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-15", None, None, ("Anouk Veldt",)),
        ("meeting", "2024-05-17", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]
    # a day not after "since" is the meeting's
    text = text.replace("since Wednesday (May 15)", "this week").replace("today", "on May 15")
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", None, None, None, ("Anouk Veldt",)),
        ("meeting", "2024-05-15", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]


def test_a_visit_to_another_country_told_with_its_days_is_another_visit() -> None:
    text = (
        " date 2024-05-17 Ambassador Anouk Veldt arrived in Laos on Friday for a two-day "
        "visit. Earlier on Friday, Veldt was in Thailand. Her visit to Thailand ran from "
        "May 14-17."
    )
    thai = {**LAO, **DUTCH, "THA": ("Thailand", "Thai")}
    assert rows(text, PEOPLE, thai) == [
        ("visit", "2024-05-17", None, None, ("Anouk Veldt",)),
        ("visit", "2024-05-14", "2024-05-17", None, ("Anouk Veldt",)),
    ]
    # told without its days, a trip elsewhere is no visit of the story
    text = text.replace("Earlier on Friday, Veldt was in Thailand. ", "").replace(
        " ran from May 14-17", " was her first"
    )
    assert rows(text, PEOPLE, thai) == [("visit", "2024-05-17", None, None, ("Anouk Veldt",))]


def test_the_day_a_visit_is_paid_or_begun_is_its_start() -> None:
    visit = [("visit", "2024-05-15", None, None, ("Anouk Veldt",))]
    for told in (
        "Ambassador Anouk Veldt paid an official visit to Laos on Wednesday.",
        "Ambassador Anouk Veldt began a three-day official visit to Laos on Wednesday.",
        "On Wednesday, Ambassador Anouk Veldt kicked off her visit to Laos.",
        "Ambassador Anouk Veldt is on a three-day visit to Laos, which began on Wednesday.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == visit, told
    # a day told of something else in the visit's sentence is not the visit's
    for told in (
        "Ambassador Anouk Veldt, on a visit to Laos, spoke to students on Wednesday.",
        "Ambassador Anouk Veldt is on a visit to Laos. The fair, which began on Wednesday, "
        "drew crowds.",
    ):
        got = rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH})
        assert got == [("visit", None, None, None, ("Anouk Veldt",))], told


def test_a_participle_opening_with_its_subject_after_the_copula() -> None:
    head = " date 2024-05-17 A delegation led by Ambassador Anouk Veldt arrived in Laos. "
    visit = ("visit", None, None, None, ("Anouk Veldt",))
    for told in (
        "Receiving and working with the delegation were Minister Somsak Inthavong and "
        "Governor Bounmy Phetsana.",
        "Receiving the delegation were Minister Somsak Inthavong; Governor Bounmy Phetsana.",
    ):
        assert rows(head + told, PEOPLE, {**LAO, **DUTCH}) == [
            visit,
            ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt", "Bounmy Phetsana")),
        ], told
    # the copula of another clause is no inversion: "Receiving X, Y said ... were"
    told = "Receiving Ambassador Anouk Veldt, Minister Somsak Inthavong said ties were strong."
    assert rows(head + told, PEOPLE, {**LAO, **DUTCH}) == [
        visit, ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt",))
    ]  # fmt: skip
    # only "visiting" qualifies a person by itself: the visitor is met, at home
    told = "Visiting Ambassador Anouk Veldt met Minister Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", None, None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_no_one_receives_themselves() -> None:
    text = (
        " date 2024-05-17 Ambassador Anouk Veldt paid a courtesy call on Minister Somsak "
        "Inthavong today. Welcoming the Dutch ambassador, the minister said ties were good."
    )
    people = {"Anouk Veldt": ("NLD", "Veldt", "the Dutch ambassador"),
              "Somsak Inthavong": ("LAO", "Somsak")}  # fmt: skip
    assert rows(text, people, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-17", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_a_passive_with_adverbs_between_auxiliary_and_verb() -> None:
    reception = [("reception", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))]
    for told in (
        "Ambassador Anouk Veldt was on Monday received by Minister Somsak Inthavong.",
        "Ambassador Anouk Veldt was earlier this week warmly received by Minister Somsak "
        "Inthavong on Monday.",
        "On Monday Ambassador Anouk Veldt was earlier accorded a courtesy call by Minister "
        "Somsak Inthavong.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == reception, told
    # without the auxiliary the participle is active: she received him
    told = "On Monday Ambassador Anouk Veldt warmly received Minister Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-13", None, "Anouk Veldt", ("Somsak Inthavong",))
    ]


def test_a_passive_handover_names_its_goods_before_the_verb() -> None:
    handover = [("meeting", "2024-05-13", None, None, ("Anouk Veldt", "Somsak Inthavong"))]
    for told in (
        "On Monday 20 tonnes of rice were handed over by Ambassador Anouk Veldt to Minister "
        "Somsak Inthavong.",
        "The medical equipment was handed over to Minister Somsak Inthavong by Ambassador "
        "Anouk Veldt on Monday.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == handover, told
    # the goods inside the verb: "handed the equipment over"
    told = (
        "On Monday Ambassador Anouk Veldt handed the equipment over to Minister Somsak Inthavong."
    )
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == handover
    # what is handed over in the passive is no gift when it is a document or a post
    told = "The letter was handed over by Ambassador Anouk Veldt to Minister Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == []
    # in the active voice the goods follow the verb: the subject is the giver
    told = "The rice donors handed over the letter to Minister Somsak Inthavong on Monday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == []


def test_also_a_second_engagement_takes_the_day_of_the_first_in_its_sentence() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    told = (
        "Admiral Anouk Veldt paid a call on General Somsak Inthavong at the headquarters on "
        "Monday, and also called on General Bounmy Phetsana there."
    )
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("reception", "2024-05-13", None, "Bounmy Phetsana", ("Anouk Veldt",)),
    ]
    # without "also" the second is not said to be the same day; nor is another kind
    for told, second in (
        (
            "Admiral Anouk Veldt paid a call on General Somsak Inthavong on Monday, and she "
            "called on General Bounmy Phetsana at the ministry.",
            ("reception", None, None, "Bounmy Phetsana", ("Anouk Veldt",)),
        ),
        (
            "Admiral Anouk Veldt paid a call on General Somsak Inthavong on Monday and also "
            "phoned General Bounmy Phetsana.",
            ("call", None, None, "Anouk Veldt", ("Bounmy Phetsana",)),
        ),
    ):
        assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
            ("reception", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
            second,
        ], told


def test_a_visiting_qualifier_inside_an_argument_does_not_end_it() -> None:
    talks = [("talks", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))]
    for told in (
        "Minister Somsak Inthavong held talks on Monday with his visiting Dutch counterpart, "
        "Admiral Anouk Veldt.",
        "Talks were held on Monday between Minister Somsak Inthavong and his visiting Dutch "
        "counterpart, Admiral Anouk Veldt.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == talks, told
    # "visiting" as a verb is a predicate of its own: the talks' partner is before it
    told = (
        "Minister Somsak Inthavong held talks on Monday with officials before visiting "
        "the port with Admiral Anouk Veldt."
    )
    got = rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH})
    assert [r for r in got if r[0] == "talks"] == [
        ("talks", "2024-05-13", None, None, ("Somsak Inthavong",))
    ]


def test_a_separate_round_of_talks_is_another_engagement() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    first = (
        "Minister Somsak Inthavong held talks on Monday with his Dutch counterpart Anouk Veldt. "
    )
    told = "In a separate round of talks, General Bounmy Phetsana and Ms Veldt discussed training."
    assert rows(" date 2024-05-17 " + first + told, people, {**LAO, **DUTCH}) == [
        ("talks", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("talks", "2024-05-13", None, "Bounmy Phetsana", ("Anouk Veldt",)),
    ]
    # the round of talks told: the same talks
    told = "During the round of talks, Ms Veldt and the minister discussed training."
    assert rows(" date 2024-05-17 " + first + told, people, {**LAO, **DUTCH}) == [
        ("talks", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]


def test_a_guard_of_honour_given_to_a_guest_is_a_reception() -> None:
    for told, host in (
        ("Admiral Anouk Veldt was given a guard of honour by General Somsak Inthavong.",
         "Somsak Inthavong"),
        ("Admiral Anouk Veldt was accorded a guard of honour by General Somsak Inthavong.",
         "Somsak Inthavong"),
        # given by a body of the other side: a reception hosted by no one named
        ("On arrival, Admiral Anouk Veldt was given a guard of honour by a Lao army "
         "contingent.", None),
    ):  # fmt: skip
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("reception", None, None, host, ("Anouk Veldt",))
        ], told
    told = "The guard of honour regiment of the Lao army was founded in 1950."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == []


def test_a_visit_told_as_planned_and_then_named_is_no_visit() -> None:
    for told in (
        # the noun in the clause of a planned verb is planned with it
        "Admiral Anouk Veldt will travel to Laos for an official visit.",
        # "this will be": a future copula
        "Admiral Anouk Veldt will travel to Laos on June 1-2. This will be Admiral Anouk "
        "Veldt's first official visit to Laos since she took office.",
        # "the visit" after a planned one is the planned one
        "Admiral Anouk Veldt is to pay a state visit to Laos next week. The visit is meant "
        "to confirm the good ties.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [], told
    # told as held, each is a visit
    for told in (
        "Admiral Anouk Veldt travelled to Laos on Monday for an official visit.",
        "Admiral Anouk Veldt arrived in Laos on Monday. It was Admiral Anouk Veldt's first "
        "official visit to Laos since she took office.",
        "Admiral Anouk Veldt arrived in Laos on Monday. The visit is meant to confirm the "
        "good ties.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("visit", "2024-05-13", None, None, ("Anouk Veldt",))
        ], told


def test_who_leads_the_sides_at_a_handover_ceremony_attends_it() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    told = (
        "Ambassador Anouk Veldt and General Bounmy Phetsana led the two sides at the turnover "
        "ceremony on Monday."
    )
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, None, ("Anouk Veldt", "Bounmy Phetsana"))
    ]
    # the ceremony as the subject names no one
    told = "The turnover ceremony was held in Vientiane on Monday."
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, None, ())
    ]


def test_the_inviter_in_a_relative_clause_is_not_the_one_received() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    told = (
        "Dutch Admiral who is in Laos on the invitation of Minister Bounmy Phetsana was "
        "received by Minister Somsak Inthavong at the airport on Sunday."
    )
    # the one received is named by a title only: the visitor told before, else no one
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-12", None, "Bounmy Phetsana", ()),
        ("reception", "2024-05-12", None, "Somsak Inthavong", ()),
    ]
    arrived = "Admiral Anouk Veldt arrived in Laos on Saturday. "
    assert rows(" date 2024-05-17 " + arrived + told, people, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-11", None, "Bounmy Phetsana", ("Anouk Veldt",)),
        ("reception", "2024-05-12", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]
    # named, the one invited is received
    told = told.replace("Dutch Admiral", "Admiral Anouk Veldt")
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-12", None, "Bounmy Phetsana", ("Anouk Veldt",)),
        ("reception", "2024-05-12", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]


def test_the_object_right_after_a_time_between_verb_and_object() -> None:
    reception = [("reception", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))]
    for told in (
        "Minister Somsak Inthavong received on Monday Admiral Anouk Veldt.",
        "Minister Somsak Inthavong received on May 13, 2024 Admiral Anouk Veldt.",
        "Minister Somsak Inthavong received on Monday, Admiral Anouk Veldt.",
        "Minister Somsak Inthavong received Admiral Anouk Veldt on Monday.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == reception, told
    # a time before an argument of its own is no object: "on Monday at the request of Y"
    told = "Admiral Anouk Veldt phoned on Monday at the request of Minister Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("call", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_the_subject_after_a_fronted_phrase_and_a_title_with_of() -> None:
    handover = "Ambassador Anouk Veldt handed over two ambulances to the Lao Red Cross on Monday. "
    for told, present in (
        ("For her part, President of the Lao Red Cross Somsak Inthavong thanked the "
         "Netherlands for the gifts.", ("Anouk Veldt", "Somsak Inthavong")),
        # a sentence whose predicate tells no engagement ("invited her to visit") still tells
        # who was at the handover
        ("Somsak Inthavong thanked the Netherlands for the gifts and invited Ms Veldt to "
         "visit the south.", ("Anouk Veldt", "Somsak Inthavong")),
        # a preposition that opens an argument: those after it are no subject
        ("In a letter to Somsak Inthavong, the ministry thanked the Netherlands for the gifts.",
         ("Anouk Veldt",)),
    ):  # fmt: skip
        assert rows(" date 2024-05-17 " + handover + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("meeting", "2024-05-13", None, None, present)
        ], told


def test_a_guest_received_from_abroad_hosts_no_meeting_on_that_ground() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    text = (
        " date 2024-05-17 Lao President Somsak Inthavong on Friday received Dutch Minister "
        "Anouk Veldt. Earlier, Veldt and her Lao counterpart Bounmy Phetsana met to discuss "
        "bilateral relations."
    )
    assert rows(text, people, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-17", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("meeting", "2024-05-17", None, "Bounmy Phetsana", ("Anouk Veldt",)),
    ]
    # one received by a compatriot is no guest from abroad: the first named hosts
    text = text.replace("Dutch Minister Anouk Veldt", "Lao Minister Bounmy Phetsana")
    text = text.replace("Veldt and her Lao counterpart Bounmy Phetsana", "Bounmy and Anouk Veldt")
    assert rows(text, people, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-17", None, "Somsak Inthavong", ("Bounmy Phetsana",)),
        ("meeting", "2024-05-17", None, "Bounmy Phetsana", ("Anouk Veldt",)),
    ]


def test_those_accompanying_come_with_a_guest_named_after_a_place() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("NLD", "Bounmy")}
    told = (
        "Minister Somsak Inthavong received in Vientiane a Dutch delegation led by Dr. Anouk "
        "Veldt, accompanied by Mr. Bounmy Phetsana."
    )
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt", "Bounmy Phetsana"))
    ]
    # the guest as the object: those accompanying follow it
    told = "Minister Somsak Inthavong received Dr. Anouk Veldt, accompanied by Mr. Bounmy Phetsana."
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt", "Bounmy Phetsana"))
    ]


def test_of_a_pair_read_for_a_visit_the_one_who_received_is_at_home() -> None:
    text = (
        " date 2024-05-17 The President of Laos, Somsak Inthavong, received Dutch Prime "
        "Minister Anouk Veldt on Thursday at the palace. The European leader is in the "
        "country on an official visit."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("visit", None, None, None, ("Anouk Veldt",)),
    ]
    # a visitor named alone stays the visitor, even one who received a caller
    text = (
        " date 2024-05-17 Minister Somsak Inthavong called on Prime Minister Anouk Veldt at "
        "her hotel on Thursday. Anouk Veldt arrived in Laos on Wednesday on a visit."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-16", None, "Anouk Veldt", ("Somsak Inthavong",)),
        ("visit", "2024-05-15", None, None, ("Anouk Veldt",)),
    ]


def test_a_numbered_session_is_a_meeting_of_its_own() -> None:
    met = " date 2024-05-17 Minister Somsak Inthavong met Admiral Anouk Veldt on Monday. "
    told = "While in Laos, Veldt also attended the 8th meeting of the Lao-Dutch Planning Group."
    assert rows(met + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("meeting", None, None, None, ("Anouk Veldt",)),
    ]
    # unnumbered, "the meeting" is the one told
    told = "At the meeting, Veldt praised the ties."
    assert rows(met + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]


def test_passed_to_is_a_handover_only_of_goods() -> None:
    told = "Ambassador Anouk Veldt passed the shipment of medicines to Minister Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", None, None, None, ("Anouk Veldt", "Somsak Inthavong"))
    ]
    for told in (
        "Minister Somsak Inthavong passed the message of the president to Anouk Veldt.",
        "Ambassador Anouk Veldt passed away on Monday.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [], told


def test_a_welcome_opening_a_sentence_after_a_meeting_is_that_meeting() -> None:
    met = (
        " date 2024-05-17 Minister Somsak Inthavong met Ambassador Anouk Veldt and her party "
        "in Vientiane on Monday. "
    )
    told = "Welcoming the guests, Somsak outlined the progress of the province."
    assert rows(met + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]
    # a welcome of someone the meeting did not have is a reception of its own
    people = {**PEOPLE, "Bounmy Phetsana": ("NLD", "Bounmy")}
    told = "Welcoming Bounmy Phetsana, Somsak outlined the progress of the province."
    assert rows(met + told, people, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("reception", "2024-05-13", None, "Somsak Inthavong", ("Bounmy Phetsana",)),
    ]


def test_multilateral_gatherings_are_no_engagements() -> None:
    call = ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt",))
    for told in (
        # a stay for a multilateral meeting is no bilateral visit
        "Minister Anouk Veldt, who was in Vientiane for the ASEAN Foreign Ministers' Meeting, "
        "made a courtesy call to Prime Minister Somsak Inthavong.",
        "Minister Anouk Veldt, who arrived in Vientiane to attend the regional summit, made a "
        "courtesy call to Prime Minister Somsak Inthavong.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [call], told
    # a meeting of a multilateral forum is none either
    told = "Ambassador Anouk Veldt attended a Pacific Islands Forum meeting in Vientiane."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == []
    # also on a working visit: a visit
    told = (
        "Minister Anouk Veldt, who is in Vientiane for the regional forum and on a working "
        "visit to Laos, made a courtesy call to Prime Minister Somsak Inthavong."
    )
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", None, None, None, ("Anouk Veldt",)), call
    ]  # fmt: skip
    # talks on a summit's sidelines are bilateral talks (nowhere told: the first named hosts)
    told = "On the sidelines of the summit Veldt held talks with Minister Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("talks", None, None, "Anouk Veldt", ("Somsak Inthavong",))
    ]
    # the ministers talking: no multilateral name before the verb
    told = "Minister Somsak Inthavong phoned Anouk Veldt. The two ministers talked on Monday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("call", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_an_argument_said_again_after_semicolons_is_one_engagement_each() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy"), "Phet Sisavath": ("LAO", "Sisavath")}
    head = " date 2024-05-17 A Dutch delegation led by Anouk Veldt arrived in Laos. "
    told = (
        "While in Laos, the Dutch guests met with Somsak Inthavong, Secretary of the Party "
        "Committee; with Bounmy Phetsana, deputy head of the Department; and with Phet Sisavath, "
        "editor of the magazine."
    )
    assert rows(head + told, people, {**LAO, **DUTCH}) == [
        ("visit", None, None, None, ("Anouk Veldt",)),
        ("meeting", None, None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("meeting", None, None, "Bounmy Phetsana", ("Anouk Veldt",)),
        ("meeting", None, None, "Phet Sisavath", ("Anouk Veldt",)),
    ]
    # a clause of its own after the semicolon is no argument said again
    told = (
        "While in Laos, the Dutch guests met with Somsak Inthavong, Secretary of the Party "
        "Committee; Bounmy Phetsana later spoke to reporters."
    )
    assert rows(head + told, people, {**LAO, **DUTCH}) == [
        ("visit", None, None, None, ("Anouk Veldt",)),
        ("meeting", None, None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]


def test_what_is_ahead_is_not_held() -> None:
    for told in (
        "Ahead of the visit of Admiral Anouk Veldt, Minister Somsak Inthavong said ties were good.",
        "Prior to the talks with Admiral Anouk Veldt, Minister Somsak Inthavong said ties were "
        "good.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [], told
    # an engagement held ahead of something else is held
    told = "Minister Somsak Inthavong met Admiral Anouk Veldt ahead of the summit."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", None, None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_a_recalled_visit_keeps_the_day_it_was_paid() -> None:
    met = " date 2024-05-17 Minister Somsak Inthavong met Admiral Anouk Veldt on Monday. "
    told = (
        "It was their first meeting since the state visit Anouk Veldt paid to Laos on 3 May 2019."
    )
    assert rows(met + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("visit", "2019-05-03", None, None, ("Anouk Veldt",)),
    ]
    # a day told of something else in the visit's clause is not the visit's
    told = "The visit of Admiral Anouk Veldt drew crowds on Monday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", None, None, None, ("Anouk Veldt",))
    ]


def test_met_on_arrival_is_a_welcome() -> None:
    for told in (
        "Admiral Anouk Veldt was met at the airport by Minister Somsak Inthavong.",
        "Admiral Anouk Veldt was met on her arrival by Minister Somsak Inthavong.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt",))
        ], told
    told = "Admiral Anouk Veldt was met by Minister Somsak Inthavong in his office."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", None, None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_a_preposition_inside_a_hyphenated_word_opens_no_argument() -> None:
    told = (
        "Prime Minister Somsak Inthavong met Commander-in-Chief of the Dutch Armed Forces "
        "General Anouk Veldt in Vientiane on Monday."
    )
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]
    # a preposition standing alone still opens one: "in Vientiane" is where, not whom
    told = "Prime Minister Somsak Inthavong met General Anouk Veldt in Vientiane on Monday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_a_visit_told_by_its_end_has_its_end_alone() -> None:
    for told in (
        "Admiral Anouk Veldt concluded her three-day visit to Laos on Wednesday.",
        "Admiral Anouk Veldt left Vientiane on Wednesday, ending her visit to Laos.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("visit", None, "2024-05-15", None, ("Anouk Veldt",))
        ], told
    # its start told before: the period
    told = "Admiral Anouk Veldt arrived in Laos on Monday. She wrapped up the visit on Wednesday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-13", "2024-05-15", None, ("Anouk Veldt",))
    ]
    # a visit begun on a day starts then
    told = "Admiral Anouk Veldt began her visit to Laos on Monday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-13", None, None, ("Anouk Veldt",))
    ]


def test_a_visit_that_runs_until_a_day_ends_then() -> None:
    for told in (
        "Admiral Anouk Veldt is in Laos for a visit that runs until Friday.",
        "Admiral Anouk Veldt is on a visit to Laos, which lasts until May 17.",
    ):
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("visit", None, "2024-05-17", None, ("Anouk Veldt",))
        ], told
    # a day of something else after the visit is not its end
    told = "Admiral Anouk Veldt is on a visit to Laos, which pleased the press on Friday."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", None, None, None, ("Anouk Veldt",))
    ]


def test_peers_from_countries_named_after_them_are_met() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    told = (
        "Admiral Anouk Veldt met her peers from Laos, Somsak Inthavong and Bounmy Phetsana, "
        "in Laos."
    )
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("meeting", None, None, "Somsak Inthavong", ("Anouk Veldt", "Bounmy Phetsana"))
    ]
    # those of a "from" phrase of another noun are not met
    told = "Admiral Anouk Veldt met reporters from Laos, Somsak Inthavong and Bounmy Phetsana."
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("meeting", None, None, None, ("Anouk Veldt",))
    ]


def test_an_argument_naming_people_wins_over_one_naming_none() -> None:
    told = (
        "Prime Minister Somsak Inthavong held telephone talks on Thursday with Dutch Premier "
        "Anouk Veldt as the two countries prepare to mark the anniversary of their ties."
    )
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("call", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]
    told = "Prime Minister Somsak Inthavong held telephone talks on Thursday with Anouk Veldt."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("call", "2024-05-16", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_the_subject_before_an_apposition_in_a_relative_clause() -> None:
    text = (
        " date 2024-05-17 Admiral Anouk Veldt arrived in Laos on Sunday. Her programme opened "
        "on Monday in Vientiane, where she and Somsak Inthavong, Deputy Prime Minister of "
        "Laos, held a meeting."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-12", None, None, ("Anouk Veldt",)),
        ("meeting", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]
    # a relative clause between subject and verb is no apposition: its subject still leads
    text = " date 2024-05-17 Somsak Inthavong, who arrived on Monday, received Anouk Veldt."
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]


def test_what_a_handover_hands_over_is_the_aid_stages_things() -> None:
    # words of data/aid_items.tsv, not only a handful: flour, tents, uniforms
    for thing in ("4,500 tons of wheat flour", "200 family tents", "school uniforms"):
        told = f"On Monday {thing} were handed over by Anouk Veldt to Somsak Inthavong."
        assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
            ("meeting", "2024-05-13", None, None, ("Anouk Veldt", "Somsak Inthavong"))
        ], thing
    told = "On Monday her credentials were handed over by Anouk Veldt to Somsak Inthavong."
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == []


def test_a_courtesy_call_on_one_and_on_another_is_two_calls() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("LAO", "Bounmy")}
    told = (
        "Ambassador Anouk Veldt paid a courtesy call on Minister Somsak Inthavong and on "
        "Governor Bounmy Phetsana."
    )
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("reception", None, None, "Bounmy Phetsana", ("Anouk Veldt",)),
    ]
    # one call on two: the first hosts, the other takes part
    told = told.replace("and on Governor", "and Governor")
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("reception", None, None, "Somsak Inthavong", ("Anouk Veldt", "Bounmy Phetsana")),
    ]


def test_a_call_story_tells_no_meeting_visit_or_handover_it_only_mentions() -> None:
    text = (
        " date 2024-05-17 Minister Somsak Inthavong held a phone call with Anouk Veldt on "
        "Monday. The two ministers reviewed the agreements reached during high-level visits "
        "and discussed preparations for the Joint Intergovernmental Committee meeting. "
        "Somsak thanked the Netherlands for the 3,000 tonnes of rice it donated to Laos last "
        "year."
    )
    assert rows(text, PEOPLE, {**LAO, **DUTCH}) == [
        ("call", "2024-05-13", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]
    # held, each is an engagement: a visit paid, a committee meeting held
    text = (
        " date 2024-05-17 Anouk Veldt visits Laos on Monday. The Joint Intergovernmental "
        "Committee meeting was held with Somsak Inthavong on Tuesday."
    )
    assert [r[0] for r in rows(text, PEOPLE, {**LAO, **DUTCH})] == ["visit", "meeting"]


def test_talks_a_reception_was_for_are_that_reception() -> None:
    told = (
        "Lao President Somsak Inthavong on Friday received Dutch Foreign Minister Anouk Veldt "
        "in the capital Vientiane for talks."
    )
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-17", None, "Somsak Inthavong", ("Anouk Veldt",))
    ]
    # talks told as held after it are talks of their own
    told = (
        "Lao President Somsak Inthavong received Anouk Veldt on Friday. The two then sat down "
        "for talks."
    )
    assert rows(" date 2024-05-17 " + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("reception", "2024-05-17", None, "Somsak Inthavong", ("Anouk Veldt",)),
        ("talks", "2024-05-17", None, "Somsak Inthavong", ("Anouk Veldt",)),
    ]


def test_the_visit_with_who_spoke_of_it_is_the_visit_told() -> None:
    arrived = " date 2024-05-17 Admiral Anouk Veldt arrived in Laos on Monday. "
    told = "The visit, Minister Somsak Inthavong said, would help ties."
    assert rows(arrived + told, PEOPLE, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-13", None, None, ("Anouk Veldt",))
    ]
    # the visit of someone else named after it is that one's
    people = {**PEOPLE, "Bounmy Phetsana": ("NLD", "Bounmy")}
    told = "The official visit of Bounmy Phetsana to Laos followed."
    assert rows(arrived + told, people, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-13", None, None, ("Anouk Veldt",)),
        ("visit", None, None, None, ("Bounmy Phetsana",)),
    ]


def test_a_visit_whose_own_verb_says_when_it_began() -> None:
    people = {**PEOPLE, "Bounmy Phetsana": ("NLD", "Bounmy")}
    told = "The official visit of Bounmy Phetsana to Laos began on Tuesday."
    assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
        ("visit", "2024-05-14", None, None, ("Bounmy Phetsana",))
    ]
    # another subject's beginning after a comma or a semicolon is not the visit's
    for told in (
        "During the visit of Bounmy Phetsana, talks began on Tuesday.",
        "The visit of Bounmy Phetsana was short; talks began on Tuesday.",
    ):
        assert rows(" date 2024-05-17 " + told, people, {**LAO, **DUTCH}) == [
            ("visit", None, None, None, ("Bounmy Phetsana",))
        ], told

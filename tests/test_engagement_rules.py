"""Engagement rules the mutation run found untested, on sentences written for the tests.

Invented people of two real countries (the model takes ISO codes only); each positive
case has its negative beside it.
"""

from __future__ import annotations

from _whathappened import engagement_rows as rows

SIDES = {"NOR": ("Norway", "Norwegian"), "CHL": ("Chile", "Chilean")}
PEOPLE = {"Amara Tolvan": ("NOR", "Tolvan"), "Bren Oskar": ("CHL", "Oskar")}


def test_a_phone_call_held_with_a_counterpart_is_the_callers() -> None:
    text = (
        " date 2024-05-17 Norwegian Foreign Minister Amara Tolvan held a phone call with "
        "Chilean Foreign Minister Bren Oskar on Tuesday."
    )
    assert rows(text, PEOPLE, SIDES) == [
        ("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))
    ]


def test_a_meeting_denied_is_no_engagement() -> None:
    text = (
        " date 2024-05-17 Norwegian Foreign Minister Amara Tolvan said on Tuesday that she "
        "had never met Chilean Foreign Minister Bren Oskar."
    )
    assert rows(text, PEOPLE, SIDES) == []


# --- calls: who placed one, and when a call is told again ---

THREE = {**SIDES, "KEN": ("Kenya", "Kenyan")}
TRIO = {**PEOPLE, "Cato Wendt": ("KEN", "Wendt")}
DAY = " date 2024-05-17 "
CALL = "Norwegian Prime Minister Amara Tolvan phoned Chilean President Bren Oskar on Tuesday. "


def test_a_call_told_again_is_one_call_and_one_to_someone_else_another() -> None:
    again = rows(DAY + CALL + "The call lasted an hour.", TRIO, THREE)
    assert again == [("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))]
    other = rows(
        DAY + CALL + "Tolvan also phoned Kenyan President Cato Wendt on Tuesday.", TRIO, THREE
    )
    assert other == [
        ("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",)),
        ("call", "2024-05-14", None, "Amara Tolvan", ("Cato Wendt",)),
    ]


def test_a_call_received_from_someone_is_theirs() -> None:
    text = (
        DAY + "Norwegian Prime Minister Amara Tolvan received a phone call from Chilean "
        "President Bren Oskar on Tuesday."
    )
    assert rows(text, PEOPLE, SIDES) == [
        ("call", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",))
    ]


def test_a_call_placed_back_by_the_other_side_is_its_own_call() -> None:
    first = (
        "Norwegian Prime Minister Amara Tolvan held a phone call with Chilean President "
        "Bren Oskar on Tuesday. "
    )
    back = rows(DAY + first + "Oskar phoned Tolvan again on Tuesday.", PEOPLE, SIDES)
    assert back == [
        ("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",)),
        ("call", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",)),
    ]
    same = rows(DAY + first + "In the call, Tolvan thanked Oskar.", PEOPLE, SIDES)
    assert same == [("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))]


def test_the_one_who_asked_for_a_call_placed_it() -> None:
    asked = (
        DAY + "Chilean President Bren Oskar spoke by phone on Tuesday at the request of "
        "Norwegian Prime Minister Amara Tolvan."
    )
    assert rows(asked, PEOPLE, SIDES) == [
        ("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))
    ]
    both = (
        DAY + "Norwegian Prime Minister Amara Tolvan and Chilean President Bren Oskar held a "
        "phone call on Tuesday."
    )
    assert rows(both, PEOPLE, SIDES) == [
        ("call", "2024-05-14", None, None, ("Amara Tolvan", "Bren Oskar"))
    ]


def test_called_with_a_person_after_it_is_a_call_called_for_or_it_is_none() -> None:
    lead = DAY + "Norwegian Prime Minister Amara Tolvan called "
    person = rows(lead + "Chilean President Bren Oskar on Tuesday.", PEOPLE, SIDES)
    assert person == [("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))]
    ask = "for closer ties with Chilean President Bren Oskar on Tuesday."
    assert rows(lead + ask, PEOPLE, SIDES) == []
    it = "it a good day for Chilean President Bren Oskar on Tuesday."
    assert rows(lead + it, PEOPLE, SIDES) == []


# --- "the two leaders": the last two people of two countries named together ---

LATER_CALL = (
    " The two leaders also held a phone call with Kenyan President Cato Wendt on Wednesday."
)


def test_the_two_leaders_are_the_last_pair_of_two_countries() -> None:
    talks = (
        "Norwegian Prime Minister Amara Tolvan held talks with Chilean President Bren Oskar "
        "in Oslo on Tuesday."
    )
    assert rows(DAY + talks + LATER_CALL, TRIO, THREE) == [
        ("talks", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",)),
        ("call", "2024-05-15", None, None, ("Amara Tolvan", "Bren Oskar", "Cato Wendt")),
    ]
    one_side = (
        "Norwegian Prime Minister Amara Tolvan and Defence Minister Dag Rune visited a plant "
        "on Tuesday."
    )
    people = {**TRIO, "Dag Rune": ("NOR", "Rune")}
    assert rows(DAY + one_side + LATER_CALL, people, THREE) == [
        ("call", "2024-05-15", None, None, ("Cato Wendt",))
    ]


# --- an engagement named in an adjunct: a new one only when it names someone new ---


def test_a_meeting_named_in_an_adjunct_is_new_only_with_someone_new() -> None:
    talks = (
        "Norwegian Prime Minister Amara Tolvan held talks with Chilean President Bren Oskar "
        "on Tuesday. "
    )
    new = "On Wednesday, at a meeting with Kenyan President Cato Wendt, Tolvan praised the ties."
    assert rows(DAY + talks + new, TRIO, THREE) == [
        ("talks", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",)),
        ("meeting", "2024-05-15", None, "Amara Tolvan", ("Cato Wendt",)),
    ]
    known = "At the meeting with Oskar, Tolvan praised the ties."
    assert rows(DAY + talks + known, TRIO, THREE) == [
        ("talks", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))
    ]


# --- handovers: a meeting with no host; told again, or another one ---

HANDED = (
    "Norwegian Ambassador Amara Tolvan on Tuesday handed over ten ambulances to Chilean "
    "Health Minister Bren Oskar. "
)


def test_gifts_received_over_the_years_are_no_handover() -> None:
    lead = DAY + "Chilean Health Minister Bren Oskar "
    now = rows(
        lead + "on Tuesday received ten ambulances from Norwegian Ambassador Amara Tolvan.",
        PEOPLE,
        SIDES,
    )
    assert now == [("meeting", "2024-05-14", None, None, ("Bren Oskar", "Amara Tolvan"))]
    recalled = "has received ten ambulances from Norwegian Ambassador Amara Tolvan since 2020."
    assert rows(lead + recalled, PEOPLE, SIDES) == []


def test_a_handover_to_someone_new_is_another_handover() -> None:
    other = "Tolvan handed over five trucks to Kenyan Health Minister Cato Wendt."
    assert rows(DAY + HANDED + other, TRIO, THREE) == [
        ("meeting", "2024-05-14", None, None, ("Amara Tolvan", "Bren Oskar")),
        ("meeting", "2024-05-14", None, None, ("Amara Tolvan", "Cato Wendt")),
    ]
    same = "Tolvan also handed over five trucks to Oskar."
    assert rows(DAY + HANDED + same, TRIO, THREE) == [
        ("meeting", "2024-05-14", None, None, ("Amara Tolvan", "Bren Oskar"))
    ]
    told_again = "The ambulances were handed over at a hospital."
    assert rows(DAY + HANDED + told_again, TRIO, THREE) == [
        ("meeting", "2024-05-14", None, None, ("Amara Tolvan", "Bren Oskar"))
    ]


# --- who receives whom ---

HOSTS = {**TRIO, "Dag Rune": ("CHL", "Rune")}


def test_a_ceremony_presided_over_by_someone_is_theirs_to_host() -> None:
    lead = DAY + "Norwegian President Amara Tolvan was accorded a welcome ceremony "
    by = "presided over by Chilean President Bren Oskar in Santiago on Tuesday."
    assert rows(lead + by, HOSTS, THREE) == [
        ("reception", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",))
    ]
    assert rows(lead + "in Santiago on Tuesday.", HOSTS, THREE) == [
        ("reception", "2024-05-14", None, None, ("Amara Tolvan",))
    ]


def test_an_audience_is_the_granters_in_either_voice() -> None:
    active = (
        DAY + "Chilean President Bren Oskar granted an audience to Norwegian envoy Amara "
        "Tolvan on Tuesday."
    )
    passive = (
        DAY + "Norwegian envoy Amara Tolvan was granted an audience by Chilean President "
        "Bren Oskar on Tuesday."
    )
    expected = [("reception", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",))]
    assert rows(active, HOSTS, THREE) == expected
    assert rows(passive, HOSTS, THREE) == expected


def test_those_accompanying_a_guest_are_received_too() -> None:
    lead = DAY + "Chilean President Bren Oskar received Norwegian envoy Amara Tolvan"
    accompanied = rows(lead + ", accompanied by Kenyan envoy Cato Wendt, on Tuesday.", HOSTS, THREE)
    assert accompanied == [
        ("reception", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan", "Cato Wendt"))
    ]
    alone = rows(lead + " on Tuesday.", HOSTS, THREE)
    assert alone == [("reception", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",))]


def test_courtesy_calls_on_two_hosts_are_two_receptions() -> None:
    text = (
        DAY + "Norwegian envoy Amara Tolvan paid courtesy calls on Chilean President Bren "
        "Oskar and Chilean Foreign Minister Dag Rune on Tuesday."
    )
    assert rows(text, HOSTS, THREE) == [
        ("reception", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",)),
        ("reception", "2024-05-14", None, "Dag Rune", ("Amara Tolvan",)),
    ]
    one = (
        DAY + "Norwegian envoy Amara Tolvan paid a courtesy call on Chilean President Bren "
        "Oskar on Tuesday."
    )
    assert rows(one, HOSTS, THREE) == [
        ("reception", "2024-05-14", None, "Bren Oskar", ("Amara Tolvan",))
    ]


# --- signings: told again with its day, recalled, or another one ---

SIGNED = (
    "Norwegian envoy Amara Tolvan and Chilean Foreign Minister Dag Rune signed a fisheries "
    "agreement on Tuesday. "
)


def test_a_signing_told_again_with_its_day_is_one_signing_of_that_day() -> None:
    text = (
        DAY + "Norway and Chile signed a fisheries agreement in Santiago. The agreement was "
        "signed on Tuesday by Norwegian envoy Amara Tolvan and Chilean Foreign Minister Dag Rune."
    )
    assert rows(text, HOSTS, THREE) == [
        ("signing", "2024-05-14", None, None, ("Amara Tolvan", "Dag Rune"))
    ]


def test_signings_recalled_are_none_and_one_on_another_day_is_another() -> None:
    recalled = rows(DAY + SIGNED + "Norway has signed similar agreements with Kenya.", HOSTS, THREE)
    assert recalled == [("signing", "2024-05-14", None, None, ("Amara Tolvan", "Dag Rune"))]
    later = "Norway signed a similar agreement with Kenya on Wednesday."
    assert rows(DAY + SIGNED + later, HOSTS, THREE) == [
        ("signing", "2024-05-14", None, None, ("Amara Tolvan", "Dag Rune")),
        ("signing", "2024-05-15", None, None, ()),
    ]


def test_a_call_told_again_with_its_day_takes_that_day() -> None:
    lead = DAY + "Norwegian envoy Amara Tolvan phoned Chilean President Bren Oskar."
    assert rows(lead + " The call took place on Tuesday.", HOSTS, THREE) == [
        ("call", "2024-05-14", None, "Amara Tolvan", ("Bren Oskar",))
    ]
    assert rows(lead, HOSTS, THREE) == [("call", None, None, "Amara Tolvan", ("Bren Oskar",))]

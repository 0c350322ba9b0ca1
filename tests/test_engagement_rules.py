"""Engagement rules the mutation run found untested, on sentences written for the tests.

Invented people of two real countries (the model takes ISO codes only); each positive
case has its negative beside it.
"""

from __future__ import annotations

from test_engagements import rows

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

"""Every predicate of ``data/predicates.tsv`` and every frame of
``data/engagement_frames.tsv`` on a sentence written for it, with the exact engagements it
gives, and the sentences in which the same words tell no engagement."""

from __future__ import annotations

import re

import pytest

from _whathappened import Row, engagement_rows
from bilateral._extract.cues import FRAMES, PREDICATE_ROWS
from bilateral._text import fold

LAO = {"LAO": ("Laos", "Lao", "Vientiane")}
VN = {"VNM": ("Vietnam", "Vietnamese", "Hanoi")}
PEOPLE = {
    "Somsak Inthavong": ("LAO", "Somsak"),
    "Tran Van Minh": ("VNM", "Minh"),
    "Bounmy Keo": ("LAO", "Bounmy"),
    "Pham Thi Lan": ("VNM", "Lan"),
}
S, M, B = "Somsak Inthavong", "Tran Van Minh", "Bounmy Keo"
H = " date 2024-05-17 Vientiane - "  # a Friday; the dateline puts the story in Laos


def engagements(text: str) -> list[Row]:
    return engagement_rows(text, PEOPLE, {**LAO, **VN})


# (the predicate's words as written, the sentence, the engagements it tells)
TOLD: list[tuple[str, str, list[Row]]] = [
    ("received", f"{S} received {M} on Monday.", [("reception", "2024-05-13", None, S, (M,))]),
    ("receives", f"{S} receives {M} in Vientiane.", [("reception", None, None, S, (M,))]),
    ("receiving", f"Receiving {M} on Monday, {S} praised trade.",
     [("reception", "2024-05-13", None, S, (M,))]),
    ("welcomed", f"{S} welcomed {M} on Tuesday.", [("reception", "2024-05-14", None, S, (M,))]),
    ("welcoming", f"Welcoming {M}, {S} praised trade.", [("reception", None, None, S, (M,))]),
    ("welcome", f"{S} held a ceremony to welcome {M}.", [("reception", None, None, S, (M,))]),
    ("greeted", f"{M} was greeted by {S} at the airport.", [("reception", None, None, S, (M,))]),
    ("greeting", f"Greeting {M}, {S} praised trade.", [("reception", None, None, S, (M,))]),
    ("hosted", f"{S} hosted {M} on Wednesday.", [("reception", "2024-05-15", None, S, (M,))]),
    ("hosting", f"Hosting {M}, {S} praised trade.", [("reception", None, None, S, (M,))]),
    ("called on", f"{M} called on {S} on Monday.", [("reception", "2024-05-13", None, S, (M,))]),
    ("calling on", f"{M} spoke after calling on {S}.", [("reception", None, None, S, (M,))]),
    ("courtesy call", f"{M} paid a courtesy call on {S}.", [("reception", None, None, S, (M,))]),
    ("farewell call", f"{S} received {M} for his farewell call on Monday.",
     [("reception", "2024-05-13", None, S, (M,))]),
    ("paid calls on", f"{M} paid calls on {S} and {B}.",
     [("reception", None, None, S, (M,)), ("reception", None, None, B, (M,))]),
    ("audience", f"{S} granted {M} an audience.", [("reception", None, None, S, (M,))]),
    ("welcome ceremony", f"{S} hosted an official welcome ceremony for {M}.",
     [("reception", None, None, S, (M,))]),
    ("guard of honour", f"{M} was given a guard of honour by {S}.",
     [("reception", None, None, S, (M,))]),
    ("banquet", f"{S} hosted a banquet in honour of {M}.", [("reception", None, None, S, (M,))]),
    ("accorded", f"{M} was accorded a warm welcome by {S}.",
     [("reception", None, None, S, (M,))]),
    ("met", f"{M} met {S} in Vientiane on Monday.", [("meeting", "2024-05-13", None, S, (M,))]),
    ("meets", f"{M} meets {S} in Vientiane.", [("meeting", None, None, S, (M,))]),
    ("meeting", f"{M} had a meeting with {S} in Vientiane.", [("meeting", None, None, S, (M,))]),
    ("meetings", f"{M} held separate meetings with {S} and {B} in Vientiane.",
     [("meeting", None, None, S, (M,)), ("meeting", None, None, B, (M,))]),
    ("conferred", f"{M} conferred with {S} in Vientiane.", [("meeting", None, None, S, (M,))]),
    ("confers", f"{M} confers with {S} in Vientiane.", [("meeting", None, None, S, (M,))]),
    ("sat down with", f"{M} sat down with {S} in Vientiane.",
     [("meeting", None, None, S, (M,))]),
    ("sat down in Vientiane with", f"{M} also sat down in Vientiane with {S}.",
     [("meeting", None, None, S, (M,))]),
    ("working session", f"{M} had a working session with {S} in Vientiane.",
     [("meeting", None, None, S, (M,))]),
    ("one-on-one", f"{M} held a one-on-one with {S} in Vientiane.",
     [("meeting", None, None, S, (M,))]),
    ("talks", f"{S} held talks with {M} on Thursday.", [("talks", "2024-05-16", None, S, (M,))]),
    ("negotiations", f"{S} held negotiations with {M}.", [("talks", None, None, S, (M,))]),
    ("discussions", f"{S} held discussions with {M}.", [("talks", None, None, S, (M,))]),
    ("phoned", f"{M} phoned {S} on Monday.", [("call", "2024-05-13", None, M, (S,))]),
    # the one a call is for is the one called; "a call on Tuesday" is no courtesy call
    ("call ... for", f"A phone call from {M} came in on Tuesday for {S}.",
     [("call", "2024-05-14", None, M, (S,))]),
    ("made a call on Tuesday", f"{M} made a call on Tuesday to {S}.",
     [("call", "2024-05-14", None, M, (S,))]),
    ("phone call", f"{M} made a phone call to {S}.", [("call", None, None, M, (S,))]),
    ("videoconference", f"{M} and {S} held a videoconference.",
     [("call", None, None, None, (M, S))]),
    ("spoke by phone", f"{M} spoke by phone with {S}.", [("call", None, None, None, (M, S))]),
    ("talked via video link", f"{M} talked via video link with {S}.",
     [("call", None, None, None, (M, S))]),
    ("call", f"In a call with {S}, {M} praised trade.", [("call", None, None, None, (M, S))]),
    ("called", f"{M} called {S} on Monday.", [("call", "2024-05-13", None, M, (S,))]),
    ("visited", f"{M} visited Laos from 14 to 16 May.",
     [("visit", "2024-05-14", "2024-05-16", None, (M,))]),
    ("visit", f"{M} paid an official visit to Laos at the invitation of {S}.",
     [("visit", None, None, S, (M,))]),
    ("visiting", f"{M} is visiting Laos.", [("visit", None, None, None, (M,))]),
    ("trip", f"{M}'s trip to Laos ended.", [("visit", None, None, None, (M,))]),
    ("toured", f"{M} toured Laos.", [("visit", None, None, None, (M,))]),
    # a ship's port call is a visit, never a phone call
    ("port call", f"The ships commanded by {M} made a port call at Vientiane.",
     [("visit", None, None, None, (M,))]),
    ("has come to", f"{M} has come to Laos for the naval symposium.",
     [("visit", None, None, None, (M,))]),
    ("flew to", f"{M} flew to Laos on Monday.", [("visit", "2024-05-13", None, None, (M,))]),
    ("travelled to", f"{M} travelled to Laos on Monday.",
     [("visit", "2024-05-13", None, None, (M,))]),
    ("was in", f"{M} was in Vientiane from May 14 to 16.",
     [("visit", "2024-05-14", "2024-05-16", None, (M,))]),
    ("made a stopover", f"{M} made a brief stopover in Vientiane on Monday.",
     [("visit", "2024-05-13", None, None, (M,))]),
    ("travelling to", f"{M}, travelling to Laos, praised trade.",
     [("visit", None, None, None, (M,))]),
    ("arrived", f"{M} arrived in Laos on Monday.", [("visit", "2024-05-13", None, None, (M,))]),
    ("came to", f"{M} came to Vientiane on an official visit.",
     [("visit", None, None, None, (M,))]),
    ("arriving", f"{M}, arriving in Laos, praised trade.", [("visit", None, None, None, (M,))]),
    ("landed", f"{M} landed in Vientiane on Monday.", [("visit", "2024-05-13", None, None, (M,))]),
    ("signed", f"{S} and {M} signed an agreement on trade.",
     [("signing", None, None, None, (S, M))]),
    ("signing", f"{S} and {M} witnessed the signing of a memorandum.",
     [("signing", None, None, None, (S, M))]),
    ("inked", f"{S} and {M} inked a deal on trade.", [("signing", None, None, None, (S, M))]),
    ("put their signatures", f"{S} and {M} put their signatures to a treaty.",
     [("signing", None, None, None, (S, M))]),
    ("handed over", f"{M} handed over 500 tonnes of rice to {S}.",
     [("meeting", None, None, None, (M, S))]),
    ("handing over", f"{M} spoke, handing over 20 computers to {S}.",
     [("meeting", None, None, None, (M, S))]),
    ("handover ceremony", f"{M} and {S} attended the handover ceremony.",
     [("meeting", None, None, None, (M, S))]),
    ("turned over", f"{M} turned over medical equipment to {S}.",
     [("meeting", None, None, None, (M, S))]),
    ("took delivery", f"{S} took delivery of 20 vehicles from {M}.",
     [("meeting", None, None, None, (S, M))]),
    ("donated", f"{M} donated 50 computers to {S}.", [("meeting", None, None, None, (M, S))]),
    ("presented", f"{M} presented medical equipment to {S}.",
     [("meeting", None, None, None, (M, S))]),
    ("delivered", f"{M} delivered relief supplies to {S}.",
     [("meeting", None, None, None, (M, S))]),
    ("gave", f"{M} gave 100 tonnes of rice to {S}.", [("meeting", None, None, None, (M, S))]),
    ("passed ... to", f"{M} passed the shipment of medicines to {S}.",
     [("meeting", None, None, None, (M, S))]),
    ("accepted", f"{S} accepted the equipment from {M}.", [("meeting", None, None, None, (S, M))]),
    ("also present", f"{S} received {M}. Also present at the reception was {B}.",
     [("reception", None, None, S, (M, B))]),
    ("among the guests at the dinner", f"{S} hosted a dinner for {M}. Among the guests at "
     f"the dinner was {B}.", [("reception", None, None, S, (M, B))]),
    ("those attending the meeting included", f"{S} met {M}. Those attending the meeting "
     f"included {B}.", [("meeting", None, None, S, (M, B))]),
    ("at the head of the delegation was", f"{S} received a delegation. At the head of the "
     f"delegation was {M}.", [("reception", None, None, S, (M,))]),
    ("delegation included", f"{S} received a delegation. The delegation included {M} and {B}.",
     [("reception", None, None, S, (M, B))]),
    ("were part of his delegation",
     f"{M} visited Laos. {B} and others were part of his delegation.",
     [("visit", None, None, None, (M, B))]),
    ("was among the members of", f"{M} visited Laos. {B} was among the members of Minh's "
     "delegation.", [("visit", None, None, None, (M, B))]),
    ("accompanying", f"{S} received {M}. Accompanying the minister were {B} and others.",
     [("reception", None, None, S, (M, B))]),
    ("witnesses to the signing", f"{S} and {M} signed an agreement. Witnesses to the signing "
     f"included {B}.", [("signing", None, None, None, (S, M, B))]),
    ("signing for the two sides were", "An agreement was signed in Vientiane on Monday. "
     f"Signing for the two sides were {S} and {M}.",
     [("signing", "2024-05-13", None, None, (S, M))]),
    ("signatures on the document were those of", "A roadmap was signed on Monday. The "
     f"signatures on the document were those of {S} and {M}.",
     [("signing", "2024-05-13", None, None, (S, M))]),
    ("addressing the ceremony", f"{S} and {M} signed an agreement. Addressing the ceremony, "
     f"{B} praised the ties.", [("signing", None, None, None, (S, M, B))]),
    ("attended", f"{M} met {S} on Monday. {B} attended together with officials.",
     [("meeting", "2024-05-13", None, S, (M, B))]),
    ("attended together with", f"{S} received {M} on Monday. Minister Pham Thi Lan attended "
     f"together with {B}.", [("reception", "2024-05-13", None, S, (M, "Pham Thi Lan", B))]),
    ("attended the ceremony", f"{S} and {M} signed an agreement. {B} attended the ceremony.",
     [("signing", None, None, None, (S, M, B))]),
    ("talked", f"{S} held talks with {M}. The two leaders talked on Monday.",
     [("talks", "2024-05-13", None, S, (M,))]),
]  # fmt: skip


@pytest.mark.parametrize(("words", "text", "told"), TOLD, ids=[w for w, _t, _e in TOLD])
def test_each_predicate_tells_its_engagement(words: str, text: str, told: list[Row]) -> None:
    assert engagements(H + text) == told


def test_every_predicate_and_frame_has_a_sentence() -> None:
    sentences = [fold(t) for _w, t, _e in TOLD]
    untold = [p for p, _l, _f in PREDICATE_ROWS if not any(re.search(p, s) for s in sentences)]
    assert untold == []
    lemmas = {lemma for p, lemma, _f in PREDICATE_ROWS if any(re.search(p, s) for s in sentences)}
    assert lemmas == set(FRAMES)


# The same words where no engagement is told: planned, denied, or without the person,
# document, goods or place the frame needs.
UNTOLD = [
    f"{S} will receive {M} next week.",
    f"{S} is scheduled to meet {M}.",
    f"{S} invited {M} to visit Laos.",
    f"{S} did not meet {M}.",
    f"The visit of {M} was postponed.",
    f"{S} received a gift.",
    f"{S} welcomed the proposal of the Vietnamese side.",
    f"{S} called for closer trade.",
    f"{S} called on Vietnam to send doctors.",
    f"{S} signed off on the budget.",
    f"{S} handed over the chairmanship.",
    f"{M} toured the plant.",
    f"{M} visited the memorial.",
    f"{S} praised the high-level visits.",
    f"{M} landed in Hanoi on Friday.",
    f"{S} met {M} on 20 May.",
    f"{S} spoke about trade.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_no_engagement_is_told(text: str) -> None:
    assert engagements(H + text) == []

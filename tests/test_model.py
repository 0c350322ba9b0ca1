"""The domain model: frozen, slotted, validated at the boundary."""

from __future__ import annotations

import attrs
import pendulum
import pytest

from bilateral.model import (
    Article,
    Dyad,
    Engagement,
    EngagementKind,
    Layout,
    Person,
    Span,
    Topic,
)


def test_span_rejects_negative_and_reversed() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        Span(5, 2)
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 2)


def test_span_surface_text_and_relations() -> None:
    text = "Hanoi and Havana"
    assert Span(10, 16).of(text) == "Havana"
    assert Span(0, 16).contains(Span(10, 16))
    assert not Span(0, 5).overlaps(Span(5, 9))
    assert Span(0, 6).overlaps(Span(5, 9))


@pytest.mark.parametrize(
    "cls",
    [Span, Person, Dyad, Engagement, Article, Layout],
)
def test_classes_are_frozen_and_slotted(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert cls.__setattr__ is not object.__setattr__


def test_frozen_objects_cannot_change_but_evolve() -> None:
    p = Person("Xiong Bo", title="Ambassador", country="CHN")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.name = "someone"  # type: ignore[misc]
    q = attrs.evolve(p, title="Chinese Ambassador to Việt Nam")
    assert (q.name, q.title, p.title) == (
        "Xiong Bo",
        "Chinese Ambassador to Việt Nam",
        "Ambassador",
    )


def test_dyad_is_sorted_and_knows_the_partner() -> None:
    d = Dyad.of("VNM", "CUB")
    assert (d.a, d.b) == ("CUB", "VNM")
    assert list(d) == ["CUB", "VNM"]
    assert d.other("CUB") == "VNM"
    with pytest.raises(ValueError, match="not in"):
        d.other("CHN")


def test_topics_carry_cap_codes() -> None:
    assert Topic.HEALTH.cap_code == 3
    assert Topic.GOVERNANCE.cap_code == 20
    assert Topic("people_to_people") is Topic.PEOPLE_TO_PEOPLE
    assert len(Topic) == 20


def test_engagement_kinds_are_the_codebooks() -> None:
    assert {k.value for k in EngagementKind} == {
        "talks", "reception", "meeting", "call", "visit", "signing",
    }  # fmt: skip


def test_article_helpers() -> None:
    text = "Hà Nội and Havana. They met."
    a = Article(
        id="t",
        text=text,
        layout=Layout(Span(0, len(text)), (Span(0, len(text)),), (Span(0, 18), Span(19, 28))),
        date=pendulum.Date(2023, 6, 9),
        people=(Person("Đinh Tiến Dũng", aliases=("Dũng",)),),
    )
    assert a.sentences == ("Hà Nội and Havana.", "They met.")
    assert a.paragraphs == (text,)
    assert a.person("Dũng") is a.people[0]
    assert a.person("nobody") is None

"""CAMEO-style actor codes for people: the country, then the role their title names.

The roles come from one documented table, ``data/actor_roles.tsv``: each row is a cue
(a word or phrase of a title), its tier, the role and its scope. A title's role is
that of the earliest *body* it names (``President of the National Assembly`` is a
legislator, ``LEG``); where it names no body, that of its earliest *office* word
(``Foreign Minister``: ``GOV``). The office is marked sub-national where the deciding
title names a local office (a Party committee or People's committee, a mayor, a
governor) or carries a local marker (``provincial``, ``municipal``), unless the
deciding office serves abroad (an ambassador, a consul).

CAMEO has no code for sub-national government, so the mark is kept beside the code
(:attr:`ActorCode.subnational`), not written into it: ``VNMPTY`` stays a code that
GDELT and ICEWS tools read.

>>> actor_code("Secretary of the Hanoi Party Committee", "VNM")
ActorCode(country='VNM', role='PTY', subnational=True)
>>> actor_code("President of the National Assembly", "LAO").code
'LAOLEG'
>>> actor_code("Ambassador to Viet Nam", "CUB").code, actor_code(None, "CHN").code
('CUBGOV', 'CHN')
"""

from __future__ import annotations

import re
from types import MappingProxyType

import attrs

from bilateral._lexicon.gazetteer import data_lines
from bilateral._text import fold

__all__ = ["ROLES", "ActorCode", "actor_code"]

#: The role codes a title may yield, with what each stands for.
ROLES = MappingProxyType(
    {
        "GOV": "government (diplomats too)",
        "MIL": "military",
        "LEG": "legislature",
        "PTY": "political party",
        "JUD": "judiciary",
        "COP": "police",
        "BUS": "business",
        "EDU": "education",
        "MED": "media",
        "NGO": "non-governmental or mass organisation",
        "IGO": "intergovernmental organisation",
    }
)


@attrs.frozen
class ActorCode:
    """A person's actor code: country (ISO alpha-3), role, and whether the office is
    sub-national.

    >>> ActorCode("VNM", "GOV", subnational=True).code
    'VNMGOV'
    >>> ActorCode(None, "MIL").code, ActorCode("CUB", None).code, ActorCode(None, None).code
    ('MIL', 'CUB', None)
    """

    country: str | None
    role: str | None
    subnational: bool = False

    @property
    def code(self) -> str | None:
        """The CAMEO-style code: the country then the role, each where known."""
        return ((self.country or "") + (self.role or "")) or None


@attrs.frozen
class _Cue:
    tier: str  # body, office or local
    role: str | None
    scope: str  # national, local or foreign


def _normal(text: str) -> str:
    # folded, hyphens as spaces, single spaces: "Commander-in-Chief" = "commander in chief"
    return " ".join(fold(text).replace("-", " ").split())


def _load() -> tuple[re.Pattern[str], dict[str, _Cue]]:
    cues: dict[str, _Cue] = {}
    for cue, tier, role, scope in data_lines("actor_roles.tsv"):
        anchor = "^" if cue.startswith("^") else ""
        cues[anchor + _normal(cue.lstrip("^"))] = _Cue(tier, None if role == "-" else role, scope)
    # Longest first, so that at one position the longest cue is the one matched.
    forms = sorted(cues, key=lambda c: (-len(c.lstrip("^")), c))
    alternatives = "|".join(
        "^" + re.escape(f[1:]) if f.startswith("^") else re.escape(f) for f in forms
    )
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])"), cues


_CUES_RX, _CUES = _load()


def _cue_of(match: re.Match[str]) -> _Cue:
    text = match.group()
    return _CUES.get(text) or _CUES["^" + text]


def actor_code(title: str | None, country: str | None) -> ActorCode:
    """The actor code of a person with this title and country.

    The country is the person's own (the code never changes it); the role is read
    from the title by :data:`the table <ROLES>`, None where no cue of it is found.

    >>> actor_code("Commander-in-Chief of the Armed Forces", "MMR").code
    'MMRMIL'
    >>> actor_code("Governor of the State Bank", "VNM")
    ActorCode(country='VNM', role='GOV', subnational=False)
    >>> actor_code("Chairman of the provincial People's Council", "LAO")
    ActorCode(country='LAO', role='LEG', subnational=True)
    >>> actor_code("Consul General in Da Nang city, Quang Nam province", "LAO").subnational
    False
    """
    if not title:
        return ActorCode(country, None)
    found = [(m.start(), _cue_of(m)) for m in _CUES_RX.finditer(_normal(title))]
    bodies = [cue for _, cue in found if cue.tier == "body"]
    offices = [cue for _, cue in found if cue.tier == "office"]
    deciding = bodies[0] if bodies else (offices[0] if offices else None)
    if deciding is None:
        return ActorCode(country, None)
    # Sub-national where the deciding cue is a local office, or the title names a
    # local body or carries a local marker ("Politburo member and Secretary of the
    # city Party Committee"), unless the deciding office serves abroad. A local
    # office word that does not decide ("Governor of the State Bank") marks nothing.
    local = deciding.scope == "local" or (
        deciding.scope != "foreign"
        and any(cue.scope == "local" and cue.tier != "office" for _, cue in found)
    )
    return ActorCode(country, deciding.role, local)

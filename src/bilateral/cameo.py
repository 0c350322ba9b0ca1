"""What a CAMEO event code says beyond itself: its root, quad class and Goldstein score.

Both come from published tables shipped as data: ``data/cameo_roots.tsv`` (the twenty
roots and the quad class GDELT and ICEWS put each in) and ``data/goldstein.tsv`` (the
Goldstein cooperation-conflict scale as assigned to every CAMEO code).

>>> root("0431"), quad_class("043"), goldstein("043"), goldstein("057")
('04', 1, 2.8, 8.0)
>>> QUAD_CLASSES[quad_class("073")]
'material cooperation'
"""

from __future__ import annotations

from types import MappingProxyType

from bilateral._lexicon.gazetteer import data_lines

__all__ = ["QUAD_CLASSES", "ROOT_NAMES", "goldstein", "quad_class", "root"]

#: The four quad classes by number, as GDELT's ``QuadClass`` column numbers them.
QUAD_CLASSES = MappingProxyType(
    {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
)

_ROOTS = {fields[0]: (int(fields[1]), fields[2]) for fields in data_lines("cameo_roots.tsv")}
_GOLDSTEIN = {code: float(score) for code, score in data_lines("goldstein.tsv")}

#: The name of each CAMEO root code (``"04"``: ``"Consult"``).
ROOT_NAMES = MappingProxyType({code: name for code, (_, name) in _ROOTS.items()})


def root(code: str) -> str:
    """The two-digit root of a CAMEO code.

    >>> root("057"), root("1823")
    ('05', '18')
    """
    return code[:2]


def quad_class(code: str) -> int | None:
    """The quad class (1 to 4) of a CAMEO code, None for a code without a known root.

    >>> quad_class("042"), quad_class("071"), quad_class("99")
    (1, 2, None)
    """
    found = _ROOTS.get(root(code))
    return found[0] if found is not None else None


def goldstein(code: str) -> float | None:
    """The Goldstein score of a CAMEO code; a code missing from the scale takes the
    score of the nearest code above it (``0431`` that of ``043``), else None.

    >>> goldstein("042"), goldstein("0871"), goldstein("0439"), goldstein("99")
    (1.9, 9.0, 2.8, None)
    """
    for end in range(len(code), 1, -1):
        score = _GOLDSTEIN.get(code[:end])
        if score is not None:
            return score
    return None

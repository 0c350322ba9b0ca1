"""A Griffe extension: docstrings written for ``help()`` and doctest render well as Markdown.

* A doctest (``>>>`` lines and the output after them, up to a blank line)
  becomes a ``pycon`` code block instead of running text, where its output
  (``[('a', 1)]``) would read as Markdown link syntax.
* Sphinx roles (``:class:`~bilateral.model.Article```, ``:func:`load_article```,
  ``:meth:`filter```) become inline code, linked to the reference when the
  target is a full ``bilateral.`` path.
* ``::`` ending a paragraph (a reStructuredText literal block) becomes ``:``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj):`(~?)([^`]+)`")


def _role(m: re.Match[str]) -> str:
    short, target = m.group(1) == "~", m.group(2)
    shown = target.rsplit(".", 1)[-1] if short else target
    if target.startswith("bilateral."):
        return f"[`{shown}`][{target}]"
    return f"`{shown}`"


def _doctests(text: str) -> str:
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            block: list[str] = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i].removeprefix(indent))
                i += 1
            out += [f"{indent}```pycon", *(f"{indent}{b}" for b in block), f"{indent}```"]
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _rewrite(text: str) -> str:
    parts = re.split(r"(^\s*>>>.*?(?:\n\s*\n|\Z))", text, flags=re.M | re.S)
    # Roles only outside doctests; doctests fenced.
    fixed = "".join(p if p.lstrip().startswith(">>>") else _ROLE.sub(_role, p) for p in parts)
    fixed = re.sub(r"(\S)::[ \t]*$", r"\1:", fixed, flags=re.M)
    return _doctests(fixed)


class MarkdownDocstrings(griffe.Extension):
    """Rewrites every docstring of the loaded package once it is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        seen: set[int] = set()
        todo: list[griffe.Object] = [pkg]
        while todo:
            obj = todo.pop()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if obj.docstring is not None:
                obj.docstring.value = _rewrite(obj.docstring.value)
            todo.extend(m for m in obj.members.values() if not m.is_alias)  # type: ignore[misc]

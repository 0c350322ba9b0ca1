"""The documentation stays in step with the code: every public module has a reference page,
the codebook page names every coded value, the event table is the package's own table."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import bilateral
from bilateral.model import EngagementKind, Topic

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _public_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(bilateral.__path__) if not m.name.startswith("_")
    )


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("module", _public_modules())
def test_every_public_module_has_a_reference_page_in_the_nav(module: str) -> None:
    page = DOCS / "api" / f"{module}.md"
    assert page.is_file(), f"add docs/api/{module}.md with '::: bilateral.{module}'"
    assert f"::: bilateral.{module}" in page.read_text(encoding="utf-8")
    assert f"api/{module}.md" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_package_functions_are_documented_on_the_overview() -> None:
    overview = (DOCS / "api" / "index.md").read_text(encoding="utf-8")
    assert "<!-- api-index -->" in overview and "::: bilateral.load_article" in overview


def test_the_codebook_page_names_every_coded_value() -> None:
    page = (DOCS / "codebook.md").read_text(encoding="utf-8")
    for kind in EngagementKind:
        assert f"| `{kind.value}` |" in page
    for topic in Topic:
        assert re.search(rf"\| `{topic.value}` \| [^|]+ \| {topic.cap_code} \|", page), topic
    for key in ("id", "date", "headline", "dateline", "agency", "people", "countries",
                "localities", "dyad", "engagements", "topics", "agreements", "aid"):  # fmt: skip
        assert f"| `{key}` |" in page, key
    assert "../shared" not in page


def test_the_event_page_table_is_read_from_the_package() -> None:
    hooks = _load(DOCS / "hooks" / "build.py", "bilateral_docs_hooks")
    table = hooks._event_table()
    rows = [r for r in table.splitlines()[2:] if r.startswith("|")]
    data = (ROOT / "src" / "bilateral" / "data" / "cameo.tsv").read_text(encoding="utf-8")
    codes = [ln.split("\t") for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(rows) == len(codes) > 0
    for _basis, case, cameo, plover, *_ in codes:
        assert any(f"`{case}`" in r and f"`{cameo}`" in r and f"`{plover}`" in r for r in rows)


def test_the_api_index_links_every_public_name() -> None:
    hooks = _load(DOCS / "hooks" / "build.py", "bilateral_docs_hooks")
    index = hooks._api_index()
    for name in bilateral.__all__:
        assert f"`{name}`" in index, name
    assert "0x" not in index  # no object addresses


def test_run_fences_show_real_output(tmp_path: Path) -> None:
    hooks = _load(DOCS / "hooks" / "build.py", "bilateral_docs_hooks")
    page = "# t\n\n```python run\nx = 6 * 7\nprint(x)\n```\n\n```python run\nprint(x + 1)\n```\n"
    hooks._OUTPUTS.clear()

    class _Files:
        def get_file_from_path(self, _: str) -> None:
            return None

    hooks._run_page("t.md", page, None, _Files())
    assert hooks._OUTPUTS["t.md"] == ["42\n", "43\n"]
    shown = hooks._with_outputs("t.md", page)
    assert '```text title="Output"\n42\n```' in shown and "python run" not in shown


def test_a_failing_example_fails_the_build() -> None:
    hooks = _load(DOCS / "hooks" / "build.py", "bilateral_docs_hooks")
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="ZeroDivisionError"):
        hooks._run_page("bad.md", "```python run\n1 / 0\n```\n", None, None)


def test_docstrings_render_as_markdown() -> None:
    ext = _load(DOCS / "hooks" / "griffe_docstrings.py", "bilateral_docs_griffe")
    text = (
        "See :class:`~bilateral.model.Span` and :func:`load_article`::\n\n"
        ">>> [('a', 1)]\n[('a', 1)]\n"
    )
    out = ext._rewrite(text)
    assert "[`Span`][bilateral.model.Span]" in out and "`load_article`" in out
    assert "```pycon\n>>> [('a', 1)]\n[('a', 1)]\n```" in out
    assert "::" not in out


_DOCUMENTED = ("bilateral", "bilateral.model", "bilateral.convert", "bilateral.corpus",
               "bilateral.errors", "bilateral.corpus.export", "bilateral.corpus.summary",
               "bilateral.dask", "bilateral.strategies", "bilateral.render",
               "bilateral.cli", "bilateral.corpus.frames")  # fmt: skip


def _public_api(name: str) -> ModuleType:
    if name == "bilateral.dask":
        pytest.importorskip("dask")
    return importlib.import_module(name)


def _members(cls: type) -> list[tuple[str, object]]:
    """The public methods and properties a class defines itself (not inherited)."""
    found = []
    for key, value in vars(cls).items():
        if key.startswith("_"):
            continue
        target = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
        if inspect.isfunction(target):
            found.append((key, target))
    return found


@pytest.mark.parametrize("module", _DOCUMENTED)
def test_every_public_class_and_function_has_a_doctest_example(module: str) -> None:
    mod = _public_api(module)
    missing = []
    checked = 0
    for name in mod.__all__:
        obj = getattr(mod, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue
        checked += 1
        if ">>>" not in (inspect.getdoc(obj) or ""):
            missing.append(name)
        # Methods are held to the same rule where the class is defined in a public module
        # (classes re-exported from private modules are checked at home).
        if inspect.isclass(obj) and obj.__module__ in _DOCUMENTED:
            for key, member in _members(obj):
                if ">>>" not in (inspect.getdoc(member) or ""):
                    missing.append(f"{name}.{key}")
    assert checked > 0
    assert not missing, f"{module}: add a '>>>' example to the docstring of {missing}"


@pytest.mark.parametrize("module", _DOCUMENTED)
def test_every_public_constant_has_a_doc_comment(module: str) -> None:
    mod = _public_api(module)
    assert mod.__file__ is not None
    lines = Path(mod.__file__).read_text(encoding="utf-8").splitlines()
    missing = []
    for name in mod.__all__:
        obj = getattr(mod, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            continue
        pattern = re.compile(rf"{re.escape(name)}\s*(:[^=]*)?=")
        where = [i for i, line in enumerate(lines) if pattern.match(line)]
        if not where:  # re-exported: documented where it is defined
            continue
        if not lines[where[0] - 1].startswith("#:"):
            missing.append(name)
    assert not missing, f"{module}: add a '#:' comment above {missing}"


def test_the_example_check_sees_a_missing_example() -> None:
    class Documented:
        """Has an example.

        >>> 1 + 1
        2
        """

        def bare(self) -> None:
            """No example here."""

    assert ">>>" in (inspect.getdoc(Documented) or "")
    assert [k for k, m in _members(Documented) if ">>>" not in (inspect.getdoc(m) or "")] == [
        "bare"
    ]


def test_the_home_page_quotes_the_measured_speed() -> None:
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    performance = (DOCS / "performance.md").read_text(encoding="utf-8")
    claims = re.findall(r"(\d[\d,–-]*) articles a second", home)
    assert claims == ["96–278"], claims
    low, high = claims[0].split("–")
    assert f"**{low} articles/s**" in performance and f"**{high} articles/s**" in performance
    assert "thousand" not in home


def test_the_quality_page_names_every_scored_field_and_the_workflow() -> None:
    from bilateral.evaluate import FIELDS

    page = (DOCS / "quality.md").read_text(encoding="utf-8")
    for field in FIELDS:
        assert f"| {field} |" in page, field
    assert "bilateral evaluate" in page and "quality.md" in (ROOT / "mkdocs.yml").read_text()


def test_the_api_overview_puts_the_daily_names_first() -> None:
    hooks = _load(DOCS / "hooks" / "build.py", "bilateral_docs_hooks")
    index = hooks._api_index()
    order = [index.index(f"[`{n}`]") for n in ("load_article", "parse", "Corpus", "Article")]
    assert order == sorted(order)
    assert index.startswith("### Reading articles")
    overview = (DOCS / "api" / "index.md").read_text(encoding="utf-8")
    assert overview.index("::: bilateral.load_article") < overview.index("::: bilateral.parse")

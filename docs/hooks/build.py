"""mkdocs hooks: the docs run their own examples, so every output shown is real.

* A fence opened with ```` ```python run ```` is executed at build time; the
  blocks of one page share one namespace (like a notebook), in a fresh
  process, in a scratch folder holding links to the repo's ``seeds/`` and
  ``examples/``. What a block prints is shown after it. A block that raises
  fails the build.
* A fence opened with ```` ```console run ```` holds shell commands, one per
  ``$ `` line; each runs in the same scratch folder with the virtualenv's
  ``bilateral`` on the PATH, and its output is shown under it.
* Files a page's code writes at the top of the scratch folder (``.png``,
  ``.svg``, ``.html``) become files of the site beside the page, so the page
  can show them (``![chart](engagements.png)``).
* ``<!-- api-index -->`` becomes a table of every name in ``bilateral.__all__``
  linked to its reference; ``<!-- event-table -->`` becomes the CAMEO/PLOVER
  table read from the package's own data (``bilateral/data/cameo.tsv``).
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
_FENCE = re.compile(r"^```(python|console) run[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)
_KEEP = (".png", ".svg", ".html")
_ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj):`~?(?:[\w.]*\.)?([^`.]+)`")

_DRIVER = r"""
import contextlib, io, json, sys, traceback
blocks = json.load(sys.stdin)
ns = {"__name__": "__main__"}
out = []
for i, code in enumerate(blocks):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, f"<block {i + 1}>", "exec"), ns)
    except BaseException:
        sys.stdout.write(json.dumps({"failed": i, "output": buf.getvalue(),
                                     "error": traceback.format_exc()}))
        raise SystemExit(0)
    out.append(buf.getvalue())
sys.stdout.write(json.dumps({"outputs": out}))
"""

# Page source path -> the outputs of its run fences, in order.
_OUTPUTS: dict[str, list[str]] = {}


def _scratch() -> tempfile.TemporaryDirectory[str]:
    tmp = tempfile.TemporaryDirectory(prefix="bilateral-docs-")
    for name in ("seeds", "examples"):
        os.symlink(ROOT / name, Path(tmp.name) / name)
    return tmp


def _env(home: str) -> dict[str, str]:
    return {
        **os.environ,
        "MPLBACKEND": "Agg",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "COLUMNS": "100",
        "MPLCONFIGDIR": home,
    }


def _run_page(src: str, markdown: str, config: Any, files: Files) -> None:
    fences = list(_FENCE.finditer(markdown))
    if not fences:
        return
    outputs: list[str] = []
    with _scratch() as work:
        env = _env(work)
        python = [m.group(2) for m in fences if m.group(1) == "python"]
        results: list[str] = []
        if python:
            done = subprocess.run(
                [sys.executable, "-c", _DRIVER],
                input=json.dumps(python),
                capture_output=True,
                text=True,
                cwd=work,
                env=env,
                timeout=600,
            )
            if done.returncode != 0 or not done.stdout:
                raise PluginError(f"{src}: running its code failed:\n{done.stderr[-3000:]}")
            answer = json.loads(done.stdout)
            if "failed" in answer:
                raise PluginError(
                    f"{src}: python block {answer['failed'] + 1} raised:\n{answer['error']}"
                )
            results = answer["outputs"]
        py = iter(results)
        for m in fences:
            if m.group(1) == "python":
                outputs.append(next(py))
            else:
                outputs.append(_run_console(src, m.group(2), work, env))
        page_dir = Path(src).parent
        for made in sorted(Path(work).iterdir()):
            if made.is_file() and not made.is_symlink() and made.suffix in _KEEP:
                uri = (page_dir / made.name).as_posix()
                if files.get_file_from_path(uri) is not None:
                    files.remove(files.get_file_from_path(uri))  # type: ignore[arg-type]
                files.append(File.generated(config, uri, content=made.read_bytes()))
    _OUTPUTS[src] = outputs


def _run_console(src: str, block: str, work: str, env: dict[str, str]) -> str:
    shown: list[str] = []
    for line in block.splitlines():
        if not line.startswith("$ "):
            continue
        command = line[2:]
        done = subprocess.run(
            command, shell=True, capture_output=True, text=True, cwd=work, env=env, timeout=600
        )
        if done.returncode not in (0, 1):
            raise PluginError(f"{src}: `{command}` exited {done.returncode}:\n{done.stderr}")
        shown.append(f"$ {command}\n{done.stdout}{done.stderr}".rstrip("\n"))
    return "\n".join(shown)


_PERFORMANCE_PENDING = """# Performance

The measured figures are not written yet. Run `make bench` for them.
"""


def on_files(files: Files, config: Any) -> Files:
    """Run every page's examples once per build; add the files they draw."""
    if files.get_file_from_path("performance.md") is None:
        # The performance page is written with the benchmarks; until then the nav still builds.
        files.append(File.generated(config, "performance.md", content=_PERFORMANCE_PENDING))
    _OUTPUTS.clear()
    for f in list(files.documentation_pages()):
        _run_page(f.src_uri, f.content_string, config, files)
    return files


def _fence(lang: str, body: str, title: str | None = None) -> str:
    ticks = "````" if "```" in body else "```"
    head = f'{ticks}{lang} title="{title}"' if title else f"{ticks}{lang}"
    return f"{head}\n{body.rstrip()}\n{ticks}"


def _with_outputs(src: str, markdown: str) -> str:
    outputs = iter(_OUTPUTS.get(src, []))

    def replace(m: re.Match[str]) -> str:
        out = next(outputs, "")
        if m.group(1) == "console":
            return _fence("console", out)
        code = _fence("python", m.group(2))
        return code + ("\n\n" + _fence("text", out, "Output") if out.strip() else "")

    return _FENCE.sub(replace, markdown)


# The public names in the order a reader meets them: reading first, then the corpus,
# the model, JSON, errors, the evidence page. A name not listed here goes last.
_API_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Reading articles", ("load_article", "parse", "Lexicon", "DEFAULT_MAX_BYTES")),
    ("Many articles", ("Corpus", "iter_load")),
    ("The model", ("Article", "Person", "Country", "Locality", "Dyad", "Engagement",
                   "EngagementKind", "TopicMention", "Topic", "Agreement", "Aid", "Event",
                   "Span", "Snippet", "Layout")),
    ("JSON", ("to_record", "dumps", "loads", "unstructure", "structure", "converter")),
    ("Errors", ("ArticleError", "ArticleNotFoundError", "NotTextError", "EncodingError",
                "TooLargeError", "EmptyArticleError", "DuplicateIdError")),
    ("The evidence page", ("render_html",)),
)  # fmt: skip


def _api_row(name: str) -> str:
    import bilateral

    obj = getattr(bilateral, name)
    module = getattr(obj, "__module__", None) or "bilateral"
    if not module.startswith("bilateral") or not hasattr(obj, "__qualname__"):
        # A constant or instance: its type, not its repr (which may hold an address).
        shown = repr(obj) if isinstance(obj, int | str) else type(obj).__qualname__
        home = next(
            (
                m.__name__
                for m in list(sys.modules.values())
                if getattr(m, "__name__", "").startswith("bilateral")
                and not getattr(m, "__name__", "").startswith("bilateral._")
                and name in getattr(m, "__all__", ())
                and getattr(m, name, None) is obj
            ),
            None,
        )
        ref = f"[`{name}`][{home}.{name}]" if home else f"`{name}`"
        return f"| {ref} | constant | `{shown}` |"
    kind = "class" if isinstance(obj, type) else "function"
    doc = (obj.__doc__ or "").strip().splitlines()
    summary = _ROLE.sub(r"`\1`", doc[0]).replace("|", "\\|") if doc else ""
    ref = f"[`{name}`][{module}.{obj.__qualname__}]"
    return f"| {ref} | {kind} | {summary} |"


def _api_index() -> str:
    import bilateral

    listed = [n for _, names in _API_GROUPS for n in names]
    rest = tuple(sorted(n for n in bilateral.__all__ if n not in listed))
    parts = []
    for title, names in (*_API_GROUPS, ("Other", rest)):
        shown = [n for n in names if n in bilateral.__all__]
        if not shown:
            continue
        rows = ["| name | kind | what it is |", "|---|---|---|"]
        rows += [_api_row(n) for n in shown]
        parts.append(f"### {title}\n\n" + "\n".join(rows))
    return "\n\n".join(parts)


def _event_table() -> str:
    from importlib import resources

    text = resources.files("bilateral").joinpath("data/cameo.tsv").read_text("utf-8")
    rows = [
        "| fact | case | CAMEO | meaning (CAMEO) | PLOVER | source → target |",
        "|---|---|---|---|---|---|",
    ]
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        basis, case, cameo, plover, direction, meaning = line.split("\t")
        source, _, target = direction.partition(">")
        rows.append(
            f"| {basis} | `{case}` | `{cameo}` | {html.escape(meaning)} | `{plover}` "
            f"| {source} → {target} |"
        )
    return "\n".join(rows)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Show each run fence's real output; fill in the generated tables."""
    src = page.file.src_uri
    markdown = _with_outputs(src, markdown)
    if "<!-- api-index -->" in markdown:
        markdown = markdown.replace("<!-- api-index -->", _api_index())
    if "<!-- event-table -->" in markdown:
        markdown = markdown.replace("<!-- event-table -->", _event_table())
    return markdown

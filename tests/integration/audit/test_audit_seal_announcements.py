"""Every seal is announced, from every process: the CLI's seals included, whatever the level."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from gateway.storage.migrate import upgrade


def modelgate(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Runs `modelgate ARGS` as its own process on the data in `data_dir`."""
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        env={**os.environ, "MODELGATE_DATA_DIR": str(data_dir), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def seal_lines(stderr: str) -> list[dict[str, Any]]:
    """The seal announcements among a process's stderr lines."""
    found = []
    for line in stderr.splitlines():
        try:
            document = json.loads(line)
        except ValueError:
            continue
        if isinstance(document, dict) and document.get("event") == "audit.segment_sealed":
            found.append(document)
    return found


def test_a_cli_command_announces_the_segment_it_seals(tmp_path: Path) -> None:
    """`keys create` seals its admin record on exit and says so on stderr; stdout stays JSON."""
    upgrade(f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}")
    created = modelgate(
        tmp_path, "keys", "create", "--owner", "ann", "--tier", "developer", "--json"
    )
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["tier"] == "developer"
    [announced] = seal_lines(created.stderr)
    assert announced["segment"] == 1
    assert announced["records"] == 1
    assert len(announced["last_hash"]) == 64
    assert announced["signature"]
    assert announced["sealed_by"] == "cli"


def test_the_announcement_survives_a_warning_log_level(tmp_path: Path) -> None:
    """An operator running at MODELGATE_LOG_LEVEL=error still gets every seal announced."""
    upgrade(f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}")
    env = {"MODELGATE_LOG_LEVEL": "error"}
    for owner in ("bo", "cy"):
        created = modelgate(
            tmp_path, "keys", "create", "--owner", owner, "--tier", "developer", **env
        )
        assert created.returncode == 0, created.stderr
        assert [line["segment"] for line in seal_lines(created.stderr)] == [
            1 if owner == "bo" else 2
        ]

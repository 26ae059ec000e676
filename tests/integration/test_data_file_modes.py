"""What the gateway creates under its data folder is readable by its owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.gateway import start_gateway


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common 022 umask, under which plain creation gives 0644 files and 0755 folders."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_fresh_gateway_creates_owner_only_data(tmp_path: Path, usual_umask: None) -> None:
    """Started on a data folder that does not exist yet, the gateway makes it, its SQLite file
    (with the WAL beside it), the secrets folder, the secrets (not the public verify key) and
    the audit spool owner-only."""
    data_dir = tmp_path / "fresh" / "data"
    running = start_gateway(data_dir)
    try:
        key = running.issue_key().key
        response = httpx.post(
            f"{running.url}/v1/chat/completions",
            headers={"authorization": f"Bearer {key}"},
            json={"model": "demo-chat", "messages": [{"role": "user", "content": "hi"}]},
            timeout=30,
        )
        assert response.status_code == 200
        folders = [data_dir.parent, data_dir, data_dir / "secrets"]
        folders += [path for path in data_dir.iterdir() if path.is_dir()]
        files = [data_dir / "modelgate.db", data_dir / "modelgate.db-wal"]
        # The audit verify key is public by design; every other secret is not.
        files += [p for p in (data_dir / "secrets").iterdir() if p.suffix != ".pub"]
        assert {str(path): _mode(path) for path in folders} == {str(p): 0o700 for p in folders}
        assert {str(path): _mode(path) for path in files} == {str(p): 0o600 for p in files}
        assert any(path.name.endswith(".key") for path in files)
    finally:
        running.stop()


def test_the_cli_creates_owner_only_data(tmp_path: Path, usual_umask: None) -> None:
    """`modelgate db upgrade` and `modelgate keys create` on a new data folder leave it, the
    SQLite file and the secrets folder owner-only."""
    data_dir = tmp_path / "cli-data"
    env = {**os.environ, "MODELGATE_DATA_DIR": str(data_dir)}
    for args in (["db", "upgrade"], ["keys", "create", "--account", "bob", "--tier", "developer"]):
        result = subprocess.run(
            [sys.executable, "-m", "gateway", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
    assert _mode(data_dir) == 0o700
    assert _mode(data_dir / "modelgate.db") == 0o600
    assert _mode(data_dir / "secrets") == 0o700

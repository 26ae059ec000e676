"""The `modelgate` command line works on the same data as the server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.gateway import RunningGateway


def modelgate(gw_or_dir: RunningGateway | Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `modelgate ARGS` against a gateway's data (or a bare data directory)."""
    if isinstance(gw_or_dir, Path):
        env = {"MODELGATE_DATA_DIR": str(gw_or_dir)}
    else:
        env = {
            "MODELGATE_DATA_DIR": str(gw_or_dir.settings.storage.data_dir),
            "MODELGATE_DATABASE_URL": gw_or_dir.settings.storage.effective_database_url,
        }
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _chat(gw: RunningGateway, key: str) -> int:
    response = httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": "hi"}]},
    )
    return response.status_code


def test_key_lifecycle_from_the_cli(running_gateway: RunningGateway) -> None:
    """create --json, list --json, rotate (grace), revoke: each takes effect on the server."""
    gw = running_gateway
    created = modelgate(gw, "keys", "create", "--owner", "dana", "--tier", "developer", "--json")
    assert created.returncode == 0, created.stderr
    issued = json.loads(created.stdout)
    assert set(issued) == {"key", "id", "tier"}
    assert issued["key"].startswith("mg_")
    gw.accept_all_terms("dana")  # the developer tier requires the acceptable-use terms
    assert _chat(gw, issued["key"]) == 200

    listed = json.loads(modelgate(gw, "keys", "list", "--owner", "dana", "--json").stdout)
    assert [entry["id"] for entry in listed] == [issued["id"]]
    assert issued["key"] not in json.dumps(listed)

    rotated = json.loads(modelgate(gw, "keys", "rotate", issued["id"], "--json").stdout)
    assert rotated["replaces"] == issued["id"]
    assert _chat(gw, issued["key"]) == 200, "the old key works during the grace period"
    assert _chat(gw, rotated["key"]) == 200

    assert modelgate(gw, "keys", "revoke", rotated["id"]).returncode == 0
    assert _chat(gw, rotated["key"]) == 401


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["keys", "create", "--owner", "x", "--tier", "gold"], "unknown tier 'gold'"),
        (["keys", "create", "--owner", "x", "--tier", "public", "--expires", "soon"], "duration"),
        (["keys", "revoke", "AAAAAAAAAAAA"], "no key with id"),
    ],
)
def test_cli_mistakes_get_clear_messages(tmp_path: Path, args: list[str], message: str) -> None:
    """Wrong input to the CLI exits non-zero with a message that says what is wrong."""
    assert modelgate(tmp_path, "db", "upgrade").returncode == 0
    result = modelgate(tmp_path, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_expiring_key_from_the_cli(running_gateway: RunningGateway) -> None:
    """`--expires 30d` stores an expiry that `keys list` shows."""
    created = modelgate(
        running_gateway,
        "keys",
        "create",
        "--owner",
        "erin",
        "--tier",
        "public",
        "--expires",
        "30d",
        "--json",
    )
    issued = json.loads(created.stdout)
    listed = json.loads(
        modelgate(running_gateway, "keys", "list", "--owner", "erin", "--json").stdout
    )
    assert listed[0]["id"] == issued["id"]
    assert listed[0]["expires_at"]


def test_policy_check_reports_file_and_line(tmp_path: Path) -> None:
    """`modelgate policy check` passes on the shipped files and names file:line on a bad one."""
    assert modelgate(tmp_path, "policy", "check").returncode == 0
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "models.yaml").write_text(
        "upstreams:\n  u: {base_url: http://x}\nmodels:\n  m: {upstream: u, stage: nope}\n"
    )
    (policies / "tiers.yaml").write_text("tiers:\n  t: {max_tokens: 10}\n")
    result = modelgate(tmp_path, "policy", "check", "--policies", str(policies))
    assert result.returncode == 1
    assert f"{policies / 'models.yaml'}:4:" in result.stderr

"""`modelgate upstreams check` and `policy check` against a local scripted model server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gateway.cli import main
from gateway.settings import PACKAGE_POLICIES
from tests.support.scripted_upstream import ScriptedUpstream
from tests.support.servers import BackgroundServer

TIERS = "tiers:\n  t: {max_tokens: 10, models: ['*']}\n"


@pytest.fixture(scope="module")
def scripted() -> Iterator[tuple[ScriptedUpstream, str]]:
    """A scripted model server that lists `llama` and `mistral` at GET /v1/models."""
    upstream = ScriptedUpstream({"llama": ["hi"], "mistral": ["hello"]})
    server = BackgroundServer(upstream).start()
    yield upstream, server.url
    server.stop()


def _policies(directory: Path, models_yaml: str) -> Path:
    directory.mkdir()
    (directory / "models.yaml").write_text(models_yaml)
    (directory / "tiers.yaml").write_text(TIERS)
    shutil.copy(PACKAGE_POLICIES / "inspection.yaml", directory / "inspection.yaml")
    return directory


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    variables = {"MODELGATE_DATA_DIR": str(tmp_path), **(env or {})}
    return CliRunner().invoke(main, list(args), env=variables, catch_exceptions=False)


def test_check_reports_each_upstream_and_each_model(
    tmp_path: Path, scripted: tuple[ScriptedUpstream, str]
) -> None:
    """Reachable with its status and latency, what it serves, a missing model, a dead upstream;
    the credential named by api_key_env is sent, and the exit code says something is wrong."""
    upstream, url = scripted
    policies = _policies(
        tmp_path / "policies",
        f"""upstreams:
  local: {{base_url: "{url}/v1", api_key_env: LOCAL_TOKEN}}
  gone: {{base_url: "http://127.0.0.1:9", timeout: {{connect: 1, read: 1}}}}
models:
  chat: {{upstream: local, upstream_model: llama, stage: general}}
  absent: {{upstream: local, upstream_model: qwen, stage: general}}
  other: {{upstream: gone, stage: general}}
""",
    )
    result = _run(
        tmp_path, "upstreams", "check", "--policies", str(policies), env={"LOCAL_TOKEN": "tok"}
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"local: PROBLEM, reachable {url}/v1/models -> HTTP 200 in ")
    assert lines[0].endswith(" ms")
    assert lines[1:4] == [
        "  serves: llama, mistral",
        "  ok        chat (upstream_model llama)",
        "  MISSING   absent (upstream_model qwen): not in the upstream's list",
    ]
    assert lines[4].startswith("gone: UNREACHABLE http://127.0.0.1:9/v1/models (ConnectError")
    assert "'base_url' ends in /v1" in result.stderr
    assert upstream.listing_headers[-1]["authorization"] == "Bearer tok"


def test_check_passes_when_every_model_is_served(
    tmp_path: Path, scripted: tuple[ScriptedUpstream, str]
) -> None:
    """Every upstream reachable and serving its models: `ok` and exit 0."""
    _, url = scripted
    policies = _policies(
        tmp_path / "policies",
        f"upstreams:\n  local: {{base_url: '{url}'}}\n"
        "models:\n  chat: {upstream: local, upstream_model: mistral, stage: general}\n",
    )
    result = _run(tmp_path, "upstreams", "check", "--policies", str(policies))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("local: ok, reachable")
    assert result.stderr == ""


def test_policy_check_warns_about_v1_and_unset_credentials(tmp_path: Path) -> None:
    """`policy check` passes but names file:line of a trailing /v1 and of an unset key variable."""
    policies = _policies(
        tmp_path / "policies",
        "upstreams:\n"
        "  vllm:\n"
        "    base_url: http://vllm:8000/v1/\n"
        "    api_key_env: VLLM_KEY_NOT_SET\n"
        "models:\n  chat: {upstream: vllm, stage: general}\n",
    )
    result = _run(tmp_path, "policy", "check", "--policies", str(policies))
    assert result.exit_code == 0
    models = policies / "models.yaml"
    assert result.stderr.splitlines() == [
        f"warning: {models}:3: models.yaml.upstreams.vllm: 'base_url' ends in /v1: "
        "the gateway uses http://vllm:8000",
        f"warning: {models}:4: models.yaml.upstreams.vllm: 'api_key_env' names "
        "VLLM_KEY_NOT_SET, which is not set: no credential is sent",
    ]
    assert result.stdout.startswith("ok: 1 tiers, 1 models, 1 upstreams")

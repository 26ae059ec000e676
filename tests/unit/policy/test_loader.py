"""Policy files load into frozen objects, or fail with the file and line of the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gateway.policy.errors import PolicyError
from gateway.policy.loader import load_policy_set
from gateway.settings import PACKAGE_POLICIES


def test_shipped_policies_load() -> None:
    """The example tiers and models load and cross-check."""
    policies = load_policy_set(PACKAGE_POLICIES, {})
    assert {"public", "developer", "researcher", "internal"} <= set(policies.tiers)
    assert policies.tiers["public"].limits.requests_per_minute == 60
    assert len(policies.version) == 16


def test_placeholders_come_from_variables() -> None:
    """`${NAME:-default}` in an upstream URL takes the variable, or else the default."""
    default = load_policy_set(PACKAGE_POLICIES, {})
    custom = load_policy_set(PACKAGE_POLICIES, {"MODELGATE_DEMO_UPSTREAM_URL": "http://10.0.0.1:9"})
    assert default.upstreams["demo"].base_url == "http://127.0.0.1:8081"
    assert custom.upstreams["demo"].base_url == "http://10.0.0.1:9"


def test_upstream_credential_comes_from_the_named_variable() -> None:
    """The key in `api_key_env` is read from the environment, never from the file."""
    policies = load_policy_set(PACKAGE_POLICIES, {"MODELGATE_DEMO_UPSTREAM_KEY": "s3cret"})
    assert policies.upstreams["demo"].api_key == "s3cret"
    assert policies.upstreams["demo"].warnings == ()


@pytest.mark.parametrize(
    ("written", "used"),
    [
        ("http://vllm:8000/v1", "http://vllm:8000"),
        ("http://vllm:8000/v1/", "http://vllm:8000"),
        ("https://api.groq.com/openai/v1", "https://api.groq.com/openai"),
        ("http://ollama:11434", "http://ollama:11434"),
        ("http://host/v10", "http://host/v10"),
    ],
)
def test_trailing_v1_is_dropped_with_a_warning(written: str, used: str) -> None:
    """A `base_url` written the SDK way (`.../v1`) is used without it, so that the gateway
    calls `/v1/chat/completions` and not `/v1/v1/chat/completions`; loading says so."""
    policies = load_policy_set(PACKAGE_POLICIES, {"MODELGATE_DEMO_UPSTREAM_URL": written})
    demo = policies.upstreams["demo"]
    assert demo.base_url == used
    assert any("ends in /v1" in warning for warning in demo.warnings) == (written != used)


@pytest.mark.parametrize(
    ("file", "find", "replace", "offset", "message"),
    [
        (
            "tiers.yaml",
            "    stages: [general]\n",
            "    stages: [genral]\n",
            0,
            "unknown release stage",
        ),
        ("tiers.yaml", "    max_tokens: 512\n", "    max_tokens: lots\n", 0, "must be an integer"),
        (
            "tiers.yaml",
            "    max_tokens: 512\n",
            "    max_tokenz: 512\n",
            0,
            "unknown field 'max_tokenz'",
        ),
        ("tiers.yaml", "    max_tokens: 512\n", "    max_tokens: -3\n", 0, "positive"),
        (
            "models.yaml",
            "    upstream: demo\n    kind: openai\n",
            "    upstream: nowhere\n    kind: openai\n",
            0,
            "unknown upstream",
        ),
        ("models.yaml", "    stage: general\n", "    stage: beta\n", 0, "must be one of"),
        ("models.yaml", "    base_url: ${", "    base_url: ftp://x ${", 0, "http://"),
        ("tiers.yaml", "tiers:\n", "tiers:\n  [unclosed\n", 2, ""),
        (
            "tiers.yaml",
            "    inspection: strict\n",
            "    inspection: strict\n    inspection: strict\n",
            1,
            "duplicate key",
        ),
    ],
)
def test_bad_policy_files_name_file_and_line(
    tmp_path: Path, file: str, find: str, replace: str, offset: int, message: str
) -> None:
    """Each kind of mistake fails at load with the file, the line and what is wrong."""
    shutil.copytree(PACKAGE_POLICIES, tmp_path, dirs_exist_ok=True)
    target = tmp_path / file
    text = target.read_text()
    assert find in text
    changed = text.replace(find, replace, 1)
    target.write_text(changed)
    # The line of the edit (plus `offset` where the mistake shows on the edit's second line).
    line = changed[: changed.index(replace)].count("\n") + 1 + offset
    with pytest.raises(PolicyError) as caught:
        load_policy_set(tmp_path, {})
    assert caught.value.path == target
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{target}:{line}:")

"""`modelgate policy check` validates escalation.yaml with file:line; `modelgate policy test`
runs its cases and fails on a mismatch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from gateway.settings import PACKAGE_POLICIES


def _modelgate(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        env={**os.environ, "MODELGATE_DATA_DIR": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _policies(tmp_path: Path) -> Path:
    """The shipped policies with only the escalation cases (text cases load the detectors)."""
    policies = tmp_path / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    for text_cases in (policies / "tests").glob("*.yaml"):
        text_cases.unlink()
    return policies


def test_policy_check_names_the_line_of_a_bad_escalation_rule(tmp_path: Path) -> None:
    """A misspelt figure in escalation.yaml fails `policy check` at its file and line."""
    policies = _policies(tmp_path)
    assert (
        "escalation rules"
        in _modelgate(tmp_path, "policy", "check", "--policies", str(policies)).stdout
    )
    path = policies / "escalation.yaml"
    text = path.read_text()
    line = text.splitlines().index("    when: {retries: 6}") + 1
    path.write_text(text.replace("    when: {retries: 6}", "    when: {retires: 6}"))
    result = _modelgate(tmp_path, "policy", "check", "--policies", str(policies))
    assert result.returncode == 1
    assert f"{path}:{line}:" in result.stderr
    assert "unknown figure 'retires'" in result.stderr


def test_policy_test_runs_the_escalation_cases(tmp_path: Path) -> None:
    """The shipped cases pass; a case expecting the wrong step makes the run fail."""
    policies = _policies(tmp_path)
    passed = _modelgate(tmp_path, "policy", "test", "--policies", str(policies))
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "ok   escalation:" in passed.stdout
    cases = policies / "tests" / "escalation" / "steps.yaml"
    cases.write_text(
        cases.read_text().replace(
            "figures: {retries: 6}, expect: hold", "figures: {retries: 6}, expect: suspend"
        )
    )
    failed = _modelgate(tmp_path, "policy", "test", "--policies", str(policies))
    assert failed.returncode == 1
    assert "expected suspend, got hold (probing-persists)" in failed.stdout

"""The policy test runner: loads cases, resolves tiers, and reports pass or fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gateway.cli.policy_test_command import policy_test_command
from gateway.policy.errors import PolicyError
from gateway.policy.policy_tests import PolicyTestRunner, load_cases

INSPECTION = """
profiles:
  basic:
    detectors: {pii: {}, words: {kind: denylist, options: {terms: [forbidden]}}}
    input: [pii, words]
    output: [pii, words]
    rules:
      - {id: pii-redact, categories: ["pii.*"], action: redact}
      - {id: words-block, categories: [denylist], action: block}
"""
TIERS = "tiers:\n  developer:\n    inspection: basic\n"


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    """A policies folder with one profile, one tier and a tests folder."""
    (tmp_path / "inspection.yaml").write_text(INSPECTION, encoding="utf-8")
    (tmp_path / "tiers.yaml").write_text(TIERS, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    return tmp_path


def _cases(policies: Path, body: str) -> None:
    (policies / "tests" / "cases.yaml").write_text(body, encoding="utf-8")


def test_passing_and_failing_cases(policies: Path) -> None:
    """Each case is decided by its tier's profile and compared with `expect`."""
    _cases(
        policies,
        "cases:\n"
        "  - {name: clean, text: hello, expect: allow}\n"
        "  - {name: email, text: mail a@example.com, expect: redact}\n"
        "  - {name: wrong, text: forbidden, stage: output, expect: allow}\n",
    )
    results = PolicyTestRunner(policies).run_all()
    assert [r.passed for r in results] == [True, True, False]
    assert results[2].decision.rule_id == "words-block"


def test_cli_exit_code_and_summary(policies: Path) -> None:
    """The command prints a summary line and exits 1 when a case fails."""
    _cases(policies, "cases:\n  - {name: bad, text: forbidden, expect: allow}\n")
    result = CliRunner().invoke(policy_test_command, ["--policies", str(policies)])
    assert result.exit_code == 1
    assert "FAIL" in result.output
    assert "0 passed, 1 failed" in result.output


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("cases: []\n", "non-empty"),
        ("cases:\n  - {name: x, text: y, expect: smite}\n", "bad `stage` or `expect`"),
        ("cases:\n  - {name: x, expect: allow}\n", "string"),
        ("cases:\n  - {name: x, messages: [hi], expect: allow}\n", "role, content"),
    ],
)
def test_bad_case_files(policies: Path, body: str, message: str) -> None:
    """Malformed case files raise PolicyError naming the problem."""
    _cases(policies, body)
    with pytest.raises(PolicyError, match=message):
        load_cases(policies / "tests" / "cases.yaml")


def test_unknown_tier(policies: Path) -> None:
    """A case naming a tier that does not exist fails clearly."""
    _cases(policies, "cases:\n  - {name: x, text: y, tier: gold, expect: allow}\n")
    with pytest.raises(PolicyError, match="gold"):
        PolicyTestRunner(policies).run_all()


def test_a_case_may_be_a_conversation(policies: Path) -> None:
    """`messages` are joined as the gateway joins a chat; each keeps its role and place."""
    _cases(
        policies,
        "cases:\n"
        "  - name: chat\n"
        "    messages:\n"
        "      - {role: system, content: be brief}\n"
        "      - {role: user, content: mail a@example.com}\n"
        "    expect: redact\n",
    )
    (case,) = load_cases(policies / "tests" / "cases.yaml")
    assert case.text == "be brief\nmail a@example.com"
    assert [(m.role, case.text[m.start : m.end]) for m in case.messages] == [
        ("system", "be brief"),
        ("user", "mail a@example.com"),
    ]
    assert [r.passed for r in PolicyTestRunner(policies).run_all()] == [True]

"""The `--json` form of `modelgate policy test`: each group's figures and each case's result."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from gateway.policy.policy_tests import CaseResult, GroupVerdict


class CaseReport(msgspec.Struct, frozen=True):
    """One case: where it is, what was expected, what the policy decided and by which rule."""

    file: str
    line: int
    name: str
    group: str
    tier: str
    stage: str
    text: str
    expect: str
    got: str
    rule: str | None
    categories: list[str]
    matched: bool


class GroupReport(msgspec.Struct, frozen=True):
    """A file's (or one of its groups') mismatch rate against the allowed rate."""

    file: str
    group: str
    cases: int
    mismatches: int
    rate: float
    allowed_rate: float
    passed: bool


class PolicyTestReport(msgspec.Struct, frozen=True):
    """The whole run; `passed` is the command's verdict (exit 0)."""

    passed: bool
    groups: list[GroupReport]
    cases: list[CaseReport]


def case_report(result: CaseResult) -> CaseReport:
    """One result in the export's form."""
    case, decision = result.case, result.decision
    return CaseReport(
        file=case.source.name,
        line=case.line,
        name=case.name,
        group=case.group,
        tier=case.tier,
        stage=case.stage,
        text=case.text,
        expect=case.expect,
        got=decision.action,
        rule=decision.rule_id,
        categories=list(decision.categories),
        matched=result.passed,
    )


def policy_test_report(verdicts: Sequence[GroupVerdict]) -> PolicyTestReport:
    """Every verdict and every case of a run."""
    return PolicyTestReport(
        passed=all(verdict.passed for verdict in verdicts),
        groups=[
            GroupReport(
                file=verdict.source.name,
                group=verdict.group,
                cases=len(verdict.results),
                mismatches=len(verdict.mismatches),
                rate=round(verdict.rate, 4),
                allowed_rate=verdict.allowed_rate,
                passed=verdict.passed,
            )
            for verdict in verdicts
        ],
        cases=[case_report(result) for verdict in verdicts for result in verdict.results],
    )

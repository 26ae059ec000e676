"""Escalation policy cases (`policies/tests/escalation/*.yaml`): figures, a tier, the step.

Each file holds `cases:`, mappings with `name`, `tier`, `figures` (figure -> value) and
`expect` (a step, or `none`); `modelgate policy test` checks the policy decides each one so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from gateway.policy.errors import PolicyError
from gateway.policy.field_reader import FieldReader
from gateway.policy.inspection_profile import load_inspection_profiles
from gateway.policy.yaml_source import LocatedMap, load_yaml
from gateway.risk.escalation_policy import EscalationPolicy, load_escalation_policy
from gateway.risk.escalation_state import STEPS, Step
from gateway.risk.figures import CATEGORY_PREFIX, FIGURES

CASES_DIR = Path("tests") / "escalation"


@dataclass(frozen=True, slots=True)
class EscalationCase:
    """One expectation about the escalation policy."""

    name: str
    tier: str
    figures: Mapping[str, float]
    expect: Step
    source: Path
    line: int


@dataclass(frozen=True, slots=True)
class EscalationResult:
    """A case and the step the policy chose (and by which rule)."""

    case: EscalationCase
    step: Step
    rule: str | None

    @property
    def passed(self) -> bool:
        """Whether the chosen step is the expected one."""
        return self.step == self.case.expect


def _case(path: Path, item: object, tiers: frozenset[str]) -> EscalationCase:
    line = item.line if isinstance(item, LocatedMap) else None
    fields = FieldReader(path, item, "case", line)
    fields.reject_unknown({"name", "tier", "figures", "expect"})
    tier = fields.get("tier", str)
    if tier not in tiers:
        raise fields.fail("tier", f"unknown tier {tier!r}")
    figures = fields.child("figures")
    for name in figures.mapping:
        if name not in FIGURES and not name.startswith(CATEGORY_PREFIX):
            raise figures.fail(name, f"unknown figure {name!r}")
    return EscalationCase(
        name=fields.get("name", str),
        tier=tier,
        figures={name: float(figures.get(name, (int, float))) for name in figures.mapping},
        expect=fields.choice("expect", STEPS),  # type: ignore[arg-type]  # checked by choice()
        source=path,
        line=line or 0,
    )


def load_escalation_cases(policies_dir: Path, tiers: frozenset[str]) -> list[EscalationCase]:
    """Every case under `policies_dir/tests/escalation/`, file by file in name order."""
    cases = []
    for path in sorted((policies_dir / CASES_DIR).glob("*.yaml")):
        document = load_yaml(path)
        raw = document.get("cases")
        if not isinstance(raw, list) or not raw:
            raise PolicyError(path, document.line, "expected a non-empty `cases:` list")
        cases += [_case(path, item, tiers) for item in raw]
    return cases


def run_escalation_cases(
    policy: EscalationPolicy, cases: list[EscalationCase]
) -> list[EscalationResult]:
    """What the policy decides for each case."""
    results = []
    for case in cases:
        rule = policy.verdict(case.figures, case.tier)
        results.append(
            EscalationResult(case, rule.step if rule else "none", rule.id if rule else None)
        )
    return results


def check_directory(
    policies_dir: Path, *, run_cases: bool = True
) -> tuple[EscalationPolicy | None, list[EscalationResult]]:
    """Load `escalation.yaml` and run its cases (unless `run_cases` is false), checked against
    the directory's tiers and inspection profiles; `(None, [])` without an escalation policy."""
    tiers_doc = load_yaml(policies_dir / "tiers.yaml")
    tiers = frozenset(tiers_doc.get("tiers") or {})
    profiles = load_inspection_profiles(policies_dir / "inspection.yaml")
    policy = load_escalation_policy(policies_dir, tiers, profiles)
    if policy is None or not run_cases:
        return policy, []
    return policy, run_escalation_cases(policy, load_escalation_cases(policies_dir, tiers))

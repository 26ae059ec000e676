"""The policy decision: a pure function from (profile, stage, findings) to one action.

Every rule that applies at the stage is checked against every finding; the strictest action
wins (allow < redact < flag < hold < block), and the first rule in file order that produced it
names the refusal. Findings that no rule acts on are dropped from the decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gateway.detectors.finding import Finding
from gateway.policy.inspection_profile import Action, InspectionProfile, Rule, Stage, severity


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with a text, why, and the findings that caused it.

    `redactions` are the span findings that a `redact` rule matched: whatever the final action,
    a released text should have them replaced.
    """

    action: Action
    categories: tuple[str, ...]
    rule_id: str | None
    findings: tuple[Finding, ...]
    redactions: tuple[Finding, ...] = ()
    # The naming rule's word to the caller (`Rule.help`), if it has one.
    help: str | None = None


ALLOW = Decision("allow", (), None, ())


def decide(
    profile: InspectionProfile, findings: Iterable[Finding], stage: Stage = "input"
) -> Decision:
    """The strictest action any rule of `profile` at `stage` takes on `findings`."""
    rules = profile.rules_for(stage)
    action: Action = "allow"
    naming: Rule | None = None
    acted: list[Finding] = []
    redactions: list[Finding] = []
    categories: list[str] = []
    for finding in findings:
        matched = [rule for rule in rules if rule.matches(finding)]
        if not matched:
            continue
        acted.append(finding)
        if finding.category not in categories:
            categories.append(finding.category)
        if finding.span is not None and any(rule.action == "redact" for rule in matched):
            redactions.append(finding)
        for rule in matched:
            stricter = severity(rule.action) > severity(action)
            earlier = (
                rule.action == action
                and naming is not None
                and rules.index(rule) < rules.index(naming)
            )
            if stricter or earlier:
                action, naming = rule.action, rule
    if naming is None:
        return ALLOW
    return Decision(
        action, tuple(categories), naming.id, tuple(acted), tuple(redactions), naming.help
    )

"""`Moderation`: what inspection decided about one request, all decisions folded into one."""

from __future__ import annotations

from dataclasses import dataclass, field

from gateway.policy.decide import Decision
from gateway.policy.inspection_profile import Action, severity


@dataclass(slots=True)
class Moderation:
    """What inspection decided, for the `X-ModelGate-Moderation` header and the audit record."""

    action: Action = "allow"
    categories: tuple[str, ...] = ()
    rule_id: str | None = None
    case_id: str | None = None
    scores: dict[str, float] = field(default_factory=dict)

    def merge(self, decision: Decision) -> None:
        """Fold one inspection's decision in: the strictest action wins, categories add up."""
        if severity(decision.action) > severity(self.action):
            self.action = decision.action
            self.rule_id = decision.rule_id
        for category in decision.categories:
            if category not in self.categories:
                self.categories = (*self.categories, category)
        for finding in decision.findings:
            if finding.score > self.scores.get(finding.category, -1.0):
                self.scores[finding.category] = round(finding.score, 4)

    def header_value(self) -> str:
        """The header text: the action, then the categories if any."""
        if not self.categories:
            return self.action
        return f"{self.action}; categories={','.join(self.categories)}"

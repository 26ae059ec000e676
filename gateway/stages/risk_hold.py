"""Account risk, after input inspection: an account escalated to `hold` has each request held
for human review (202 with the case), however harmless the prompt looks on its own.
"""

from __future__ import annotations

from gateway.inspection.cases import CaseSink
from gateway.pipeline.context import RequestContext
from gateway.policy.decide import Decision
from gateway.risk.escalation_state import rank
from gateway.stages.moderation_outcome import enforce
from gateway.stages.risk_gate import RISK_RULE_PREFIX

ACCOUNT_RISK = "account_risk"
"""The category a held account's requests carry, so reviewers see why they were held."""


class RiskHold:
    """Holds every request of an account (or key) escalated to `hold`."""

    def __init__(self, cases: CaseSink) -> None:
        self._cases = cases

    async def __call__(self, ctx: RequestContext) -> None:
        state = ctx.escalation
        if state is None or rank(state.step) < rank("hold"):
            return
        decision = Decision("hold", (ACCOUNT_RISK,), RISK_RULE_PREFIX + state.rule, ())
        await enforce(ctx, decision, "input", self._cases)

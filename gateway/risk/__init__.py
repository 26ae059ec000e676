"""Per-account risk: decayed counts of refusals, retries and volume, and escalation by policy.

The `RiskGate` stage reads an account's standing before inspection (one round trip to the
limiter's store) and registers `RiskTracker.after_request` to update the record once the
answer is out. See docs/risk.md.
"""

from gateway.risk.desk import AccountRiskDesk, SubjectRisk
from gateway.risk.escalation_policy import EscalationPolicy, EscalationRule, load_escalation_policy
from gateway.risk.escalation_state import STEPS, EscalationState, Step
from gateway.risk.tracker import RequestFacts, RiskTracker

__all__ = [
    "STEPS",
    "AccountRiskDesk",
    "EscalationPolicy",
    "EscalationRule",
    "EscalationState",
    "RequestFacts",
    "RiskTracker",
    "Step",
    "SubjectRisk",
    "load_escalation_policy",
]

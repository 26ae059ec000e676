"""Account risk, before inspection: refuse a suspended account, inspect an escalated one with
the stricter profile, and update the risk record once the answer is out (docs/risk.md).
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime

import structlog

from gateway.errors import AccountSuspended
from gateway.errors import LimiterUnavailable as StoreUnavailableProblem
from gateway.limits.failover import STORE_ERRORS
from gateway.pipeline.context import RequestContext
from gateway.risk.tracker import RequestFacts, RiskTracker

APPEAL = "/v1/reports"
RISK_RULE_PREFIX = "risk:"
"""Rule ids of decisions the escalation made (a held account's requests)."""
_BYTES_PER_TOKEN = 4

_log = structlog.get_logger("gateway.risk")


class RiskGate:
    """Reads the account's and the key's standing (one round trip) and acts on it."""

    def __init__(self, tracker: RiskTracker) -> None:
        self._tracker = tracker

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        assert ctx.tier is not None
        account, key_id = ctx.key.account, ctx.key.limit_subject
        # The limiter read the standing in its own admit call when it could (no round trip).
        peeked = getattr(ctx.limit_admission, "peeked", None)
        try:
            state = (
                self._tracker.standing_from(account, key_id, peeked)
                if peeked is not None
                else await self._tracker.standing(account, key_id)
            )
        except STORE_ERRORS as exc:
            _log.warning("risk.store_unreachable", error=type(exc).__name__)
            if self._tracker.fail_closed:
                raise StoreUnavailableProblem(
                    "account standing cannot be checked right now; retry shortly",
                    headers={"retry-after": "1"},
                ) from exc
            state = None
        if state is not None:
            ctx.escalation = state
            if state.step == "suspend":
                since = datetime.fromtimestamp(state.since_ms / 1000, UTC).isoformat()
                raise AccountSuspended(
                    "this account is suspended pending review: its recent requests matched "
                    f"the escalation rule {state.rule}. An administrator reviews it and can "
                    f"restore it; to explain or appeal, contact them or POST {APPEAL} with "
                    "this request id",
                    extensions={"rule": state.rule, "since": since, "appeal": APPEAL},
                )
            profile = self._tracker.policy.stricter_profile
            ctx.tier = replace(ctx.tier, inspection=profile)
        ctx.risk_checked = True


class UpdateRisk:
    """A finisher: the risk record learns how a request the gate let on went."""

    def __init__(self, tracker: RiskTracker) -> None:
        self._tracker = tracker

    async def __call__(self, ctx: RequestContext) -> None:
        # The caller already has the answer, so this costs it nothing.
        if not ctx.risk_checked:
            return
        assert ctx.key is not None
        assert ctx.tier is not None
        moderation = ctx.moderation
        tokens_out = ctx.usage_completion_tokens or math.ceil(ctx.streamed_bytes / _BYTES_PER_TOKEN)
        facts = RequestFacts(
            request_id=ctx.request_id,
            account=ctx.key.account,
            key_id=ctx.key.limit_subject,
            tier=ctx.tier.name,
            action=moderation.action,
            categories=moderation.categories,
            prompt=ctx.prompt_text,
            tokens_in=ctx.usage_prompt_tokens or ctx.prompt_estimate,
            tokens_out=tokens_out,
            held_by_escalation=(moderation.rule_id or "").startswith(RISK_RULE_PREFIX),
        )
        self._tracker.record_later(facts)

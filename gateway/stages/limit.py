"""Stage 5, limit: requests, concurrency and tokens, taken at once before forwarding.

Tokens are reserved (prompt estimate plus the answer's ceiling) and settled to the upstream's
reported usage once the response is complete, so concurrent requests cannot overshoot.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence

import structlog

from gateway.access.key_record import KeyRecord
from gateway.errors import LimiterUnavailable, RateLimited
from gateway.limits import (
    Admission,
    LimiterBackend,
    LimitSpec,
    estimate_prompt_tokens,
    rate_limit_headers,
    reservation_for,
)
from gateway.pipeline.context import RequestContext
from gateway.schemas.answer_text import answer_text

_PROMPT_FIELDS = {"chat": "messages", "completions": "prompt", "embeddings": "input"}
# The fallback when an answer reports no usage: about four bytes of text per token.
_BYTES_PER_TOKEN = 4
# Concurrency leases expire (MODELGATE_LEASE_TTL) so a crashed replica cannot hold them
# forever; a stream that runs longer renews its lease this many times per TTL.
RENEWALS_PER_TTL = 5

_log = structlog.get_logger("gateway.limits")


def effective_spec(ctx: RequestContext) -> LimitSpec:
    """The tier's limits with the key's own overrides on top."""
    assert ctx.tier is not None
    assert ctx.key is not None
    spec = ctx.tier.limits
    if ctx.key.limit_overrides:
        spec = spec.merged_with(LimitSpec.from_mapping(ctx.key.limit_overrides))
    return spec


def _prompt_estimate(ctx: RequestContext) -> int:
    field = _PROMPT_FIELDS.get(ctx.endpoint or "")
    return estimate_prompt_tokens(ctx.body.get(field) if field else ctx.prompt_text)


def _reservation(ctx: RequestContext, estimate: int) -> int:
    assert ctx.tier is not None
    if ctx.endpoint in ("embeddings", "infer"):
        return reservation_for(estimate, 0, ctx.tier.max_tokens)
    requested = ctx.body.get("max_tokens") or ctx.body.get("max_completion_tokens")
    ceiling = requested if isinstance(requested, int) else None
    choices = ctx.body.get("n")
    per_choice = reservation_for(0, ceiling, ctx.tier.max_tokens)
    return estimate + per_choice * (choices if isinstance(choices, int) and choices > 1 else 1)


def _refusal(admission: Admission, headers: dict[str, str]) -> RateLimited:
    limit = admission.limit or "requests"
    if admission.oversized:
        return RateLimited(
            f"this request needs more tokens than your {limit} quota allows in total; "
            "lower max_tokens or shorten the prompt",
            extensions={"limit": limit},
            headers=headers,
        )
    retry_after = max(1, math.ceil(admission.retry_after))
    return RateLimited(
        f"{limit.replace('_', ' ')} limit reached; retry in {retry_after} s",
        extensions={"limit": limit, "retry_after": retry_after},
        headers=headers,
    )


class EnforceLimits:
    """Admits the request against every limit of the caller's tier, or refuses it with 429."""

    def __init__(
        self,
        limiter: LimiterBackend,
        peek: Callable[[KeyRecord], Sequence[str]] | None = None,
    ) -> None:
        """`peek` names store keys to read in the admit call itself (the account's risk
        standing, read by the risk gate from `Admission.peeked`): no extra round trip."""
        self._limiter = limiter
        self._peek = peek
        self._renew_every_s = limiter.lease_ttl / RENEWALS_PER_TTL

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        assert ctx.model is not None
        spec = effective_spec(ctx)
        if spec.is_unlimited:
            return
        estimate = _prompt_estimate(ctx)
        reserve = _reservation(ctx, estimate)
        try:
            # Charged to the key's rotation chain, so a successor shares its predecessor's quota.
            admission = await self._limiter.admit(
                ctx.key.limit_subject,
                ctx.model.name,
                spec,
                reserve,
                self._peek(ctx.key) if self._peek is not None else (),
            )
        except LimiterUnavailable as exc:
            # Reworded for the caller (the store's own message names the store), with a wait.
            raise LimiterUnavailable(
                "rate limits cannot be checked right now; retry shortly",
                headers={"retry-after": "1"},
            ) from exc
        headers = rate_limit_headers(admission)
        if not admission.admitted:
            raise _refusal(admission, headers)
        ctx.response_headers.update(headers)
        ctx.reserved_tokens = reserve
        ctx.prompt_estimate = estimate
        ctx.limit_admission = admission
        reservation = admission.reservation
        if ctx.body.get("stream") is True and reservation is not None and reservation.lease_keys:
            ctx.lease_renewal = asyncio.create_task(self._keep_lease(admission))

    async def _keep_lease(self, admission: Admission) -> None:
        while True:
            await asyncio.sleep(self._renew_every_s)
            try:
                await self._limiter.renew(admission)
            except Exception as exc:  # an outage must not end the stream; the TTL still holds
                _log.warning("limits.lease_renewal_failed", error=type(exc).__name__)


class SettleLimits:
    """A finisher: stops renewing the lease, then charges what the request used (usage, or an
    estimate from the text) and gives back the rest of its reservation."""

    def __init__(self, limiter: LimiterBackend) -> None:
        self._limiter = limiter

    async def __call__(self, ctx: RequestContext) -> None:
        if ctx.lease_renewal is not None:
            ctx.lease_renewal.cancel()
        admission = ctx.limit_admission
        if admission is None:  # refused before the limits were taken, or unlimited
            return
        used = ctx.usage_prompt_tokens + ctx.usage_completion_tokens
        if used == 0 and ctx.streamed_bytes:
            used = ctx.prompt_estimate + math.ceil(ctx.streamed_bytes / _BYTES_PER_TOKEN)
        elif used == 0 and ctx.reply is not None and ctx.reply.status < 400:
            # An upstream that reports no usage must not make its answers free: charge an
            # estimate, as streams do.
            answer_bytes = len(answer_text(ctx.reply.json).encode())
            used = ctx.prompt_estimate + math.ceil(answer_bytes / _BYTES_PER_TOKEN)
        if used == 0 and ctx.status >= 400:
            # The upstream never produced anything to pay for: give everything back.
            await self._limiter.release(admission)
        else:
            await self._limiter.settle(admission, used)

"""Review limits: a key's polls, and its reports, appeals and webhooks, each per minute.

Counted apart from the model limits (a poll costs no model quota) but in the same limiter
store, so every replica counts them together. See docs/review.md and docs/limits.md.
"""

from __future__ import annotations

import math
from typing import Literal

from gateway.errors import LimiterUnavailable, RateLimited
from gateway.limits import LimiterBackend, LimitSpec
from gateway.pipeline.context import RequestContext

RedressKind = Literal["review_polls", "review_filings"]


class EnforceRedressLimit:
    """Admits one poll (or one filing) of the caller's key, or refuses it with 429."""

    def __init__(self, limiter: LimiterBackend, kind: RedressKind, per_minute: int) -> None:
        self._limiter = limiter
        self._kind = kind
        self._spec = LimitSpec(requests_per_minute=per_minute)

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        # Its own subject: the model limits' counters of the key are left alone.
        subject = f"{self._kind}:{ctx.key.limit_subject}"
        try:
            admission = await self._limiter.admit(subject, None, self._spec, 0)
        except LimiterUnavailable as exc:
            # Reworded for the caller (the store's own message names the store), with a wait.
            raise LimiterUnavailable(
                "review limits cannot be checked right now; retry shortly",
                headers={"retry-after": "1"},
            ) from exc
        if admission.admitted:
            return
        retry_after = max(1, math.ceil(admission.retry_after))
        what = "polls" if self._kind == "review_polls" else "reports, appeals and webhooks"
        raise RateLimited(
            f"too many review {what} with this key (at most "
            f"{self._spec.requests_per_minute} a minute); retry in {retry_after} s",
            extensions={"limit": self._kind, "retry_after": retry_after},
            headers={"retry-after": str(retry_after)},
        )

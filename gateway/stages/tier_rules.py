"""Stage 4, tier rules: parameters the tier may not use, `max_tokens` caps, message counts."""

from __future__ import annotations

from gateway.errors import ParameterNotAllowed, UnprocessableRequest
from gateway.pipeline.context import RequestContext


class EnforceTierRules:
    """Applies the caller's tier to the parsed body; fills in `max_tokens` when it is absent."""

    async def __call__(self, ctx: RequestContext) -> None:
        tier = ctx.tier
        assert tier is not None
        body = ctx.body
        forbidden = sorted(name for name in tier.forbidden_parameters if name in body)
        if forbidden:
            raise ParameterNotAllowed(
                f"your tier {tier.name!r} may not use: {', '.join(forbidden)}",
                extensions={"parameters": forbidden, "tier": tier.name},
            )
        if ctx.endpoint not in ("chat", "completions"):
            return
        messages = body.get("messages")
        if isinstance(messages, list) and len(messages) > tier.max_messages:
            raise UnprocessableRequest(
                f"messages: {len(messages)} exceed your tier's limit of {tier.max_messages}",
                extensions={"errors": [{"field": "messages", "reason": "too many messages"}]},
            )
        for field in ("max_tokens", "max_completion_tokens"):
            requested = body.get(field)
            if isinstance(requested, int) and requested > tier.max_tokens:
                raise UnprocessableRequest(
                    f"{field}: {requested} exceeds your tier's cap of {tier.max_tokens}",
                    extensions={
                        "errors": [{"field": field, "reason": f"at most {tier.max_tokens}"}]
                    },
                )
        if body.get("max_tokens") is None and body.get("max_completion_tokens") is None:
            # Without a cap the upstream may generate until its context ends; the tier bounds it,
            # and the token reservation needs a bound too.
            body["max_tokens"] = tier.max_tokens

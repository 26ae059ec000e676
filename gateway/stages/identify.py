"""Stage 1, identify: who is calling, from the API key."""

from __future__ import annotations

from gateway.access.authenticator import KeyAuthenticator
from gateway.errors import InvalidRequest
from gateway.pipeline.context import RequestContext
from gateway.policy.catalog import PolicySet


class Identify:
    """Authenticates the key and finds its tier."""

    def __init__(self, authenticator: KeyAuthenticator, policies: PolicySet) -> None:
        self._authenticator = authenticator
        self._policies = policies

    async def __call__(self, ctx: RequestContext) -> None:
        key = await self._authenticator.authenticate(ctx.authorization, ctx.client_address)
        tier = self._policies.tiers.get(key.tier)
        if tier is None:
            # A key whose tier was removed from policy cannot be served safely.
            raise InvalidRequest(
                f"this key's tier {key.tier!r} no longer exists; ask an admin to reassign it"
            )
        ctx.key = key
        ctx.tier = tier

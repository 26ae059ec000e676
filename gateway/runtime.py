"""`GatewayRuntime`: the long-lived parts of one gateway process, built from settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.authenticator import KeyAuthenticator, KeyCache
from gateway.access.key_store import KeyStore
from gateway.limits import AuthThrottle, LimiterBackend
from gateway.limits.construction import build_auth_throttle, build_limiter
from gateway.pipeline.assembly import Pipelines, build_pipelines
from gateway.policy.catalog import PolicySet
from gateway.policy.loader import load_policy_set
from gateway.settings import Settings
from gateway.storage.engine import create_engine
from gateway.upstream.client import UpstreamPool


@dataclass(frozen=True, slots=True)
class GatewayRuntime:
    """Stores, clients and pipelines shared by every request of this process."""

    settings: Settings
    policies: PolicySet
    engine: AsyncEngine
    keys: KeyStore
    key_cache: KeyCache
    upstreams: UpstreamPool
    limiter: LimiterBackend
    auth_throttle: AuthThrottle
    pipelines: Pipelines

    async def aclose(self) -> None:
        """Release connections and pools."""
        await self.upstreams.aclose()
        await self.limiter.aclose()
        await self.auth_throttle.aclose()
        await self.engine.dispose()


def build_runtime(settings: Settings) -> GatewayRuntime:
    """Load policy (failing fast on a bad file) and build every long-lived part."""
    policies = load_policy_set(settings.policy.policies_dir, settings.policy.variables)
    engine = create_engine(settings.storage.effective_database_url)
    keys = KeyStore(engine)
    key_cache = KeyCache(ttl=settings.access.key_cache_ttl_seconds)
    upstreams = UpstreamPool(policies.upstreams)
    limiter = build_limiter(settings.limits)
    auth_throttle = build_auth_throttle(settings.limits)
    pipelines = build_pipelines(
        authenticator=KeyAuthenticator(keys, key_cache, auth_throttle),
        policies=policies,
        upstreams=upstreams,
        limiter=limiter if settings.limits.enabled else None,
    )
    return GatewayRuntime(
        settings=settings,
        policies=policies,
        engine=engine,
        keys=keys,
        key_cache=key_cache,
        upstreams=upstreams,
        limiter=limiter,
        auth_throttle=auth_throttle,
        pipelines=pipelines,
    )

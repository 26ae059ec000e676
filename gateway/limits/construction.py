"""Choosing the limiter and the authentication throttle for the configured store."""

from __future__ import annotations

from gateway.limits.auth_throttle import AuthThrottle
from gateway.limits.backend import LimiterBackend
from gateway.limits.failover import FailoverBackend
from gateway.limits.memory import InProcessBackend
from gateway.limits.redis_backend import RedisBackend
from gateway.settings import LimitSettings


def build_limiter(settings: LimitSettings) -> LimiterBackend:
    """In-process limits by default; Redis behind the outage policy when a URL is set."""
    ttl = settings.lease_ttl_seconds
    if not settings.redis_url:
        return InProcessBackend(lease_ttl=ttl)
    return FailoverBackend(
        RedisBackend.from_url(settings.redis_url, lease_ttl=ttl),
        on_redis_outage=settings.on_redis_outage,
        fallback=InProcessBackend(lease_ttl=ttl),
    )


def build_auth_throttle(settings: LimitSettings) -> AuthThrottle:
    """The failed-authentication throttle, shared through Redis when there is one."""
    failures, window = settings.auth_max_failures, settings.auth_window_seconds
    if not settings.redis_url:
        return AuthThrottle.in_process(max_failures=failures, window_seconds=window)
    return AuthThrottle.for_redis(
        settings.redis_url,
        on_outage=settings.on_redis_outage,
        max_failures=failures,
        window_seconds=window,
    )

"""Brute-force protection: failed authentications per client address, and whose address it is.

Built on the `limits` library (moving window), in memory or in Redis: counting failures per
address is exactly what it does, and a few failures more or less across replicas do not
matter here, so this needs none of the request limiter's Lua. (`limits` reads the replica's
clock for the window; unlike request limits that is fine for a lockout measured in minutes.)
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, cast

import redis.asyncio as redis
import structlog
from limits import RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from gateway.errors import LimiterUnavailable
from gateway.limits.failover import STORE_ERRORS, OutageMode

_THROTTLE_ERRORS: tuple[type[BaseException], ...] = (StorageError, *STORE_ERRORS)


class AuthThrottle:
    """Blocks an address after `max_failures` failed authentications within `window_seconds`."""

    def __init__(
        self,
        storage: Storage,
        *,
        max_failures: int = 10,
        window_seconds: int = 300,
        on_outage: OutageMode = "open",
        outage_pause: float = 5.0,
        close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._item = RateLimitItemPerSecond(max_failures, window_seconds)
        self._limiter = MovingWindowRateLimiter(storage)
        # Fail-open keeps protecting each replica on its own while the shared store is down.
        self._fallback = MovingWindowRateLimiter(MemoryStorage())
        self._mode = on_outage
        self._outage_pause = outage_pause
        self._skip_store_until = 0.0
        self._close = close
        self._log = structlog.get_logger()
        self.outages = 0
        """Times the shared store became unreachable (for a metrics exporter)."""

    @classmethod
    def in_process(cls, **options: Any) -> AuthThrottle:
        """A throttle for the embedded, single-process gateway."""
        return cls(MemoryStorage(), **options)

    @classmethod
    def for_redis(
        cls, url: str, *, key_prefix: str = "mg:authfail", timeout: float = 0.5, **options: Any
    ) -> AuthThrottle:
        """A throttle shared through Redis (its own pool: short timeouts, no retries)."""
        pool = redis.ConnectionPool.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
        )
        connection = cast(dict[str, Any], {"connection_pool": pool})
        storage = RedisStorage(
            "async+" + url,
            implementation="redispy",
            key_prefix=key_prefix,
            wrap_exceptions=True,
            **connection,
        )
        return cls(storage, close=pool.aclose, **options)

    async def check(self, address: str) -> float | None:
        """Seconds until `address` may try again, or `None` when it is not blocked."""
        limiter = await self._limiter_for_now()
        try:
            stats = await limiter.get_window_stats(self._item, address)
        except _THROTTLE_ERRORS as exc:
            limiter = self._store_failed(exc)
            stats = await limiter.get_window_stats(self._item, address)
        if stats.remaining > 0:
            return None
        return max(0.001, stats.reset_time - time.time())

    async def record_failure(self, address: str) -> None:
        """Count one failed authentication from `address`."""
        limiter = await self._limiter_for_now()
        try:
            await limiter.hit(self._item, address)
        except _THROTTLE_ERRORS as exc:
            await self._store_failed(exc).hit(self._item, address)

    async def aclose(self) -> None:
        """Close the Redis pool, if this throttle made one."""
        if self._close is not None:
            await self._close()

    async def _limiter_for_now(self) -> MovingWindowRateLimiter:
        if time.monotonic() < self._skip_store_until:
            return self._degraded()
        return self._limiter

    def _store_failed(self, exc: BaseException) -> MovingWindowRateLimiter:
        if time.monotonic() >= self._skip_store_until:
            self.outages += 1
            self._log.warning("auth_throttle.store_outage", mode=self._mode, error=repr(exc))
        # Skip the store for a while rather than paying a failed connect on every attempt.
        self._skip_store_until = time.monotonic() + self._outage_pause
        return self._degraded()

    def _degraded(self) -> MovingWindowRateLimiter:
        if self._mode == "closed":
            raise LimiterUnavailable("the authentication throttle's store is unreachable")
        return self._fallback


def client_address(
    scope_client_host: str | None,
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    trusted_proxies: frozenset[str],
) -> str:
    """The address to charge: the socket peer, unless that peer is a trusted proxy.

    Behind trusted proxies, `X-Forwarded-For` is read right to left, skipping trusted hops;
    the first untrusted entry is the client. Entries left of it were written by the client
    and are ignored, so a spoofed header changes nothing. `trusted_proxies` holds addresses
    or CIDR networks ("10.0.0.0/8").
    """
    peer = _normalise(scope_client_host)
    if peer is None:
        return "unknown"
    if not _is_trusted(peer, trusted_proxies):
        return peer
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    hops = [
        hop.strip()
        for name, value in pairs
        if name.lower() == "x-forwarded-for"
        for hop in value.split(",")
    ]
    closest = peer
    for hop in reversed(hops):
        address = _normalise(hop)
        if address is None:
            # A malformed entry cannot be charged; the last proxy we trust stands in for it.
            return closest
        if not _is_trusted(address, trusted_proxies):
            return address
        closest = address
    return closest


def _normalise(value: str | None) -> str | None:
    if not value:
        return None
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


def _is_trusted(address: str, trusted: frozenset[str]) -> bool:
    if address in trusted:
        return True
    ip = ipaddress.ip_address(address)
    for entry in trusted:
        if "/" in entry:
            network = ipaddress.ip_network(entry, strict=False)
            if ip.version == network.version and ip in network:
                return True
    return False


__all__ = ["AuthThrottle", "client_address"]

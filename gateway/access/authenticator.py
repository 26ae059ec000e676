"""`KeyAuthenticator`: from the presented `Authorization` value to a usable `KeyRecord`."""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict
from datetime import UTC, datetime
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from gateway.access.key_format import MalformedKey, parse_key, secret_matches
from gateway.access.key_record import KeyRecord
from gateway.access.key_store import KeyStore
from gateway.errors import (
    AccountSuspended,
    AuthenticationError,
    AuthThrottled,
    InvalidKey,
    KeyExpired,
    KeyRevoked,
    MissingKey,
    StoreUnavailable,
)
from gateway.limits.auth_throttle import AuthThrottle

_STORE_DOWN = (SQLAlchemyError, OSError, TimeoutError)
"""What a key lookup raises while the database is unreachable."""
_STORE_TIMEOUT_S = 3.0
_STORE_RETRY_AFTER_S = 5

_REFUSALS = {
    "revoked": (KeyRevoked, "this API key has been revoked"),
    "expired": (KeyExpired, "this API key has expired"),
    "rotated-out": (KeyRevoked, "this API key was rotated and its grace period has ended"),
    "suspended": (AccountSuspended, "the account that owns this API key is suspended"),
}


class KeyCache:
    """A bounded cache of key lookups (hits and misses) that expire after `ttl` seconds."""

    def __init__(self, ttl: float, max_entries: int = 10_000) -> None:
        self._ttl = ttl
        self._max_entries = max_entries
        self._entries: OrderedDict[str, tuple[float, KeyRecord | None]] = OrderedDict()

    def get(self, key_id: str) -> tuple[bool, KeyRecord | None]:
        """(found in cache, record or None for a cached miss)."""
        entry = self._entries.get(key_id)
        if entry is None or entry[0] < time.monotonic():
            return False, None
        return True, entry[1]

    def put(self, key_id: str, record: KeyRecord | None) -> None:
        """Remember a lookup result."""
        self._entries[key_id] = (time.monotonic() + self._ttl, record)
        self._entries.move_to_end(key_id)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

    def stale(self, key_id: str) -> KeyRecord | None:
        """The last record seen for `key_id`, however old (None: never seen, or a miss)."""
        entry = self._entries.get(key_id)
        return entry[1] if entry is not None else None

    def invalidate(self, key_id: str | None = None) -> None:
        """Forget one key (a revocation broadcast) or everything."""
        if key_id is None:
            self._entries.clear()
        else:
            self._entries.pop(key_id, None)


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer ...` header; raises `MissingKey`."""
    if not authorization:
        raise MissingKey("send your API key as 'Authorization: Bearer mg_...'")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise MissingKey("the Authorization header must use the Bearer scheme")
    return token.strip()


class KeyAuthenticator:
    """Parses, looks up (through a short-lived cache) and checks an API key.

    Failed attempts are counted per client address. A throttled address loses only its
    failures: a further bad key from it gets 429 instead of 401, while a valid key from it is
    still served, so one guesser behind a shared NAT cannot lock out everyone else there. A
    key that the cache already vouches for skips the throttle's round trip, so valid traffic
    pays nothing for brute-force protection.
    """

    def __init__(self, store: KeyStore, cache: KeyCache, throttle: AuthThrottle) -> None:
        self._store = store
        self._cache = cache
        self._throttle = throttle

    async def _refuse_if_throttled(self, address: str) -> None:
        retry_after = await self._throttle.check(address)
        if retry_after is not None:
            seconds = max(1, math.ceil(retry_after))
            raise AuthThrottled(
                f"too many failed authentications from your address; retry in {seconds} s",
                headers={"retry-after": str(seconds)},
            )

    async def _fail(self, address: str, refusal: AuthenticationError) -> NoReturn:
        await self._throttle.record_failure(address)
        raise refusal

    async def _lookup(self, key_id: str) -> KeyRecord | None:
        """Ask the store; while it is unreachable, fall back on the last record seen.

        A key revoked before the outage is not served stale: the revocation broadcast has
        already dropped it from the cache, so it gets a 503 until the store answers again.
        """
        try:
            async with asyncio.timeout(_STORE_TIMEOUT_S):
                record = await self._store.find(key_id)
        except _STORE_DOWN as exc:
            stale = self._cache.stale(key_id)
            if stale is not None:
                return stale
            raise StoreUnavailable(
                "the key store is unreachable; retry shortly",
                headers={"retry-after": str(_STORE_RETRY_AFTER_S)},
            ) from exc
        self._cache.put(key_id, record)
        return record

    async def authenticate(self, authorization: str | None, address: str) -> KeyRecord:
        """The key's record when it may be used now; raises an `AuthenticationError` otherwise."""
        token = bearer_token(authorization)
        try:
            parsed = parse_key(token)
        except MalformedKey as exc:
            await self._refuse_if_throttled(address)
            await self._fail(address, InvalidKey(str(exc)))
        hit, record = self._cache.get(parsed.key_id)
        if not hit:
            # Looked up even for a throttled address: the throttle refuses failures, not
            # valid keys (a primary-key lookup, and misses are cached too).
            record = await self._lookup(parsed.key_id)
        # Same refusal for an unknown id and a wrong secret, so ids cannot be probed.
        if record is None or not secret_matches(parsed, record.secret_hash):
            await self._refuse_if_throttled(address)
            await self._fail(address, InvalidKey("unknown API key"))
        assert record is not None
        state = record.state_at(datetime.now(UTC))
        if state != "active":
            refusal, detail = _REFUSALS[state]
            raise refusal(detail, extensions={"key_id": record.key_id})
        return record

"""`KeyAuthenticator`: from the presented `Authorization` value to a usable `KeyRecord`."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from datetime import UTC, datetime
from typing import NoReturn

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
)
from gateway.limits.auth_throttle import AuthThrottle

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

    Failed attempts are counted per client address; a throttled address is refused before
    any lookup. A key that the cache already vouches for skips the throttle's round trip, so
    valid traffic pays nothing for brute-force protection.
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

    async def authenticate(self, authorization: str | None, address: str) -> KeyRecord:
        """The key's record when it may be used now; raises an `AuthenticationError` otherwise."""
        token = bearer_token(authorization)
        try:
            parsed = parse_key(token)
        except MalformedKey as exc:
            await self._refuse_if_throttled(address)
            await self._fail(address, InvalidKey(str(exc)))
        hit, record = self._cache.get(parsed.key_id)
        if not (hit and record is not None and secret_matches(parsed, record.secret_hash)):
            await self._refuse_if_throttled(address)
            if not hit:
                record = await self._store.find(parsed.key_id)
                self._cache.put(parsed.key_id, record)
            # Same refusal for an unknown id and a wrong secret, so ids cannot be probed.
            if record is None or not secret_matches(parsed, record.secret_hash):
                await self._fail(address, InvalidKey("unknown API key"))
        assert record is not None
        state = record.state_at(datetime.now(UTC))
        if state != "active":
            refusal, detail = _REFUSALS[state]
            raise refusal(detail, extensions={"key_id": record.key_id})
        return record

"""While the key store is unreachable, known keys keep working and unknown ones get a 503."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gateway.access.authenticator import KeyAuthenticator, KeyCache
from gateway.access.key_format import generate_key
from gateway.access.key_record import KeyRecord
from gateway.errors import StoreUnavailable
from gateway.limits.auth_throttle import AuthThrottle


class FlakyStore:
    """A key store double that knows one record and can be switched off."""

    def __init__(self, record: KeyRecord) -> None:
        self.record = record
        self.down = False

    async def find(self, key_id: str) -> KeyRecord | None:
        if self.down:
            raise ConnectionRefusedError("database down")
        return self.record if key_id == self.record.key_id else None


def _key() -> tuple[str, KeyRecord]:
    text, parsed = generate_key()
    record = KeyRecord(
        key_id=parsed.key_id,
        account="alice",
        tier="developer",
        secret_hash=parsed.secret_hash,
        created_at=datetime.now(UTC),
    )
    return text, record


def _authenticator(store: FlakyStore, cache: KeyCache) -> KeyAuthenticator:
    return KeyAuthenticator(store, cache, AuthThrottle.in_process())  # type: ignore[arg-type]


async def test_a_key_seen_before_the_outage_is_served_from_its_stale_record() -> None:
    """Past the cache TTL, with the store down, the last record seen is used."""
    text, record = _key()
    store = FlakyStore(record)
    authenticator = _authenticator(store, KeyCache(ttl=0.0))
    assert (await authenticator.authenticate(f"Bearer {text}", "10.0.0.1")).key_id == record.key_id
    store.down = True
    assert (await authenticator.authenticate(f"Bearer {text}", "10.0.0.1")).key_id == record.key_id


async def test_an_unseen_key_gets_store_unavailable_not_a_500() -> None:
    """A key never looked up before gets 503 store-unavailable with Retry-After."""
    text, record = _key()
    store = FlakyStore(record)
    store.down = True
    with pytest.raises(StoreUnavailable) as caught:
        await _authenticator(store, KeyCache(ttl=5.0)).authenticate(f"Bearer {text}", "10.0.0.1")
    assert caught.value.status == 503
    assert caught.value.type_name == "store-unavailable"
    assert caught.value.headers["retry-after"]


async def test_a_revoked_key_dropped_from_the_cache_is_not_served_stale() -> None:
    """After a revocation broadcast invalidated the cache, an outage means 503, not access."""
    text, record = _key()
    store = FlakyStore(record)
    cache = KeyCache(ttl=0.0)
    authenticator = _authenticator(store, cache)
    await authenticator.authenticate(f"Bearer {text}", "10.0.0.1")
    cache.invalidate(record.key_id)
    store.down = True
    with pytest.raises(StoreUnavailable):
        await authenticator.authenticate(f"Bearer {text}", "10.0.0.1")

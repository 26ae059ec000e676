"""A throttled address loses its failures, not its valid keys (no lock-out behind a shared NAT).

The key store is the real PostgreSQL and the throttle the real Redis, as in production.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from gateway.access.authenticator import KeyAuthenticator, KeyCache
from gateway.access.key_format import generate_key
from gateway.access.key_store import KeyStore
from gateway.errors import AuthThrottled, InvalidKey
from gateway.limits.auth_throttle import AuthThrottle
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade_async

pytestmark = [pytest.mark.redis, pytest.mark.postgres]

_NAT = "203.0.113.77"


def _unknown_key() -> str:
    """A well-formed key that no store knows, so it is looked up and then refused."""
    return f"Bearer {generate_key()[0]}"


@dataclass
class Gate:
    """An authenticator on the real stores, and the key store to issue keys with."""

    authenticator: KeyAuthenticator
    keys: KeyStore


@pytest.fixture
async def gate(postgres_url: str, redis_url: str, unique_prefix: str) -> AsyncIterator[Gate]:
    """Three failures per minute lock an address; the key cache starts empty."""
    await upgrade_async(postgres_url)
    engine = create_engine(postgres_url)
    throttle = AuthThrottle.for_redis(
        redis_url, key_prefix=unique_prefix + "authfail", max_failures=3, window_seconds=60
    )
    keys = KeyStore(engine)
    try:
        yield Gate(KeyAuthenticator(keys, KeyCache(ttl=30.0), throttle), keys)
    finally:
        await throttle.aclose()
        await engine.dispose()


async def _lock_out(gate: Gate) -> None:
    for _ in range(3):
        with pytest.raises(InvalidKey):
            await gate.authenticator.authenticate(_unknown_key(), _NAT)
    with pytest.raises(AuthThrottled):
        await gate.authenticator.authenticate(_unknown_key(), _NAT)


async def test_a_valid_key_from_a_throttled_address_is_still_served(gate: Gate) -> None:
    """After a neighbour's bad keys throttle the shared address, a valid key still works."""
    issued = await gate.keys.create(account="nat-neighbour", tier="developer")
    await _lock_out(gate)
    record = await gate.authenticator.authenticate(f"Bearer {issued.key}", _NAT)
    assert record.key_id == issued.record.key_id


async def test_further_bad_keys_from_a_throttled_address_are_refused_with_retry_after(
    gate: Gate,
) -> None:
    """A throttled address's next bad key, even a wrong secret for a real id, gets 429."""
    issued = await gate.keys.create(account="nat-neighbour", tier="developer")
    await _lock_out(gate)
    wrong_secret = f"Bearer {generate_key(issued.record.key_id)[0]}"
    with pytest.raises(AuthThrottled) as caught:
        await gate.authenticator.authenticate(wrong_secret, _NAT)
    assert caught.value.status == 429
    assert int(caught.value.headers["retry-after"]) > 0
    with pytest.raises(InvalidKey):
        await gate.authenticator.authenticate(_unknown_key(), "198.51.100.1")

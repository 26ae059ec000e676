"""The JWKS cache: fetched once, refreshed on an unknown key id, never hammered."""

from __future__ import annotations

from typing import Any

from joserfc.jwk import RSAKey

from gateway.admin.jwks import JwksCache


class KeySource:
    """A provider's JWKS endpoint that rotates when told to."""

    def __init__(self) -> None:
        self.kid = "one"

    async def __call__(self) -> dict[str, Any]:
        key = RSAKey.generate_key(2048, parameters={"kid": self.kid})
        return {"keys": [{**key.as_dict(private=False), "kid": self.kid}]}


async def test_known_kid_uses_the_cached_set() -> None:
    """A second lookup of a known key id does not fetch again."""
    cache = JwksCache(KeySource())
    await cache.key_set_for("one")
    await cache.key_set_for("one")
    assert cache.fetches == 1


async def test_unknown_kid_refreshes_after_the_minimum_interval() -> None:
    """A new key id triggers a refresh once the spacing allows it (rotation is picked up)."""
    source = KeySource()
    cache = JwksCache(source, min_refresh_s=0.0)
    await cache.key_set_for("one")
    source.kid = "two"
    keys = await cache.key_set_for("two")
    assert cache.fetches == 2
    assert keys.get_by_kid("two") is not None


async def test_unknown_kids_cannot_force_a_fetch_per_request() -> None:
    """Within the spacing interval, made-up key ids are answered from the cache."""
    cache = JwksCache(KeySource(), min_refresh_s=60.0)
    await cache.key_set_for("one")
    for n in range(5):
        await cache.key_set_for(f"made-up-{n}")
    assert cache.fetches == 1

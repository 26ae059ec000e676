"""`JwksCache`: the provider's signing keys, fetched once and refreshed on an unknown key id.

Refreshes are spaced by `min_refresh_s`, so a flood of tokens with made-up key ids cannot turn
the gateway into a load generator against the provider.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from joserfc.jwk import KeySet

JwksFetcher = Callable[[], Awaitable[dict[str, Any]]]


class JwksCache:
    """Holds the current key set; `key_set_for(kid)` refreshes when `kid` is not in it."""

    def __init__(
        self, fetch: JwksFetcher, *, max_age_s: float = 3600.0, min_refresh_s: float = 10.0
    ) -> None:
        self._fetch = fetch
        self._max_age_s = max_age_s
        self._min_refresh_s = min_refresh_s
        self._keys: KeySet | None = None
        self._kids: frozenset[str] = frozenset()
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()
        self.fetches = 0

    async def _refresh(self) -> None:
        document = await self._fetch()
        self.fetches += 1
        self._keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
        self._kids = frozenset(str(k.get("kid")) for k in document.get("keys", []) if "kid" in k)
        self._fetched_at = time.monotonic()

    async def key_set_for(self, kid: str | None) -> KeySet:
        """The key set, refreshed first when it is stale or lacks `kid`."""
        async with self._lock:
            age = time.monotonic() - self._fetched_at
            unknown = kid is not None and kid not in self._kids
            if (
                self._keys is None
                or age > self._max_age_s
                or (unknown and age > self._min_refresh_s)
            ):
                await self._refresh()
            assert self._keys is not None
            return self._keys

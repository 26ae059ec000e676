"""One "gateway replica" for the multi-process test: hammers admit against shared Redis.

Run as `python limits_worker.py URL PREFIX ATTEMPTS REPLICAS`; prints admissions per limit
as JSON. Replicas meet at a Redis barrier first so that their admits really overlap.
"""

from __future__ import annotations

import asyncio
import json
import sys

import redis.asyncio as redis

from gateway.limits.redis_backend import RedisBackend
from gateway.limits.spec import LimitSpec

SPECS = {
    "requests": (LimitSpec(requests_per_minute=25), 0),
    "concurrency": (LimitSpec(concurrent=12), 0),
    "tokens": (LimitSpec(tokens_per_day=10_000), 700),
}


async def main(url: str, prefix: str, attempts: int, replicas: int) -> None:
    """Wait for every replica, then fire all admits for all limits at once."""
    backend = RedisBackend.from_url(url, key_prefix=prefix, max_connections=16)
    barrier = redis.Redis.from_url(url)
    await backend.usage("warm-up", None, LimitSpec(concurrent=1))  # loads the script
    await barrier.incr(f"{prefix}barrier")
    while int(await barrier.get(f"{prefix}barrier") or 0) < replicas:
        await asyncio.sleep(0.002)

    async def run(kind: str) -> int:
        spec, reserve = SPECS[kind]
        results = await asyncio.gather(
            *(backend.admit(kind, None, spec, reserve) for _ in range(attempts))
        )
        return sum(r.admitted for r in results)

    counts = await asyncio.gather(*(run(kind) for kind in SPECS))
    print(json.dumps(dict(zip(SPECS, counts, strict=True))))
    await barrier.aclose()
    await backend.aclose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))

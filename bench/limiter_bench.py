"""The limiter's cost per request: median microseconds per admit+settle, and Redis round trips.

Run: `.venv/bin/python bench/limiter_bench.py [--redis-url URL] [--requests N]`.
Round trips are counted on the client (every command the backend's connection sends), so
other users of the same Redis do not disturb the count.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from typing import Any

from gateway.limits import InProcessBackend, LimiterBackend, LimitSpec, RedisBackend

SPEC = LimitSpec.from_mapping(
    {
        "requests_per_minute": 10**9,
        "concurrent": 10**6,
        "tokens_per_minute": 10**12,
        "tokens_per_day": 10**12,
        "models": {"demo-large": {"tokens_per_day": 10**12}},
    }
)


class RoundTripCounter:
    """Counts the commands a redis-py client sends (pipelines would count as one)."""

    def __init__(self, client: Any) -> None:
        self.count = 0
        original = client.execute_command

        async def counted(*args: Any, **options: Any) -> Any:
            self.count += 1
            return await original(*args, **options)

        client.execute_command = counted


async def sequential(backend: LimiterBackend, requests: int) -> list[float]:
    """Per-request latency (µs) of admit then settle, one request at a time."""
    timings = []
    subjects = [f"bench-{i % 50}" for i in range(requests)]
    for subject in subjects:
        start = time.perf_counter()
        admission = await backend.admit(subject, "demo-large", SPEC, 1200)
        await backend.settle(admission, 700)
        timings.append((time.perf_counter() - start) * 1e6)
    return timings


async def concurrent(backend: LimiterBackend, requests: int, workers: int = 32) -> float:
    """Admit+settle pairs per second with `workers` requests in flight."""
    per_worker = requests // workers

    async def worker(n: int) -> None:
        for _ in range(per_worker):
            admission = await backend.admit(f"bench-{n}", "demo-large", SPEC, 1200)
            await backend.settle(admission, 700)

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(workers)))
    return per_worker * workers / (time.perf_counter() - start)


def report(name: str, timings: list[float], rate: float) -> None:
    """One line per backend."""
    ordered = sorted(timings)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    print(
        f"{name:<10} admit+settle median {statistics.median(timings):8.1f} µs   "
        f"p99 {p99:8.1f} µs   {rate:9.0f} req/s with 32 in flight"
    )


async def main(redis_url: str, requests: int) -> None:
    """Benchmark the in-process backend, then Redis."""
    memory = InProcessBackend()
    await sequential(memory, 200)  # warm-up
    report("in-process", await sequential(memory, requests), await concurrent(memory, requests))

    backend = RedisBackend.from_url(redis_url, key_prefix=f"mgbench:{uuid.uuid4().hex[:8]}:")
    counter = RoundTripCounter(backend._client)
    await sequential(backend, 200)  # warm-up: connections, script load
    counter.count = 0
    admit_only = [await backend.admit(f"rt-{i}", "demo-large", SPEC, 1200) for i in range(100)]
    per_admit = counter.count / 100
    counter.count = 0
    for admission in admit_only:
        await backend.settle(admission, 700)
    per_settle = counter.count / 100
    counter.count = 0
    timings = await sequential(backend, requests)
    per_request = counter.count / requests
    report("redis", timings, await concurrent(backend, requests))
    print(
        f"redis round trips: {per_admit:.2f} per admit, {per_settle:.2f} per settle, "
        f"{per_request:.2f} per request (admit+settle)"
    )
    await backend.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--requests", type=int, default=5000)
    options = parser.parse_args()
    asyncio.run(main(options.redis_url, options.requests))

"""Metrics cost: the per-request finisher in isolation, and gateway throughput with metrics on/off.

Run: `.venv/bin/python -m bench.observability_bench [--requests N] [--seconds S] [--rounds R]`.
The throughput part needs wrk; it alternates on/off runs (`--rounds` pairs) on a shared
machine and reports the median of each, so that drift hits both sides alike.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from prometheus_client import CollectorRegistry

from bench.bench_servers import free_port, serving
from bench.wrk_load import run_wrk, wrk_available
from gateway.access.key_store import KeyStore
from gateway.errors import RateLimited
from gateway.inspection.moderation import Moderation
from gateway.limits import Admission
from gateway.metrics import RequestMetrics
from gateway.pipeline.context import RequestContext
from gateway.policy.catalog import ModelSpec, TierSpec
from gateway.settings import PACKAGE_POLICIES
from gateway.stages.observe import ObserveMetrics, outcome_of
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade

CHAT = '{"model": "demo-chat", "max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}]}'
MODEL = ModelSpec(
    name="demo-chat",
    upstream="demo",
    upstream_model="demo-chat",
    kind="openai",
    stage="general",
    endpoints=frozenset({"chat"}),
)
TIER = TierSpec(
    name="developer", description="", models=("*",), stages=frozenset({"general"}), max_tokens=64
)


# A tier of its own: limits checked on every request but never reached, no terms to accept.
BENCH_TIERS = """
tiers:
  bench:
    description: Benchmark traffic.
    models: ["*"]
    stages: [general]
    max_tokens: 64
    limits: {requests_per_minute: 1000000000, concurrent: 1000000}
    audit_content: none
"""


def _prepare(data_dir: Path) -> tuple[str, Path, str]:
    """A migrated SQLite database, a policies copy with the bench tier, and a key in it."""
    policies = data_dir / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    (policies / "tiers.yaml").write_text(BENCH_TIERS)
    url = f"sqlite+aiosqlite:///{data_dir / 'bench.db'}"
    upgrade(url)

    async def create() -> str:
        engine = create_engine(url)
        try:
            return (await KeyStore(engine).create(account="bench", tier="bench")).key
        finally:
            await engine.dispose()

    return url, policies, asyncio.run(create())


def _contexts(count: int) -> list[RequestContext]:
    """A realistic mix: mostly served, some with findings, some refused by a limit."""
    contexts = []
    for n in range(count):
        ctx = RequestContext(
            request_id=f"r{n}",
            endpoint="chat",
            method="POST",
            path="/v1/chat/completions",
            client_address="198.51.100.1",
            authorization=None,
            content_type="application/json",
            raw_body=b"",
            route="chat",
        )
        ctx.tier, ctx.model, ctx.status, ctx.upstream_ms = TIER, MODEL, 200, 0.4
        ctx.limit_admission = Admission(admitted=True, states=())
        if n % 10 == 0:
            ctx.moderation = Moderation(action="flag", categories=("toxicity",))
        if n % 25 == 0:
            ctx.limit_admission = None
            ctx.status = 429
            ctx.refusal = RateLimited("x", extensions={"limit": "requests"})
        contexts.append(ctx)
    return contexts


def _percentiles(samples: list[int]) -> tuple[float, float]:
    samples.sort()
    return statistics.median(samples) / 1000, samples[int(len(samples) * 0.99)] / 1000


async def finisher_cost(count: int) -> dict[str, tuple[float, float]]:
    """Median and p99 µs of the whole finisher, and of its two halves."""
    metrics = RequestMetrics(CollectorRegistry())
    stage = ObserveMetrics(metrics)
    contexts = _contexts(count)
    for ctx in contexts[:200]:  # warm the label cache, as a running gateway has
        await stage._observe(ctx)
    whole, extract, record = [], [], []
    for ctx in contexts:
        t0 = time.perf_counter_ns()
        await stage._observe(ctx)
        t1 = time.perf_counter_ns()
        outcome = outcome_of(ctx)
        t2 = time.perf_counter_ns()
        metrics.observe(outcome)
        t3 = time.perf_counter_ns()
        whole.append(t1 - t0)
        extract.append(t2 - t1)
        record.append(t3 - t2)
    return {
        "finisher (outcome_of + observe)": _percentiles(whole),
        "  outcome_of(ctx)": _percentiles(extract),
        "  RequestMetrics.observe": _percentiles(record),
    }


def throughput(seconds: float, connections: int, rounds: int) -> None:
    """Requests/s through a gateway with metrics on and off, alternating."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        database_url, policies, key = _prepare(data_dir)
        upstream_port = free_port()
        upstream_url = f"http://127.0.0.1:{upstream_port}"
        base_env = {
            "MODELGATE_DATABASE_URL": database_url,
            "MODELGATE_DATA_DIR": str(data_dir),
            "MODELGATE_POLICIES_DIR": str(policies),
            "MODELGATE_DEMO_UPSTREAM_URL": upstream_url,
            "MODELGATE_AUTO_MIGRATE": "false",
            "MODELGATE_LOG_LEVEL": "warning",
            "MODELGATE_ACCESS_LOG": "false",
        }
        results: dict[str, list[tuple[float, float]]] = {"on": [], "off": []}
        with serving(["demo-upstream", "--port", str(upstream_port)], f"{upstream_url}/v1/models"):
            for _ in range(rounds):
                for variant in ("on", "off"):
                    port = free_port()
                    url = f"http://127.0.0.1:{port}"
                    env = {**base_env, "MODELGATE_METRICS": "true" if variant == "on" else "false"}
                    with serving(["serve", "--port", str(port)], f"{url}/healthz", env):
                        target = f"{url}/v1/chat/completions"
                        run_wrk(target, CHAT, key, connections=connections, seconds=1)
                        result = run_wrk(
                            target, CHAT, key, connections=connections, seconds=seconds
                        )
                    if result.errors:
                        print(f"  metrics {variant}: {result.errors} errors (non-2xx)")
                    results[variant].append((result.rps, result.p50_ms))
        print(
            f"\nthroughput, {connections} connections, "
            f"{rounds} alternating rounds of {seconds:.0f} s"
        )
        for variant, runs in results.items():
            rps = statistics.median(r for r, _ in runs)
            p50 = statistics.median(p for _, p in runs)
            print(
                f"  metrics {variant:<3}: {rps:8.0f} req/s  p50 {p50:6.2f} ms  (runs: "
                + ", ".join(f"{r:.0f}" for r, _ in runs)
                + ")"
            )
        on = statistics.median(r for r, _ in results["on"])
        off = statistics.median(r for r, _ in results["off"])
        print(f"  metrics on / off: {on / off:.3f} ({(1 - on / off) * 100:+.1f}% cost)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    print(f"metrics finisher over {args.requests} requests (µs: median, p99)")
    for name, (median, p99) in asyncio.run(finisher_cost(args.requests)).items():
        print(f"  {name:<34} {median:7.2f} {p99:7.2f}")
    if args.skip_throughput:
        return
    if not wrk_available():
        print("throughput part skipped: needs wrk (Debian: apt-get install wrk)")
        return
    throughput(args.seconds, args.connections, args.rounds)


if __name__ == "__main__":
    main()

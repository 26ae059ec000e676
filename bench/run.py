"""`make bench`: the gateway's cost, as ratios against a baseline measured in the same run.

1. Straight to the demo upstream vs through the gateway (full default pipeline), at the same
   concurrency: requests/s and p50/p99 latency, and what the gateway adds; once with an
   upstream that answers at once, once with one that takes 20 ms like a small model. Beside
   them, the floor: a bare Python pass-through on the same server and client
   (`bench/passthrough_floor.py`), what any gateway on this stack pays before doing any work.
2. The gateway with limits off, with the audit log off, on httpx, and with two workers, to
   isolate what each costs; and the audit log's commit durability mode against its default
   (`bench/durability_bench.py`).
3. The component benchmarks (limiter, audit writer, detectors), when present.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import durability_bench, peers
from bench.bench_servers import free_port, prepare_database, serving
from bench.wrk_load import LoadResult, run_wrk, wrk_available
from gateway.settings import PACKAGE_POLICIES

CHAT = json.dumps(
    {
        "model": "demo-chat",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "Hello there, gateway"}],
    }
)
HERE = Path(__file__).resolve().parent


def _row(name: str, result: LoadResult, base: LoadResult | None) -> str:
    ratio = f"{result.rps / base.rps:6.2f}x" if base else "  base "
    added = f"{result.p50_ms - base.p50_ms:+7.2f}" if base else "      -"
    return (
        f"  {name:<34} {result.rps:9.0f} {result.p50_ms:8.2f} {result.p99_ms:8.2f} "
        f"{added} {ratio} {result.errors:6d}"
    )


def _header(title: str) -> str:
    return (
        f"\n{title}\n  {'':<34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'+p50 ms':>7} {'rps':>7} {'errors':>6}"
    )


def measure(seconds: float, connections: int, latency_ms: float, variants: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        database_url, key = prepare_database(data_dir)
        upstream_port = free_port()
        upstream_url = f"http://127.0.0.1:{upstream_port}"
        base_env = {
            "MODELGATE_DATABASE_URL": database_url,
            "MODELGATE_DATA_DIR": str(data_dir),
            "MODELGATE_DEMO_UPSTREAM_URL": upstream_url,
            "MODELGATE_AUTO_MIGRATE": "false",
            "MODELGATE_LOG_LEVEL": "warning",
            "MODELGATE_POLICIES_DIR": str(_usual_volume_policies(data_dir)),
        }
        gateways: dict[str, dict[str, str]] = {"gateway (full default pipeline)": {}}
        if variants:
            gateways |= {
                "gateway, limits off": {"MODELGATE_LIMITS_ENABLED": "false"},
                "gateway, audit off": {"MODELGATE_AUDIT": "false"},
                "gateway, risk tracking off": {"MODELGATE_RISK": "false"},
                "gateway, httpx transport": {"MODELGATE_UPSTREAM_TRANSPORT": "httpx"},
                "gateway, 2 workers": {"MODELGATE_WORKERS": "2"},
            }
        upstream_args = ["demo-upstream", "--port", str(upstream_port)]
        upstream_args += ["--latency", str(latency_ms / 1000)]
        with serving(upstream_args, f"{upstream_url}/v1/models"):
            for level, label in ((1, "latency"), (connections, "throughput")):
                direct = _load(f"{upstream_url}/v1/chat/completions", key, level, seconds)
                title = f"{label}: upstream answers in {latency_ms:.0f} ms, {level} connection(s)"
                print(_header(f"{title}, {seconds:.0f} s each"))
                print(_row("direct to the demo upstream", direct, None))
                floor_port = free_port()
                floor_url = f"http://127.0.0.1:{floor_port}"
                with serving(
                    [upstream_url, str(floor_port)], floor_url, module="bench.passthrough_floor"
                ):
                    floor = _load(f"{floor_url}/v1/chat/completions", key, level, seconds)
                print(_row("floor: bare Python pass-through", floor, direct))
                for name, extra in gateways.items():
                    port = free_port()
                    gateway_url = f"http://127.0.0.1:{port}"
                    with serving(
                        ["serve", "--port", str(port)],
                        f"{gateway_url}/healthz",
                        {**base_env, **extra},
                    ):
                        result = _load(f"{gateway_url}/v1/chat/completions", key, level, seconds)
                    print(_row(name, result, direct))


def _usual_volume_policies(data_dir: Path) -> Path:
    """The shipped policies, except that this benchmark's rate is its account's usual one.

    A new account sending thousands of requests a minute is a volume surge, and the shipped
    escalation policy inspects it with the strict profile: right for a gateway, wrong for a
    benchmark of the default pipeline. Raising the usual-rate floor keeps the risk tracking's
    own cost in the figures without the escalation's.
    """
    policies = data_dir / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    escalation = policies / "escalation.yaml"
    text = escalation.read_text()
    escalation.write_text(
        text.replace("usual_floor_per_minute: 2 ", "usual_floor_per_minute: 1000000 ")
    )
    return policies


def _load(url: str, key: str, connections: int, seconds: float) -> LoadResult:
    run_wrk(url, CHAT, key, connections=connections, seconds=1)  # warm-up: pools, caches
    return run_wrk(url, CHAT, key, connections=connections, seconds=seconds)


def components() -> None:
    for script in ("limiter_bench.py", "risk_bench.py", "audit_bench.py", "detectors_bench.py"):
        path = HERE / script
        if path.exists():
            print(f"\n== {script}")
            subprocess.run([sys.executable, str(path)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--skip-components", action="store_true")
    parser.add_argument("--no-peers", action="store_true", help="Skip bench/peers.py.")
    peers.add_arguments(parser)
    args = parser.parse_args()
    if not wrk_available():
        sys.exit("make bench needs wrk (Debian: apt-get install wrk)")
    # A zero-latency upstream is the worst case for the gateway's share; a model that takes
    # 20 ms to answer (a small, fast one) shows the cost a caller would notice.
    measure(args.seconds, args.connections, latency_ms=0, variants=True)
    measure(args.seconds, args.connections, latency_ms=20, variants=False)
    durability_bench.run(args.seconds, args.connections)
    if not args.no_peers:
        # ModelGate beside LiteLLM's proxy and nginx, on one upstream and one load generator.
        peers.run(
            args.seconds,
            args.connections,
            args.soak_seconds,
            args.ttfb_samples,
            not args.no_litellm,
        )
    if not args.skip_components:
        components()


if __name__ == "__main__":
    main()

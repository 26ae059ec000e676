"""What the commit durability mode costs: the same gateway with `MODELGATE_AUDIT_DURABILITY`
`async` (the default) and `commit`, measured back to back in one run, reported as ratios.

In `commit` mode every answer waits for its audit record's transaction (grouped with the
records of concurrent requests), so the cost is one commit's latency per request at low
concurrency and less per request as batches grow. SQLite on the local disk, like the rest of
`make bench`; a PostgreSQL across a network adds its round trip to each commit.

Run alone: `.venv/bin/python -m bench.durability_bench [--seconds 8] [--connections 32]`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.bench_servers import free_port, prepare_database, serving
from bench.wrk_load import LoadResult, run_wrk, wrk_available

CHAT = json.dumps(
    {
        "model": "demo-chat",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "Hello there, gateway"}],
    }
)
MODES = ("async", "commit")


def _measure_mode(
    mode: str, base_env: dict[str, str], key: str, connections: int, seconds: float
) -> LoadResult:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**base_env, "MODELGATE_AUDIT_DURABILITY": mode}
    with serving(["serve", "--port", str(port)], f"{url}/healthz", env):
        target = f"{url}/v1/chat/completions"
        run_wrk(target, CHAT, key, connections=connections, seconds=1)  # warm-up
        return run_wrk(target, CHAT, key, connections=connections, seconds=seconds)


def _pooled(results: list[LoadResult]) -> LoadResult:
    """One result from several runs: summed requests and time, averaged percentiles."""
    return LoadResult(
        requests=sum(r.requests for r in results),
        errors=sum(r.errors for r in results),
        p50_ms=sum(r.p50_ms for r in results) / len(results),
        p99_ms=sum(r.p99_ms for r in results) / len(results),
        seconds=sum(r.seconds for r in results),
    )


def run(seconds: float, connections: int) -> None:
    """Prints the commit mode's requests/s and p50 against the async mode's, per concurrency."""
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
        }
        print(
            f"\naudit durability: commit vs async (SQLite, upstream answers at once), "
            f"{seconds:.0f} s each (two runs of half)\n  {'':<28} {'req/s':>9} {'p50 ms':>8} "
            f"{'p99 ms':>8} {'rps':>7} {'+p50 ms':>8} {'errors':>6}"
        )
        with serving(["demo-upstream", "--port", str(upstream_port)], f"{upstream_url}/v1/models"):
            for level in (1, connections):
                # A-B-B-A, each mode's two runs pooled: a machine whose load drifts during the
                # run (other work on a shared host) then tilts neither mode.
                runs: dict[str, list[LoadResult]] = {mode: [] for mode in MODES}
                for mode in (*MODES, *reversed(MODES)):
                    runs[mode].append(_measure_mode(mode, base_env, key, level, seconds / 2))
                results = {mode: _pooled(found) for mode, found in runs.items()}
                base = results["async"]
                for mode, result in results.items():
                    ratio = "   base" if mode == "async" else f"{result.rps / base.rps:6.2f}x"
                    added = (
                        "       -" if mode == "async" else f"{result.p50_ms - base.p50_ms:+8.2f}"
                    )
                    name = f"{mode}, {level} connection(s)"
                    print(
                        f"  {name:<28} {result.rps:9.0f} {result.p50_ms:8.2f} "
                        f"{result.p99_ms:8.2f} {ratio} {added} {result.errors:6d}"
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not wrk_available():
        raise SystemExit("the benchmark needs wrk (Debian: apt-get install wrk)")
    run(args.seconds, args.connections)


if __name__ == "__main__":
    main()

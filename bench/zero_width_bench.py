"""What one request of 100,000 zero-width characters costs the gateway (issue 15).

    .venv/bin/python bench/zero_width_bench.py [--chars 100000]

Starts `modelgate demo` (gateway and demo upstream, SQLite in a fresh data directory), sends
the request (by default 100,000 times a letter and a zero-width space; `--run`: one run of
them) once while a second client asks a short question every 10 ms, and prints: the
answer's status, the gateway's CPU seconds for the request, the longest wait of a concurrent
short request (its stall), and the review cases the request left (count, bytes of `findings`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.bench_servers import free_port

SHORT = {"model": "demo-chat", "messages": [{"role": "user", "content": "Hello gateway"}]}


def _cpu_seconds(pid: int) -> float:
    """User and system CPU of the process and its threads, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "MODELGATE_DATA_DIR": str(data_dir),
        "MODELGATE_PORT": str(port),
        "MODELGATE_DATABASE_URL": "",
        "MODELGATE_REDIS_URL": "",
        "MODELGATE_LOG_LEVEL": "error",
    }
    command = [sys.executable, "-m", "gateway", "demo", "--upstream-port", str(free_port())]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the demo gateway did not start")


async def _measure(base: str, key: str, chars: int, run: bool, pid: int) -> dict[str, float | int]:
    headers = {"Authorization": f"Bearer {key}"}
    content = "\u200b" * chars if run else "a\u200b" * chars
    big = {"model": "demo-chat", "messages": [{"role": "user", "content": content}]}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=120) as client:
        await client.post("/v1/chat/completions", json=SHORT)  # warm up
        done = asyncio.Event()
        stalls: list[float] = []

        async def probe() -> None:
            while not done.is_set():
                started = time.perf_counter()
                await client.post("/v1/chat/completions", json=SHORT)
                stalls.append(time.perf_counter() - started)
                await asyncio.sleep(0.01)

        prober = asyncio.create_task(probe())
        await asyncio.sleep(0.2)
        cpu_before = _cpu_seconds(pid)
        started = time.perf_counter()
        answer = await client.post("/v1/chat/completions", json=big)
        elapsed = time.perf_counter() - started
        cpu = _cpu_seconds(pid) - cpu_before
        await asyncio.sleep(0.2)
        done.set()
        await prober
    return {
        "status": answer.status_code,
        "answer_bytes": len(answer.content),
        "wall_s": round(elapsed, 3),
        "gateway_cpu_s": round(cpu, 3),
        "worst_concurrent_s": round(max(stalls), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument(
        "--run",
        action="store_true",
        help="one run of zero-width characters (default: each after a letter)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mg-zw-") as tmp:
        data_dir, port = Path(tmp), free_port()
        process = _start(data_dir, port)
        try:
            key = (data_dir / "demo-key.txt").read_text().strip()
            figures = asyncio.run(
                _measure(f"http://127.0.0.1:{port}", key, args.chars, args.run, process.pid)
            )
        finally:
            process.terminate()
            process.wait(timeout=30)
        database = next(data_dir.glob("*.db"), None) or next(data_dir.glob("*.sqlite*"))
        with sqlite3.connect(database) as db:
            rows = db.execute("SELECT length(findings) FROM review_cases").fetchall()
        figures["cases"] = len(rows)
        figures["findings_bytes"] = sum(row[0] for row in rows)
        figures["database_bytes"] = database.stat().st_size
    for name, value in figures.items():
        print(f"{name:>20}: {value}")


if __name__ == "__main__":
    main()

"""ModelGate against its peers, side by side in one run: same demo upstream, same wrk load.

Four ways to reach the demo upstream: directly (the baseline), through ModelGate with the
full default pipeline, through LiteLLM's proxy (installed into its own throwaway virtualenv
under `.bench-cache/`), and through nginx `proxy_pass` (the floor). For each: requests/s at
`--connections`, added latency p50/p99 over direct at one connection, and streaming
time-to-first-byte. ModelGate runs twice: with the one fixed prompt every peer gets, and
with a prompt never seen before on every request (so no cache helps the detectors). Then
ModelGate alone under a soak (`--soak-seconds`, 10 minutes by
default): resident memory before and after, and its growth.

    python bench/peers.py --seconds 5 --soak-seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.bench_servers import free_port, prepare_database
from bench.wrk_load import NEW_TEXT_MARKER, LoadResult, run_wrk, wrk_available

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache"
LITELLM_VENV = CACHE / "litellm-venv"
LITELLM_REQUIREMENT = "litellm[proxy]==1.106.2"  # 1.109 wants a newer certifi than is served
LITELLM_KEY = "sk-bench-0123456789abcdef"
NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "modelgate.conf.template"
CHAT = (
    '{"model": "demo-chat", "max_tokens": 16, '
    '"messages": [{"role": "user", "content": "Hello there, gateway"}]}'
)
# The same request, but every one asks about a text never seen before.
NEW_PROMPTS = CHAT.replace(
    "Hello there, gateway", f"Hello there, gateway, message {NEW_TEXT_MARKER}"
)
STREAM = {
    "model": "demo-chat",
    "max_tokens": 16,
    "stream": True,
    "messages": [{"role": "user", "content": "Hello there, gateway"}],
}


@dataclass(frozen=True, slots=True)
class Peer:
    """One way to reach the demo upstream: its name, base URL and the key it wants."""

    name: str
    url: str
    key: str
    pid: int


@dataclass(frozen=True, slots=True)
class PeerFigures:
    """What one peer measured."""

    latency: LoadResult
    throughput: LoadResult
    ttfb_ms: float


def _wait(url: str, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


@contextmanager
def _process(
    command: list[str], health: str, env: Mapping[str, str] | None = None, log: Path | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run `command` until the block ends; it must answer `health` first."""
    output = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        command, env={**os.environ, **(env or {})}, stdout=output, stderr=subprocess.STDOUT
    )
    try:
        _wait(health, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            output.close()  # type: ignore[union-attr]


def ensure_litellm() -> Path:
    """The `litellm` executable of the throwaway virtualenv, created on first use."""
    executable = LITELLM_VENV / "bin" / "litellm"
    marker = LITELLM_VENV / ".installed"
    if not marker.exists():
        print(f"installing {LITELLM_REQUIREMENT} into {LITELLM_VENV} (once)", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(LITELLM_VENV)], check=True)
        subprocess.run(
            [str(LITELLM_VENV / "bin" / "pip"), "install", "--quiet", LITELLM_REQUIREMENT],
            check=True,
        )
        marker.touch()
    return executable


def _litellm_config(directory: Path, upstream_url: str) -> Path:
    path = directory / "litellm.yaml"
    path.write_text(
        "model_list:\n"
        "  - model_name: demo-chat\n"
        "    litellm_params:\n"
        "      model: openai/demo-chat\n"
        f"      api_base: {upstream_url}/v1\n"
        "      api_key: unused\n"
        "general_settings:\n"
        f"  master_key: {LITELLM_KEY}\n"
        "litellm_settings:\n"
        "  drop_params: true\n"
        "  set_verbose: false\n"
    )
    return path


def _nginx_config(directory: Path, port: int, upstream_port: int) -> Path:
    user = "user root root;" if os.geteuid() == 0 else ""
    text = (
        NGINX_TEMPLATE.read_text()
        .replace("@USER@", user)
        .replace("@PREFIX@", str(directory))
        .replace("@LISTEN@", f"127.0.0.1:{port}")
        .replace("@SERVERS@", f"        server 127.0.0.1:{upstream_port};")
        .replace("access_log " + str(directory) + "/access.log upstreams;", "access_log off;")
    )
    path = directory / "nginx.conf"
    path.write_text(text)
    return path


def rss_mib(pid: int) -> float:
    """Resident memory of process `pid`, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


async def _ttfb(peer: Peer, samples: int) -> float:
    """Median time from sending a streaming request to its first body byte, in ms."""
    headers = {"authorization": f"Bearer {peer.key}"}
    times: list[float] = []
    async with httpx.AsyncClient(timeout=30) as client:
        for _ in range(samples + 2):
            started = time.perf_counter()
            async with client.stream(
                "POST", f"{peer.url}/v1/chat/completions", json=STREAM, headers=headers
            ) as response:
                first: float | None = None
                async for _chunk in response.aiter_raw():  # read to the end: [DONE]
                    if first is None:
                        first = time.perf_counter() - started
                if first is not None:
                    times.append(first * 1000)
    return statistics.median(times[2:])  # the first two warm pools and caches


def _load(peer: Peer, connections: int, seconds: float, body: str = CHAT) -> LoadResult:
    url = f"{peer.url}/v1/chat/completions"
    run_wrk(url, body, peer.key, connections=connections, seconds=1)  # warm-up
    return run_wrk(url, body, peer.key, connections=connections, seconds=seconds)


def measure_peer(peer: Peer, seconds: float, connections: int, ttfb_samples: int) -> PeerFigures:
    """Latency at one connection, throughput at `connections`, and streaming TTFB."""
    latency = _load(peer, 1, seconds)
    throughput = _load(peer, connections, seconds)
    ttfb = asyncio.run(_ttfb(peer, ttfb_samples))
    return PeerFigures(latency=latency, throughput=throughput, ttfb_ms=ttfb)


def measure_new_prompts(peer: Peer, seconds: float, connections: int) -> PeerFigures:
    """Latency and throughput when no request repeats an earlier prompt (TTFB not taken)."""
    latency = _load(peer, 1, seconds, NEW_PROMPTS)
    throughput = _load(peer, connections, seconds, NEW_PROMPTS)
    return PeerFigures(latency=latency, throughput=throughput, ttfb_ms=float("nan"))


def _row(name: str, figures: PeerFigures, direct: PeerFigures | None) -> str:
    lat, thr = figures.latency, figures.throughput
    added50 = lat.p50_ms - direct.latency.p50_ms if direct else 0.0
    added99 = lat.p99_ms - direct.latency.p99_ms if direct else 0.0
    errors = lat.errors + thr.errors
    return (
        f"  {name:<30} {thr.rps:9.0f} {lat.p50_ms:8.2f} {lat.p99_ms:8.2f} "
        f"{added50:+9.2f} {added99:+9.2f} {figures.ttfb_ms:9.2f} {errors:6d}"
    )


def _verdicts(figures: Mapping[str, PeerFigures], growth: float | None) -> list[str]:
    lines: list[str] = []
    for name, label in (("modelgate", "repeated prompt"), ("modelgate-new", "new prompts")):
        if name in figures:
            lines += [f"  {label}:", *_targets(figures, figures[name])]
    if growth is not None:
        lines.append(f"  memory growth {growth:+.1f}% (target < 10%): {_ok(growth < 10)}")
    return lines


def _targets(figures: Mapping[str, PeerFigures], gateway: PeerFigures) -> list[str]:
    direct = figures["direct"]
    added = gateway.latency.p50_ms - direct.latency.p50_ms
    lines = [f"    added p50 {added:.2f} ms (target <= 2 ms): {_ok(added <= 2)}"]
    litellm = figures.get("litellm")
    if litellm is not None:
        ratio = gateway.throughput.rps / max(litellm.throughput.rps, 1e-9)
        lite_added = litellm.latency.p50_ms - direct.latency.p50_ms
        share = added / lite_added if lite_added > 0 else float("inf")
        lines.append(f"    req/s vs LiteLLM {ratio:.1f}x (target >= 3x): {_ok(ratio >= 3)}")
        lines.append(
            f"    added latency vs LiteLLM's {share:.2f} (target <= 0.33): {_ok(share <= 1 / 3)}"
        )
    return lines


def _ok(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def run(
    seconds: float, connections: int, soak_seconds: float, ttfb_samples: int, litellm: bool
) -> None:
    """Start every peer in turn in front of one demo upstream and print the comparison."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        database_url, key = prepare_database(directory)
        upstream_port = free_port()
        upstream_url = f"http://127.0.0.1:{upstream_port}"
        gateway_env = {
            "MODELGATE_DATABASE_URL": database_url,
            "MODELGATE_DATA_DIR": str(directory),
            "MODELGATE_DEMO_UPSTREAM_URL": upstream_url,
            "MODELGATE_AUTO_MIGRATE": "false",
            "MODELGATE_LOG_LEVEL": "warning",
            "MODELGATE_ACCESS_LOG": "false",
        }
        figures: dict[str, PeerFigures] = {}
        growth: float | None = None
        python = [sys.executable, "-m", "gateway"]
        with _process(
            [*python, "demo-upstream", "--port", str(upstream_port)], f"{upstream_url}/v1/models"
        ) as upstream:
            figures["direct"] = measure_peer(
                Peer("direct", upstream_url, key, upstream.pid), seconds, connections, ttfb_samples
            )
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            with _process(
                [*python, "serve", "--port", str(port)], f"{url}/healthz", gateway_env
            ) as gateway:
                peer = Peer("modelgate", url, key, gateway.pid)
                figures["modelgate"] = measure_peer(peer, seconds, connections, ttfb_samples)
                figures["modelgate-new"] = measure_new_prompts(peer, seconds, connections)
                if soak_seconds > 0:
                    growth = soak(peer, soak_seconds, connections)
            if litellm:
                port = free_port()
                url = f"http://127.0.0.1:{port}"
                command = [
                    str(ensure_litellm()),
                    "--config",
                    str(_litellm_config(directory, upstream_url)),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--num_workers",
                    "1",
                ]
                env = {"LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR"}
                with _process(
                    command, f"{url}/health/liveliness", env, directory / "litellm.log"
                ) as proxy:
                    peer = Peer("litellm", url, LITELLM_KEY, proxy.pid)
                    figures["litellm"] = measure_peer(peer, seconds, connections, ttfb_samples)
            port = free_port()
            prefix = directory / "nginx"
            prefix.mkdir()
            config = _nginx_config(prefix, port, upstream_port)
            url = f"http://127.0.0.1:{port}"
            with _process([nginx, "-p", str(prefix), "-c", str(config)], f"{url}/v1/models") as nx:
                figures["nginx"] = measure_peer(
                    Peer("nginx", url, key, nx.pid), seconds, connections, ttfb_samples
                )
    _print(figures, growth, seconds, connections, ttfb_samples)


def soak(peer: Peer, soak_seconds: float, connections: int) -> float:
    """Load `peer` for `soak_seconds`; print and return its RSS growth in percent."""
    before = rss_mib(peer.pid)
    load = run_wrk(
        f"{peer.url}/v1/chat/completions",
        CHAT,
        peer.key,
        connections=max(1, connections // 4),
        seconds=soak_seconds,
    )
    after = rss_mib(peer.pid)
    growth = (after - before) / before * 100
    print(
        f"\nsoak: {soak_seconds:.0f} s, {load.requests} requests ({load.errors} errors); "
        f"ModelGate RSS {before:.1f} MiB -> {after:.1f} MiB ({growth:+.1f}%)",
        flush=True,
    )
    return growth


def _print(
    figures: Mapping[str, PeerFigures],
    growth: float | None,
    seconds: float,
    connections: int,
    samples: int,
) -> None:
    print(
        f"\npeers: same demo upstream, wrk {seconds:.0f} s per run; req/s at {connections} "
        f"connections, latency at 1, TTFB median of {samples} streams"
    )
    print(
        f"  {'':<30} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'+p50 ms':>9} {'+p99 ms':>9} "
        f"{'TTFB ms':>9} {'errors':>6}"
    )
    direct = figures["direct"]
    labels = {
        "direct": "direct to the demo upstream",
        "modelgate": "ModelGate (full pipeline)",
        "modelgate-new": "  the same, every prompt new",
        "litellm": "LiteLLM proxy 1.106.2",
        "nginx": "nginx proxy_pass (floor)",
    }
    for name, label in labels.items():
        if name in figures:
            print(_row(label, figures[name], None if name == "direct" else direct))
    print("\ntargets")
    for line in _verdicts(figures, growth):
        print(line)


def main(argv: list[str] | None = None) -> None:
    """Parse the flags and run the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    if not wrk_available():
        sys.exit("the peer benchmark needs wrk (Debian: apt-get install wrk)")
    run(args.seconds, args.connections, args.soak_seconds, args.ttfb_samples, not args.no_litellm)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags shared with `bench/run.py`."""
    if not any(action.dest == "seconds" for action in parser._actions):
        parser.add_argument("--seconds", type=float, default=8.0)
        parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--soak-seconds", type=float, default=600.0, help="ModelGate soak length (0: skip)."
    )
    parser.add_argument("--ttfb-samples", type=int, default=30)
    parser.add_argument("--no-litellm", action="store_true", help="Skip the LiteLLM proxy.")


if __name__ == "__main__":
    main()

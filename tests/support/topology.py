"""The local production topology: gateway replicas behind nginx, sharing PostgreSQL and Redis.

Every part is a real process on 127.0.0.1: the demo upstream (`modelgate demo-upstream`),
three `modelgate serve` replicas, a throwaway `redis-server` and nginx. Replicas keep their
own data directories but share the audit secrets (as a mounted Secret would) and the
database, which is migrated once before any replica starts (as `modelgate db upgrade` does).
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx
from sqlalchemy import or_, select

from gateway.access.key_store import KeyStore
from gateway.audit.key_material import load_audit_keys
from gateway.audit.tables import audit_records
from gateway.settings import load_settings
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade
from tests.support.nginx_proxy import NginxProcess
from tests.support.policies import policies_with_models
from tests.support.processes import GatewayProcess, RedisProcess, free_port

TIERS = """
tiers:
  load:
    description: Steady load in topology tests; limits far above what the tests send.
    models: ["*"]
    max_tokens: 64
    # These tests are about restarts, balancing and faults, not detector throughput (the
    # benchmark measures that); the light profile keeps 60 req/s within two shared cores.
    inspection: permissive
    limits:
      requests_per_minute: 1000000
      concurrent: 10000
      tokens_per_minute: 1000000000
"""

MODELS = """
upstreams:
  demo:
    base_url: ${MODELGATE_DEMO_UPSTREAM_URL}
    timeout: {connect: 2, read: 30}
    max_connections: 256
  faulty:
    base_url: ${FAULTY_URL:-http://127.0.0.1:9}
    timeout: {connect: 1, read: 0.5}
  resetting:
    base_url: ${RESET_URL:-http://127.0.0.1:9}
    timeout: {connect: 1, read: 2}
models:
  demo-chat: {upstream: demo, stage: general, endpoints: [chat, completions]}
  slow: {upstream: faulty, stage: general}
  error: {upstream: faulty, stage: general}
  garbage: {upstream: faulty, stage: general}
  truncated-stream: {upstream: faulty, stage: general}
  reset: {upstream: resetting, stage: general}
"""


def write_policies(directory: Path) -> Path:
    """A copy of the shipped policies with the topology's tiers and models."""
    policies_with_models(directory, MODELS)
    (directory / "tiers.yaml").write_text(TIERS)
    return directory


class DemoUpstreamProcess:
    """`modelgate demo-upstream` in its own process (not a thread of the test's interpreter)."""

    def __init__(self, log_path: Path, chunk_delay: float = 0.0) -> None:
        self.port = free_port()
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gateway",
                "demo-upstream",
                "--port",
                str(self.port),
                "--chunk-delay",
                str(chunk_delay),
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(f"{self.url}/v1/models", self.process)
        except BaseException:
            self.stop()
            raise

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Terminate it."""
        self.process.terminate()
        self.process.wait(timeout=10)
        self._log.close()


def wait_for(url: str, process: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    """Block until `url` answers 200, failing early if `process` exits."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {process.returncode}")
        try:
            response = httpx.get(url, timeout=2)
            if response.status_code == 200:
                return
            last = f"{response.status_code} {response.text}"
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not become ready: {last}")


class Topology:
    """Replicas behind nginx; replicas can be stopped (SIGTERM) and started again in place."""

    def __init__(
        self,
        directory: Path,
        database_url: str,
        upstream_url: str,
        *,
        replicas: int = 3,
        redis: RedisProcess | None = None,
        extra_env: Mapping[str, str] | None = None,
    ) -> None:
        self.directory = directory
        self.database_url = database_url
        self.redis = redis
        policies = write_policies(directory / "policies")
        self.env = {
            "MODELGATE_DATABASE_URL": database_url,
            "MODELGATE_POLICIES_DIR": str(policies),
            "MODELGATE_DEMO_UPSTREAM_URL": upstream_url,
            "MODELGATE_AUDIT_SECRETS_DIR": str(directory / "shared-secrets"),
            "MODELGATE_LOG_JSON": "true",
            "MODELGATE_LOG_LEVEL": "warning",
            "MODELGATE_ACCESS_LOG": "false",
            **({"MODELGATE_REDIS_URL": redis.url} if redis else {}),
            **(extra_env or {}),
        }
        upgrade(database_url)
        load_audit_keys(load_settings(self.env))  # generated once, shared by every replica
        self.ports = [free_port() for _ in range(replicas)]
        self._starts = [0] * replicas
        self.replicas: list[GatewayProcess] = [self._spawn(i) for i in range(replicas)]
        try:
            for index in range(replicas):
                self.wait_ready(index)
            self.nginx = NginxProcess(directory / "nginx", free_port(), self.ports)
        except BaseException:
            for replica in self.replicas:
                replica.stop()
            raise

    @property
    def url(self) -> str:
        """Where clients send requests: nginx."""
        return self.nginx.url

    def _spawn(self, index: int) -> GatewayProcess:
        self._starts[index] += 1
        log = self.directory / f"replica-{index}.{self._starts[index]}.log"
        env = {**self.env, "MODELGATE_DATA_DIR": str(self.directory / f"data-{index}")}
        return GatewayProcess(env, log, port=self.ports[index])

    def wait_ready(self, index: int, timeout: float = 120.0) -> None:
        """Block until replica `index` answers `/readyz` with 200."""
        replica = self.replicas[index]
        wait_for(f"{replica.url}/readyz", replica.process, timeout)

    def drain(self, index: int) -> None:
        """Take replica `index` out of nginx's rotation, as a Service drops a terminating pod
        (Kubernetes' preStop sleep covers the same interval)."""
        self.nginx.reconfigure(self.ports, down={self.ports[index]})

    def undrain(self) -> None:
        """Put every replica back in rotation."""
        self.nginx.reconfigure(self.ports)

    def stop_replica(self, index: int, timeout: float = 40.0) -> int:
        """SIGTERM replica `index` and wait for it to exit; returns its exit status."""
        process = self.replicas[index].process
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=timeout)
        self.replicas[index].stop()  # closes its log
        return status

    def start_replica(self, index: int) -> None:
        """Start replica `index` again on its port and wait until it is ready."""
        self.replicas[index] = self._spawn(index)
        self.wait_ready(index)

    def issue_key(self, tier: str = "load", account: str = "topology") -> str:
        """A fresh API key in `tier`."""

        async def create() -> str:
            engine = create_engine(self.database_url)
            try:
                return (await KeyStore(engine).create(account=account, tier=tier)).key
            finally:
                await engine.dispose()

        return asyncio.run(create())

    def logs(self) -> str:
        """Every replica log and nginx's error log, for failure messages."""
        parts = [path.read_text(errors="replace") for path in self.directory.glob("replica-*.log")]
        return "\n".join([*parts, self.nginx.error_log()])

    def stop(self) -> None:
        """Stop nginx and every replica."""
        self.nginx.stop()
        for replica in self.replicas:
            replica.stop()


def audit_counts(database_url: str, request_ids: Sequence[str]) -> dict[str, int]:
    """How many audit records each of `request_ids` has (ids without one are absent).

    An id may be the gateway's (a response's `X-Request-Id`) or one a caller sent.
    """

    async def count() -> dict[str, int]:
        engine = create_engine(database_url)
        try:
            async with engine.connect() as conn:
                wanted = list(request_ids)
                r = audit_records.c
                rows = await conn.execute(
                    select(r.request_id, r.caller_request_id).where(
                        or_(r.request_id.in_(wanted), r.caller_request_id.in_(wanted))
                    )
                )
                counts: dict[str, int] = {}
                for gateway_id, caller_id in rows:
                    found = gateway_id if gateway_id in wanted else caller_id
                    counts[found] = counts.get(found, 0) + 1
                return counts
        finally:
            await engine.dispose()

    return asyncio.run(count())


def wait_for_audit(
    database_url: str, request_ids: Sequence[str], timeout: float = 20.0
) -> dict[str, int]:
    """Audit counts once every id has a record (or the timeout passed)."""
    deadline = time.monotonic() + timeout
    counts = audit_counts(database_url, request_ids)
    while len(counts) < len(set(request_ids)) and time.monotonic() < deadline:
        time.sleep(0.25)
        counts = audit_counts(database_url, request_ids)
    return counts

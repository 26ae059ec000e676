"""Fixtures for the limiter integration tests: both backends, and a Redis the tests may kill."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
import redis

from gateway.limits.backend import LimiterBackend
from gateway.limits.memory import InProcessBackend
from gateway.limits.redis_backend import RedisBackend

BackendFactory = Callable[..., LimiterBackend]


class ThrowawayRedis:
    """A private redis-server on a free port, so killing it disturbs nobody else."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until it answers."""
        executable = shutil.which("redis-server") or "redis-server"
        self._process = subprocess.Popen(
            [
                executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        try:
            deadline = time.monotonic() + 5
            while True:
                try:
                    client.ping()
                    return
                except redis.exceptions.ConnectionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)
        finally:
            client.close()

    def kill(self) -> None:
        """Kill the server outright, as a crash would."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None


@pytest.fixture
def throwaway_redis() -> Iterator[ThrowawayRedis]:
    """A running private Redis, killed at the end of the test."""
    server = ThrowawayRedis()
    server.start()
    yield server
    server.kill()


@pytest.fixture(params=["memory", "redis"])
async def make_backend(
    request: pytest.FixtureRequest, redis_url: str, unique_prefix: str
) -> AsyncIterator[BackendFactory]:
    """Builds the backend under test (in-process or real Redis) and closes what it built."""
    built: list[LimiterBackend] = []

    def build(**options: object) -> LimiterBackend:
        backend: LimiterBackend
        if request.param == "memory":
            backend = InProcessBackend(**options)  # type: ignore[arg-type]
        else:
            backend = RedisBackend.from_url(redis_url, key_prefix=unique_prefix, **options)  # type: ignore[arg-type]
        built.append(backend)
        return backend

    yield build
    for backend in built:
        await backend.aclose()

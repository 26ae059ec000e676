"""Test doubles for the limiter unit tests: a settable clock and a primary store that can fail."""

from __future__ import annotations

import pytest
import redis.exceptions

from gateway.limits.admission import Admission, UsageSnapshot
from gateway.limits.memory import InProcessBackend
from gateway.limits.spec import LimitSpec


class FakeClock:
    """A clock tests move by hand, in seconds."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class SwitchablePrimary:
    """Stands in for the Redis backend: an in-process limiter that can be made unreachable."""

    name = "redis"

    def __init__(self) -> None:
        self.inner = InProcessBackend()
        self.lease_ttl = self.inner.lease_ttl
        self.up = True
        self.calls = 0

    def _check(self) -> None:
        self.calls += 1
        if not self.up:
            raise redis.exceptions.ConnectionError("connection refused")

    async def admit(
        self, subject: str, model: str | None, spec: LimitSpec, reserve_tokens: int
    ) -> Admission:
        self._check()
        admission = await self.inner.admit(subject, model, spec, reserve_tokens)
        if admission.reservation is not None:
            admission.reservation.origin = self.name
        return admission

    async def settle(self, admission: Admission, actual_tokens: int) -> None:
        self._check()
        await self.inner.settle(admission, actual_tokens)

    async def release(self, admission: Admission) -> None:
        await self.settle(admission, 0)

    async def renew(self, admission: Admission) -> None:
        self._check()
        await self.inner.renew(admission)

    async def usage(self, subject: str, model: str | None, spec: LimitSpec) -> UsageSnapshot:
        self._check()
        return await self.inner.usage(subject, model, spec)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def clock() -> FakeClock:
    """A hand-moved clock starting at a fixed epoch time."""
    return FakeClock()


@pytest.fixture
def primary() -> SwitchablePrimary:
    """A primary limiter store that tests can take down and bring back."""
    return SwitchablePrimary()

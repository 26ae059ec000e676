"""The embedded, single-process limiter: plain dictionaries, atomic because nothing awaits.

The `limits` library's memory storage counts hits, but cannot take several limits as one
all-or-nothing step, hand out expiring leases, or correct a reservation after the fact, so
this keeps its own small structures. Each method runs to completion without an `await`, so
on one event loop no other request can interleave between checking and taking.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence

from gateway.limits.admission import Admission, UsageSnapshot
from gateway.limits.checks import (
    MINUTE_MS,
    LimitCheck,
    Observation,
    build_admission,
    fits,
    observed_states,
    plan_checks,
)
from gateway.limits.spec import LimitSpec

_SWEEP_EVERY_MS = 60_000


class InProcessBackend:
    """Limits for one process; `clock` returns seconds since the epoch (tests pass a fake)."""

    name = "memory"

    def __init__(
        self,
        *,
        lease_ttl: float = 300.0,
        clock: Callable[[], float] = time.time,
        key_prefix: str = "mg:limits:",
    ) -> None:
        self.lease_ttl = lease_ttl
        self._lease_ttl_ms = int(lease_ttl * 1000)
        self._clock = clock
        self._prefix = key_prefix
        self._logs: dict[str, deque[int]] = {}
        self._leases: dict[str, dict[str, int]] = {}
        # key -> (window index, tokens charged, window end in ms)
        self._windows: dict[str, tuple[int, int, int]] = {}
        self._next_sweep_ms = 0

    async def admit(
        self,
        subject: str,
        model: str | None,
        spec: LimitSpec,
        reserve_tokens: int,
        peek: Sequence[str] = (),
    ) -> Admission:
        """Take every limit or none (see `LimiterBackend.admit`); `peek` is not read here."""
        now = self._now_ms()
        self._sweep(now)
        checks = plan_checks(self._prefix, subject, model, spec, reserve_tokens)
        observed = [self._observe(check, now) for check in checks]
        admitted = all(fits(c, o) for c, o in zip(checks, observed, strict=True))
        lease_id = uuid.uuid4().hex
        if admitted:
            for check in checks:
                self._take(check, now, lease_id)
        return build_admission(
            checks,
            observed,
            admitted=admitted,
            now_ms=now,
            origin=self.name,
            lease_id=lease_id,
            reserve_tokens=reserve_tokens,
        )

    async def settle(self, admission: Admission, actual_tokens: int) -> None:
        """Correct the token windows to `actual_tokens` and release the lease."""
        reservation = admission.reservation
        if reservation is None or reservation.settled:
            return
        reservation.settled = True
        delta = actual_tokens - reservation.reserved_tokens
        for key, window_index in reservation.token_windows:
            stored = self._windows.get(key)
            # A window that has already ended constrains nothing any more; leave it be.
            if stored is not None and stored[0] == window_index:
                self._windows[key] = (window_index, max(0, stored[1] + delta), stored[2])
        for key in reservation.lease_keys:
            self._leases.get(key, {}).pop(reservation.lease_id, None)

    async def release(self, admission: Admission) -> None:
        """Refund the whole reservation and release the lease."""
        await self.settle(admission, 0)

    async def renew(self, admission: Admission) -> None:
        """Extend the lease by a full TTL if it is still held."""
        reservation = admission.reservation
        if reservation is None or reservation.settled:
            return
        now = self._now_ms()
        for key in reservation.lease_keys:
            leases = self._leases.get(key, {})
            if leases.get(reservation.lease_id, 0) > now:
                leases[reservation.lease_id] = now + self._lease_ttl_ms

    async def usage(self, subject: str, model: str | None, spec: LimitSpec) -> UsageSnapshot:
        """The caller's limits and consumption, taking nothing."""
        now = self._now_ms()
        checks = plan_checks(self._prefix, subject, model, spec, 0)
        observed = [self._observe(check, now) for check in checks]
        return UsageSnapshot(subject, model, observed_states(checks, observed))

    async def aclose(self) -> None:
        """Nothing to close; forget all counters."""
        self._logs.clear()
        self._leases.clear()
        self._windows.clear()

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _observe(self, check: LimitCheck, now: int) -> Observation:
        if check.kind == "log":
            log = self._logs.get(check.key)
            if log is None:
                return Observation(0, check.window_ms)
            while log and log[0] <= now - check.window_ms:
                log.popleft()
            return Observation(len(log), log[0] + check.window_ms - now if log else check.window_ms)
        if check.kind == "lease":
            leases = self._leases.get(check.key)
            if not leases:
                return Observation(0, 0)
            for lease_id in [k for k, expiry in leases.items() if expiry <= now]:
                del leases[lease_id]
            return Observation(len(leases), min(leases.values(), default=now) - now)
        index = now // check.window_ms
        stored_index, used, _ = self._windows.get(check.key, (index, 0, 0))
        reset = (index + 1) * check.window_ms - now
        return Observation(used if stored_index == index else 0, reset)

    def _take(self, check: LimitCheck, now: int, lease_id: str) -> None:
        if check.kind == "log":
            self._logs.setdefault(check.key, deque()).append(now)
        elif check.kind == "lease":
            self._leases.setdefault(check.key, {})[lease_id] = now + self._lease_ttl_ms
        else:
            index = now // check.window_ms
            stored_index, used, _ = self._windows.get(check.key, (index, 0, 0))
            charged = (used if stored_index == index else 0) + check.cost
            self._windows[check.key] = (index, charged, (index + 1) * check.window_ms)

    def _sweep(self, now: int) -> None:
        # Subjects that stop calling would otherwise keep their (expired) entries forever.
        if now < self._next_sweep_ms:
            return
        self._next_sweep_ms = now + _SWEEP_EVERY_MS
        for key in [k for k, log in self._logs.items() if not log or log[-1] <= now - MINUTE_MS]:
            del self._logs[key]
        for key, leases in list(self._leases.items()):
            if all(expiry <= now for expiry in leases.values()):
                del self._leases[key]
        for key in [k for k, (_, _, end) in self._windows.items() if end <= now]:
            del self._windows[key]


__all__ = ["InProcessBackend"]

"""Keeps limits working through a Redis outage: fail open onto a local limiter, or fail closed.

While Redis is down no request waits on it: after a failure the next attempt is scheduled
with exponential backoff, and only one request at a time is allowed to try (its admit is the
health probe). When that succeeds, traffic returns to Redis by itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import redis.exceptions
import structlog

from gateway.errors import LimiterUnavailable
from gateway.limits.admission import Admission, UsageSnapshot
from gateway.limits.backend import LimiterBackend
from gateway.limits.memory import InProcessBackend
from gateway.limits.spec import LimitSpec

OutageMode = Literal["open", "closed"]
FailoverEvent = Literal[
    "outage", "recovered", "fallback_admission", "unavailable_refusal", "settlement_lost"
]
STORE_ERRORS: tuple[type[BaseException], ...] = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    OSError,
)
"""Errors that mean "the store is unreachable"; anything else is a bug and propagates."""


@dataclass(slots=True)
class FailoverStats:
    """Counters a metrics exporter can read (or connect `on_event` to count them itself)."""

    outages: int = 0
    recoveries: int = 0
    fallback_admissions: int = 0
    unavailable_refusals: int = 0
    settlements_lost: int = 0


class FailoverBackend:
    """A `LimiterBackend` that survives its primary (Redis) going away."""

    name = "failover"

    def __init__(
        self,
        primary: LimiterBackend,
        *,
        on_redis_outage: OutageMode = "open",
        fallback: InProcessBackend | None = None,
        fallback_scale: float = 1.0,
        retry_initial: float = 0.5,
        retry_max: float = 10.0,
        on_event: Callable[[FailoverEvent], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`fallback_scale` shrinks local limits, e.g. `1 / replicas` keeps the fleet's total."""
        if on_redis_outage not in ("open", "closed"):
            raise ValueError(f"on_redis_outage must be 'open' or 'closed', not {on_redis_outage!r}")
        self._primary = primary
        self.lease_ttl = primary.lease_ttl
        self._mode: OutageMode = on_redis_outage
        self._fallback = fallback if fallback is not None else InProcessBackend()
        self._scale = fallback_scale
        self._retry_initial = retry_initial
        self._retry_max = retry_max
        self._on_event = on_event
        self._clock = clock
        self._log = structlog.get_logger()
        self.stats = FailoverStats()
        self._down = False
        self._backoff = retry_initial
        self._retry_at = 0.0
        self._probing = False

    @property
    def degraded(self) -> bool:
        """True while Redis is considered down (for `/readyz` and a gauge)."""
        return self._down

    async def admit(
        self,
        subject: str,
        model: str | None,
        spec: LimitSpec,
        reserve_tokens: int,
        peek: Sequence[str] = (),
    ) -> Admission:
        """Admit through Redis, or per `on_redis_outage` while it is unreachable (the local
        fallback reads no `peek` keys)."""
        if not self._may_try_primary():
            return await self._admit_degraded(subject, model, spec, reserve_tokens)
        probe = self._down
        try:
            admission = await (
                self._primary.admit(subject, model, spec, reserve_tokens, peek)
                if peek
                else self._primary.admit(subject, model, spec, reserve_tokens)
            )
        except STORE_ERRORS as exc:
            self._mark_down(exc, probe=probe)
            return await self._admit_degraded(subject, model, spec, reserve_tokens)
        finally:
            if probe:
                self._probing = False
        self._mark_up()
        return admission

    async def settle(self, admission: Admission, actual_tokens: int) -> None:
        """Settle where the request was admitted; a lost settlement is logged, never raised."""
        reservation = admission.reservation
        if reservation is None or reservation.settled:
            return
        if reservation.origin == self._fallback.name:
            await self._fallback.settle(admission, actual_tokens)
            return
        if self._down:
            # Retrying later would need a queue that survives this replica; the reservation
            # already errs on the caller's side and the lease expires by its TTL.
            reservation.settled = True
            self._count("settlement_lost")
            return
        try:
            await self._primary.settle(admission, actual_tokens)
        except STORE_ERRORS as exc:
            reservation.settled = True
            self._mark_down(exc, probe=False)
            self._count("settlement_lost")

    async def release(self, admission: Admission) -> None:
        """Refund the whole reservation and release the lease."""
        await self.settle(admission, 0)

    async def renew(self, admission: Admission) -> None:
        """Renew where the request was admitted; during an outage the lease runs out by itself."""
        reservation = admission.reservation
        if reservation is None or reservation.settled:
            return
        if reservation.origin == self._fallback.name:
            await self._fallback.renew(admission)
            return
        if self._down:
            return
        try:
            await self._primary.renew(admission)
        except STORE_ERRORS as exc:
            self._mark_down(exc, probe=False)

    async def usage(self, subject: str, model: str | None, spec: LimitSpec) -> UsageSnapshot:
        """Usage from Redis, or from the local limiter while failing open."""
        if self._may_try_primary():
            probe = self._down
            try:
                snapshot = await self._primary.usage(subject, model, spec)
            except STORE_ERRORS as exc:
                self._mark_down(exc, probe=probe)
            else:
                self._mark_up()
                return snapshot
            finally:
                if probe:
                    self._probing = False
        if self._mode == "closed":
            raise LimiterUnavailable("the rate-limit store is unreachable")
        return await self._fallback.usage(subject, model, self._local(spec))

    async def aclose(self) -> None:
        """Close both backends."""
        await self._primary.aclose()
        await self._fallback.aclose()

    def _may_try_primary(self) -> bool:
        if not self._down:
            return True
        if self._probing or self._clock() < self._retry_at:
            return False
        self._probing = True
        return True

    async def _admit_degraded(
        self, subject: str, model: str | None, spec: LimitSpec, reserve_tokens: int
    ) -> Admission:
        if self._mode == "closed":
            self._count("unavailable_refusal")
            raise LimiterUnavailable("the rate-limit store is unreachable")
        self._count("fallback_admission")
        return await self._fallback.admit(subject, model, self._local(spec), reserve_tokens)

    def _local(self, spec: LimitSpec) -> LimitSpec:
        return spec if self._scale == 1.0 else spec.scaled(self._scale)

    def _mark_down(self, exc: BaseException, *, probe: bool) -> None:
        if self._down:
            if not probe:
                # Requests already in flight when Redis went away fail too; only a failed
                # probe should push the next attempt further out.
                return
            self._backoff = min(self._backoff * 2, self._retry_max)
        else:
            self._down = True
            self._backoff = self._retry_initial
            self._log.warning(
                "limiter.store_outage", mode=self._mode, error=repr(exc), retry_in=self._backoff
            )
            self._count("outage")
        self._retry_at = self._clock() + self._backoff

    def _mark_up(self) -> None:
        if self._down:
            self._down = False
            self._backoff = self._retry_initial
            self._log.info("limiter.store_recovered", mode=self._mode)
            self._count("recovered")

    def _count(self, event: FailoverEvent) -> None:
        field = {
            "outage": "outages",
            "recovered": "recoveries",
            "fallback_admission": "fallback_admissions",
            "unavailable_refusal": "unavailable_refusals",
            "settlement_lost": "settlements_lost",
        }[event]
        setattr(self.stats, field, getattr(self.stats, field) + 1)
        if self._on_event is not None:
            self._on_event(event)


__all__ = ["STORE_ERRORS", "FailoverBackend", "FailoverEvent", "FailoverStats", "OutageMode"]

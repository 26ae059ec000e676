"""The one interface every limiter backend implements.

A backend that cannot reach its store and fails closed raises `gateway.errors.LimiterUnavailable`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from gateway.limits.admission import Admission, UsageSnapshot
from gateway.limits.spec import LimitSpec


@runtime_checkable
class LimiterBackend(Protocol):
    """Checks and takes all of a request's limits at once, then settles them."""

    lease_ttl: float
    """Seconds a concurrency lease lasts unless renewed."""

    async def admit(
        self,
        subject: str,
        model: str | None,
        spec: LimitSpec,
        reserve_tokens: int,
        peek: Sequence[str] = (),
    ) -> Admission:
        """Take every limit (a request, a concurrency lease, `reserve_tokens` per token window)
        or none of them; the answer says which limit refused and for how long.

        A backend on a shared store also reads the hashes at `peek` in the same call (the
        account's risk standing), so the request pays no extra round trip for them; others
        leave `Admission.peeked` as `None`.
        """
        ...

    async def settle(self, admission: Admission, actual_tokens: int) -> None:
        """Replace the reservation by `actual_tokens` and release the concurrency lease.

        Never raises for a store outage: the response is already on its way, and an
        unsettled reservation only errs on the caller's side until its window ends.
        """
        ...

    async def release(self, admission: Admission) -> None:
        """Refund the whole reservation and release the lease (the upstream call failed)."""
        ...

    async def renew(self, admission: Admission) -> None:
        """Push the concurrency lease's expiry a full TTL ahead (a long stream is still
        running). Never raises for a store outage; a lease that is gone stays gone."""
        ...

    async def usage(self, subject: str, model: str | None, spec: LimitSpec) -> UsageSnapshot:
        """The caller's limits and consumption, taking nothing."""
        ...

    async def aclose(self) -> None:
        """Release connections and background tasks."""
        ...


__all__ = ["LimiterBackend"]

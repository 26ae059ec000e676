"""What a limiter answers: the admission decision, each limit's state, and the settlement handle."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LimitName = Literal["requests", "concurrency", "tokens_per_minute", "tokens_per_day"]


@dataclass(frozen=True, slots=True)
class LimitState:
    """One limit as the caller sees it after this request (for headers and `/v1/usage`)."""

    name: LimitName
    """Which limit."""
    model: str | None
    """The model a per-model limit belongs to; `None` for the subject's own limits."""
    quota: int
    """The limit itself."""
    remaining: int
    """How much is left after this request (never negative)."""
    reset: float
    """Seconds until the window frees quota; 0 for concurrency, which has no window."""
    window: int | None
    """Window length in seconds; `None` for concurrency."""

    @property
    def policy_id(self) -> str:
        """A stable identifier for the RateLimit headers, e.g. `tokens_per_day:demo-large`."""
        return self.name if self.model is None else f"{self.name}:{self.model}"


class Reservation:
    """What an admitted request holds until it settles: a lease and reserved tokens.

    Mutable on purpose: settling marks it, so a second `settle` or `release` of the same
    request (say, an error handler after a successful settle) cannot refund twice.
    """

    __slots__ = ("lease_id", "lease_keys", "origin", "reserved_tokens", "settled", "token_windows")

    def __init__(
        self,
        *,
        origin: str,
        lease_id: str,
        reserved_tokens: int,
        lease_keys: tuple[str, ...],
        token_windows: tuple[tuple[str, int], ...],
    ) -> None:
        self.origin = origin
        """Name of the backend that admitted the request; settlement must go back there."""
        self.lease_id = lease_id
        self.reserved_tokens = reserved_tokens
        self.lease_keys = lease_keys
        """Keys of the concurrency leases this request holds."""
        self.token_windows = token_windows
        """(key, window index) of each token window charged, so settlement hits the same one."""
        self.settled = False

    @property
    def holds_anything(self) -> bool:
        """True when settlement has something to refund, charge or release."""
        return bool(self.lease_keys or self.token_windows)


@dataclass(frozen=True, slots=True)
class Admission:
    """The answer to `admit`: every limit taken, or none of them and the reason."""

    admitted: bool
    states: tuple[LimitState, ...]
    """Every limit that applies, after this request (unchanged ones when refused)."""
    refused_by: LimitState | None = None
    """The limit that refused (the one with the longest wait when several did)."""
    retry_after: float = 0.0
    """Seconds until retrying can succeed; 0 when admitted."""
    oversized: bool = False
    """The request alone exceeds the refusing limit's quota: no wait makes it fit."""
    reservation: Reservation | None = None
    """The settlement handle; `None` when refused."""
    peeked: tuple[dict[str, str], ...] | None = None
    """The hashes at the `peek` keys, read in the same atomic call (`None`: not read, e.g. no
    limit applied or the local fallback answered)."""

    @property
    def limit(self) -> LimitName | None:
        """Name of the refusing limit, for the 429 problem's `limit` member."""
        return None if self.refused_by is None else self.refused_by.name


@dataclass(frozen=True, slots=True)
class UsageSnapshot:
    """A caller's limits and consumption, for `GET /v1/usage`; taking nothing."""

    subject: str
    model: str | None
    states: tuple[LimitState, ...]


__all__ = ["Admission", "LimitName", "LimitState", "Reservation", "UsageSnapshot"]

"""The limit checks one request needs, and the admission built from what a store observed.

Both backends run the same checks with the same rules, so they cannot disagree on what a
limit means; they differ only in where the counters live.

- `log` (requests per minute): a sliding log of admission times; exact in any 60 s window.
- `lease` (concurrency): lease ids with an expiry; a slot frees on settle or when the lease
  expires, so a replica that died does not hold it forever.
- `window` (tokens): a counter per fixed window (60 s, or the UTC day) that reservations
  add to and settlement corrects. At most `quota` tokens are charged to any one window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from gateway.limits.admission import Admission, LimitName, LimitState, Reservation
from gateway.limits.spec import LimitSpec

CheckKind = Literal["log", "lease", "window"]

MINUTE_MS: Final = 60_000
DAY_MS: Final = 86_400_000
CONCURRENCY_RETRY_MS: Final = 1_000
"""A refused concurrent request is told to retry in a second: slots free when any in-flight
request finishes, which no store can predict, and the lease expiry is only a worst case."""


@dataclass(frozen=True, slots=True)
class LimitCheck:
    """One limit to check and take: where its counter lives and what this request costs."""

    name: LimitName
    model: str | None
    kind: CheckKind
    key: str
    quota: int
    window_ms: int
    """Window length; 0 for leases."""
    cost: int


@dataclass(frozen=True, slots=True)
class Observation:
    """What a store saw for one check, before taking anything."""

    used: int
    reset_ms: int
    """Milliseconds until the window frees quota (earliest lease expiry for leases)."""


def plan_checks(
    prefix: str, subject: str, model: str | None, spec: LimitSpec, reserve_tokens: int
) -> tuple[LimitCheck, ...]:
    """The checks for `subject`'s own limits, then for `model`'s per-model limits, if any."""
    scopes: list[tuple[str | None, LimitSpec]] = [(None, spec)]
    if model is not None and model in spec.per_model:
        scopes.append((model, spec.per_model[model]))
    checks: list[LimitCheck] = []
    for scope, limits in scopes:
        # The hash tag keeps all of a subject's keys in one Redis Cluster slot, which one
        # script touching several keys requires.
        base = f"{prefix}{{{subject}}}" + ("" if scope is None else f":m:{scope}")
        if limits.requests_per_minute is not None:
            checks.append(
                LimitCheck(
                    "requests",
                    scope,
                    "log",
                    f"{base}:rpm",
                    limits.requests_per_minute,
                    MINUTE_MS,
                    1,
                )
            )
        if limits.concurrent is not None:
            checks.append(
                LimitCheck("concurrency", scope, "lease", f"{base}:conc", limits.concurrent, 0, 1)
            )
        if limits.tokens_per_minute is not None:
            checks.append(
                LimitCheck(
                    "tokens_per_minute",
                    scope,
                    "window",
                    f"{base}:tpm",
                    limits.tokens_per_minute,
                    MINUTE_MS,
                    reserve_tokens,
                )
            )
        if limits.tokens_per_day is not None:
            checks.append(
                LimitCheck(
                    "tokens_per_day",
                    scope,
                    "window",
                    f"{base}:tpd",
                    limits.tokens_per_day,
                    DAY_MS,
                    reserve_tokens,
                )
            )
    return tuple(checks)


def fits(check: LimitCheck, seen: Observation) -> bool:
    """The one admission rule: what is used plus this request's cost stays within the quota."""
    return seen.used + check.cost <= check.quota


def build_admission(
    checks: Sequence[LimitCheck],
    observed: Sequence[Observation],
    *,
    admitted: bool,
    now_ms: int,
    origin: str,
    lease_id: str,
    reserve_tokens: int,
) -> Admission:
    """Turn a store's observations into the `Admission` (states, refusal, reservation)."""
    states = tuple(_state(c, o, taken=admitted) for c, o in zip(checks, observed, strict=True))
    if admitted:
        reservation = Reservation(
            origin=origin,
            lease_id=lease_id,
            reserved_tokens=reserve_tokens,
            lease_keys=tuple(c.key for c in checks if c.kind == "lease"),
            token_windows=tuple(
                (c.key, now_ms // c.window_ms) for c in checks if c.kind == "window"
            ),
        )
        return Admission(admitted=True, states=states, reservation=reservation)
    # Several limits may refuse at once; name the one that keeps the caller waiting longest,
    # so that the Retry-After we send is never too early.
    refusals = [
        (c.cost > c.quota, _retry_ms(c, o), state)
        for c, o, state in zip(checks, observed, states, strict=True)
        if not fits(c, o)
    ]
    oversized, wait_ms, refused_by = max(refusals, key=lambda r: (r[0], r[1]))
    return Admission(
        admitted=False,
        states=states,
        refused_by=refused_by,
        retry_after=wait_ms / 1000,
        oversized=oversized,
    )


def observed_states(
    checks: Sequence[LimitCheck], observed: Sequence[Observation]
) -> tuple[LimitState, ...]:
    """States for `/v1/usage`: what is left without this caller taking anything."""
    return tuple(_state(c, o, taken=False) for c, o in zip(checks, observed, strict=True))


def _state(check: LimitCheck, seen: Observation, *, taken: bool) -> LimitState:
    used = seen.used + (check.cost if taken else 0)
    return LimitState(
        name=check.name,
        model=check.model,
        quota=check.quota,
        remaining=max(0, check.quota - used),
        # A lease's expiry is a worst case, not a reset a client could plan on.
        reset=0.0 if check.kind == "lease" else max(0, seen.reset_ms) / 1000,
        window=check.window_ms // 1000 if check.window_ms else None,
    )


def _retry_ms(check: LimitCheck, seen: Observation) -> int:
    if check.kind == "lease":
        return max(0, min(seen.reset_ms, CONCURRENCY_RETRY_MS))
    return max(0, seen.reset_ms)


__all__ = [
    "CONCURRENCY_RETRY_MS",
    "DAY_MS",
    "MINUTE_MS",
    "CheckKind",
    "LimitCheck",
    "Observation",
    "build_admission",
    "fits",
    "observed_states",
    "plan_checks",
]

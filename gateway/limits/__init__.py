"""Rate limits and token quotas: one interface, an in-process and a Redis backend.

The `limit` stage calls `admit` before forwarding, then `settle` with the upstream's usage
(or `release` when the upstream call failed); `headers.rate_limit_headers` renders the
answer. See docs/limits.md.
"""

from gateway.limits.admission import Admission, LimitName, LimitState, Reservation, UsageSnapshot
from gateway.limits.auth_throttle import AuthThrottle, client_address
from gateway.limits.backend import LimiterBackend
from gateway.limits.failover import FailoverBackend, FailoverEvent, FailoverStats, OutageMode
from gateway.limits.headers import rate_limit_headers, state_headers
from gateway.limits.memory import InProcessBackend
from gateway.limits.redis_backend import RedisBackend
from gateway.limits.spec import LimitSpec
from gateway.limits.tokens import estimate_prompt_tokens, reservation_for

__all__ = [
    "Admission",
    "AuthThrottle",
    "FailoverBackend",
    "FailoverEvent",
    "FailoverStats",
    "InProcessBackend",
    "LimitName",
    "LimitSpec",
    "LimitState",
    "LimiterBackend",
    "OutageMode",
    "RedisBackend",
    "Reservation",
    "UsageSnapshot",
    "client_address",
    "estimate_prompt_tokens",
    "rate_limit_headers",
    "reservation_for",
    "state_headers",
]

"""IETF httpapi RateLimit headers (draft-ietf-httpapi-ratelimit-headers, structured fields).

`RateLimit-Policy: "requests";q=60;w=60, "concurrency";q=4;qu="concurrency"` describes the
limits; `RateLimit: "requests";r=59;t=60, "concurrency";r=3` their current state. Token
policies carry no `qu`: the draft's registry has no token unit, and the policy name says it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from gateway.limits.admission import Admission, LimitState


def rate_limit_headers(admission: Admission) -> dict[str, str]:
    """`RateLimit-Policy`, `RateLimit`, and on refusal `Retry-After`, for one response.

    `Retry-After` is left out when the request alone exceeds the quota (`oversized`):
    waiting would not help, and the problem document should say to ask for fewer tokens.
    """
    headers = state_headers(admission.states)
    if not admission.admitted and not admission.oversized:
        headers["Retry-After"] = str(max(1, math.ceil(admission.retry_after)))
    return headers


def state_headers(states: Sequence[LimitState]) -> dict[str, str]:
    """The two RateLimit fields for any set of limit states (empty when nothing is limited)."""
    if not states:
        return {}
    return {
        "RateLimit-Policy": ", ".join(_policy_item(s) for s in states),
        "RateLimit": ", ".join(_state_item(s) for s in states),
    }


def _policy_item(state: LimitState) -> str:
    item = f"{_sf_string(state.policy_id)};q={state.quota}"
    if state.window is None:
        return f'{item};qu="concurrency"'
    return f"{item};w={state.window}"


def _state_item(state: LimitState) -> str:
    item = f"{_sf_string(state.policy_id)};r={state.remaining}"
    if state.window is None:
        return item
    return f"{item};t={math.ceil(state.reset)}"


def _sf_string(value: str) -> str:
    # An sf-string holds printable ASCII only, with `"` and `\` escaped (RFC 9651 3.3.3);
    # model names are configuration, but a stray character must not break the header.
    safe = "".join(ch if " " <= ch <= "~" else "_" for ch in value)
    return '"' + safe.replace("\\", "\\\\").replace('"', '\\"') + '"'


__all__ = ["rate_limit_headers", "state_headers"]

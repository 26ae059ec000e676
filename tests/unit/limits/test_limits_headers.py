"""RateLimit-Policy, RateLimit and Retry-After rendered from an admission."""

from __future__ import annotations

import pytest

from gateway.limits.admission import Admission, LimitState
from gateway.limits.headers import rate_limit_headers, state_headers

REQUESTS = LimitState("requests", None, 60, 59, 11.2, 60)
CONCURRENCY = LimitState("concurrency", None, 4, 3, 0.0, None)
TOKENS_DAY = LimitState("tokens_per_day", "demo-large", 50000, 0, 3600.0, 86400)


def test_admitted_headers_use_structured_fields() -> None:
    """Each limit is one list member: quota and window in the policy, remaining and reset now."""
    headers = rate_limit_headers(Admission(True, (REQUESTS, CONCURRENCY, TOKENS_DAY)))
    assert headers == {
        "RateLimit-Policy": '"requests";q=60;w=60, "concurrency";q=4;qu="concurrency", '
        '"tokens_per_day:demo-large";q=50000;w=86400',
        "RateLimit": '"requests";r=59;t=12, "concurrency";r=3, '
        '"tokens_per_day:demo-large";r=0;t=3600',
    }


@pytest.mark.parametrize(
    ("retry_after", "oversized", "expected"),
    [(0.2, False, "1"), (12.01, False, "13"), (30.0, True, None)],
)
def test_retry_after_on_refusal(retry_after: float, oversized: bool, expected: str | None) -> None:
    """Refusals carry Retry-After in whole seconds, rounded up, unless waiting cannot help."""
    refusal = Admission(
        False, (REQUESTS,), refused_by=REQUESTS, retry_after=retry_after, oversized=oversized
    )
    assert rate_limit_headers(refusal).get("Retry-After") == expected


def test_no_limits_no_headers() -> None:
    """An unlimited subject gets no RateLimit headers at all."""
    assert rate_limit_headers(Admission(True, ())) == {}


def test_policy_names_are_escaped() -> None:
    """A model name with quotes or non-ASCII characters still yields a valid sf-string."""
    odd = LimitState("tokens_per_day", 'a"b\\c✓', 5, 5, 1.0, 86400)
    assert state_headers([odd])["RateLimit"].startswith('"tokens_per_day:a\\"b\\\\c_";r=5')

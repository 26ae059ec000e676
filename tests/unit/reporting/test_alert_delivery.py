"""Alert delivery: the structured log event, and a webhook signature a receiver can check."""

from __future__ import annotations

import asyncio
import hashlib
import hmac

import structlog

from gateway.reporting import Alert, AlertNotifier, sign

ALERT = Alert(
    rule_id="limit-refusals-high",
    kind="limit_refusal_rate",
    severity="warning",
    message="limit refusals 30.0% of 200 requests exceed 20.0%",
    observed_rate=0.3,
    max_rate=0.2,
    count=200,
    window_seconds=3600,
    since_us=0,
    until_us=3_600_000_000,
    details={"refused": 60},
)


def test_signature_is_hmac_sha256_over_timestamp_and_body() -> None:
    """`sha256=` + HMAC(secret, "<timestamp>." + body), as documented for receivers."""
    expected = hmac.new(b"s3cret", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert sign(b"s3cret", "1700000000", b"{}") == f"sha256={expected}"


def test_each_alert_is_logged_as_alert_raised() -> None:
    """Without a webhook the alert still becomes one `alert.raised` event with its figures."""
    with structlog.testing.capture_logs() as logs:
        delivered = asyncio.run(AlertNotifier().raise_alerts([ALERT]))
    assert delivered == 0
    (event,) = logs
    assert event["event"] == "alert.raised"
    assert event["rule"] == "limit-refusals-high"
    assert event["observed_rate"] == 0.3
    assert event["refused"] == 60


def test_unreachable_webhook_is_logged_not_raised() -> None:
    """A webhook that cannot be reached costs a log line, never the report."""
    notifier = AlertNotifier(webhook_url="http://127.0.0.1:9/hook", timeout_seconds=0.5)
    with structlog.testing.capture_logs() as logs:
        delivered = asyncio.run(notifier.raise_alerts([ALERT]))
    assert delivered == 0
    assert [e["event"] for e in logs] == ["alert.raised", "alert.webhook_failed"]

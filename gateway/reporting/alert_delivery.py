"""Raising alerts: one structured `alert.raised` log event each, and an optional signed webhook.

The webhook body is the alert as JSON. `X-ModelGate-Timestamp` carries the Unix time and
`X-ModelGate-Signature` is `sha256=` + HMAC-SHA256(secret, "<timestamp>." + body) in hex, so a
receiver can reject forged and replayed deliveries. A failed delivery is logged, never raised.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Sequence

import httpx
import msgspec
import structlog

from gateway.reporting.alert_rules import Alert

TIMESTAMP_HEADER = "x-modelgate-timestamp"
SIGNATURE_HEADER = "x-modelgate-signature"


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """The signature header value for `body` sent at `timestamp`."""
    digest = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def alert_document(alert: Alert) -> dict[str, object]:
    """The alert as a plain JSON-ready mapping (the log fields and the webhook body)."""
    return {
        "rule": alert.rule_id,
        "kind": alert.kind,
        "severity": alert.severity,
        "message": alert.message,
        "observed_rate": alert.observed_rate,
        "max_rate": alert.max_rate,
        "count": alert.count,
        "window_seconds": alert.window_seconds,
        "since_us": alert.since_us,
        "until_us": alert.until_us,
        **dict(alert.details),
    }


class AlertNotifier:
    """Logs each alert and, when a URL is configured, POSTs it signed."""

    def __init__(
        self,
        *,
        webhook_url: str = "",
        webhook_secret: str = "",
        timeout_seconds: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._url = webhook_url
        self._secret = webhook_secret.encode()
        self._timeout = timeout_seconds
        self._clock = clock
        self._log = structlog.get_logger("modelgate.alerts")

    async def raise_alerts(self, alerts: Sequence[Alert]) -> int:
        """Log and deliver every alert; returns how many webhook deliveries succeeded."""
        for alert in alerts:
            self._log.warning("alert.raised", **alert_document(alert))
        if not self._url or not alerts:
            return 0
        delivered = 0
        async with httpx.AsyncClient(timeout=self._timeout) as client:
            for alert in alerts:
                delivered += await self._deliver(client, alert)
        return delivered

    async def _deliver(self, client: httpx.AsyncClient, alert: Alert) -> int:
        body = msgspec.json.encode(alert_document(alert))
        timestamp = str(int(self._clock()))
        headers = {"content-type": "application/json", TIMESTAMP_HEADER: timestamp}
        if self._secret:
            headers[SIGNATURE_HEADER] = sign(self._secret, timestamp, body)
        try:
            response = await client.post(self._url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            self._log.error("alert.webhook_failed", rule=alert.rule_id, error=type(exc).__name__)
            return 0
        if response.status_code >= 300:
            self._log.error("alert.webhook_failed", rule=alert.rule_id, status=response.status_code)
            return 0
        return 1

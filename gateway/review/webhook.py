"""Signed webhooks to the caller when a case is decided.

The signature header is `X-ModelGate-Signature: t=<unix seconds>,v1=<hex>` where the hex is
HMAC-SHA256, keyed with the secret the caller registered, over `<t>.<raw body>`. Receivers
recompute it, compare in constant time, and refuse timestamps older than a few minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import time

import httpx
import structlog

from gateway.errors import WebhookTargetRefused
from gateway.review.pinned_transport import PinnedAddressTransport
from gateway.review.webhook_target import (
    check_url_shape,
    redacted_url,
    vetted_addresses,
)

SIGNATURE_HEADER = "x-modelgate-signature"
TOLERANCE_SECONDS = 300


class WebhookSigner:
    """Signs and verifies webhook bodies with one secret."""

    def __init__(self, secret: str) -> None:
        if len(secret) < 16:
            raise ValueError("a webhook secret needs at least 16 characters")
        self._key = secret.encode()

    def digest(self, timestamp: int, body: bytes) -> str:
        """HMAC-SHA256 over `<timestamp>.<body>`, hex."""
        return hmac.new(
            self._key, str(timestamp).encode() + b"." + body, hashlib.sha256
        ).hexdigest()

    def header(self, body: bytes, timestamp: int | None = None) -> str:
        """The signature header value for `body`."""
        stamp = int(time.time()) if timestamp is None else timestamp
        return f"t={stamp},v1={self.digest(stamp, body)}"

    def verify(self, header: str, body: bytes, now: float | None = None) -> bool:
        """Whether `header` signs `body` with this secret, recently enough."""
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        try:
            stamp = int(parts.get("t", ""))
        except ValueError:
            return False
        current = time.time() if now is None else now
        if abs(current - stamp) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self.digest(stamp, body), parts.get("v1", ""))


def acceptable_url(url: str, allow_http: bool, allow_private: bool = True) -> bool:
    """https:// (or http:// when allowed, for local use) with a host, not a private literal."""
    try:
        check_url_shape(url, allow_http, allow_private)
    except WebhookTargetRefused:
        return False
    return True


class WebhookSender:
    """Delivers one signed event; failures are logged and retried by the sweep.

    The target is checked again just before each delivery (its name may now resolve to a
    private address); a refused target raises `WebhookTargetRefused`. The delivery connects to
    the address that was checked, so a name answering differently the second time (DNS
    rebinding) cannot steer it elsewhere. Redirects are not followed, so a public receiver
    cannot bounce the call to a private one.
    """

    def __init__(
        self, allow_http: bool = False, allow_private: bool = False, timeout_seconds: float = 5.0
    ) -> None:
        self._allow_http = allow_http
        self._allow_private = allow_private
        self._timeout = timeout_seconds
        self._log = structlog.get_logger("gateway.review")

    async def send(self, url: str, secret: str, body: bytes) -> bool:
        """POST `body`; whether the receiver took it (2xx)."""
        addresses = await vetted_addresses(url, self._allow_http, self._allow_private)
        transport = PinnedAddressTransport(addresses) if addresses else None
        headers = {
            "content-type": "application/json",
            SIGNATURE_HEADER: WebhookSigner(secret).header(body),
        }
        try:
            async with httpx.AsyncClient(timeout=self._timeout, transport=transport) as client:
                response = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            self._log.warning(
                "review.webhook_failed", url=redacted_url(url), error=type(exc).__name__
            )
            return False
        if response.is_success:
            return True
        self._log.warning(
            "review.webhook_refused", url=redacted_url(url), status=response.status_code
        )
        return False

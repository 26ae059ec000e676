"""Webhook signatures: the documented header verifies; tampering, other secrets and age fail."""

from __future__ import annotations

import pytest

from gateway.review.webhook import WebhookSigner, acceptable_url

SECRET = "0123456789abcdef-secret"
BODY = b'{"case_id":"abc","status":"released"}'


def test_a_signed_body_verifies() -> None:
    """The header made for a body verifies against that body."""
    signer = WebhookSigner(SECRET)
    assert signer.verify(signer.header(BODY, timestamp=1_000), BODY, now=1_010)


@pytest.mark.parametrize(
    ("secret", "body", "now"),
    [
        ("another-secret-entirely", BODY, 1_010),
        (SECRET, BODY.replace(b"released", b"refused"), 1_010),
        (SECRET, BODY, 1_000 + 301),
    ],
    ids=["other-secret", "tampered-body", "stale"],
)
def test_forgeries_are_detected(secret: str, body: bytes, now: float) -> None:
    """A wrong secret, a changed body or an old timestamp fails verification."""
    header = WebhookSigner(SECRET).header(BODY, timestamp=1_000)
    assert not WebhookSigner(secret).verify(header, body, now=now)


def test_a_header_with_a_changed_timestamp_fails() -> None:
    """Moving the timestamp without the secret invalidates the signature."""
    header = WebhookSigner(SECRET).header(BODY, timestamp=1_000)
    forged = header.replace("t=1000", "t=1005")
    assert not WebhookSigner(SECRET).verify(forged, BODY, now=1_006)


@pytest.mark.parametrize(
    ("url", "allow_http", "ok"),
    [
        ("https://hooks.example.com/x", False, True),
        ("http://127.0.0.1:9/x", False, False),
        ("http://127.0.0.1:9/x", True, True),
        ("ftp://example.com/", True, False),
    ],
)
def test_webhook_urls_must_be_https_unless_allowed(url: str, allow_http: bool, ok: bool) -> None:
    """Plain-http webhooks are refused unless the setting allows them."""
    assert acceptable_url(url, allow_http) is ok

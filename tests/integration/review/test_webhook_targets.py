"""Registering a review webhook at a private address is refused unless the operator allows it."""

from __future__ import annotations

from pathlib import Path

from gateway.settings import ReviewSettings
from tests.support.review_gateway import HELD_PROMPT, start_review_gateway

SECRET = "a-webhook-secret-of-the-caller"


def test_a_loopback_or_metadata_webhook_is_refused_at_registration(tmp_path: Path) -> None:
    """With the default settings, 127.0.0.1 and 169.254.169.254 webhooks get a 400 that says why."""
    site = start_review_gateway(
        tmp_path, review=ReviewSettings(sweep_seconds=0, webhook_allow_http=True)
    )
    try:
        key = site.gateway.issue_key(tier="checked", account="acct-ssrf").key
        case_id = site.chat(key, HELD_PROMPT).json()["case_id"]
        for url in ("https://127.0.0.1:8443/hook?x=1", "http://169.254.169.254/latest/meta-data"):
            refused = site.post(
                key, f"/v1/reviews/{case_id}/webhook", {"url": url, "secret": SECRET}
            )
            assert refused.status_code == 400
            assert "private" in refused.json()["detail"]
    finally:
        site.stop()

"""The gateway's own background sweep: it runs, and feeds the review queue gauges."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx

from gateway.settings import ReviewSettings
from tests.support.review_gateway import HELD_PROMPT, start_review_gateway


def test_background_sweep_feeds_the_queue_gauges(tmp_path: Path) -> None:
    """A held case shows up in `modelgate_review_queue_depth{queue="hold"}` after a sweep."""
    site = start_review_gateway(tmp_path, review=ReviewSettings(sweep_seconds=0.2))
    try:
        key = site.gateway.issue_key(tier="checked", account=f"m-{uuid.uuid4().hex[:6]}").key
        assert site.chat(key, HELD_PROMPT).status_code == 423
        deadline = time.monotonic() + 10
        text = ""
        while time.monotonic() < deadline:
            text = httpx.get(f"{site.url}/metrics", timeout=10).text
            if 'modelgate_review_queue_depth{queue="hold"} 1.0' in text:
                break
            time.sleep(0.2)
        assert 'modelgate_review_queue_depth{queue="hold"} 1.0' in text
        assert 'modelgate_review_queue_oldest_age_seconds{queue="hold"}' in text
    finally:
        site.stop()

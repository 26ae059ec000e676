"""What counts as a reviewer overturning a detector."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from gateway.review.outcomes import overturned
from gateway.review.records import ReviewCase

BASE = ReviewCase(
    case_id="c", source="hold", stage="input", state="queued", outcome=None, escalated=False,
    severity=30, rule_id="r", categories=(), findings=(), tier="t", model="m", endpoint="chat",
    key_id="k", account="a", request_id="q", created_at=datetime.now(UTC), sla_due_at=None,
    expires_at=None, on_expiry="refuse", decided_at=None, decided_by=None, note=None,
    lease_holder=None, lease_expires_at=None, sealed={}, webhook_url=None,
    webhook_sent_at=None, purge_after=None,
)  # fmt: skip


@pytest.mark.parametrize(
    ("source", "outcome", "expected"),
    [
        ("hold", "approve", True),
        ("hold", "reject", False),
        ("hold", "redact_release", False),
        ("flag", "approve", True),
        ("appeal", "approve", True),
        ("report", "reject", True),
        ("report", "approve", False),
    ],
)
def test_overturn_table(source: str, outcome: str, expected: bool) -> None:
    """Approving a detector's stop overturns it; for reports, a rejection upholds the report."""
    assert overturned(replace(BASE, source=source), outcome) is expected  # type: ignore[arg-type]

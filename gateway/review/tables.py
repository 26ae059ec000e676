"""The review tables: cases (content sealed, leased to one reviewer) and decision outcomes.

`review_outcomes` holds no content and outlives the purge of its case: it is what the
overturn figures are computed from. `release_claimed_until` is the claim of the one poll that
forwards an approved held request; `release_refusal` says why its answer was refused, so that
later polls repeat the refusal instead of calling the model again.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, Index, Integer, String, Table, Text, text

from gateway.storage.metadata import metadata

OPEN_REDRESS = text("source IN ('report', 'appeal') AND state = 'queued'")
"""A caller's report or appeal still waiting: at most one per request and account."""

review_cases = Table(
    "review_cases",
    metadata,
    Column("case_id", String(32), primary_key=True),
    Column("source", String(16), nullable=False),
    Column("stage", String(8), nullable=False),
    Column("state", String(16), nullable=False),
    Column("outcome", String(24)),
    Column("escalated", Boolean, nullable=False, default=False),
    Column("severity", Integer, nullable=False),
    Column("rule_id", String(128)),
    Column("categories", Text, nullable=False),
    Column("findings", Text, nullable=False),
    Column("tier", String(128), nullable=False),
    Column("model", String(256), nullable=False),
    Column("endpoint", String(32)),
    Column("key_id", String(32), nullable=False),
    Column("account", String(128), nullable=False),
    Column("request_id", String(256)),
    Column("prompt_sealed", Text),
    Column("answer_sealed", Text),
    Column("body_sealed", Text),
    Column("reply_sealed", Text),
    Column("released_sealed", Text),
    Column("report_sealed", Text),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sla_due_at", DateTime(timezone=True)),
    Column("expires_at", DateTime(timezone=True)),
    Column("on_expiry", String(8), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("decided_by", String(256)),
    Column("purge_after", DateTime(timezone=True)),
    Column("lease_holder", String(256)),
    Column("lease_expires_at", DateTime(timezone=True)),
    Column("webhook_url", String(2048)),
    Column("webhook_secret_sealed", Text),
    Column("webhook_sent_at", DateTime(timezone=True)),
    Column("release_claimed_until", DateTime(timezone=True)),
    Column("release_refusal", Text),
    Index("ix_review_cases_state_severity", "state", "severity", "created_at"),
    Index("ix_review_cases_request_id", "request_id"),
    Index("ix_review_cases_purge_after", "purge_after"),
    Index(
        "uq_review_cases_open_redress",
        "request_id",
        "account",
        unique=True,
        sqlite_where=OPEN_REDRESS,
        postgresql_where=OPEN_REDRESS,
    ),
)

review_outcomes = Table(
    "review_outcomes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(32), nullable=False),
    Column("source", String(16), nullable=False),
    Column("rule_id", String(128)),
    Column("detector", String(128)),
    Column("category", String(128)),
    Column("outcome", String(24), nullable=False),
    Column("overturned", Boolean, nullable=False),
    Column("tier", String(128), nullable=False),
    Column("model", String(256), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("wait_seconds", Float, nullable=False),
    Index("ix_review_outcomes_decided_at", "decided_at"),
)

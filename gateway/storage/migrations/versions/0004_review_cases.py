"""review cases and outcomes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_cases",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(length=128), nullable=True),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("tier", sa.String(length=128), nullable=False),
        sa.Column("model", sa.String(length=256), nullable=False),
        sa.Column("endpoint", sa.String(length=32), nullable=True),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("account", sa.String(length=128), nullable=False),
        sa.Column("request_id", sa.String(length=256), nullable=True),
        sa.Column("prompt_sealed", sa.Text(), nullable=True),
        sa.Column("answer_sealed", sa.Text(), nullable=True),
        sa.Column("body_sealed", sa.Text(), nullable=True),
        sa.Column("reply_sealed", sa.Text(), nullable=True),
        sa.Column("released_sealed", sa.Text(), nullable=True),
        sa.Column("report_sealed", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sla_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("on_expiry", sa.String(length=8), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(length=256), nullable=True),
        sa.Column("purge_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_holder", sa.String(length=256), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("webhook_url", sa.String(length=2048), nullable=True),
        sa.Column("webhook_secret_sealed", sa.Text(), nullable=True),
        sa.Column("webhook_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_review_cases")),
    )
    op.create_index(
        "ix_review_cases_state_severity",
        "review_cases",
        ["state", "severity", "created_at"],
        unique=False,
    )
    op.create_index("ix_review_cases_request_id", "review_cases", ["request_id"], unique=False)
    op.create_index("ix_review_cases_purge_after", "review_cases", ["purge_after"], unique=False)
    op.create_table(
        "review_outcomes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("rule_id", sa.String(length=128), nullable=True),
        sa.Column("detector", sa.String(length=128), nullable=True),
        sa.Column("category", sa.String(length=128), nullable=True),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("overturned", sa.Boolean(), nullable=False),
        sa.Column("tier", sa.String(length=128), nullable=False),
        sa.Column("model", sa.String(length=256), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("wait_seconds", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_outcomes")),
    )
    op.create_index(
        "ix_review_outcomes_decided_at", "review_outcomes", ["decided_at"], unique=False
    )


def downgrade() -> None:
    op.drop_table("review_outcomes")
    op.drop_table("review_cases")

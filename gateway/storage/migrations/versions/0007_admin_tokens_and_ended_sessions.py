"""local admin tokens and ended page sessions

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 04:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "admin_tokens",
        sa.Column("jti", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=256), nullable=False),
        sa.Column("roles", sa.String(length=256), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("jti", name=op.f("pk_admin_tokens")),
    )
    with op.batch_alter_table("admin_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_admin_tokens_expires_at"), ["expires_at"])
    op.create_table(
        "admin_ended_sessions",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_admin_ended_sessions")),
    )
    with op.batch_alter_table("admin_ended_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_admin_ended_sessions_expires_at"), ["expires_at"])


def downgrade() -> None:
    op.drop_table("admin_ended_sessions")
    op.drop_table("admin_tokens")

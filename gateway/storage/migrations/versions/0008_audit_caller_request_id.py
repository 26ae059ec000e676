"""audit_records.caller_request_id: the caller's X-Request-Id, apart from the record's key

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable and outside the hash chain: older records have none, and an erased one (the
    # caller's text may hold personal data) leaves the chain verifiable.
    with op.batch_alter_table("audit_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("caller_request_id", sa.String(length=64), nullable=True))
        batch_op.create_index(
            "ix_audit_records_caller_request_id", ["caller_request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_records", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_records_caller_request_id")
        batch_op.drop_column("caller_request_id")

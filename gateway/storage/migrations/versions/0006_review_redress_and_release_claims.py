"""one open report or appeal per request and account; release claims

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 04:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_REDRESS = sa.text("source IN ('report', 'appeal') AND state = 'queued'")


def upgrade() -> None:
    with op.batch_alter_table("review_cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("release_claimed_until", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("release_refusal", sa.Text(), nullable=True))
    # Repeated reports made before this revision would break the unique index: the oldest
    # open one per request and account stays, the copies are closed as duplicates (their
    # content goes with the next purge).
    op.execute(
        sa.text(
            "UPDATE review_cases SET state = 'decided', outcome = 'reject', "
            "decided_by = 'system:duplicate', note = 'duplicate report', "
            "decided_at = CURRENT_TIMESTAMP, purge_after = CURRENT_TIMESTAMP "
            "WHERE source IN ('report', 'appeal') AND state = 'queued' AND EXISTS ("
            " SELECT 1 FROM review_cases AS older"
            " WHERE older.request_id = review_cases.request_id"
            " AND older.account = review_cases.account"
            " AND older.source IN ('report', 'appeal') AND older.state = 'queued'"
            " AND (older.created_at < review_cases.created_at OR (older.created_at ="
            " review_cases.created_at AND older.case_id < review_cases.case_id)))"
        )
    )
    op.create_index(
        "uq_review_cases_open_redress",
        "review_cases",
        ["request_id", "account"],
        unique=True,
        sqlite_where=OPEN_REDRESS,
        postgresql_where=OPEN_REDRESS,
    )


def downgrade() -> None:
    op.drop_index(
        "uq_review_cases_open_redress",
        table_name="review_cases",
        sqlite_where=OPEN_REDRESS,
        postgresql_where=OPEN_REDRESS,
    )
    with op.batch_alter_table("review_cases", schema=None) as batch_op:
        batch_op.drop_column("release_refusal")
        batch_op.drop_column("release_claimed_until")

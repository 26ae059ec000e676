"""terms acceptances and model overrides

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "terms_acceptances",
        sa.Column("account", sa.String(length=128), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["account"], ["accounts.name"], name=op.f("fk_terms_acceptances_account_accounts")
        ),
        sa.PrimaryKeyConstraint(
            "account", "document_id", "version", name=op.f("pk_terms_acceptances")
        ),
    )
    op.create_table(
        "model_overrides",
        sa.Column("model", sa.String(length=256), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=256), nullable=True),
        sa.PrimaryKeyConstraint("model", name=op.f("pk_model_overrides")),
    )


def downgrade() -> None:
    op.drop_table("model_overrides")
    op.drop_table("terms_acceptances")

"""index api_keys.rotated_to

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 04:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Key rotation finds a key's predecessor by `rotated_to`; without the index that lookup
    # (and the recursive lineage query built on it) scans every key.
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_rotated_to"), ["rotated_to"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_rotated_to"))

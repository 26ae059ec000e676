"""Tables for accounts and API keys."""

from sqlalchemy import JSON, Column, DateTime, ForeignKey, String, Table

from gateway.storage.metadata import metadata

accounts = Table(
    "accounts",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("suspended_at", DateTime(timezone=True), nullable=True),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("key_id", String(32), primary_key=True),
    Column("account", String(128), ForeignKey("accounts.name"), nullable=False, index=True),
    Column("tier", String(64), nullable=False),
    Column("secret_hash", String(64), nullable=False),
    Column("label", String(200), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    # Rotation: the old key names its successor and keeps working until `grace_until`. Indexed
    # because rotation looks a key's predecessors up by it.
    Column("rotated_to", String(32), nullable=True, index=True),
    Column("grace_until", DateTime(timezone=True), nullable=True),
    Column("limit_overrides", JSON, nullable=True),
)

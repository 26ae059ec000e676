"""The table of terms acceptances: which account accepted which version of which document."""

from sqlalchemy import Column, DateTime, ForeignKey, String, Table

from gateway.storage.metadata import metadata

terms_acceptances = Table(
    "terms_acceptances",
    metadata,
    Column("account", String(128), ForeignKey("accounts.name"), primary_key=True),
    Column("document_id", String(64), primary_key=True),
    Column("version", String(64), primary_key=True),
    Column("accepted_at", DateTime(timezone=True), nullable=False),
    Column("key_id", String(32), nullable=True),
)

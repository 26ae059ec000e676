"""The table of model overrides: a release stage or a disabled flag on top of models.yaml."""

from sqlalchemy import Boolean, Column, DateTime, String, Table

from gateway.storage.metadata import metadata

model_overrides = Table(
    "model_overrides",
    metadata,
    Column("model", String(256), primary_key=True),
    # NULL keeps the stage from models.yaml.
    Column("stage", String(32), nullable=True),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("reason", String(500), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("updated_by", String(256), nullable=True),
)

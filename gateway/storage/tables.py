"""Every table of the project, imported so that Alembic and tests see the whole schema."""

from gateway.access import tables as access_tables
from gateway.access import terms_tables
from gateway.admin import tables as admin_tables
from gateway.audit import tables as audit_tables
from gateway.control import tables as control_tables
from gateway.review import tables as review_tables
from gateway.storage.metadata import metadata

__all__ = [
    "access_tables",
    "admin_tables",
    "audit_tables",
    "control_tables",
    "metadata",
    "review_tables",
    "terms_tables",
]

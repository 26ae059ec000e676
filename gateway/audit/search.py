"""Finds the records of one request by the gateway's id or by the caller's own id.

A caller's `X-Request-Id` is not unique (callers reuse them, and may pick another request's),
so a search by it can return several records; each shows both ids.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.record import AuditRecord
from gateway.audit.tables import audit_records, record_from_row

MAX_FOUND = 1000
"""A caller id reused a million times should not print a million lines."""


async def find_records(engine: AsyncEngine, request_id: str) -> list[AuditRecord]:
    """Records whose gateway id or caller id is `request_id`, in chain order."""
    r = audit_records.c
    query = (
        select(audit_records)
        .where(or_(r.request_id == request_id, r.caller_request_id == request_id))
        .order_by(r.seq)
        .limit(MAX_FOUND)
    )
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).mappings().all()
    return [record_from_row(row) for row in rows]

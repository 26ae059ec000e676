"""Exports stored records for a period as JSON lines, exactly as stored (hashes included).

Exported lines keep every chain field, so a third party can recompute each record's hash;
content stays as the tier stored it (pseudonyms, keyed hashes or ciphertext).
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.tables import audit_records, record_from_row

STREAM_ROWS = 2000


async def export_records(
    engine: AsyncEngine, write: Callable[[bytes], object], *, since_us: int, until_us: int
) -> int:
    """Writes records with `since_us <= time_us < until_us` in chain order; returns the count."""
    encoder = msgspec.json.Encoder(order="sorted")
    count = 0
    query = (
        select(audit_records)
        .where(audit_records.c.time_us >= since_us, audit_records.c.time_us < until_us)
        .order_by(audit_records.c.seq)
        .execution_options(yield_per=STREAM_ROWS)
    )
    async with engine.connect() as conn:
        rows = await conn.stream(query)
        async for row in rows.mappings():
            try:
                line = encoder.encode(record_from_row(row))
            except ValueError:
                # A damaged row is exported as it is; verify is the tool that judges it.
                line = encoder.encode(dict(row))
            write(line + b"\n")
            count += 1
    return count

"""Usage per key, tier or model, counted from the audit log's request records.

The audit log is the one complete, durable account of requests (limiter counters expire with
their windows). Keys appear there only as pseudonyms, so per-key rows are matched back to key
ids by computing each known key's pseudonym with the same secret.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.key_store import KeyStore
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.tables import audit_records

Dimension = Literal["key", "tier", "model"]


@dataclass(frozen=True, slots=True)
class UsageRow:
    """What one key, tier or model used in the period."""

    group: str
    requests: int
    refused: int
    prompt_tokens: int
    completion_tokens: int


class UsageReport:
    """Aggregates request records since a moment in time."""

    def __init__(
        self, engine: AsyncEngine, keys: KeyStore, pseudonymizer: Pseudonymizer | None
    ) -> None:
        self._engine = engine
        self._keys = keys
        self._pseudonymizer = pseudonymizer

    async def by(self, dimension: Dimension, since_us: int) -> list[UsageRow]:
        """One row per key, tier or model, busiest first."""
        column = {
            "key": audit_records.c.key_pseudonym,
            "tier": audit_records.c.tier,
            "model": audit_records.c.model,
        }[dimension]
        query = (
            select(
                column.label("grp"),
                func.count().label("requests"),
                func.sum(case((audit_records.c.status >= 400, 1), else_=0)).label("refused"),
                func.coalesce(func.sum(audit_records.c.prompt_tokens), 0).label("prompt"),
                func.coalesce(func.sum(audit_records.c.completion_tokens), 0).label("completion"),
            )
            .where(audit_records.c.kind == "request", audit_records.c.time_us >= since_us)
            .where(column.is_not(None))
            .group_by(column)
            .order_by(func.count().desc())
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        names = await self._key_names() if dimension == "key" else {}
        return [
            UsageRow(
                group=names.get(row.grp, row.grp) if dimension == "key" else row.grp,
                requests=int(row.requests),
                refused=int(row.refused or 0),
                prompt_tokens=int(row.prompt),
                completion_tokens=int(row.completion),
            )
            for row in rows
        ]

    async def last_used(self, key_ids: Sequence[str]) -> dict[str, int]:
        """When each of `key_ids` last made a request (`time_us`); never-used keys are absent."""
        if self._pseudonymizer is None or not key_ids:
            return {}
        names = {self._pseudonymizer.pseudonym(key_id): key_id for key_id in key_ids}
        column = audit_records.c.key_pseudonym
        query = (
            select(column.label("grp"), func.max(audit_records.c.time_us).label("last"))
            .where(audit_records.c.kind == "request", column.in_(list(names)))
            .group_by(column)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return {names[row.grp]: int(row.last) for row in rows if row.grp in names}

    async def _key_names(self) -> dict[str, str]:
        if self._pseudonymizer is None:
            return {}
        pseudonymizer = self._pseudonymizer
        return {pseudonymizer.pseudonym(r.key_id): r.key_id for r in await self._keys.list()}

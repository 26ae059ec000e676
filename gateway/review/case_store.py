"""`CaseStore`: the one place that reads and writes `review_cases` (SQLite or PostgreSQL)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql.elements import ColumnElement

from gateway.review.records import ReviewCase, case_of
from gateway.review.tables import review_cases as cases


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What a reviewer narrows the queue to (empty: everything)."""

    category: str = ""
    model: str = ""
    tier: str = ""


def queue_order() -> tuple[Any, ...]:
    """Escalated first, then by severity, then oldest first."""
    return (cases.c.escalated.desc(), cases.c.severity.desc(), cases.c.created_at.asc())


class CaseStore:
    """Cases in the database; every change is one conditional statement."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def insert(self, values: Mapping[str, Any]) -> bool:
        """Store a new case; False when a unique index refused it (an open report or appeal
        of the same request and account exists: two replicas cannot both open one)."""
        try:
            async with self._engine.begin() as conn:
                await conn.execute(cases.insert().values(**values))
        except IntegrityError:
            return False
        return True

    async def get(self, case_id: str) -> ReviewCase | None:
        """The case, or None."""
        async with self._engine.connect() as conn:
            row = (await conn.execute(select(cases).where(cases.c.case_id == case_id))).first()
        return case_of(row) if row is not None else None

    async def of_request(self, request_id: str, account: str) -> list[ReviewCase]:
        """The account's cases about one request, newest first."""
        query = (
            select(cases)
            .where(cases.c.request_id == request_id, cases.c.account == account)
            .order_by(cases.c.created_at.desc())
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [case_of(row) for row in rows]

    async def queue(
        self, wanted: QueueFilter = QueueFilter(), limit: int = 200
    ) -> list[ReviewCase]:
        """Waiting cases in queue order."""
        query = select(cases).where(cases.c.state == "queued")
        if wanted.model:
            query = query.where(cases.c.model == wanted.model)
        if wanted.tier:
            query = query.where(cases.c.tier == wanted.tier)
        if wanted.category:
            # Categories are stored as a JSON list: match the quoted name, or its family prefix.
            query = query.where(cases.c.categories.contains(f'"{wanted.category}'))
        query = query.order_by(*queue_order()).limit(limit)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [case_of(row) for row in rows]

    async def update(
        self, case_id: str, values: Mapping[str, Any], *conditions: ColumnElement[bool]
    ) -> bool:
        """Change the case when `conditions` hold; whether it changed (False too when the change
        would make a second open report or appeal of one request)."""
        statement = update(cases).where(cases.c.case_id == case_id, *conditions).values(**values)
        try:
            async with self._engine.begin() as conn:
                result = await conn.execute(statement)
        except IntegrityError:
            return False
        return bool(result.rowcount)

    async def open_redress(self, request_id: str, account: str) -> ReviewCase | None:
        """The account's report or appeal of the request still waiting for a reviewer."""
        query = select(cases).where(
            cases.c.request_id == request_id,
            cases.c.account == account,
            cases.c.source.in_(("report", "appeal")),
            cases.c.state == "queued",
        )
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return case_of(row) if row is not None else None

    async def where(self, *conditions: ColumnElement[bool], limit: int = 500) -> list[ReviewCase]:
        """Cases matching `conditions` (for the sweep)."""
        query = select(cases).where(*conditions).order_by(cases.c.created_at).limit(limit)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [case_of(row) for row in rows]

    async def clear_expired_leases(self, now: datetime) -> int:
        """Forget leases that ran out (their cases are back in the queue already)."""
        statement = (
            update(cases)
            .where(cases.c.lease_holder.is_not(None), cases.c.lease_expires_at <= now)
            .values(lease_holder=None, lease_expires_at=None)
        )
        async with self._engine.begin() as conn:
            result = await conn.execute(statement)
        return int(result.rowcount or 0)

    async def purge(self, now: datetime) -> int:
        """Delete decided cases and unappealed block records past their retention."""
        statement = delete(cases).where(
            cases.c.state.in_(("decided", "closed")),
            cases.c.purge_after.is_not(None),
            cases.c.purge_after <= now,
        )
        async with self._engine.begin() as conn:
            result = await conn.execute(statement)
        return int(result.rowcount or 0)


def unleased(now: datetime, reviewer: str) -> ColumnElement[bool]:
    """The case is free for `reviewer`: no lease, an expired one, or their own."""
    return or_(
        cases.c.lease_holder.is_(None),
        cases.c.lease_expires_at <= now,
        cases.c.lease_holder == reviewer,
    )


def held_by(now: datetime, reviewer: str) -> ColumnElement[bool]:
    """`reviewer` holds a lease on the case that has not run out."""
    return and_(cases.c.lease_holder == reviewer, cases.c.lease_expires_at > now)

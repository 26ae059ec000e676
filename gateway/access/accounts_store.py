"""Accounts in the database: list them with their keys, suspend and resume them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.tables import accounts, api_keys
from gateway.errors import ModelGateError


class AccountNotFound(ModelGateError, LookupError):
    """No account with that name."""


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """An account and how many keys it holds."""

    name: str
    created_at: datetime
    suspended_at: datetime | None
    key_count: int


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class AccountStore:
    """The one place that suspends and resumes accounts."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def list(self) -> list[AccountRecord]:
        """Every account, by name."""
        query = (
            select(accounts, func.count(api_keys.c.key_id).label("key_count"))
            .select_from(accounts.outerjoin(api_keys, api_keys.c.account == accounts.c.name))
            .group_by(accounts.c.name, accounts.c.created_at, accounts.c.suspended_at)
            .order_by(accounts.c.name)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [
            AccountRecord(
                name=row.name,
                created_at=_aware(row.created_at) or datetime.now(UTC),
                suspended_at=_aware(row.suspended_at),
                key_count=int(row.key_count),
            )
            for row in rows
        ]

    async def get(self, name: str) -> AccountRecord:
        """One account; raises `AccountNotFound`."""
        for record in await self.list():
            if record.name == name:
                return record
        raise AccountNotFound(name)

    async def set_suspended(self, name: str, suspended: bool) -> AccountRecord:
        """Suspend (every key stops working) or resume an account."""
        async with self._engine.begin() as conn:
            result = await conn.execute(
                update(accounts)
                .where(accounts.c.name == name)
                .values(suspended_at=datetime.now(UTC) if suspended else None)
            )
        if result.rowcount == 0:
            raise AccountNotFound(name)
        return await self.get(name)

"""Terms acceptances in the database: record one, read an account's, list a document's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.terms_tables import terms_acceptances


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One account's acceptance of one version of one document."""

    account: str
    document_id: str
    version: str
    accepted_at: datetime
    key_id: str | None = None


class TermsAcceptanceStore:
    """The one place that reads and writes terms acceptances."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def accept(
        self, account: str, document_id: str, version: str, *, key_id: str | None = None
    ) -> Acceptance:
        """Record the acceptance (idempotent: accepting the same version again keeps the first)."""
        now = datetime.now(UTC)
        try:
            async with self._engine.begin() as conn:
                await conn.execute(
                    terms_acceptances.insert().values(
                        account=account,
                        document_id=document_id,
                        version=version,
                        accepted_at=now,
                        key_id=key_id,
                    )
                )
        except IntegrityError:
            pass
        found = [
            a
            for a in await self.of_account(account)
            if a.document_id == document_id and a.version == version
        ]
        return found[0]

    async def of_account(self, account: str) -> list[Acceptance]:
        """Every acceptance by `account`, oldest first."""
        query = (
            select(terms_acceptances)
            .where(terms_acceptances.c.account == account)
            .order_by(terms_acceptances.c.accepted_at)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_acceptance(row) for row in rows]

    async def of_document(self, document_id: str) -> list[Acceptance]:
        """Every acceptance of any version of `document_id`, newest first."""
        query = (
            select(terms_acceptances)
            .where(terms_acceptances.c.document_id == document_id)
            .order_by(terms_acceptances.c.accepted_at.desc())
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_acceptance(row) for row in rows]


def _acceptance(row: object) -> Acceptance:
    return Acceptance(
        account=row.account,  # type: ignore[attr-defined]
        document_id=row.document_id,  # type: ignore[attr-defined]
        version=row.version,  # type: ignore[attr-defined]
        accepted_at=_aware(row.accepted_at),  # type: ignore[attr-defined]
        key_id=row.key_id,  # type: ignore[attr-defined]
    )

"""`LocalTokenLedger`: which local admin tokens were minted, and which of them are revoked.

Consulted on every use of a local token (admin API calls and page sessions opened with one),
so a revocation holds on every replica at once. Rows go once their token has expired: the
signature check refuses it from then on anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.admin.local_tokens import MAX_TTL_SECONDS
from gateway.admin.tables import admin_tokens

# Kept a little past expiry, so a clock running behind on another replica changes nothing.
_KEEP_AFTER_EXPIRY = timedelta(minutes=5)


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class MintedToken:
    """One local admin token, as `modelgate admin tokens` lists it (never the token itself)."""

    jti: str
    subject: str
    roles: tuple[str, ...]
    issued_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class LocalTokenLedger:
    """Records minted local tokens and their revocations in the gateway's database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def record(self, claims: Mapping[str, Any]) -> None:
        """Remember a token just minted, from its verified claims."""
        async with self._engine.begin() as connection:
            await self._prune(connection)
            await connection.execute(
                insert(admin_tokens).values(
                    jti=str(claims["jti"]),
                    subject=str(claims["sub"]),
                    roles=",".join(claims.get("roles", [])),
                    issued_at=datetime.fromtimestamp(int(claims["iat"]), UTC),
                    expires_at=datetime.fromtimestamp(int(claims["exp"]), UTC),
                )
            )

    async def revoke(self, jti: str) -> bool:
        """Revoke the token `jti`; whether it was one this ledger had recorded.

        An unrecorded jti (a token minted before tokens were recorded) is revoked too, kept
        for the longest lifetime a token can have.
        """
        now = datetime.now(UTC)
        async with self._engine.begin() as connection:
            await self._prune(connection)
            known = await connection.scalar(
                select(admin_tokens.c.jti).where(admin_tokens.c.jti == jti)
            )
            if known is not None:
                await connection.execute(
                    update(admin_tokens)
                    .where(admin_tokens.c.jti == jti, admin_tokens.c.revoked_at.is_(None))
                    .values(revoked_at=now)
                )
                return True
            try:
                async with connection.begin_nested():
                    await connection.execute(
                        insert(admin_tokens).values(
                            jti=jti,
                            subject="?",
                            roles="",
                            issued_at=now,
                            expires_at=now + timedelta(seconds=MAX_TTL_SECONDS),
                            revoked_at=now,
                        )
                    )
            except IntegrityError:  # revoked by someone else in the meantime
                pass
            return False

    async def is_revoked(self, jti: str) -> bool:
        """Whether the token `jti` was revoked."""
        async with self._engine.connect() as connection:
            revoked_at = await connection.scalar(
                select(admin_tokens.c.revoked_at).where(admin_tokens.c.jti == jti)
            )
        return revoked_at is not None

    async def unexpired(self) -> list[MintedToken]:
        """Tokens not yet expired, revoked ones included, newest first."""
        async with self._engine.connect() as connection:
            rows = await connection.execute(
                select(admin_tokens)
                .where(admin_tokens.c.expires_at > datetime.now(UTC))
                .order_by(admin_tokens.c.issued_at.desc(), admin_tokens.c.jti)
            )
            return [
                MintedToken(
                    jti=row.jti,
                    subject=row.subject,
                    roles=tuple(r for r in row.roles.split(",") if r),
                    issued_at=_aware(row.issued_at),
                    expires_at=_aware(row.expires_at),
                    revoked_at=_aware(row.revoked_at) if row.revoked_at else None,
                )
                for row in rows
            ]

    async def _prune(self, connection: AsyncConnection) -> None:
        cutoff = datetime.now(UTC) - _KEEP_AFTER_EXPIRY
        await connection.execute(delete(admin_tokens).where(admin_tokens.c.expires_at < cutoff))

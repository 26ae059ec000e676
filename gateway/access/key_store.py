"""Accounts and API keys in the database: create, find, list, revoke, rotate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, literal, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.access.key_format import generate_key
from gateway.access.key_record import KeyRecord
from gateway.access.tables import accounts, api_keys
from gateway.errors import KeyNotRotatable, ModelGateError


class KeyNotFound(ModelGateError, LookupError):
    """No key with that id."""


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A newly created key: the full text is shown once and never stored."""

    key: str
    record: KeyRecord


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything stored is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _record(row: Any) -> KeyRecord:
    return KeyRecord(
        key_id=row.key_id,
        account=row.account,
        tier=row.tier,
        secret_hash=row.secret_hash,
        label=row.label,
        created_at=_aware(row.created_at) or _utcnow(),
        expires_at=_aware(row.expires_at),
        revoked_at=_aware(row.revoked_at),
        rotated_to=row.rotated_to,
        grace_until=_aware(row.grace_until),
        account_suspended=row.suspended_at is not None,
        limit_overrides=row.limit_overrides or {},
    )


_SELECT_KEYS = select(api_keys, accounts.c.suspended_at).join(
    accounts, accounts.c.name == api_keys.c.account
)


def _lineage_root(key_id: str) -> Select[str]:
    """The first key of the rotation chain that ends at `key_id` (None: it has no predecessor).

    Walks `rotated_to` backwards in one recursive query; each key has at most one successor.
    """
    chain = (
        select(api_keys.c.key_id, literal(0).label("depth"))
        .where(api_keys.c.rotated_to == key_id)
        .cte("chain", recursive=True)
    )
    earlier = api_keys.alias("earlier")
    chain = chain.union_all(
        select(earlier.c.key_id, (chain.c.depth + 1).label("depth")).where(
            earlier.c.rotated_to == chain.c.key_id
        )
    )
    return select(chain.c.key_id).order_by(chain.c.depth.desc()).limit(1)


def _check_rotatable(key: KeyRecord) -> None:
    now = _utcnow()
    if key.revoked_at is not None:
        raise KeyNotRotatable(
            f"key {key.key_id} is revoked; create a new key instead",
            extensions={"key_id": key.key_id},
        )
    if key.expires_at is not None and key.expires_at <= now:
        raise KeyNotRotatable(
            f"key {key.key_id} has expired; create a new key instead",
            extensions={"key_id": key.key_id},
        )
    if key.rotated_to is not None:
        raise KeyNotRotatable(
            f"key {key.key_id} was already rotated to {key.rotated_to}; rotate that key instead",
            extensions={"key_id": key.key_id},
        )


class KeyStore:
    """The one place that reads and writes accounts and keys."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def _ensure_account(self, conn: AsyncConnection, name: str) -> None:
        found = await conn.scalar(select(accounts.c.name).where(accounts.c.name == name))
        if found is None:
            await conn.execute(accounts.insert().values(name=name, created_at=_utcnow()))

    async def _insert(
        self,
        conn: AsyncConnection,
        *,
        account: str,
        tier: str,
        expires_at: datetime | None,
        label: str | None,
        limit_overrides: Mapping[str, Any] | None,
    ) -> tuple[str, str]:
        """Insert a fresh key; (its full text, its id)."""
        text, parsed = generate_key()
        await self._ensure_account(conn, account)
        await conn.execute(
            api_keys.insert().values(
                key_id=parsed.key_id,
                account=account,
                tier=tier,
                secret_hash=parsed.secret_hash,
                label=label,
                created_at=_utcnow(),
                expires_at=expires_at,
                limit_overrides=dict(limit_overrides) if limit_overrides else None,
            )
        )
        return text, parsed.key_id

    async def create(
        self,
        *,
        account: str,
        tier: str,
        expires_at: datetime | None = None,
        label: str | None = None,
        limit_overrides: Mapping[str, Any] | None = None,
    ) -> IssuedKey:
        """Create a key for `account` (created on first use) in `tier`."""
        async with self._engine.begin() as conn:
            text, key_id = await self._insert(
                conn,
                account=account,
                tier=tier,
                expires_at=expires_at,
                label=label,
                limit_overrides=limit_overrides,
            )
        return IssuedKey(key=text, record=await self.get(key_id))

    async def find(self, key_id: str) -> KeyRecord | None:
        """The key with `key_id`, or None; a rotation successor knows its lineage's first key."""
        async with self._engine.connect() as conn:
            row = (await conn.execute(_SELECT_KEYS.where(api_keys.c.key_id == key_id))).first()
            if row is None:
                return None
            root = await conn.scalar(_lineage_root(key_id))
        return replace(_record(row), lineage_root=root or key_id)

    async def get(self, key_id: str) -> KeyRecord:
        """The key with `key_id`; raises `KeyNotFound`."""
        record = await self.find(key_id)
        if record is None:
            raise KeyNotFound(key_id)
        return record

    async def list(self, *, account: str | None = None) -> list[KeyRecord]:
        """All keys, oldest first, optionally of one account."""
        query = _SELECT_KEYS.order_by(api_keys.c.created_at, api_keys.c.key_id)
        if account is not None:
            query = query.where(api_keys.c.account == account)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_record(row) for row in rows]

    async def revoke(self, key_id: str) -> KeyRecord:
        """Revoke a key now; it stops working at once (after the cache TTL on other replicas)."""
        async with self._engine.begin() as conn:
            result = await conn.execute(
                update(api_keys)
                .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=_utcnow())
            )
            if result.rowcount == 0 and await self.find(key_id) is None:
                raise KeyNotFound(key_id)
        return await self.get(key_id)

    async def rotate(self, key_id: str, *, grace: timedelta) -> IssuedKey:
        """A successor with the same account, tier and expiry; the old key works for `grace`.

        Only a live key that was never rotated can be: rotating a revoked or expired key would
        revive it, and a second rotation would give it two live successors. Raises
        `KeyNotRotatable` (rotate the successor instead) or `KeyNotFound`.
        """
        old = await self.get(key_id)
        _check_rotatable(old)
        async with self._engine.begin() as conn:
            text, successor = await self._insert(
                conn,
                account=old.account,
                tier=old.tier,
                expires_at=old.expires_at,
                label=old.label,
                limit_overrides=old.limit_overrides,
            )
            # Conditional, so two concurrent rotations cannot both succeed: the loser's
            # successor is rolled back with its transaction.
            claimed = await conn.execute(
                update(api_keys)
                .where(
                    api_keys.c.key_id == key_id,
                    api_keys.c.rotated_to.is_(None),
                    api_keys.c.revoked_at.is_(None),
                )
                .values(rotated_to=successor, grace_until=_utcnow() + grace)
            )
            if claimed.rowcount != 1:
                raise KeyNotRotatable(
                    f"key {key_id} was rotated or revoked meanwhile",
                    extensions={"key_id": key_id},
                )
        return IssuedKey(key=text, record=await self.get(successor))

    async def set_expiry(self, key_id: str, expires_at: datetime | None) -> KeyRecord:
        """Set or clear (None) the moment a key stops working."""
        async with self._engine.begin() as conn:
            await conn.execute(
                update(api_keys).where(api_keys.c.key_id == key_id).values(expires_at=expires_at)
            )
        return await self.get(key_id)

    async def set_tier(self, key_id: str, tier: str) -> KeyRecord:
        """Move a key to another tier."""
        async with self._engine.begin() as conn:
            await conn.execute(
                update(api_keys).where(api_keys.c.key_id == key_id).values(tier=tier)
            )
        return await self.get(key_id)

"""The database rows that end sessions and revoke tokens are pruned once they no longer matter."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.admin.session_ledger import EndedSessions
from gateway.admin.tables import admin_tokens
from gateway.admin.token_ledger import LocalTokenLedger
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade_async


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh SQLite file, or the module's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on the migrated database."""
    await upgrade_async(database_url)
    created = create_engine(database_url)
    yield created
    await created.dispose()


async def test_ended_sessions_are_forgotten_after_they_would_have_expired(
    engine: AsyncEngine,
) -> None:
    """A signed-out session's row lasts until its own end; the next sign-out prunes it."""
    sessions = EndedSessions(engine)
    now = datetime.now(UTC)
    old, live = f"old-{time.time_ns()}", f"live-{time.time_ns()}"
    await sessions.end(old, now - timedelta(hours=1))
    assert await sessions.has_ended(old)
    await sessions.end(live, now + timedelta(hours=1))
    await sessions.end(live, now + timedelta(hours=1))  # two tabs signing out
    assert await sessions.has_ended(live)
    assert not await sessions.has_ended(old)


async def test_revocations_are_forgotten_after_the_token_expires(engine: AsyncEngine) -> None:
    """An expired token's row goes at the next mint or revocation; a live revocation stays."""
    ledger = LocalTokenLedger(engine)
    issued = int(time.time())
    expired = f"gone{time.time_ns()}"
    await ledger.record(
        {
            "jti": expired,
            "sub": "old",
            "roles": ["admin"],
            "iat": issued - 7200,
            "exp": issued - 3600,
        }
    )
    live = f"live{time.time_ns()}"
    await ledger.record(
        {"jti": live, "sub": "new", "roles": ["auditor"], "iat": issued, "exp": issued + 600}
    )
    assert await ledger.revoke(live) is True
    assert await ledger.is_revoked(live)
    async with engine.connect() as connection:
        kept = set(await connection.scalars(select(admin_tokens.c.jti)))
    assert live in kept
    assert expired not in kept
    assert [t.jti for t in await ledger.unexpired() if t.jti in (live, expired)] == [live]

"""Migration 0006: repeated open reports made before it are closed, and no new one can be added."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from gateway.review.tables import review_cases
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade

START = datetime(2026, 12, 1, tzinfo=UTC)


def _case(case_id: str, request_id: str, source: str, minutes: int) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "source": source,
        "stage": "output",
        "state": "queued",
        "escalated": False,
        "severity": 20,
        "categories": '["report"]',
        "findings": "[]",
        "tier": "checked",
        "model": "clean",
        "key_id": "k1",
        "account": "acct-1",
        "request_id": request_id,
        "created_at": START + timedelta(minutes=minutes),
        "on_expiry": "refuse",
    }


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh SQLite file, or the module's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    return str(request.getfixturevalue("postgres_url"))


async def test_duplicate_open_reports_are_closed_and_the_index_holds(database_url: str) -> None:
    """The oldest of three open reports of one request stays queued; a fourth is refused."""
    await anyio.to_thread.run_sync(upgrade, database_url, "0005")
    # The columns 0006 adds are not there yet: insert only what 0005 knows.
    old_columns = [
        c for c in review_cases.c if c.name not in ("release_claimed_until", "release_refusal")
    ]
    engine = create_engine(database_url)
    try:
        async with engine.begin() as conn:
            for row in (
                _case("r1", "req-a", "report", 1),
                _case("r2", "req-a", "report", 2),
                _case("r3", "req-a", "report", 3),
                _case("h1", "req-a", "hold", 0),
                _case("r4", "req-b", "report", 4),
            ):
                await conn.execute(
                    review_cases.insert().values(
                        {c.name: row[c.name] for c in old_columns if c.name in row}
                    )
                )
        await anyio.to_thread.run_sync(upgrade, database_url, "0006")
        async with engine.connect() as conn:
            rows = (await conn.execute(select(review_cases))).all()
        states = {row.case_id: (row.state, row.decided_by) for row in rows}
        assert states == {
            "r1": ("queued", None),
            "r2": ("decided", "system:duplicate"),
            "r3": ("decided", "system:duplicate"),
            "h1": ("queued", None),
            "r4": ("queued", None),
        }
        with pytest.raises(IntegrityError):
            async with engine.begin() as conn:
                await conn.execute(review_cases.insert().values(_case("r5", "req-a", "appeal", 5)))
    finally:
        await engine.dispose()

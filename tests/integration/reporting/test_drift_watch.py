"""`DriftWatch` over a real audit log: hourly counts read once, the latest hours read again."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete

from gateway.audit import AuditEvent, RecordKind
from gateway.audit.tables import audit_records
from gateway.metrics import DriftSnapshot
from gateway.reporting.drift import DriftSettings
from gateway.reporting.drift_watch import DriftWatch
from gateway.storage.engine import create_engine
from tests.integration.reporting.audit_seed import seed_audit_log
from tests.integration.reporting.drift_seed import drift_days

UNTIL = datetime(2024, 6, 15, tzinfo=UTC)
HALF_PAST = (UNTIL + timedelta(minutes=30)).timestamp()


def _verdicts(snapshots: tuple[DriftSnapshot, ...]) -> dict[str, str]:
    return {s.category: s.verdict for s in snapshots}


def _toxic(moment: datetime, n: int) -> AuditEvent:
    return AuditEvent(
        kind=RecordKind.REQUEST,
        request_id=f"late-{n}",
        time_us=int(moment.timestamp() * 1_000_000),
        tier="developer",
        model="demo-chat",
        action="flag",
        status=200,
        scores={"toxicity": 0.9},
    )


async def test_the_watch_reads_old_hours_once_and_recent_ones_again(tmp_path: Path) -> None:
    """Deleting old records changes nothing; records added in the last hour are seen."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'audit.db'}"
    await asyncio.to_thread(seed_audit_log, url, tmp_path, drift_days(UNTIL))
    engine = create_engine(url)
    try:
        watch = DriftWatch(engine, DriftSettings(), clock=lambda: HALF_PAST)
        await watch.refresh()
        first = watch.snapshots()
        assert _verdicts(first) == {
            "toxicity": "drop",
            "prompt_injection": "rise",
            "pii.email_address": "steady",
        }
        assert {s.category: s.share for s in first}["prompt_injection"] == 60 / 250

        three_hours_ago = int((UNTIL - timedelta(hours=3)).timestamp() * 1_000_000)
        async with engine.begin() as conn:
            await conn.execute(
                delete(audit_records).where(audit_records.c.time_us < three_hours_ago)
            )
        await watch.refresh()
        assert watch.snapshots() == first

        late = UNTIL - timedelta(minutes=20)
        events = [_toxic(late, n) for n in range(30)]
        await asyncio.to_thread(seed_audit_log, url, tmp_path / "late", events)
        await watch.refresh()
        assert _verdicts(watch.snapshots())["toxicity"] == "steady"
    finally:
        await engine.dispose()


async def test_a_later_hour_matches_a_fresh_watch(tmp_path: Path) -> None:
    """Five hours on, the kept hours plus the new ones give what reading everything gives."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'audit.db'}"
    events = drift_days(UNTIL + timedelta(hours=5))
    await asyncio.to_thread(seed_audit_log, url, tmp_path, events)
    later = HALF_PAST + 5 * 3600
    engine = create_engine(url)
    try:
        now = [HALF_PAST]
        kept = DriftWatch(engine, DriftSettings(), clock=lambda: now[0])
        await kept.refresh()
        now[0] = later
        await kept.refresh()
        fresh = DriftWatch(engine, DriftSettings(), clock=lambda: later)
        await fresh.refresh()
        assert kept.snapshots() == fresh.snapshots()
        assert _verdicts(kept.snapshots())["toxicity"] == "drop"
    finally:
        await engine.dispose()

"""Detector drift cost over 15 days of audit log: a whole read, and the gauges' refreshes.

Run: `.venv/bin/python -m bench.drift_bench [--per-day N] [--postgres]`. Rows are inserted
straight into `audit_records` (no hash chain: only the columns drift reads matter), 12% with a
finding of one of five categories. Printed: the report's and alert's whole read
(`detector_drift`, best of 3), a `DriftWatch`'s first refresh (every hour of the 15 days) and
its next one (only the latest hours, as every 10 minutes in a running gateway).
`--postgres` uses a scratch database next to MODELGATE_TEST_POSTGRES_URL (dropped after).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
from sqlalchemy import insert

from gateway.audit.tables import audit_records
from gateway.metrics import drift_label
from gateway.reporting.drift import DriftSettings
from gateway.reporting.drift_query import detector_drift
from gateway.reporting.drift_watch import DriftWatch
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade

DAYS = 15
US = 1_000_000
CATEGORIES = ("toxicity", "prompt_injection", "pii.email_address", "secret.jwt", "jailbreak")
ADMIN_URL = os.environ.get(
    "MODELGATE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


async def _fill(url: str, per_day: int, until_us: int) -> None:
    engine = create_engine(url)
    chance = random.Random(1)
    seq = 0
    async with engine.begin() as conn:
        for day in range(DAYS):
            start = until_us - (DAYS - day) * 86_400 * US
            rows = []
            for n in range(per_day):
                seq += 1
                found = chance.random() < 0.12
                scores = f'{{"{chance.choice(CATEGORIES)}":0.9}}' if found else "{}"
                rows.append(
                    {
                        "seq": seq,
                        "segment": 1,
                        "record_id": uuid.uuid4().hex,
                        "time_us": start + n * (86_400 * US // per_day),
                        "kind": "request",
                        "model": "demo-chat",
                        "action": "flag" if found else "allow",
                        "status": 200,
                        "scores": scores,
                        "content_mode": "none",
                        "prev_hash": "0" * 64,
                        "record_hash": "0" * 64,
                    }
                )
            await conn.execute(insert(audit_records), rows)
    await engine.dispose()


async def _time(url: str, until_us: int) -> tuple[list[float], float, float]:
    engine = create_engine(url)
    took = []
    for _ in range(3):
        started = time.perf_counter()
        await detector_drift(engine, until_us, DriftSettings(), drift_label)
        took.append(time.perf_counter() - started)
    watch = DriftWatch(engine, DriftSettings(), clock=lambda: until_us / US)
    started = time.perf_counter()
    await watch.refresh()
    first = time.perf_counter() - started
    started = time.perf_counter()
    await watch.refresh()
    steady = time.perf_counter() - started
    await engine.dispose()
    return took, first, steady


def _measure(url: str, per_day: int) -> None:
    until_us = int(time.time()) * US
    upgrade(url)
    asyncio.run(_fill(url, per_day, until_us))
    took, first, steady = asyncio.run(_time(url, until_us))
    print(
        f"{url.split(':')[0]}: {per_day * DAYS:,} records ({per_day:,} a day, 12% with a "
        f"finding): whole read {min(took) * 1000:.0f} ms best of 3 "
        f"({', '.join(f'{t * 1000:.0f}' for t in took)} ms); gauges' first refresh "
        f"{first * 1000:.0f} ms, next refresh {steady * 1000:.0f} ms"
    )


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main() -> None:
    """Fill a scratch database and time the refresh."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-day", type=int, default=10_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    if not args.postgres:
        with tempfile.TemporaryDirectory() as tmp:
            _measure(f"sqlite+aiosqlite:///{Path(tmp) / 'audit.db'}", args.per_day)
        return
    name = f"mg_drift_bench_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        _measure(f"{ADMIN_URL.rpartition('/')[0]}/{name}", args.per_day)
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()

"""Writing a realistic audit log for report tests: a week of requests through the real writer."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gateway.audit import (
    AuditEvent,
    AuditWriter,
    ChainStore,
    ContentSealer,
    EntryBuilder,
    Pseudonymizer,
    RecordKind,
    Spool,
    generate_signing_key,
)
from gateway.audit.signing import CheckpointSigner
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade

UNTIL = datetime(2024, 5, 8, tzinfo=UTC)
"""The end of the seeded week; reports use `--until 2024-05-08`."""

_PATTERN = [
    ("allow", 200, {}),
    ("allow", 200, {"toxicity": 0.12}),
    ("allow", 200, {}),
    ("redact", 200, {"pii.email": 0.97}),
    ("flag", 200, {"toxicity": 0.71}),
    ("allow", 429, {}),
    ("block", 403, {"prompt_injection": 0.93, "toxicity": 0.2}),
    ("hold", 202, {"violent_crimes": 0.88}),
    ("allow", 200, {"pii.phone": 0.41}),
    ("block", 403, {"secret.aws_key": 0.99}),
]


def week_of_events(count: int = 700, until: datetime = UNTIL) -> list[AuditEvent]:
    """`count` request events spread evenly over the week before `until`, oldest first."""
    step = timedelta(days=7) / count
    events = []
    for n in range(count):
        action, status, scores = _PATTERN[n % len(_PATTERN)]
        moment = until - timedelta(days=7) + step * n
        events.append(
            AuditEvent(
                kind=RecordKind.REQUEST,
                request_id=f"seed-{n:05d}",
                time_us=int(moment.timestamp() * 1_000_000),
                key_id=f"key{n % 4}",
                client_ip="198.51.100.23",
                tier=("public", "developer", "researcher")[n % 3],
                model=("demo-chat", "demo-large")[n % 2],
                endpoint="chat",
                action=action,
                status=status,
                scores=scores,
                latency_ms=12.0,
                policy_hash="seeded",
            )
        )
    return events


async def _write(database_url: str, spool_dir: Path, events: Iterable[AuditEvent]) -> None:
    engine = create_engine(database_url)
    pseudonyms = Pseudonymizer(b"report-tests-pseudonym-secret!!!")
    writer = AuditWriter(
        ChainStore(engine, CheckpointSigner(generate_signing_key())),
        EntryBuilder(pseudonyms, ContentSealer(pseudonyms)),
        Spool(spool_dir),
    )
    await writer.start()
    for event in events:
        writer.submit(event)
    await writer.aclose()
    await engine.dispose()


def seed_audit_log(database_url: str, spool_dir: Path, events: Iterable[AuditEvent]) -> None:
    """Migrate the database at `database_url` and write `events` through the audit writer."""
    upgrade(database_url)
    with ThreadPoolExecutor(max_workers=1) as pool:  # works from sync and async tests alike
        pool.submit(asyncio.run, _write(database_url, spool_dir, list(events))).result()

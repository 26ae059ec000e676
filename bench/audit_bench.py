"""Audit cost: `submit` on the request path, and the writer's throughput into SQLite/PostgreSQL.

Run: `.venv/bin/python bench/audit_bench.py [--records N] [--no-postgres]`. PostgreSQL uses a
throwaway database on MODELGATE_TEST_POSTGRES_URL (default the local test server).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

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
from gateway.audit.tables import audit_chain_head, audit_checkpoints, audit_purges, audit_records
from gateway.storage.engine import create_engine
from gateway.storage.metadata import metadata

PG_ADMIN = os.environ.get(
    "MODELGATE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
GATEWAY_US_PER_REQUEST = 1_250  # DESIGN.md: ~1.2-1.4 ms added per request at p50 (~800 req/s)


def event(n: int) -> AuditEvent:
    return AuditEvent(
        kind=RecordKind.REQUEST,
        request_id=f"req-{n}",
        key_id="key-1",
        account_id="acct-1",
        client_ip="198.51.100.7",
        tier="developer",
        model="demo",
        release_stage="general",
        endpoint="/v1/chat/completions",
        action="allow",
        status=200,
        scores={"toxicity": 0.02, "pii.email": 0.0},
        prompt_tokens=42,
        completion_tokens=128,
        latency_ms=3.2,
        policy_hash="sha256:0123456789abcdef",
    )


def writer_for(engine: AsyncEngine, spool_dir: Path) -> AuditWriter:
    pseudonyms = Pseudonymizer(b"bench-secret-0123456789abcdef!!")
    signer = CheckpointSigner(generate_signing_key())
    return AuditWriter(
        ChainStore(engine, signer),
        EntryBuilder(pseudonyms, ContentSealer(pseudonyms)),
        Spool(spool_dir),
    )


async def bench_submit(count: int) -> tuple[float, float]:
    """Median and p99 of one `submit` call, in microseconds (writer not draining)."""
    with tempfile.TemporaryDirectory() as tmp:
        writer = writer_for(create_engine(f"sqlite+aiosqlite:///{tmp}/x.db"), Path(tmp))
        events = [event(n) for n in range(count)]
        samples = []
        for item in events:
            start = time.perf_counter_ns()
            writer.submit(item)
            samples.append(time.perf_counter_ns() - start)
        samples.sort()
        return statistics.median(samples) / 1000, samples[int(len(samples) * 0.99)] / 1000


async def bench_throughput(engine: AsyncEngine, count: int) -> tuple[float, float]:
    """Records/s from submit to durable, and event-loop CPU µs per record."""
    async with engine.begin() as conn:
        tables = [audit_records, audit_chain_head, audit_checkpoints, audit_purges]
        await conn.run_sync(lambda sync: metadata.create_all(sync, tables=tables))
    with tempfile.TemporaryDirectory() as tmp:
        writer = writer_for(engine, Path(tmp))
        await writer.start()
        writer.submit(event(-1))
        await writer.flush()  # connections warm, head row created
        events = [event(n) for n in range(count)]
        cpu, wall = time.process_time(), time.perf_counter()
        for item in events:
            writer.submit(item)
        await writer.flush()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        await writer.aclose()
    await engine.dispose()
    return count / wall, cpu / count * 1e6


async def with_postgres(count: int) -> tuple[float, float]:
    name = f"mg_audit_bench_{uuid.uuid4().hex[:8]}"
    admin = PG_ADMIN.replace("postgresql+asyncpg://", "postgresql://", 1)
    conn = await asyncpg.connect(admin)
    await conn.execute(f'CREATE DATABASE "{name}"')
    try:
        base, _, _ = PG_ADMIN.rpartition("/")
        return await bench_throughput(create_engine(f"{base}/{name}"), count)
    finally:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))

    median_us, p99_us = await bench_submit(args.records)
    print(f"submit: median {median_us:.2f} us, p99 {p99_us:.2f} us per call")
    with tempfile.TemporaryDirectory() as tmp:
        rate, cpu_us = await bench_throughput(
            create_engine(f"sqlite+aiosqlite:///{tmp}/bench.db"), args.records
        )
    report("sqlite", rate, cpu_us, median_us)
    if not args.no_postgres:
        rate, cpu_us = await with_postgres(args.records)
        report("postgresql", rate, cpu_us, median_us)


def report(backend: str, rate: float, cpu_us: float, submit_us: float) -> None:
    share = (submit_us + cpu_us) / GATEWAY_US_PER_REQUEST * 100
    print(
        f"writer -> {backend}: {rate:,.0f} records/s; {cpu_us:.1f} us process CPU per record "
        f"(submit + write = {share:.1f}% of a {GATEWAY_US_PER_REQUEST} us request)"
    )


if __name__ == "__main__":
    asyncio.run(main())

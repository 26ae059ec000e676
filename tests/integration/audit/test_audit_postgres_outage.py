"""Fault test: a PostgreSQL server of our own is stopped under load and started again.

The shared server is never touched: the test runs a throwaway cluster on another port.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.signing import CheckpointSigner, SignatureChecker
from gateway.audit.spool import Spool
from gateway.audit.tables import audit_records
from gateway.audit.verify import AuditVerifier
from gateway.audit.writer import AuditWriter, WriterOptions
from gateway.storage.engine import create_engine

from .conftest import create_audit_tables, make_event

PG_BIN = Path("/usr/lib/postgresql/15/bin")
EVENTS = 600

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.skipif(not (PG_BIN / "initdb").exists(), reason="PostgreSQL 15 binaries needed"),
]


class ThrowawayCluster:
    """A private PostgreSQL cluster in a temporary directory, run as the postgres user."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="mg-audit-pg-"))
        self.data = self.root / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def command(self, *args: str) -> list[str]:
        """`args` run as the postgres user when we are root (initdb refuses root)."""
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        subprocess.run(
            self.command(
                str(PG_BIN / "initdb"),
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
        )

    def ctl(self, action: str) -> list[str]:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        return self.command(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "-m",
            "fast",
            action,
        )


@pytest.fixture(scope="module")
def cluster() -> Iterator[ThrowawayCluster]:
    """A running throwaway cluster, removed after the module."""
    pg = ThrowawayCluster()
    pg.init()
    subprocess.run(pg.ctl("start"), check=True, capture_output=True)
    yield pg
    subprocess.run(pg.ctl("stop"), check=False, capture_output=True)
    shutil.rmtree(pg.root, ignore_errors=True)


async def _ctl(pg: ThrowawayCluster, action: str) -> None:
    process = await asyncio.create_subprocess_exec(
        *pg.ctl(action), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    assert await process.wait() == 0


async def test_stop_and_start_under_load_loses_and_duplicates_nothing(
    cluster: ThrowawayCluster,
    signer: CheckpointSigner,
    checker: SignatureChecker,
    builder: EntryBuilder,
    tmp_path: Path,
) -> None:
    """Records written across a server stop and start equal the events submitted, once each."""
    setup = create_async_engine(cluster.url)
    await create_audit_tables(setup)
    await setup.dispose()
    engine = create_engine(cluster.url)
    options = WriterOptions(max_batch=100, retry_interval_s=0.1, write_timeout_s=2.0)
    store = ChainStore(engine, signer, seal_policy=SealPolicy(max_records=50))
    writer = AuditWriter(store, builder, Spool(tmp_path), options=options)
    await writer.start()

    async def load() -> None:
        for n in range(EVENTS):
            writer.submit(make_event(n))
            await asyncio.sleep(0.002)

    producer = asyncio.create_task(load())
    await asyncio.sleep(0.3)
    await _ctl(cluster, "stop")
    await asyncio.sleep(0.4)
    spooled_during_outage = writer.spooled
    await _ctl(cluster, "start")
    await producer
    deadline = asyncio.get_running_loop().time() + 15
    while writer.spooled and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
    await writer.aclose()

    assert spooled_during_outage > 0
    async with engine.connect() as conn:
        count = await conn.scalar(select(func.count()).select_from(audit_records))
        distinct = await conn.scalar(select(func.count(audit_records.c.request_id.distinct())))
        order = list(await conn.scalars(select(audit_records.c.request_id).order_by("seq")))
    assert (count, distinct) == (EVENTS, EVENTS)
    assert order == [f"req-{n}" for n in range(EVENTS)]
    report = await AuditVerifier(checker).verify(engine)
    assert report.ok, report.problems
    await engine.dispose()

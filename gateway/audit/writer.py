"""The audit writer: `submit` on the request path, persistence in one background task.

`submit` only appends to an in-memory queue. The task drains it in batches into the chain
store; while the database is unreachable the batches go to the local spool instead, and the
spool is replayed (in order, before anything newer) once the database answers again.

An event is *durable* once it is committed or fsync'd to the spool; `flush()` waits for that.
Only events still in memory are lost by a hard crash (the window is the linger plus one batch
write, or the time the caller waits before `flush`). `submit` returns a ticket, and
`wait_durable(ticket)` closes that window for one event: the commit durability mode waits
there before an answer leaves. Waiters share the batches, so the commit is grouped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

import structlog
from sqlalchemy.exc import SQLAlchemyError

from gateway.audit.chain_store import ChainStore
from gateway.audit.entry_builder import EntryBuilder, degraded_entry
from gateway.audit.record import AuditEntry, AuditEvent
from gateway.audit.spool import Spool
from gateway.errors import ModelGateError

UNAVAILABLE = (SQLAlchemyError, OSError, TimeoutError, LookupError)
"""What a failed write raises when the store cannot take records right now."""


class AuditWriterClosedError(ModelGateError, RuntimeError):
    """`submit` was called after `aclose`; the app must stop serving before closing the log."""


class AuditNotDurableError(ModelGateError, RuntimeError):
    """An event did not become durable in time: neither the database nor the spool took it."""


@dataclass(frozen=True, slots=True)
class WriterOptions:
    """How the writer batches, retries and seals."""

    max_batch: int = 500
    """Most entries written in one transaction."""
    retry_interval_s: float = 1.0
    """While records are spooled, how often the database is tried again."""
    write_timeout_s: float = 5.0
    """A write that takes longer counts as an outage (a black-holed host never refuses)."""
    seal_check_s: float = 5.0
    """When idle, how often to ask the store whether the open segment is due for sealing."""
    linger_s: float = 0.005
    """How long the first event of a batch waits for company. A transaction costs far more
    than a record, so at light load (one request at a time) a few milliseconds' wait turns
    one commit per request into one per handful, at the price of that much more time in
    memory before the record is durable. Not in the commit durability mode, where answers
    wait for their record: there it would add its whole length to every answer at light load,
    and under load batches form anyway from what arrives during each write."""
    answers_wait: bool = False
    """The commit durability mode: the request path calls `wait_durable` for each record
    before its answer leaves (`MODELGATE_AUDIT_DURABILITY=commit`)."""
    durable_timeout_s: float = 15.0
    """How long `wait_durable` waits before giving up (longer than one write timeout, so a
    database that stopped answering has its batch spooled first)."""


class AuditWriter:
    """Accepts audit events without blocking and makes them durable in the background."""

    def __init__(
        self,
        store: ChainStore,
        builder: EntryBuilder,
        spool: Spool,
        *,
        options: WriterOptions | None = None,
    ) -> None:
        self._store = store
        self._builder = builder
        self._spool = spool
        self._options = options or WriterOptions()
        self._queue: asyncio.Queue[AuditEvent | None] = asyncio.Queue()
        self._durable_changed = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._submitted = 0
        self._durable = 0
        self._unsaved: list[AuditEntry] = []
        self._prepared = False
        self._retry_at = 0.0
        self._log = structlog.get_logger("modelgate.audit.writer")

    @property
    def answers_wait(self) -> bool:
        """Whether answers wait for their record to be durable (the commit durability mode)."""
        return self._options.answers_wait

    @property
    def pending(self) -> int:
        """Events accepted but not yet durable."""
        return self._submitted - self._durable

    @property
    def spooled(self) -> int:
        """Entries waiting in the local spool for the database."""
        return self._spool.pending

    def submit(self, event: AuditEvent) -> int:
        """Accepts `event`; never blocks, never touches the database. Returns its ticket."""
        if self._closing:
            raise AuditWriterClosedError("the audit writer is closed")
        self._submitted += 1
        self._queue.put_nowait(event)
        return self._submitted

    async def wait_durable(self, ticket: int) -> None:
        """Waits until the event with `ticket` (and every one before it) is durable.

        Raises `AuditNotDurableError` after `durable_timeout_s`, or if the writer stopped.
        """
        # Events become durable in submission order (a failed batch is retried ahead of newer
        # ones), so a counter tells when a given ticket is.
        try:
            async with asyncio.timeout(self._options.durable_timeout_s):
                async with self._durable_changed:
                    await self._durable_changed.wait_for(
                        lambda: self._durable >= ticket or self._task is None or self._task.done()
                    )
        except TimeoutError as exc:
            raise AuditNotDurableError("the audit record was not durable in time") from exc
        if self._durable < ticket:
            raise AuditNotDurableError("the audit writer stopped before the record was durable")

    async def start(self) -> None:
        """Opens the spool and starts the background task, which first replays any leftovers."""
        await self._spool.open()
        self._task = asyncio.create_task(self._run(), name="audit-writer")

    async def flush(self) -> None:
        """Waits until every event submitted so far is durable."""
        target = self._submitted
        async with self._durable_changed:
            await self._durable_changed.wait_for(
                lambda: self._durable >= target or self._task is None or self._task.done()
            )
        if self._durable < target:
            raise RuntimeError("the audit writer stopped before the events were durable")

    async def aclose(self) -> None:
        """Drains everything submitted, tries a last replay, seals the open segment, stops."""
        if self._closing:
            return
        self._closing = True
        self._queue.put_nowait(None)
        if self._task is not None:
            await self._task
        await self._spool.close()

    async def _run(self) -> None:
        try:
            await self._replay()
            while (batch := await self._next_batch()) is not None:
                if batch:
                    await self._persist([self._build(event) for event in batch])
                elif self._spool.pending:
                    await self._replay()
                else:
                    await self._seal(force=False)
            await self._replay(force=True)
            await self._seal(force=True)
        finally:
            async with self._durable_changed:
                self._durable_changed.notify_all()

    async def _next_batch(self) -> list[AuditEvent] | None:
        """The next events to write; empty on an idle tick; None once closed and drained."""
        tick = self._options.retry_interval_s if self._spool.pending else self._options.seal_check_s
        try:
            async with asyncio.timeout(tick):
                first = await self._queue.get()
        except TimeoutError:
            return []
        if first is None:
            return None
        batch = [first]
        lingers = self._options.linger_s > 0 and not self._options.answers_wait
        if lingers and self._queue.empty() and not self._closing:
            await asyncio.sleep(self._options.linger_s)
        # Whatever arrived while the last batch was written joins this one, so batches grow
        # with load and an idle gateway still writes each event at once.
        while len(batch) < self._options.max_batch and not self._queue.empty():
            event = self._queue.get_nowait()
            if event is None:
                self._queue.put_nowait(None)  # keep the close marker for the loop
                break
            batch.append(event)
        return batch

    def _build(self, event: AuditEvent) -> AuditEntry:
        try:
            return self._builder.build(event)
        except Exception as exc:  # a malformed event must still leave a record
            self._log.error("audit.event_unbuildable", error=type(exc).__name__)
            return degraded_entry(event, exc)

    async def _persist(self, entries: Sequence[AuditEntry]) -> None:
        self._unsaved.extend(entries)
        batch, self._unsaved = self._unsaved, []
        try:
            # Spooled entries go first: a newer batch never overtakes an older one.
            written = await self._replay() and await self._write(batch, may_exist=False)
            if not written:
                await self._spool.append(batch)
        except OSError as exc:
            # Neither the database nor the disk took them: keep them for the next round.
            self._log.critical("audit.spool_unwritable", error=type(exc).__name__)
            self._unsaved = batch
            return
        await self._mark_durable(len(batch))

    async def _replay(self, *, force: bool = False) -> bool:
        """Moves the spool into the database; True when the spool is empty afterwards."""
        if not self._spool.pending:
            return True
        if not force and time.monotonic() < self._retry_at:
            return False
        entries = await self._spool.read()
        for start in range(0, len(entries), self._options.max_batch):
            chunk = entries[start : start + self._options.max_batch]
            # may_exist: a chunk committed before a crash or a lost acknowledgement is skipped,
            # so a replay that runs twice inserts each record once.
            if not await self._write(chunk, may_exist=True):
                return False
        await self._spool.clear()
        self._log.info("audit.spool_replayed", records=len(entries))
        return True

    async def _write(self, entries: Sequence[AuditEntry], *, may_exist: bool) -> bool:
        try:
            async with asyncio.timeout(self._options.write_timeout_s):
                if not self._prepared:
                    await self._store.prepare()
                    self._prepared = True
                await self._store.append(entries, may_exist=may_exist)
        except UNAVAILABLE as exc:
            self._retry_at = time.monotonic() + self._options.retry_interval_s
            self._log.warning(
                "audit.store_unavailable", error=type(exc).__name__, records=len(entries)
            )
            return False
        return True

    async def _seal(self, *, force: bool) -> None:
        if self._spool.pending or not self._prepared:
            return
        try:
            async with asyncio.timeout(self._options.write_timeout_s):
                await self._store.seal(force=force)
        except UNAVAILABLE as exc:
            self._log.warning("audit.seal_failed", error=type(exc).__name__)

    async def _mark_durable(self, count: int) -> None:
        self._durable += count
        async with self._durable_changed:
            self._durable_changed.notify_all()

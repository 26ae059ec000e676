"""A local append-only spool (JSON lines, fsync'd) for entries the database could not take.

One spool file belongs to one writer process, held under an exclusive `flock`. Processes that
share a data dir (the workers of `modelgate serve --workers N`) each claim the first free of
`slots` files; with one slot (the CLI), a second process is refused instead. On opening, a
process also adopts the entries of any free slot file (a worker that is gone, or a smaller
worker count after a restart), so no spooled entry waits for a process that never returns.
A crash can leave a torn last line; it was never acknowledged, so opening cuts it off.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
from collections.abc import Sequence
from pathlib import Path

import msgspec
import structlog

from gateway.audit.record import AuditEntry
from gateway.errors import ModelGateError
from gateway.storage.private_paths import make_private_dir

SPOOL_NAME = "audit-spool.jsonl"


class SpoolInUseError(ModelGateError, RuntimeError):
    """Other processes hold every spool slot of this data dir."""


def slot_path(directory: Path, slot: int) -> Path:
    """Slot 0 keeps the historical name; slot k is `audit-spool.k.jsonl`."""
    return directory / (SPOOL_NAME if slot == 0 else f"audit-spool.{slot}.jsonl")


class Spool:
    """Entries waiting for the database, in the order they were accepted."""

    def __init__(self, directory: Path, slots: int = 1) -> None:
        self.path = slot_path(directory, 0)
        self._slots = slots
        self._directory = directory
        self._fd: int | None = None
        self._encoder = msgspec.json.Encoder()
        self._decoder = msgspec.json.Decoder(AuditEntry)
        self._log = structlog.get_logger("modelgate.audit.spool")
        self.pending = 0
        """How many entries the spool holds."""

    async def open(self) -> None:
        """Takes the spool file, cutting any torn tail line left by a crash."""
        await asyncio.to_thread(self._open)

    async def append(self, entries: Sequence[AuditEntry]) -> None:
        """Writes `entries` and returns only once they are on disk."""
        if not entries:
            return
        data = b"".join(self._encoder.encode(entry) + b"\n" for entry in entries)
        await asyncio.to_thread(self._write, data)
        self.pending += len(entries)

    async def read(self) -> list[AuditEntry]:
        """Every spooled entry, oldest first."""
        return await asyncio.to_thread(self._read)

    async def clear(self) -> None:
        """Empties the spool once its entries are safely in the database."""
        await asyncio.to_thread(self._truncate, 0)
        self.pending = 0

    async def close(self) -> None:
        """Releases the file (and its lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _open(self) -> None:
        make_private_dir(self._directory)
        for slot in range(self._slots):
            path = slot_path(self._directory, slot)
            fd = _lock(path)
            if fd is not None:
                self.path, self._fd = path, fd
                break
        else:
            raise SpoolInUseError(
                f"all {self._slots} audit spool file(s) in {self._directory} are held by "
                "other processes"
            )
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            # Without this cut, the next append would fuse with the torn line and be lost too.
            self._truncate(data.rfind(b"\n") + 1)
            self._log.warning("audit.spool_torn_tail_dropped")
        self._adopt_free_slots()
        _sync_directory(self._directory)
        self.pending = len(self._read())

    def _adopt_free_slots(self) -> None:
        for slot in range(self._slots):
            path = slot_path(self._directory, slot)
            if path == self.path or not path.exists():
                continue
            fd = _lock(path)
            if fd is None:
                continue  # a live process owns it
            try:
                data = path.read_bytes()
                data = data[: data.rfind(b"\n") + 1]  # a torn tail was never acknowledged
                if data:
                    self._write(data)  # fsync'd here before the source is emptied
                    os.ftruncate(fd, 0)
                    os.fsync(fd)
                    self._log.info("audit.spool_adopted", slot=slot, bytes=len(data))
            finally:
                os.close(fd)

    def _write(self, data: bytes) -> None:
        fd = self._require_fd()
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)

    def _read(self) -> list[AuditEntry]:
        entries: list[AuditEntry] = []
        for number, line in enumerate(self.path.read_bytes().splitlines(), start=1):
            if not line.strip():
                continue
            try:
                entries.append(self._decoder.decode(line))
            except msgspec.DecodeError:
                self._log.error("audit.spool_line_unreadable", line=number)
        return entries

    def _truncate(self, size: int) -> None:
        fd = self._require_fd()
        os.ftruncate(fd, size)
        os.fsync(fd)

    def _require_fd(self) -> int:
        if self._fd is None:
            raise RuntimeError("the spool is not open")
        return self._fd


def _lock(path: Path) -> int | None:
    """The file's descriptor under an exclusive lock, or None when another process holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _sync_directory(directory: Path) -> None:
    # A newly created file survives a power loss only once its directory entry is synced.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

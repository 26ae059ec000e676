"""A PostgreSQL cluster of its own (initdb + pg_ctl on a free port) that a test may stop.

Outage tests must never stop the shared server other tests use. As root, the cluster runs
as the `postgres` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.support.processes import free_port


def _pg_bin() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    found = [path for path in candidates if (path / "initdb").exists()]
    return found[-1] if found else None


class ThrowawayPostgres:
    """`initdb` once, then `start()` / `stop()` as often as an outage test needs."""

    def __init__(self) -> None:
        binaries = _pg_bin()
        if binaries is None:
            raise RuntimeError("PostgreSQL server binaries are missing (apt-get postgresql)")
        self._bin = binaries
        # Not under pytest's tmp_path: that is private to root, and the server runs as postgres.
        self.directory = Path(tempfile.mkdtemp(prefix="modelgate-pg-"))
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.directory, "postgres")
        self._run("initdb", "-D", str(self.directory / "data"), "-U", "postgres", "--auth=trust")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self._bin / program), *args]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    @property
    def url(self) -> str:
        """SQLAlchemy URL of its `postgres` database."""
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> ThrowawayPostgres:
        """Start the server and wait until it accepts connections."""
        self._run(
            "pg_ctl",
            "-D",
            str(self.directory / "data"),
            "-l",
            str(self.directory / "server.log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1",
            "start",
        )
        return self

    def stop(self) -> None:
        """Stop it at once (`-m immediate`: an outage, not a maintenance window)."""
        self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", "immediate", "stop")

    def remove(self) -> None:
        """Delete the cluster's files (after `stop`)."""
        shutil.rmtree(self.directory, ignore_errors=True)

"""Whole-gateway fault tests: a gateway process, a demo upstream, and a private PostgreSQL.

The shared PostgreSQL on 5432 is never stopped: `ThrowawayCluster` runs its own server (as the
postgres user when we are root, because initdb refuses root) on a free port under a temp dir.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.demo.server import DemoUpstream
from tests.support.policies import policies_with_tiers
from tests.support.processes import free_port
from tests.support.servers import BackgroundServer

TIERS = """
tiers:
  private:
    description: Stores no content in the audit log and needs no terms.
    models: ["*"]
    stages: [general]
    max_tokens: 256
    audit_content: none
  tight:
    description: Two requests a minute, to provoke limit refusals.
    models: ["*"]
    stages: [general]
    max_tokens: 256
    limits: {requests_per_minute: 2}
    audit_content: none
"""


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class ThrowawayCluster:
    """A private PostgreSQL cluster in a temporary directory, stopped and started at will."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="mg-fault-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)

    def init(self) -> ThrowawayCluster:
        """Create the cluster (trust authentication, no fsync: it is thrown away)."""
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        subprocess.run(
            self._as_postgres(
                str(self.bin / "initdb"),
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
        return self

    def ctl_command(self, action: str) -> list[str]:
        """`pg_ctl <action>` for this cluster (fast shutdown: open connections are cut)."""
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        return self._as_postgres(
            str(self.bin / "pg_ctl"),
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

    def ctl(self, action: str) -> None:
        """Run `pg_ctl <action>` and wait for it."""
        subprocess.run(self.ctl_command(action), check=True, capture_output=True, timeout=60)

    def remove(self) -> None:
        """Stop the server (if running) and delete the directory."""
        subprocess.run(self.ctl_command("stop"), check=False, capture_output=True, timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster() -> Iterator[ThrowawayCluster]:
    """A running throwaway PostgreSQL, removed after the module."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.fail("PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are needed")
    pg = ThrowawayCluster(bin_dir).init()
    pg.ctl("start")
    yield pg
    pg.remove()


@pytest.fixture(scope="module")
def demo_upstream() -> Iterator[BackgroundServer]:
    """The demo model server."""
    server = BackgroundServer(DemoUpstream()).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def fault_policies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped policies with test tiers that keep no content and need no terms."""
    return policies_with_tiers(tmp_path_factory.mktemp("fault-policies"), TIERS)

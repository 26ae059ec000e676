"""Integration fixtures: a running gateway on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.gateway import RunningGateway, start_gateway


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def running_gateway(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    """A gateway with its demo upstream, once per database backend."""
    data_dir: Path = tmp_path_factory.mktemp(f"gw-{request.param}")
    url = "" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    running = start_gateway(data_dir, url)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def sqlite_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A gateway on the embedded SQLite store, for tests that do not vary the database."""
    running = start_gateway(tmp_path_factory.mktemp("gw-sqlite-only"))
    yield running
    running.stop()

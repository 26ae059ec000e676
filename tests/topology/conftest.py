"""Fixtures: one local production topology (demo upstream, Redis, 3 replicas, nginx) per run.

Tests that stop a replica or Redis put it back before they finish, so the topology can be
shared; each test counts only the requests (by request id) it sent itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from tests.conftest import PostgresDatabases
from tests.support.faulty_upstream import FaultyUpstream
from tests.support.nginx_proxy import nginx_binary
from tests.support.processes import RedisProcess
from tests.support.reset_upstream import ResettingUpstream
from tests.support.servers import BackgroundServer
from tests.support.topology import DemoUpstreamProcess, Topology

CHUNK_DELAY = 0.1  # a demo stream of ~13 events lasts ~1.3 s: long enough to be cut mid-way


@pytest.fixture(scope="session")
def topology(
    tmp_path_factory: pytest.TempPathFactory, postgres_databases: PostgresDatabases
) -> Iterator[Topology]:
    """Three replicas behind nginx on a fresh PostgreSQL database and a throwaway Redis."""
    if nginx_binary() is None:
        pytest.fail("nginx is not installed; run the tests through scripts/with-test-services")
    tmp = tmp_path_factory.mktemp("topology")
    with ExitStack() as stack:
        demo = DemoUpstreamProcess(tmp / "demo-upstream.log", chunk_delay=CHUNK_DELAY)
        stack.callback(demo.stop)
        faulty = BackgroundServer(FaultyUpstream(delay=2.0)).start()
        stack.callback(faulty.stop)
        resetting = ResettingUpstream().start()
        stack.callback(resetting.stop)
        redis = RedisProcess().start()
        stack.callback(redis.stop)
        running = Topology(
            tmp,
            postgres_databases.create(),
            demo.url,
            redis=redis,
            extra_env={"FAULTY_URL": faulty.url, "RESET_URL": resetting.url},
        )
        stack.callback(running.stop)
        yield running


@pytest.fixture(scope="session")
def load_key(topology: Topology) -> str:
    """An API key in the topology's `load` tier (no terms to accept, limits out of reach)."""
    return topology.issue_key()

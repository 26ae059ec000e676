"""PostgreSQL down behind nginx: known keys keep working, audit is spooled then replayed.

The database is a throwaway cluster of this test's own (stopping the shared server would
break every other test). A key seen before the outage is served from the key cache; a key
the replica never saw gets a clean 503 `store-unavailable`, never a 500; every request
served during the outage has exactly one audit record once the database is back.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.throwaway_postgres import ThrowawayPostgres
from tests.support.topology import DemoUpstreamProcess, Topology, wait_for_audit

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def outage_topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Topology]:
    """One replica behind nginx on a PostgreSQL cluster the test may stop."""
    tmp: Path = tmp_path_factory.mktemp("pg-outage")
    database = ThrowawayPostgres().start()
    demo = DemoUpstreamProcess(tmp / "demo-upstream.log")
    try:
        # No fault upstreams here: their models point at the demo, so readiness holds.
        upstreams = {"FAULTY_URL": demo.url, "RESET_URL": demo.url}
        topology = Topology(tmp, database.url, demo.url, replicas=1, extra_env=upstreams)
        topology.postgres = database  # type: ignore[attr-defined]
        yield topology
        topology.stop()
    finally:
        demo.stop()
        database.stop()
        database.remove()


def _post(topology: Topology, key: str) -> httpx.Response:
    return httpx.post(
        f"{topology.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}", "x-request-id": f"pg-{uuid.uuid4().hex}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": "still there?"}]},
        timeout=15,
    )


def test_postgres_outage_serves_known_keys_refuses_new_ones_and_loses_no_audit(
    outage_topology: Topology,
) -> None:
    """Cached keys are served, unseen keys get 503 store-unavailable, audit is replayed."""
    database: ThrowawayPostgres = outage_topology.postgres  # type: ignore[attr-defined]
    known = outage_topology.issue_key(account="known")
    unseen = outage_topology.issue_key(account="unseen")
    before = _post(outage_topology, known)
    assert before.status_code == 200

    database.stop()
    try:
        time.sleep(6)  # past the key cache TTL (5 s): the store would be asked again
        during = [_post(outage_topology, known) for _ in range(5)]
        refused = _post(outage_topology, unseen)
    finally:
        database.start()

    assert [r.status_code for r in during] == [200] * 5
    assert refused.status_code == 503
    assert refused.json()["type"].endswith("/store-unavailable")
    assert refused.headers["retry-after"]
    ids = [r.headers["x-request-id"] for r in [before, *during, refused]]
    assert wait_for_audit(outage_topology.database_url, ids, timeout=30) == dict.fromkeys(ids, 1)

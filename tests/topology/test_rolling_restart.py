"""Rolling restart of all three replicas under steady load through nginx: nothing fails or is lost.

The load is an open loop at 50 requests a second (every fifth a ~1.3 s stream). Each
replica in turn is taken out of nginx's rotation (a graceful reload: what a Kubernetes
Service does for a terminating pod while its preStop hook sleeps), stopped with SIGTERM
while requests and streams it accepted before are still in flight, must exit 0, and is
started again and must be ready before the next one goes. Every request must get a complete
200, and the audit log must hold exactly one record per request id.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.support.steady_load import SteadyLoad
from tests.support.topology import Topology, wait_for_audit

pytestmark = pytest.mark.slow


async def _restart_all_under_load(topology: Topology, load: SteadyLoad) -> list[int]:
    running = asyncio.create_task(load.run())
    statuses: list[int] = []
    try:
        await asyncio.sleep(1.5)
        for index in range(len(topology.replicas)):
            await asyncio.to_thread(topology.drain, index)
            statuses.append(await asyncio.to_thread(topology.stop_replica, index))
            await asyncio.to_thread(topology.start_replica, index)
            await asyncio.to_thread(topology.undrain)
            await asyncio.sleep(0.5)
        await asyncio.sleep(1.0)
    finally:
        load.stop()
        await running
    return statuses


def test_rolling_restart_under_load_loses_nothing(topology: Topology, load_key: str) -> None:
    """Zero failed requests and exactly one audit record per request across a rolling restart."""
    load = SteadyLoad(topology.url, load_key, rate=50, stream_every=5)
    started = time.monotonic()
    statuses = asyncio.run(_restart_all_under_load(topology, load))
    elapsed = time.monotonic() - started

    assert statuses == [0, 0, 0], "a replica did not exit cleanly"
    failures = load.failures()
    assert not failures, f"{len(failures)} failed: {failures[:5]}\n{topology.nginx.error_log()}"
    assert len(load.outcomes) >= 0.5 * load.rate * elapsed, "the load was not steady"
    assert sum(o.stream for o in load.outcomes) >= 10

    ids = [o.request_id for o in load.outcomes]
    counts = wait_for_audit(topology.database_url, ids)
    missing = [i for i in ids if i not in counts]
    duplicated = {i: n for i, n in counts.items() if n != 1}
    assert not missing, f"{len(missing)} of {len(ids)} requests have no audit record"
    assert not duplicated, f"audit records duplicated: {duplicated}"

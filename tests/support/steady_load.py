"""A steady open-loop load generator: N requests a second, every response counted.

Requests start on a fixed schedule whatever the latency (an open loop), so a slow or
restarting replica cannot quietly lower the load. Each request carries its own
`X-Request-Id`, so the test can find exactly one audit record per response.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from dataclasses import dataclass, field

import httpx


@dataclass
class Outcome:
    """One request's result: status (0 for a transport error), what went wrong, and timing."""

    request_id: str
    stream: bool
    status: int = 0
    error: str = ""
    complete: bool = False
    seconds: float = 0.0


@dataclass
class SteadyLoad:
    """POSTs chat completions to `url` at `rate` per second until stopped."""

    url: str
    key: str
    rate: float = 60.0
    stream_every: int = 5
    """Every n-th request is a stream (which must end with `data: [DONE]`)."""
    outcomes: list[Outcome] = field(default_factory=list)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)

    async def _one(self, client: httpx.AsyncClient, index: int) -> None:
        stream = self.stream_every > 0 and index % self.stream_every == 0
        outcome = Outcome(request_id=f"load-{uuid.uuid4().hex}", stream=stream)
        self.outcomes.append(outcome)
        body = {
            "model": "demo-chat",
            "stream": stream,
            "max_tokens": 32,
            "messages": [{"role": "user", "content": f"steady request number {index}"}],
        }
        headers = {"authorization": f"Bearer {self.key}", "x-request-id": outcome.request_id}
        started = time.monotonic()
        try:
            response = await client.post(
                f"{self.url}/v1/chat/completions", json=body, headers=headers
            )
            outcome.status = response.status_code
            if stream:
                outcome.complete = response.text.rstrip().endswith("data: [DONE]")
            else:
                outcome.complete = bool(response.json().get("choices"))
        except (httpx.HTTPError, ValueError) as exc:
            outcome.error = f"{type(exc).__name__}: {exc}"
        outcome.seconds = time.monotonic() - started

    async def run(self) -> None:
        """Send on schedule until `stop()`, then wait for every request still in flight."""
        # A new connection to nginx per request: a reload of nginx (how the test takes a
        # replica out of rotation) closes idle client connections, and a client POSTing onto
        # one just then sees a reset that has nothing to do with the gateway.
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=0)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            tasks: set[asyncio.Task[None]] = set()
            start = time.monotonic()
            index = 0
            while not self._stopping.is_set():
                task = asyncio.create_task(self._one(client, index))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                index += 1
                delay = start + index / self.rate - time.monotonic()
                if delay < -1.0:
                    # Starved of CPU for over a second: resume the schedule from now rather
                    # than firing the whole backlog at once.
                    start, index, delay = time.monotonic(), 0, 0.0
                # Always yield, even when behind: the requests must get to run.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), max(delay, 0.0))
            await asyncio.gather(*tasks)

    def stop(self) -> None:
        """Stop scheduling new requests."""
        self._stopping.set()

    def failures(self) -> list[Outcome]:
        """Every request that did not get a complete 200."""
        return [o for o in self.outcomes if o.status != 200 or not o.complete]

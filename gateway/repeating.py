"""`Repeating`: one coroutine run now and then every few seconds, until closed.

The background jobs (review sweep, drift and risk gauges) each need the same loop: start once,
survive a failed pass with a log line, sleep, and stop cleanly at shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import structlog


class Repeating:
    """Runs `step` in a background task every `every_seconds`; a failed pass is logged as
    `failure_event` at `level` and the next pass runs as usual."""

    def __init__(
        self,
        name: str,
        step: Callable[[], Awaitable[None]],
        every_seconds: float,
        *,
        logger: str,
        failure_event: str,
        level: str = "error",
    ) -> None:
        self._name = name
        self._step = step
        self._every_seconds = every_seconds
        self._log = structlog.get_logger(logger)
        self._failure_event = failure_event
        self._level = level
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the loop (once; a second call does nothing)."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=self._name)

    async def aclose(self) -> None:
        """Stop the loop, waiting for it to end."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self._step()
            except Exception as exc:  # a failed pass keeps what it had; the next may work
                getattr(self._log, self._level)(self._failure_event, error=repr(exc))
            await asyncio.sleep(self._every_seconds)

"""`FinishLog`: finishers that note, per request, that they ran (and what else happened when)."""

from __future__ import annotations

import threading
from collections import defaultdict

from gateway.pipeline.context import RequestContext


class FinishLog:
    """What happened to each request after its stages, in order; safe across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._notes: dict[str, list[str]] = defaultdict(list)

    def note(self, request_id: str, what: str) -> None:
        """Write down that `what` happened to request `request_id`."""
        with self._lock:
            self._notes[request_id].append(what)

    def of(self, request_id: str) -> list[str]:
        """Everything noted for `request_id`, in order."""
        with self._lock:
            return list(self._notes[request_id])

    def finisher(self, name: str) -> NoteFinish:
        """A finisher that notes `name` when it runs."""
        return NoteFinish(self, name)


class NoteFinish:
    """A finisher that only notes that it ran."""

    def __init__(self, log: FinishLog, name: str) -> None:
        self._log = log
        self._name = name

    async def __call__(self, ctx: RequestContext) -> None:
        self._log.note(ctx.request_id, self._name)

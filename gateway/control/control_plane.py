"""`ControlPlane`: applies admin changes in this process and announces them to the others.

With Redis (`MODELGATE_REDIS_URL`) a change reaches every replica through pub/sub in
milliseconds. Without it (the embedded default) the one process applies changes directly,
and re-reads the overrides every `poll_seconds` so a CLI change made while it runs still lands.
"""

from __future__ import annotations

import asyncio
import contextlib

import structlog

from gateway.access.authenticator import KeyCache
from gateway.access.terms_check import TermsChecker
from gateway.control.messages import ControlMessage
from gateway.control.model_board import ModelStateBoard
from gateway.control.override_store import ModelOverrideStore
from gateway.control.redis_bus import RedisControlBus


class ControlPlane:
    """The process's view of admin changes, and the way to spread them."""

    def __init__(
        self,
        *,
        board: ModelStateBoard,
        overrides: ModelOverrideStore,
        key_cache: KeyCache,
        terms: TermsChecker,
        bus: RedisControlBus | None,
        poll_seconds: float,
    ) -> None:
        self.board = board
        self.overrides = overrides
        self._key_cache = key_cache
        self._terms = terms
        self._bus = bus
        self._poll_seconds = poll_seconds
        self._poller: asyncio.Task[None] | None = None
        self._log = structlog.get_logger("modelgate.control")

    async def start(self) -> None:
        """Load the overrides, then follow changes (broadcast and/or polling)."""
        await self.refresh_models()
        if self._bus is not None:
            await self._bus.start(self.apply)
        if self._poll_seconds > 0:
            self._poller = asyncio.create_task(self._poll(), name="control-poller")

    async def refresh_models(self) -> None:
        """Re-read the model overrides from the database."""
        self.board.apply(await self.overrides.load_all())

    async def apply(self, message: ControlMessage) -> None:
        """Make one change take effect in this process."""
        if message.kind in ("models", "resync"):
            await self.refresh_models()
        if message.kind == "key":
            self._key_cache.invalidate(message.target or None)
        if message.kind in ("account", "resync"):
            # Cached key records carry their account's suspension; forget them all.
            self._key_cache.invalidate()
        if message.kind in ("terms", "resync"):
            self._terms.forget(message.target or None)

    async def announce(self, message: ControlMessage) -> None:
        """Apply a change here, then tell every other replica."""
        await self.apply(message)
        if self._bus is not None:
            await self._bus.publish(message)

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self._poll_seconds)
            try:
                await self.refresh_models()
            except Exception as exc:  # a database blip must not end the poller
                self._log.warning("control_poll_failed", error=str(exc))

    async def aclose(self) -> None:
        """Stop following changes."""
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        if self._bus is not None:
            await self._bus.aclose()

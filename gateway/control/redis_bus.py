"""`RedisControlBus`: publishes control messages and delivers them to a handler, over pub/sub.

The listener reconnects by itself after an outage and then asks for a full resync, since
messages published while it was away are lost (pub/sub keeps nothing).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import redis.asyncio as redis
import structlog
from redis.exceptions import RedisError

from gateway.control.messages import (
    CONTROL_CHANNEL,
    ControlMessage,
    decode_message,
    encode_message,
)

Handler = Callable[[ControlMessage], Awaitable[None]]


class RedisControlBus:
    """One publisher connection and one subscriber task per process."""

    def __init__(self, url: str, *, channel: str = CONTROL_CHANNEL, retry_s: float = 1.0) -> None:
        self._client = redis.from_url(url)
        self._channel = channel
        self._retry_s = retry_s
        self._task: asyncio.Task[None] | None = None
        self._subscribed = asyncio.Event()
        self._log = structlog.get_logger("modelgate.control")

    async def publish(self, message: ControlMessage) -> bool:
        """Send `message` to every replica; False when Redis is unreachable (logged)."""
        try:
            await self._client.publish(self._channel, encode_message(message))
        except (RedisError, OSError) as exc:
            self._log.warning("control_publish_failed", kind=message.kind, error=str(exc))
            return False
        return True

    async def start(self, handler: Handler, *, wait_s: float = 5.0) -> None:
        """Start listening; returns once subscribed (or after `wait_s` if Redis is down)."""
        self._task = asyncio.create_task(self._listen(handler), name="control-listener")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._subscribed.wait(), wait_s)

    async def _listen(self, handler: Handler) -> None:
        first = True
        while True:
            try:
                async with self._client.pubsub() as pubsub:
                    await pubsub.subscribe(self._channel)
                    self._subscribed.set()
                    if not first:
                        await handler(ControlMessage("resync"))
                    first = False
                    async for raw in pubsub.listen():
                        if raw.get("type") != "message":
                            continue
                        message = decode_message(raw["data"])
                        if message is not None:
                            await handler(message)
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as exc:
                self._log.warning("control_listener_disconnected", error=str(exc))
                first = False
                await asyncio.sleep(self._retry_s)

    async def aclose(self) -> None:
        """Stop listening and close the connections."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._client.aclose()

"""`EndedSessions`: ids of page sessions that were signed out, shared by every replica.

A page session is an encrypted cookie; clearing it in the browser does not stop a copy made
earlier. Logging out therefore records the session's id here until the session would have
expired by itself, and the page guards refuse a session whose id is listed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.admin.tables import ended_sessions

# Kept a little past expiry, so a clock running behind on another replica changes nothing.
_KEEP_AFTER_EXPIRY = timedelta(minutes=5)


class EndedSessions:
    """Records and looks up ended session ids in the gateway's database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def end(self, session_id: str, expires_at: datetime) -> None:
        """Mark `session_id` ended; forget entries whose sessions have expired meanwhile."""
        now = datetime.now(UTC)
        async with self._engine.begin() as connection:
            await connection.execute(
                delete(ended_sessions).where(ended_sessions.c.expires_at < now - _KEEP_AFTER_EXPIRY)
            )
            try:
                async with connection.begin_nested():
                    await connection.execute(
                        insert(ended_sessions).values(
                            session_id=session_id, ended_at=now, expires_at=expires_at
                        )
                    )
            except IntegrityError:  # the same session signed out twice (two tabs)
                pass

    async def has_ended(self, session_id: str) -> bool:
        """Whether `session_id` was signed out."""
        async with self._engine.connect() as connection:
            found = await connection.scalar(
                select(ended_sessions.c.session_id).where(ended_sessions.c.session_id == session_id)
            )
        return found is not None

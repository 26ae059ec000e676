"""Tables of sign-in state every replica must agree on: local admin tokens and ended sessions.

Page sessions live in encrypted cookies, so a copy of the cookie would outlive a logout unless
the session's id is remembered as ended; rows are kept only until the session or token would
have expired anyway.
"""

from sqlalchemy import Column, DateTime, String, Table

from gateway.storage.metadata import metadata

admin_tokens = Table(
    "admin_tokens",
    metadata,
    # The token's `jti`. A revoked token never minted here (before tokens were listed) gets a
    # row too, with "?" as its subject.
    Column("jti", String(64), primary_key=True),
    Column("subject", String(256), nullable=False),
    Column("roles", String(256), nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

ended_sessions = Table(
    "admin_ended_sessions",
    metadata,
    Column("session_id", String(64), primary_key=True),
    Column("ended_at", DateTime(timezone=True), nullable=False),
    # When the session would have ended by itself; the row is pruned after that.
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)

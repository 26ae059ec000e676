"""What the gateway knows about a stored key, and the verdict on whether it may be used now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

KeyState = Literal["active", "revoked", "expired", "rotated-out", "suspended"]


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """A stored API key (never its secret) and the account it belongs to."""

    key_id: str
    account: str
    tier: str
    secret_hash: str
    created_at: datetime
    label: str | None = None
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    rotated_to: str | None = None
    grace_until: datetime | None = None
    account_suspended: bool = False
    limit_overrides: Mapping[str, Any] = field(default_factory=dict)
    lineage_root: str | None = None
    """The first key of this key's rotation chain (None: not known, the key itself)."""

    @property
    def limit_subject(self) -> str:
        """Whose counters this key's limits charge: its rotation chain's, so that a rotated
        key and its successor share one quota."""
        return self.lineage_root or self.key_id

    def state_at(self, now: datetime) -> KeyState:
        """Whether the key may be used at `now`, and if not, why."""
        if self.revoked_at is not None and self.revoked_at <= now:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        if self.rotated_to is not None and (self.grace_until is None or self.grace_until <= now):
            return "rotated-out"
        if self.account_suspended:
            return "suspended"
        return "active"

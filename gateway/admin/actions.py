"""`AdminActions`: every change an admin can make, done the same way from the API, pages and CLI.

Each action checks its input against policy, writes the database, makes the change take effect
(this process, then every replica via the announcer) and submits an audit record naming who
did what to what.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from gateway.access.accounts_store import AccountNotFound, AccountRecord, AccountStore
from gateway.access.key_record import KeyRecord
from gateway.access.key_store import IssuedKey, KeyNotFound, KeyStore
from gateway.audit import AuditEvent, AuditWriter, RecordKind
from gateway.control.messages import ControlMessage
from gateway.control.override_store import ModelOverrideStore
from gateway.errors import InvalidRequest, NotFound
from gateway.policy.catalog import RELEASE_STAGES, PolicySet

Announcer = Callable[[ControlMessage], Awaitable[None]]


class AdminActions:
    """The verbs of the admin API; `actor` is who does it (for the audit record)."""

    def __init__(
        self,
        *,
        policies: PolicySet,
        keys: KeyStore,
        accounts: AccountStore,
        overrides: ModelOverrideStore,
        announce: Announcer,
        audit: AuditWriter | None,
    ) -> None:
        self._policies = policies
        self._keys = keys
        self._accounts = accounts
        self._overrides = overrides
        self._announce = announce
        self._audit = audit

    def _record(self, actor: str, action: str, target: str) -> None:
        if self._audit is not None:
            self._audit.submit(
                AuditEvent(kind=RecordKind.ADMIN, action=action, actor=actor, target=target)
            )

    def _check_tier(self, tier: str) -> None:
        if tier not in self._policies.tiers:
            known = ", ".join(self._policies.tiers)
            raise InvalidRequest(f"unknown tier {tier!r} (known: {known})")

    def _check_model(self, name: str) -> None:
        if name not in self._policies.models:
            raise NotFound(f"there is no model {name!r}", extensions={"model": name})

    async def _key(self, key_id: str) -> KeyRecord:
        record = await self._keys.find(key_id)
        if record is None:
            raise NotFound(f"no key with id {key_id}", extensions={"key_id": key_id})
        return record

    async def create_key(
        self,
        actor: str,
        *,
        account: str,
        tier: str,
        expires_at: datetime | None = None,
        label: str | None = None,
    ) -> IssuedKey:
        """A new key (its text is returned once)."""
        self._check_tier(tier)
        if not account.strip():
            raise InvalidRequest("name the account the key belongs to")
        issued = await self._keys.create(
            account=account.strip(), tier=tier, expires_at=expires_at, label=label
        )
        self._record(actor, "key.create", f"key:{issued.record.key_id}")
        return issued

    async def revoke_key(self, actor: str, key_id: str) -> KeyRecord:
        """Revoke at once, everywhere."""
        await self._key(key_id)
        record = await self._keys.revoke(key_id)
        await self._announce(ControlMessage("key", key_id))
        self._record(actor, "key.revoke", f"key:{key_id}")
        return record

    async def rotate_key(self, actor: str, key_id: str, grace: timedelta) -> IssuedKey:
        """A successor key; the old one keeps working for `grace`. A revoked, expired or
        already rotated key is refused (409): rotation never revives a key or gives it a
        second live successor."""
        await self._key(key_id)
        try:
            issued = await self._keys.rotate(key_id, grace=grace)
        except KeyNotFound as exc:
            raise NotFound(f"there is no key {key_id!r}") from exc
        await self._announce(ControlMessage("key", key_id))
        self._record(actor, "key.rotate", f"key:{key_id}->{issued.record.key_id}")
        return issued

    async def set_key_tier(self, actor: str, key_id: str, tier: str) -> KeyRecord:
        """Move a key to another tier."""
        self._check_tier(tier)
        await self._key(key_id)
        record = await self._keys.set_tier(key_id, tier)
        await self._announce(ControlMessage("key", key_id))
        self._record(actor, f"key.tier:{tier}", f"key:{key_id}")
        return record

    async def set_key_expiry(
        self, actor: str, key_id: str, expires_at: datetime | None
    ) -> KeyRecord:
        """Set or clear a key's expiry."""
        await self._key(key_id)
        record = await self._keys.set_expiry(key_id, expires_at)
        await self._announce(ControlMessage("key", key_id))
        when = expires_at.isoformat() if expires_at else "never"
        self._record(actor, f"key.expiry:{when}", f"key:{key_id}")
        return record

    async def set_account_suspended(self, actor: str, name: str, suspended: bool) -> AccountRecord:
        """Suspend (all its keys stop, everywhere) or resume an account."""
        try:
            record = await self._accounts.set_suspended(name, suspended)
        except AccountNotFound as exc:
            raise NotFound(f"there is no account {name!r}") from exc
        await self._announce(ControlMessage("account", name))
        self._record(actor, "account.suspend" if suspended else "account.resume", f"account:{name}")
        return record

    async def set_model_stage(self, actor: str, name: str, stage: str | None) -> None:
        """Override a model's release stage (None returns to the one in models.yaml)."""
        self._check_model(name)
        if stage is not None and stage not in RELEASE_STAGES:
            raise InvalidRequest(f"unknown stage {stage!r} (known: {', '.join(RELEASE_STAGES)})")
        await self._overrides.set_stage(name, stage, actor)
        await self._announce(ControlMessage("models", name))
        self._record(actor, f"model.stage:{stage or 'default'}", f"model:{name}")

    async def set_model_disabled(
        self, actor: str, name: str, disabled: bool, reason: str | None = None
    ) -> None:
        """The kill switch: refuse every call to the model (503) until enabled again."""
        self._check_model(name)
        await self._overrides.set_disabled(name, disabled, actor, reason)
        await self._announce(ControlMessage("models", name))
        self._record(actor, "model.disable" if disabled else "model.enable", f"model:{name}")

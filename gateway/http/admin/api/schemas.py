"""Wire formats of the admin API (msgspec structs, so they appear in the OpenAPI schema)."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec

from gateway.access.accounts_store import AccountRecord
from gateway.access.key_record import KeyRecord
from gateway.admin.principal import AdminPrincipal


class KeyView(msgspec.Struct):
    """A key as admins see it (never its secret)."""

    id: str
    account: str
    tier: str
    state: str
    created_at: datetime
    label: str | None = None
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    rotated_to: str | None = None
    grace_until: datetime | None = None

    @classmethod
    def of(cls, record: KeyRecord) -> KeyView:
        """The view of a stored key."""
        return cls(
            id=record.key_id,
            account=record.account,
            tier=record.tier,
            state=record.state_at(datetime.now(UTC)),
            created_at=record.created_at,
            label=record.label,
            expires_at=record.expires_at,
            revoked_at=record.revoked_at,
            rotated_to=record.rotated_to,
            grace_until=record.grace_until,
        )


class IssuedKeyView(msgspec.Struct):
    """A new key: `key` is shown this once and never stored."""

    key: str
    record: KeyView
    replaces: str | None = None


class CreateKey(msgspec.Struct, forbid_unknown_fields=True):
    """Body of `POST /admin/keys`."""

    account: str
    tier: str
    expires_at: datetime | None = None
    label: str | None = None


class RotateKey(msgspec.Struct, forbid_unknown_fields=True):
    """Body of `POST /admin/keys/{id}/rotate`: how long the old key keeps working (default:
    `MODELGATE_ROTATION_GRACE`)."""

    grace_seconds: int | None = None


class ChangeTier(msgspec.Struct, forbid_unknown_fields=True):
    """Body of `PUT /admin/keys/{id}/tier`."""

    tier: str


class ChangeExpiry(msgspec.Struct, forbid_unknown_fields=True):
    """Body of `PUT /admin/keys/{id}/expiry` (null: never expires)."""

    expires_at: datetime | None = None


class AccountView(msgspec.Struct):
    """An account and whether it is suspended."""

    name: str
    created_at: datetime
    suspended: bool
    key_count: int
    suspended_at: datetime | None = None

    @classmethod
    def of(cls, record: AccountRecord) -> AccountView:
        """The view of a stored account."""
        return cls(
            name=record.name,
            created_at=record.created_at,
            suspended=record.suspended_at is not None,
            key_count=record.key_count,
            suspended_at=record.suspended_at,
        )


class ChangeStage(msgspec.Struct, forbid_unknown_fields=True):
    """Body of `PUT /admin/models/{name}/stage` (null: back to models.yaml)."""

    stage: str | None


class DisableModel(msgspec.Struct, forbid_unknown_fields=True):
    """Body of `POST /admin/models/{name}/disable`."""

    reason: str | None = None


class ModelView(msgspec.Struct):
    """A model's effective state: stage (with the file's), kill switch, terms."""

    name: str
    stage: str
    configured_stage: str
    disabled: bool
    endpoints: list[str]
    terms: list[str]
    disabled_reason: str | None = None


class TierView(msgspec.Struct):
    """A tier as policy defines it."""

    name: str
    description: str
    models: list[str]
    stages: list[str]
    max_tokens: int
    terms: list[str]
    inspection: str
    audit_content: str


class TermsView(msgspec.Struct):
    """A terms document at its current version."""

    id: str
    version: str
    title: str
    grace_days: int
    body: str
    published: datetime | None = None


class AcceptanceView(msgspec.Struct):
    """One account's acceptance of one version."""

    account: str
    version: str
    accepted_at: datetime
    current: bool


class UsageView(msgspec.Struct):
    """Requests and tokens of one key, tier or model over the period."""

    group: str
    requests: int
    refused: int
    prompt_tokens: int
    completion_tokens: int


class PrincipalView(msgspec.Struct):
    """Who the caller is to the admin API."""

    subject: str
    roles: list[str]
    via: str
    name: str | None = None

    @classmethod
    def of(cls, principal: AdminPrincipal) -> PrincipalView:
        """The view of a principal."""
        return cls(
            subject=principal.subject,
            roles=sorted(role.value for role in principal.roles),
            via=principal.via,
            name=principal.name,
        )

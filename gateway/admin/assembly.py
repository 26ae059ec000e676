"""Building the control side of one process: terms, model overrides, broadcast, admin services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.authenticator import KeyCache
from gateway.access.key_store import KeyStore
from gateway.access.terms_check import TermsChecker
from gateway.access.terms_documents import load_terms_catalog
from gateway.access.terms_store import TermsAcceptanceStore
from gateway.admin.services import AdminServices, build_admin_services
from gateway.audit import AuditWriter
from gateway.audit.key_material import load_audit_keys
from gateway.control.control_plane import ControlPlane
from gateway.control.model_board import ModelStateBoard
from gateway.control.override_store import ModelOverrideStore
from gateway.control.redis_bus import RedisControlBus
from gateway.policy.catalog import PolicySet
from gateway.risk.tracker import RiskTracker
from gateway.settings import Settings


@dataclass(frozen=True, slots=True)
class ControlSide:
    """What the pipelines and the admin routes share."""

    board: ModelStateBoard
    terms: TermsChecker
    control: ControlPlane
    admin: AdminServices

    async def start(self) -> None:
        """Load overrides and follow changes."""
        await self.control.start()

    async def aclose(self) -> None:
        """Stop following changes; close the provider client."""
        await self.control.aclose()
        await self.admin.aclose()


def build_control_side(
    settings: Settings,
    *,
    engine: AsyncEngine,
    keys: KeyStore,
    key_cache: KeyCache,
    policies: PolicySet,
    audit: AuditWriter | None,
    risk: RiskTracker | None = None,
) -> ControlSide:
    """Load the terms documents (failing fast on a bad one) and wire the control plane."""
    catalog = load_terms_catalog(settings.policy.policies_dir, policies)
    terms = TermsChecker(
        catalog, TermsAcceptanceStore(engine), ttl=settings.access.key_cache_ttl_seconds
    )
    board = ModelStateBoard(policies.models)
    redis_url = settings.limits.redis_url
    control = ControlPlane(
        board=board,
        overrides=ModelOverrideStore(engine),
        key_cache=key_cache,
        terms=terms,
        bus=RedisControlBus(redis_url) if redis_url else None,
        poll_seconds=settings.control.poll_seconds,
    )
    pseudonym_secret = (
        load_audit_keys(settings).pseudonym_secret if settings.audit.enabled else None
    )
    admin = build_admin_services(
        settings,
        engine=engine,
        keys=keys,
        policies=policies,
        control=control,
        terms=terms,
        audit=audit,
        pseudonym_secret=pseudonym_secret,
        risk=risk,
    )
    return ControlSide(board=board, terms=terms, control=control, admin=admin)

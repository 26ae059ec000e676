"""`AdminServices`: what the admin API and pages need, built once per process from settings."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.accounts_store import AccountStore
from gateway.access.key_store import KeyStore
from gateway.access.terms_check import TermsChecker
from gateway.admin.actions import AdminActions
from gateway.admin.authenticator import AdminAuthenticator
from gateway.admin.local_tokens import LocalTokenAuthority, local_secret_path
from gateway.admin.oidc_provider import OidcProvider
from gateway.admin.oidc_signin import OidcSignIn
from gateway.admin.secret_files import secret_from_file
from gateway.admin.session_ledger import EndedSessions
from gateway.admin.token_ledger import LocalTokenLedger
from gateway.admin.usage_report import UsageReport
from gateway.audit import AuditWriter
from gateway.audit.pseudonym import Pseudonymizer
from gateway.control.control_plane import ControlPlane
from gateway.policy.catalog import PolicySet
from gateway.risk.desk import AccountRiskDesk
from gateway.risk.tracker import RiskTracker
from gateway.settings import OidcSettings, Settings


@dataclass(frozen=True, slots=True)
class AdminServices:
    """Sign-in, the admin verbs and the read models behind `/admin/` and `/ui/`."""

    oidc: OidcSettings
    authenticator: AdminAuthenticator
    provider: OidcProvider | None
    sign_in: OidcSignIn | None
    local_tokens: LocalTokenAuthority | None
    actions: AdminActions
    keys: KeyStore
    accounts: AccountStore
    policies: PolicySet
    control: ControlPlane
    terms: TermsChecker
    usage: UsageReport
    ended_sessions: EndedSessions
    token_ledger: LocalTokenLedger
    session_secret: bytes
    cookie_secure: bool
    rotation_grace_s: int = 86_400
    risk: AccountRiskDesk | None = None
    """Accounts' risk standing and its reversal; `None` when risk tracking is off."""

    async def aclose(self) -> None:
        """Close the provider's HTTP client."""
        if self.provider is not None:
            await self.provider.aclose()


def cookie_must_be_secure(settings: Settings) -> bool:
    """Secure cookies unless the gateway is reached over plain HTTP on a loopback address."""
    public = settings.oidc.public_url
    if public:
        parts = urlsplit(public)
        return parts.scheme == "https" or not _is_loopback(parts.hostname or "")
    return not _is_loopback(settings.server.host)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _session_key(text: str) -> bytes:
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) not in (16, 24, 32):
        raise ValueError("MODELGATE_SESSION_SECRET must be 32, 48 or 64 hex characters")
    return key


def build_admin_services(
    settings: Settings,
    *,
    engine: AsyncEngine,
    keys: KeyStore,
    policies: PolicySet,
    control: ControlPlane,
    terms: TermsChecker,
    audit: AuditWriter | None,
    pseudonym_secret: bytes | None,
    risk: RiskTracker | None = None,
) -> AdminServices:
    """Everything the admin side needs; the OIDC provider is contacted lazily."""
    oidc = settings.oidc
    secrets_dir = settings.storage.data_dir / "secrets"
    provider = OidcProvider(oidc.issuer) if oidc.issuer else None
    local = None
    if provider is None:
        local = LocalTokenAuthority(secret_from_file(local_secret_path(settings.storage.data_dir)))
    session_secret = (
        _session_key(oidc.session_secret)
        if oidc.session_secret
        else secret_from_file(secrets_dir / "session.key")
    )
    accounts = AccountStore(engine)
    actions = AdminActions(
        policies=policies,
        keys=keys,
        accounts=accounts,
        overrides=control.overrides,
        announce=control.announce,
        audit=audit,
    )
    token_ledger = LocalTokenLedger(engine)
    authenticator = AdminAuthenticator(
        roles_claim=oidc.roles_claim,
        audience=oidc.audience or oidc.client_id,
        provider=provider,
        local=local,
        revocations=token_ledger,
    )
    return AdminServices(
        oidc=oidc,
        authenticator=authenticator,
        provider=provider,
        sign_in=OidcSignIn(provider, oidc, authenticator) if provider else None,
        local_tokens=local,
        actions=actions,
        keys=keys,
        accounts=accounts,
        policies=policies,
        control=control,
        terms=terms,
        usage=UsageReport(
            engine, keys, Pseudonymizer(pseudonym_secret) if pseudonym_secret else None
        ),
        ended_sessions=EndedSessions(engine),
        token_ledger=token_ledger,
        session_secret=session_secret,
        cookie_secure=cookie_must_be_secure(settings),
        rotation_grace_s=settings.access.rotation_grace_seconds,
        risk=AccountRiskDesk(risk, audit) if risk is not None else None,
    )

"""The one reader of the environment: frozen, per-concern settings.

Every value comes from a `MODELGATE_*` environment variable or, when `MODELGATE_CONFIG` names a
TOML file, from that file (environment wins). Nothing else in the package reads `os.environ`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

PACKAGE_POLICIES = Path(__file__).resolve().parent.parent / "policies"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Where the gateway listens and how it is exposed."""

    host: str = "127.0.0.1"
    """Interface to bind (`MODELGATE_HOST`)."""
    port: int = 8080
    """Port to bind (`PORT` or `MODELGATE_PORT`)."""
    workers: int = 1
    """Worker processes for `modelgate serve` (`MODELGATE_WORKERS`)."""
    trusted_proxies: frozenset[str] = frozenset()
    """Peers whose `X-Forwarded-For` is believed (`MODELGATE_TRUSTED_PROXIES`, comma list)."""
    max_body_bytes: int = 1_048_576
    """Largest request body accepted, in bytes (`MODELGATE_MAX_BODY_BYTES`)."""
    upstream_transport: Literal["aiohttp", "httpx"] = "aiohttp"
    """HTTP client library for upstream calls (`MODELGATE_UPSTREAM_TRANSPORT`)."""


@dataclass(frozen=True, slots=True)
class StorageSettings:
    """Where keys, terms, cases and audit records live."""

    data_dir: Path = Path("data")
    """Directory for the SQLite file, spools and generated secrets (`MODELGATE_DATA_DIR`)."""
    database_url: str = ""
    """SQLAlchemy async URL (`MODELGATE_DATABASE_URL`); empty means SQLite under `data_dir`."""
    auto_migrate: bool = True
    """Apply migrations at start-up (`MODELGATE_AUTO_MIGRATE`)."""

    @property
    def effective_database_url(self) -> str:
        """The URL actually used: the configured one, or the embedded SQLite file."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'modelgate.db').resolve()}"


@dataclass(frozen=True, slots=True)
class PolicySettings:
    """Where tiers, models, terms and inspection profiles are read from."""

    policies_dir: Path = PACKAGE_POLICIES
    """Directory holding `tiers.yaml`, `models.yaml`, `terms/` (`MODELGATE_POLICIES_DIR`)."""
    variables: Mapping[str, str] = field(default_factory=dict)
    """Values for `${NAME}` placeholders in policy files (the process environment)."""


@dataclass(frozen=True, slots=True)
class AccessSettings:
    """API key authentication."""

    key_cache_ttl_seconds: float = 5.0
    """Seconds a key lookup is trusted before asking the store again (`MODELGATE_KEY_CACHE_TTL`)."""
    rotation_grace_seconds: int = 86_400
    """How long a rotated-out key keeps working (`MODELGATE_ROTATION_GRACE`)."""


@dataclass(frozen=True, slots=True)
class LimitSettings:
    """Rate limits and quotas."""

    redis_url: str = ""
    """Shared limit store (`MODELGATE_REDIS_URL`); empty means in-process limits."""
    on_redis_outage: Literal["open", "closed"] = "open"
    """When Redis is down: `open` (local limits) or `closed` (503) (`MODELGATE_ON_REDIS_OUTAGE`)."""
    enabled: bool = True
    """Switch limiting off entirely, for benchmarks only (`MODELGATE_LIMITS_ENABLED`)."""
    auth_max_failures: int = 10
    """Failed sign-ins from one address before it is throttled (`MODELGATE_AUTH_MAX_FAILURES`)."""
    auth_window_seconds: int = 300
    """Window over which failed authentications count (`MODELGATE_AUTH_WINDOW`)."""
    lease_ttl_seconds: float = 300.0
    """How long a concurrency slot outlives a replica that died holding it; streams renew
    theirs every fifth of it (`MODELGATE_LEASE_TTL`)."""


@dataclass(frozen=True, slots=True)
class AuditSettings:
    """The tamper-evident audit log. Its secrets are kept apart from the log itself."""

    enabled: bool = True
    """One audit record per request, admin action and review decision (`MODELGATE_AUDIT`)."""
    secrets_dir: Path | None = None
    """Generated audit secrets (`MODELGATE_AUDIT_SECRETS_DIR`; default `<data dir>/secrets`)."""
    signing_key_file: Path | None = None
    """Ed25519 private key (PEM) that seals segments (`MODELGATE_AUDIT_SIGNING_KEY_FILE`)."""
    verify_key_files: tuple[Path, ...] = ()
    """Extra trusted public keys, e.g. after a rotation (`MODELGATE_AUDIT_VERIFY_KEY_FILES`)."""
    pseudonym_secret: str = ""
    """HMAC secret for key and account pseudonyms (`MODELGATE_AUDIT_PSEUDONYM_SECRET`)."""
    content_key: str = ""
    """Hex AES-256 key for tiers that keep encrypted content (`MODELGATE_AUDIT_CONTENT_KEY`)."""
    seal_every_records: int = 1000
    """Seal a segment after this many records (`MODELGATE_AUDIT_SEAL_RECORDS`)."""
    seal_every_seconds: float = 60.0
    """...or once its first record is this old (`MODELGATE_AUDIT_SEAL_SECONDS`)."""
    witness_file: Path | None = None
    """Every seal also appends its signed checkpoint here, and `audit verify` holds the log
    against it; keep it where the database's writers cannot rewrite it
    (`MODELGATE_AUDIT_WITNESS_FILE`)."""
    durability: Literal["async", "commit"] = "async"
    """`commit`: an answer (a stream's final event) waits until its audit record is durable, so
    a crash cannot lose the record of an answered request; `async` writes records after the
    answer, in batches (`MODELGATE_AUDIT_DURABILITY`)."""


@dataclass(frozen=True, slots=True)
class LogSettings:
    """Structured logging."""

    level: str = "info"
    """Lowest level written (`MODELGATE_LOG_LEVEL`)."""
    json: bool | None = None
    """JSON lines, console lines, or JSON unless on a terminal when unset (`MODELGATE_LOG_JSON`)."""
    access_log: bool = True
    """One line per request (`MODELGATE_ACCESS_LOG`)."""


@dataclass(frozen=True, slots=True)
class OidcSettings:
    """Sign-in for admins, reviewers and auditors (pages and the admin API)."""

    issuer: str = ""
    """OIDC issuer URL (`MODELGATE_OIDC_ISSUER`); empty means local tokens from the CLI."""
    client_id: str = ""
    """Client id registered at the provider for the pages (`MODELGATE_OIDC_CLIENT_ID`)."""
    client_secret: str = ""
    """Client secret for the code exchange (`MODELGATE_OIDC_CLIENT_SECRET`); empty: public."""
    roles_claim: str = "roles"
    """Claim holding the roles; dots walk nested objects (`MODELGATE_OIDC_ROLES_CLAIM`)."""
    audience: str = ""
    """`aud` that admin API bearer tokens must carry (`MODELGATE_OIDC_AUDIENCE`; default id)."""
    scopes: str = "openid profile email"
    """Scopes asked for at sign-in (`MODELGATE_OIDC_SCOPES`)."""
    public_url: str = ""
    """Base URL people reach the gateway at, for the redirect URI (`MODELGATE_PUBLIC_URL`)."""
    session_secret: str = ""
    """Hex key for the session cookie (`MODELGATE_SESSION_SECRET`; default generated file)."""
    session_hours: float = 8.0
    """How long a page sign-in lasts (`MODELGATE_SESSION_HOURS`)."""


@dataclass(frozen=True, slots=True)
class ControlSettings:
    """How admin changes (kill switch, stages, revocations) reach every replica."""

    poll_seconds: float = 3.0
    """Database re-read interval for changes made while no broadcast could carry them
    (`MODELGATE_CONTROL_POLL_SECONDS`; 0 turns it off). Redis pub/sub uses `MODELGATE_REDIS_URL`."""


@dataclass(frozen=True, slots=True)
class MetricsSettings:
    """Prometheus metrics."""

    enabled: bool = True
    """Serve `/metrics` and count every request (`MODELGATE_METRICS`)."""


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """Where raised alerts go besides the structured log."""

    webhook_url: str = ""
    """POST each alert as JSON here (`MODELGATE_ALERT_WEBHOOK_URL`); empty means log only."""
    webhook_secret: str = ""
    """HMAC-SHA256 key that signs each webhook body (`MODELGATE_ALERT_WEBHOOK_SECRET`)."""
    webhook_timeout_seconds: float = 5.0
    """How long one webhook delivery may take (`MODELGATE_ALERT_WEBHOOK_TIMEOUT`)."""


@dataclass(frozen=True, slots=True)
class RiskSettings:
    """Per-account risk records and escalation (`policies/escalation.yaml`, docs/risk.md)."""

    enabled: bool = True
    """Track risk and enforce escalations; off for benchmarks only (`MODELGATE_RISK`)."""
    gauges_refresh_seconds: float = 30.0
    """How often `/metrics`' account risk figures are re-read (`MODELGATE_RISK_GAUGES_SECONDS`)."""


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """Human review: case content encryption, leases, retention and the background sweep."""

    content_key: str = ""
    """Hex AES-256 key sealing case content (`MODELGATE_REVIEW_CONTENT_KEY`; default generated)."""
    lease_seconds: float = 900.0
    """How long a claim keeps a case with one reviewer (`MODELGATE_REVIEW_LEASE_SECONDS`)."""
    retention_days: float = 30.0
    """Days a decided case's content is kept before purging (`MODELGATE_REVIEW_RETENTION_DAYS`)."""
    sweep_seconds: float = 30.0
    """Interval of the SLA, lease and purge sweep (`MODELGATE_REVIEW_SWEEP_SECONDS`; 0: off)."""
    default_sla_minutes: float = 60.0
    """SLA of tiers whose policy sets no `review:` (`MODELGATE_REVIEW_DEFAULT_SLA_MINUTES`)."""
    webhook_allow_http: bool = False
    """Accept plain-http webhook URLs, for local use (`MODELGATE_REVIEW_WEBHOOK_ALLOW_HTTP`)."""
    webhook_allow_private: bool = False
    """Let webhooks call loopback/private/link-local hosts (`MODELGATE_WEBHOOK_ALLOW_PRIVATE`)."""
    polls_per_minute: int = 60
    """Polls of `GET /v1/reviews/{id}` one key may make a minute
    (`MODELGATE_REVIEW_POLLS_PER_MINUTE`)."""
    filings_per_minute: int = 20
    """Reports, appeals and webhook registrations one key may make a minute
    (`MODELGATE_REVIEW_FILINGS_PER_MINUTE`)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings, grouped by concern."""

    server: ServerSettings = ServerSettings()
    storage: StorageSettings = StorageSettings()
    policy: PolicySettings = PolicySettings()
    access: AccessSettings = AccessSettings()
    limits: LimitSettings = LimitSettings()
    audit: AuditSettings = AuditSettings()
    log: LogSettings = LogSettings()
    oidc: OidcSettings = OidcSettings()
    control: ControlSettings = ControlSettings()
    metrics: MetricsSettings = MetricsSettings()
    alerts: AlertSettings = AlertSettings()
    review: ReviewSettings = ReviewSettings()
    risk: RiskSettings = RiskSettings()

    def with_overrides(self, **groups: object) -> Settings:
        """A copy with whole setting groups replaced (used by tests and the demo)."""
        return replace(self, **groups)  # type: ignore[arg-type]


def _flag(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"not a boolean: {value!r}")


def _transport(value: str) -> Literal["aiohttp", "httpx"]:
    if value == "httpx":
        return "httpx"
    if value == "aiohttp":
        return "aiohttp"
    raise ValueError(f"MODELGATE_UPSTREAM_TRANSPORT must be 'aiohttp' or 'httpx', not {value!r}")


def _durability(value: str) -> Literal["async", "commit"]:
    if value == "async":
        return "async"
    if value == "commit":
        return "commit"
    raise ValueError(f"MODELGATE_AUDIT_DURABILITY must be 'async' or 'commit', not {value!r}")


def _path(value: str) -> Path | None:
    return Path(value) if value else None


def _read_file(environ: Mapping[str, str]) -> dict[str, str]:
    """Flatten `[section] key = value` from the TOML file into `MODELGATE_SECTION_KEY` names."""
    path = environ.get("MODELGATE_CONFIG")
    if not path:
        return {}
    with open(path, "rb") as fh:
        document = tomllib.load(fh)
    flat: dict[str, str] = {}
    for section, values in document.items():
        if isinstance(values, dict):
            for key, value in values.items():
                flat[f"MODELGATE_{key}".upper()] = _to_text(value)
        else:
            flat[f"MODELGATE_{section}".upper()] = _to_text(values)
    return flat


def _to_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build settings from the environment (and the optional TOML file it names)."""
    env_source = dict(os.environ if environ is None else environ)
    env = {**_read_file(env_source), **env_source}

    def get(name: str, default: str = "") -> str:
        return env.get(name, default).strip()

    data_dir = Path(get("MODELGATE_DATA_DIR", "data"))
    port = get("MODELGATE_PORT") or get("PORT") or "8080"
    proxies = frozenset(p.strip() for p in get("MODELGATE_TRUSTED_PROXIES").split(",") if p.strip())
    outage = get("MODELGATE_ON_REDIS_OUTAGE", "open")
    if outage not in ("open", "closed"):
        raise ValueError(f"MODELGATE_ON_REDIS_OUTAGE must be 'open' or 'closed', not {outage!r}")
    json_flag = get("MODELGATE_LOG_JSON")
    return Settings(
        server=ServerSettings(
            host=get("MODELGATE_HOST", "127.0.0.1"),
            port=int(port),
            workers=int(get("MODELGATE_WORKERS", "1")),
            trusted_proxies=proxies,
            max_body_bytes=int(get("MODELGATE_MAX_BODY_BYTES", "1048576")),
            upstream_transport=_transport(get("MODELGATE_UPSTREAM_TRANSPORT", "aiohttp")),
        ),
        storage=StorageSettings(
            data_dir=data_dir,
            database_url=get("MODELGATE_DATABASE_URL"),
            auto_migrate=_flag(get("MODELGATE_AUTO_MIGRATE", "true")),
        ),
        policy=PolicySettings(
            policies_dir=Path(get("MODELGATE_POLICIES_DIR") or PACKAGE_POLICIES),
            variables=env_source,
        ),
        access=AccessSettings(
            key_cache_ttl_seconds=float(get("MODELGATE_KEY_CACHE_TTL", "5")),
            rotation_grace_seconds=int(get("MODELGATE_ROTATION_GRACE", "86400")),
        ),
        limits=LimitSettings(
            redis_url=get("MODELGATE_REDIS_URL"),
            on_redis_outage="open" if outage == "open" else "closed",
            enabled=_flag(get("MODELGATE_LIMITS_ENABLED", "true")),
            auth_max_failures=int(get("MODELGATE_AUTH_MAX_FAILURES", "10")),
            auth_window_seconds=int(get("MODELGATE_AUTH_WINDOW", "300")),
            lease_ttl_seconds=float(get("MODELGATE_LEASE_TTL", "300")),
        ),
        audit=AuditSettings(
            enabled=_flag(get("MODELGATE_AUDIT", "true")),
            secrets_dir=_path(get("MODELGATE_AUDIT_SECRETS_DIR")),
            signing_key_file=_path(get("MODELGATE_AUDIT_SIGNING_KEY_FILE")),
            verify_key_files=tuple(
                Path(p) for p in get("MODELGATE_AUDIT_VERIFY_KEY_FILES").split(",") if p.strip()
            ),
            pseudonym_secret=get("MODELGATE_AUDIT_PSEUDONYM_SECRET"),
            content_key=get("MODELGATE_AUDIT_CONTENT_KEY"),
            seal_every_records=int(get("MODELGATE_AUDIT_SEAL_RECORDS", "1000")),
            seal_every_seconds=float(get("MODELGATE_AUDIT_SEAL_SECONDS", "60")),
            durability=_durability(get("MODELGATE_AUDIT_DURABILITY", "async")),
            witness_file=_path(get("MODELGATE_AUDIT_WITNESS_FILE")),
        ),
        log=LogSettings(
            level=get("MODELGATE_LOG_LEVEL", "info"),
            json=_flag(json_flag) if json_flag else None,
            access_log=_flag(get("MODELGATE_ACCESS_LOG", "true")),
        ),
        metrics=MetricsSettings(enabled=_flag(get("MODELGATE_METRICS", "true"))),
        risk=RiskSettings(
            enabled=_flag(get("MODELGATE_RISK", "true")),
            gauges_refresh_seconds=float(get("MODELGATE_RISK_GAUGES_SECONDS", "30")),
        ),
        alerts=AlertSettings(
            webhook_url=get("MODELGATE_ALERT_WEBHOOK_URL"),
            webhook_secret=get("MODELGATE_ALERT_WEBHOOK_SECRET"),
            webhook_timeout_seconds=float(get("MODELGATE_ALERT_WEBHOOK_TIMEOUT", "5")),
        ),
        oidc=OidcSettings(
            issuer=get("MODELGATE_OIDC_ISSUER").rstrip("/"),
            client_id=get("MODELGATE_OIDC_CLIENT_ID"),
            client_secret=get("MODELGATE_OIDC_CLIENT_SECRET"),
            roles_claim=get("MODELGATE_OIDC_ROLES_CLAIM", "roles"),
            audience=get("MODELGATE_OIDC_AUDIENCE"),
            scopes=get("MODELGATE_OIDC_SCOPES", "openid profile email"),
            public_url=get("MODELGATE_PUBLIC_URL").rstrip("/"),
            session_secret=get("MODELGATE_SESSION_SECRET"),
            session_hours=float(get("MODELGATE_SESSION_HOURS", "8")),
        ),
        control=ControlSettings(
            poll_seconds=float(get("MODELGATE_CONTROL_POLL_SECONDS", "3")),
        ),
        review=ReviewSettings(
            content_key=get("MODELGATE_REVIEW_CONTENT_KEY"),
            lease_seconds=float(get("MODELGATE_REVIEW_LEASE_SECONDS", "900")),
            retention_days=float(get("MODELGATE_REVIEW_RETENTION_DAYS", "30")),
            sweep_seconds=float(get("MODELGATE_REVIEW_SWEEP_SECONDS", "30")),
            default_sla_minutes=float(get("MODELGATE_REVIEW_DEFAULT_SLA_MINUTES", "60")),
            webhook_allow_http=_flag(get("MODELGATE_REVIEW_WEBHOOK_ALLOW_HTTP", "false")),
            webhook_allow_private=_flag(get("MODELGATE_WEBHOOK_ALLOW_PRIVATE", "false")),
            polls_per_minute=int(get("MODELGATE_REVIEW_POLLS_PER_MINUTE", "60")),
            filings_per_minute=int(get("MODELGATE_REVIEW_FILINGS_PER_MINUTE", "20")),
        ),
    )

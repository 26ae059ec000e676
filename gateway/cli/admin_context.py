"""Running an admin verb from the CLI: the database directly, the audit log, and the broadcast.

The CLI writes the database itself (no server needed), records the action through an audit
writer of its own, and publishes the change on Redis when `MODELGATE_REDIS_URL` is set, so
running gateways apply it within a second. Without Redis a running embedded gateway picks the
change up from its database poll (model overrides) or its key cache expiry (keys, accounts).
"""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TypeVar

import click
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.accounts_store import AccountStore
from gateway.access.key_store import KeyStore
from gateway.admin.actions import AdminActions
from gateway.audit import AuditWriter, SealPolicy, SpoolInUseError, build_audit_writer
from gateway.audit.key_material import load_audit_keys
from gateway.cli.context import database_errors, database_url_or_exit
from gateway.control.messages import ControlMessage
from gateway.control.override_store import ModelOverrideStore
from gateway.control.redis_bus import RedisControlBus
from gateway.errors import GatewayError
from gateway.log import configure_logging
from gateway.policy.catalog import PolicySet
from gateway.policy.errors import PolicyError
from gateway.policy.loader import load_policy_set
from gateway.settings import Settings
from gateway.storage.engine import create_engine

T = TypeVar("T")


def cli_actor() -> str:
    """How audit records name someone acting through the CLI."""
    return f"cli:{getpass.getuser()}"


def policies_or_exit(settings: Settings) -> PolicySet:
    """The policy set, or a clean error naming the file and line."""
    try:
        return load_policy_set(settings.policy.policies_dir, settings.policy.variables)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc


@dataclass(frozen=True, slots=True)
class CliAdmin:
    """What a CLI admin command works with."""

    engine: AsyncEngine
    actions: AdminActions
    overrides: ModelOverrideStore
    accounts: AccountStore
    policies: PolicySet
    audit: AuditWriter | None = None
    """The CLI's own audit writer, for verbs recorded outside `AdminActions` (risk reversals)."""


def _audit_writer(settings: Settings, engine: AsyncEngine) -> AuditWriter | None:
    if not settings.audit.enabled:
        return None
    keys = load_audit_keys(settings)
    return build_audit_writer(
        engine,
        # Its own spool: the server's is locked by the running gateway.
        data_dir=settings.storage.data_dir / "audit-spool-cli",
        sealed_by="cli",
        witness_file=settings.audit.witness_file,
        pseudonym_secret=keys.pseudonym_secret,
        signing_key=keys.signing_key_file,
        content_key=keys.content_key,
        seal_policy=SealPolicy(
            max_records=settings.audit.seal_every_records,
            max_age_s=settings.audit.seal_every_seconds,
        ),
    )


def run_admin(settings: Settings, action: Callable[[CliAdmin], Awaitable[T]]) -> T:
    """Run `action` with the admin verbs wired for the CLI; problems become clean errors."""
    policies = policies_or_exit(settings)
    url = database_url_or_exit(settings)
    # Logs go to stderr (stdout may be JSON for a script), and routine audit notes stay quiet.
    configure_logging(replace(settings.log, level="warning"))

    async def runner() -> T:
        engine = create_engine(url)
        bus = RedisControlBus(settings.limits.redis_url) if settings.limits.redis_url else None
        audit = _audit_writer(settings, engine)

        async def announce(message: ControlMessage) -> None:
            if bus is not None and not await bus.publish(message):
                click.echo("warning: Redis unreachable; replicas apply the change later", err=True)

        try:
            if audit is not None:
                await audit.start()
            overrides = ModelOverrideStore(engine)
            accounts = AccountStore(engine)
            actions = AdminActions(
                policies=policies,
                keys=KeyStore(engine),
                accounts=accounts,
                overrides=overrides,
                announce=announce,
                audit=audit,
            )
            return await action(CliAdmin(engine, actions, overrides, accounts, policies, audit))
        finally:
            if audit is not None:
                await audit.aclose()
            if bus is not None:
                await bus.aclose()
            await engine.dispose()

    try:
        with database_errors(url):
            return asyncio.run(runner())
    except GatewayError as exc:
        raise click.ClickException(exc.detail) from exc
    except SpoolInUseError as exc:
        raise click.ClickException(f"another admin command is running ({exc})") from exc

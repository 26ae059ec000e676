"""`modelgate admin token|tokens|revoke-token`: local, expiring, revocable admin tokens.

For gateways without an OIDC provider. Minting records the token's id (`jti`), subject, roles
and expiry in the gateway's database, never the token; revoking one refuses it on every
replica at once and ends the page sessions opened with it.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click

from gateway.admin.local_tokens import LocalTokenAuthority, local_secret_path
from gateway.admin.roles import Role
from gateway.admin.secret_files import secret_from_file
from gateway.admin.token_ledger import LocalTokenLedger, MintedToken
from gateway.audit import AuditEvent, RecordKind
from gateway.cli.admin_context import CliAdmin, cli_actor, run_admin
from gateway.cli.context import database_errors, database_url_or_exit, settings_or_exit
from gateway.settings import Settings
from gateway.storage.engine import create_engine

T = TypeVar("T")

_DURATION = re.compile(r"^(\d+)([smhd])$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400}


def parse_ttl(text: str) -> int:
    """`90s`, `15m`, `1h`, `7d` as seconds."""
    match = _DURATION.match(text.strip())
    if not match:
        raise click.BadParameter("use a duration such as 15m, 1h or 7d", param_hint="--ttl")
    return int(match.group(1)) * _SECONDS[match.group(2)]


def _run_with_ledger(
    settings: Settings,
    action: Callable[[LocalTokenLedger], Awaitable[T]],
    url: str | None = None,
) -> T:
    url = url or database_url_or_exit(settings)

    async def runner() -> T:
        engine = create_engine(url)
        try:
            return await action(LocalTokenLedger(engine))
        finally:
            await engine.dispose()

    with database_errors(url):
        return asyncio.run(runner())


def _as_json(token: MintedToken) -> dict[str, object]:
    return {
        "jti": token.jti,
        "subject": token.subject,
        "roles": list(token.roles),
        "issued_at": token.issued_at.isoformat(),
        "expires_at": token.expires_at.isoformat(),
        "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
    }


@click.group("admin")
def admin_group() -> None:
    """Admin sign-in helpers."""


@admin_group.command("token")
@click.option(
    "--role",
    "roles",
    multiple=True,
    type=click.Choice([role.value for role in Role]),
    default=["admin"],
    show_default=True,
    help="Role(s) the token carries; repeat for several.",
)
@click.option("--ttl", default="1h", show_default=True, help="Lifetime: 15m, 1h, 7d (max 30d).")
@click.option("--subject", default=None, help="Who the token names (default: your user name).")
def admin_token(roles: tuple[str, ...], ttl: str, subject: str | None) -> None:
    """Print a signed, expiring token for the admin API and the pages (local mode only)."""
    settings = settings_or_exit()
    if settings.oidc.issuer:
        raise click.ClickException(
            "an OIDC provider is configured (MODELGATE_OIDC_ISSUER); sign in through it instead"
        )
    authority = LocalTokenAuthority(secret_from_file(local_secret_path(settings.storage.data_dir)))
    try:
        token = authority.issue(
            subject or getpass.getuser(), [Role(r) for r in roles], parse_ttl(ttl)
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--ttl") from exc
    claims = authority.verify(token)
    try:
        url = database_url_or_exit(settings)
    except click.ClickException:
        # No database yet (no gateway has started on this data folder): the token still works
        # and can still be revoked by its id once there is one, but it cannot be listed.
        click.echo(
            f"note: no database yet; this token (id {claims['jti']}) is not listed", err=True
        )
    else:
        # Recorded before it is shown, so every token in use can be listed and revoked.
        _run_with_ledger(settings, lambda ledger: ledger.record(claims), url)
    click.echo(token)


@admin_group.command("tokens")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def admin_tokens(as_json: bool) -> None:
    """List the local admin tokens not yet expired (their ids, never the tokens)."""
    tokens = _run_with_ledger(settings_or_exit(), lambda ledger: ledger.unexpired())
    if as_json:
        click.echo(json.dumps([_as_json(token) for token in tokens]))
        return
    if not tokens:
        click.echo("no unexpired local admin tokens")
        return
    click.echo(f"{'JTI':<18} {'SUBJECT':<16} {'ROLES':<24} {'STATE':<8} EXPIRES")
    for token in tokens:
        state = "revoked" if token.revoked_at else "live"
        roles = ",".join(token.roles) or "-"
        click.echo(
            f"{token.jti:<18} {token.subject:<16} {roles:<24} {state:<8} "
            f"{token.expires_at.isoformat(timespec='seconds')}"
        )


@admin_group.command("revoke-token")
@click.argument("jti")
def admin_revoke_token(jti: str) -> None:
    """Revoke the local admin token JTI (see `modelgate admin tokens`), on every replica."""
    if not re.fullmatch(r"[0-9A-Za-z_-]{1,64}", jti):
        raise click.BadParameter("a token id is up to 64 letters, digits, '-' or '_'")

    async def revoke(admin: CliAdmin) -> bool:
        known = await LocalTokenLedger(admin.engine).revoke(jti)
        if admin.audit is not None:
            admin.audit.submit(
                AuditEvent(
                    kind=RecordKind.ADMIN,
                    action="admin_token.revoke",
                    actor=cli_actor(),
                    target=f"admin_token:{jti}",
                )
            )
        return known

    known = run_admin(settings_or_exit(), revoke)
    if known:
        click.echo(f"Revoked token {jti}; page sessions opened with it have ended.")
    else:
        click.echo(f"Revoked token {jti} (not minted by this gateway's CLI, or already expired).")

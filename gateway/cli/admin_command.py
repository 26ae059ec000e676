"""`modelgate admin token`: a local, expiring admin token when no OIDC provider is configured."""

from __future__ import annotations

import getpass
import re

import click

from gateway.admin.local_tokens import LocalTokenAuthority, local_secret_path
from gateway.admin.roles import Role
from gateway.admin.secret_files import secret_from_file
from gateway.cli.context import settings_or_exit

_DURATION = re.compile(r"^(\d+)([smhd])$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400}


def parse_ttl(text: str) -> int:
    """`90s`, `15m`, `1h`, `7d` as seconds."""
    match = _DURATION.match(text.strip())
    if not match:
        raise click.BadParameter("use a duration such as 15m, 1h or 7d", param_hint="--ttl")
    return int(match.group(1)) * _SECONDS[match.group(2)]


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
    click.echo(token)

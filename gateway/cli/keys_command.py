"""`modelgate keys`: create, list, revoke and rotate API keys; change a key's tier or expiry."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import click

from gateway.access.key_record import KeyRecord
from gateway.cli.admin_context import CliAdmin, cli_actor, run_admin
from gateway.cli.context import run_with_keys, settings_or_exit
from gateway.policy.errors import PolicyError
from gateway.policy.loader import load_policy_set

_DURATION = re.compile(r"^(\d+)([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
F = TypeVar("F", bound=Callable[..., Any])


def account_options(help_text: str) -> Callable[[F], F]:
    """`--account` (the API's and the pages' word), with `--owner` kept as a deprecated alias."""

    def decorate(command: F) -> F:
        command = click.option("--owner", "owner", default=None, hidden=True)(command)
        return click.option("--account", "account", default=None, help=help_text)(command)

    return decorate


def chosen_account(account: str | None, owner: str | None, *, required: bool) -> str | None:
    """The account named by `--account`, or by the deprecated `--owner` (with a warning)."""
    if owner is not None:
        click.echo("warning: --owner is deprecated; use --account", err=True)
        if account is not None and account != owner:
            raise click.UsageError("--account and --owner name different accounts")
    name = account if account is not None else owner
    if required and not name:
        raise click.UsageError("name the account the key belongs to with --account")
    return name


def parse_expiry(text: str, now: datetime) -> datetime:
    """`30d`, `12h`, `2w`, `45m`, or an ISO 8601 date or time (UTC unless it says otherwise)."""
    match = _DURATION.match(text.strip())
    if match:
        return now + timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter("use a duration like 30d or an ISO date like 2027-01-31") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if moment <= now:
        raise click.BadParameter("the expiry is in the past")
    return moment


def _as_json(record: KeyRecord) -> dict[str, object]:
    return {
        "id": record.key_id,
        "account": record.account,
        "owner": record.account,  # the old name, kept for scripts that read it
        "tier": record.tier,
        "label": record.label,
        "created_at": record.created_at.isoformat(),
        "expires_at": record.expires_at.isoformat() if record.expires_at else None,
        "state": record.state_at(datetime.now(UTC)),
    }


@click.group("keys")
def keys_group() -> None:
    """API keys."""


@keys_group.command("create")
@account_options("Account the key belongs to (created if new).")
@click.option("--tier", required=True, help="Access tier, from policies/tiers.yaml.")
@click.option("--expires", default=None, help="Duration (30d, 12h) or ISO date.")
@click.option("--label", default=None, help="A note to recognise the key by.")
@click.option("--json", "as_json", is_flag=True, help="Print {key, id, tier} as JSON.")
def keys_create(
    account: str | None,
    owner: str | None,
    tier: str,
    expires: str | None,
    label: str | None,
    as_json: bool,
) -> None:
    """Create a key. The key is shown once; only its hash is stored."""
    name = chosen_account(account, owner, required=True) or ""
    settings = settings_or_exit()
    try:
        policies = load_policy_set(settings.policy.policies_dir, settings.policy.variables)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    if tier not in policies.tiers:
        known = ", ".join(policies.tiers)
        raise click.BadParameter(f"unknown tier {tier!r} (known: {known})", param_hint="--tier")
    expires_at = parse_expiry(expires, datetime.now(UTC)) if expires else None

    async def create(admin: CliAdmin) -> tuple[str, KeyRecord]:
        issued = await admin.actions.create_key(
            cli_actor(), account=name, tier=tier, expires_at=expires_at, label=label
        )
        return issued.key, issued.record

    key, record = run_admin(settings, create)
    if as_json:
        click.echo(json.dumps({"key": key, "id": record.key_id, "tier": record.tier}))
        return
    click.echo(f"Created key {record.key_id} for {name} in tier {tier}.")
    click.echo("Copy it now; it will not be shown again:\n")
    click.echo(f"  {key}\n")


@keys_group.command("list")
@account_options("Only this account's keys.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def keys_list(account: str | None, owner: str | None, as_json: bool) -> None:
    """List keys (never their secrets)."""
    name = chosen_account(account, owner, required=False)
    settings = settings_or_exit()
    records = run_with_keys(settings, lambda store: store.list(account=name))
    if as_json:
        click.echo(json.dumps([_as_json(record) for record in records]))
        return
    if not records:
        click.echo("no keys")
        return
    click.echo(f"{'ID':<14} {'ACCOUNT':<20} {'TIER':<12} {'STATE':<12} EXPIRES")
    for record in records:
        row = _as_json(record)
        expires = row["expires_at"] or "-"
        state = row["state"]
        click.echo(
            f"{record.key_id:<14} {record.account:<20} {record.tier:<12} {state:<12} {expires}"
        )


@keys_group.command("revoke")
@click.argument("key_id")
def keys_revoke(key_id: str) -> None:
    """Revoke a key at once."""
    settings = settings_or_exit()
    # Through the admin verbs: audited, and announced to running gateways over Redis.
    run_admin(settings, lambda admin: admin.actions.revoke_key(cli_actor(), key_id))
    click.echo(f"revoked {key_id}")


@keys_group.command("rotate")
@click.argument("key_id")
@click.option("--grace", default=None, help="How long the old key keeps working (default 24h).")
@click.option("--json", "as_json", is_flag=True, help="Print {key, id, tier, replaces} as JSON.")
def keys_rotate(key_id: str, grace: str | None, as_json: bool) -> None:
    """Issue a successor key; the old one keeps working for a grace period."""
    settings = settings_or_exit()
    now = datetime.now(UTC)
    period = (
        parse_expiry(grace, now) - now
        if grace
        else timedelta(seconds=settings.access.rotation_grace_seconds)
    )
    issued = run_admin(
        settings, lambda admin: admin.actions.rotate_key(cli_actor(), key_id, period)
    )
    if as_json:
        document = {"key": issued.key, "id": issued.record.key_id, "tier": issued.record.tier}
        click.echo(json.dumps({**document, "replaces": key_id}))
        return
    click.echo(f"New key {issued.record.key_id} replaces {key_id}; the old key works until")
    click.echo(f"{(now + period).isoformat()}. Copy the new key now:\n\n  {issued.key}\n")


@keys_group.command("set-tier")
@click.argument("key_id")
@click.argument("tier")
def keys_set_tier(key_id: str, tier: str) -> None:
    """Move KEY_ID to TIER (it takes effect on running gateways at once)."""
    settings = settings_or_exit()
    record = run_admin(
        settings, lambda admin: admin.actions.set_key_tier(cli_actor(), key_id, tier)
    )
    click.echo(f"{key_id}: tier {record.tier}")


@keys_group.command("set-expiry")
@click.argument("key_id")
@click.argument("when")
def keys_set_expiry(key_id: str, when: str) -> None:
    """Set when KEY_ID stops working: a duration from now (30d, 12h), an ISO date, or `never`."""
    settings = settings_or_exit()
    expires_at = None if when.strip().lower() == "never" else parse_expiry(when, datetime.now(UTC))
    record = run_admin(
        settings, lambda admin: admin.actions.set_key_expiry(cli_actor(), key_id, expires_at)
    )
    shown = record.expires_at.isoformat() if record.expires_at else "never"
    click.echo(f"{key_id}: expires {shown}")

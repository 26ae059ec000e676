"""`modelgate accounts`: list, suspend and resume accounts."""

from __future__ import annotations

import click

from gateway.access.accounts_store import AccountRecord
from gateway.cli.admin_context import CliAdmin, cli_actor, run_admin
from gateway.cli.context import settings_or_exit


@click.group("accounts")
def accounts_group() -> None:
    """Accounts (the owners of keys)."""


@accounts_group.command("list")
def accounts_list() -> None:
    """Every account, its key count and whether it is suspended."""

    async def read(admin: CliAdmin) -> list[AccountRecord]:
        return await admin.accounts.list()

    records = run_admin(settings_or_exit(), read)
    click.echo(f"{'ACCOUNT':<28} {'KEYS':>5}  STATUS")
    for record in records:
        status = "SUSPENDED" if record.suspended_at else "active"
        click.echo(f"{record.name:<28} {record.key_count:>5}  {status}")


def _set(name: str, suspended: bool) -> None:
    async def change(admin: CliAdmin) -> None:
        await admin.actions.set_account_suspended(cli_actor(), name, suspended)

    run_admin(settings_or_exit(), change)
    click.echo(f"{name}: {'suspended' if suspended else 'resumed'}")


@accounts_group.command("suspend")
@click.argument("name")
def accounts_suspend(name: str) -> None:
    """Suspend NAME: every key of the account stops working."""
    _set(name, True)


@accounts_group.command("resume")
@click.argument("name")
def accounts_resume(name: str) -> None:
    """Resume a suspended account."""
    _set(name, False)

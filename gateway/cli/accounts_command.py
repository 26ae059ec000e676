"""`modelgate accounts`: list, suspend and resume accounts; show and lift their risk escalations."""

from __future__ import annotations

import click

from gateway.access.accounts_store import AccountRecord
from gateway.access.key_store import KeyStore
from gateway.cli.admin_context import CliAdmin, cli_actor, run_admin
from gateway.cli.context import settings_or_exit
from gateway.cli.risk_list_command import risk_list
from gateway.risk.construction import build_risk_tracker
from gateway.risk.desk import AccountRiskDesk, Reversal, SubjectRisk


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


@accounts_group.group("risk", invoke_without_command=True)
@click.pass_context
def risk_group(ctx: click.Context) -> None:
    """Accounts' risk records and escalations (docs/risk.md); without a command, `list`."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(risk_list)


def _desk_run(name: str, how: Reversal | None) -> list[SubjectRisk]:
    settings = settings_or_exit()
    if not settings.limits.redis_url:
        raise click.ClickException(
            "without MODELGATE_REDIS_URL the risk records live in the running gateway's memory; "
            f"use its admin API: POST /admin/accounts/{name}/risk/{how or 'restore'}"
        )

    async def act(admin: CliAdmin) -> list[SubjectRisk]:
        tracker = build_risk_tracker(settings, admin.policies, admin.audit)
        if tracker is None:
            raise click.ClickException(
                "risk tracking is off (MODELGATE_RISK or no escalation.yaml)"
            )
        try:
            records = await KeyStore(admin.engine).list(account=name)
            keys = sorted({record.limit_subject for record in records})
            desk = AccountRiskDesk(tracker, admin.audit)
            if how is None:
                return await desk.show(name, keys)
            return await desk.reverse(cli_actor(), name, keys, how)
        finally:
            await tracker.aclose()

    return run_admin(settings, act)


def _echo_risk(views: list[SubjectRisk]) -> None:
    for view in views:
        who = "account" if view.key_id is None else f"key {view.key_id}"
        state = view.escalation
        standing = f"{state.step} (rule {state.rule})" if state else "none"
        counts = ", ".join(f"{k}={v:g}" for k, v in sorted(view.figures.items()) if v)
        click.echo(f"{who:<28} {standing:<32} {counts}")


@risk_group.command("show")
@click.argument("name")
def risk_show(name: str) -> None:
    """The escalation in force and the figures of NAME and each of its keys."""
    _echo_risk(_desk_run(name, None))


@risk_group.command("restore")
@click.argument("name")
def risk_restore(name: str) -> None:
    """Lift NAME's escalation (and its keys') and clear their records; audit-recorded."""
    before = _desk_run(name, "restore")
    lifted = [v for v in before if v.escalation is not None]
    click.echo(f"{name}: restored ({len(lifted)} escalation(s) lifted)")


@risk_group.command("reset")
@click.argument("name")
def risk_reset(name: str) -> None:
    """Clear NAME's risk counts (and its keys'), leaving any escalation in force."""
    _desk_run(name, "reset")
    click.echo(f"{name}: risk counts cleared")


risk_group.add_command(risk_list)

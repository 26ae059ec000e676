"""`modelgate models`: list models, change a release stage, the kill switch."""

from __future__ import annotations

import json

import click

from gateway.cli.admin_context import CliAdmin, cli_actor, run_admin
from gateway.cli.context import settings_or_exit
from gateway.control.model_status import model_status
from gateway.policy.catalog import RELEASE_STAGES


@click.group("models")
def models_group() -> None:
    """Models: release stages and the kill switch."""


@models_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def models_list(as_json: bool) -> None:
    """Each model's effective stage (models.yaml plus overrides) and whether it is disabled."""

    async def read(admin: CliAdmin) -> list[dict[str, object]]:
        overrides = await admin.overrides.load_all()
        rows: list[dict[str, object]] = []
        for name, model in admin.policies.models.items():
            override = overrides.get(name)
            stage = override.stage if override and override.stage else model.stage
            disabled = bool(override and override.disabled)
            rows.append(
                {
                    "name": name,
                    "stage": stage,
                    "configured_stage": model.stage,
                    "disabled": disabled,
                    "status": model_status(stage, disabled),
                    "reason": override.reason if override and override.disabled else None,
                }
            )
        return rows

    rows = run_admin(settings_or_exit(), read)
    if as_json:
        click.echo(json.dumps(rows))
        return
    click.echo(f"{'MODEL':<20} {'STAGE':<12} {'IN YAML':<12} STATUS")
    for row in rows:
        status = str(row["status"]).upper() if row["status"] == "disabled" else row["status"]
        why = f" ({row['reason']})" if row["reason"] else ""
        click.echo(
            f"{row['name']!s:<20} {row['stage']!s:<12} {row['configured_stage']!s:<12} "
            f"{status}{why}"
        )


@models_group.command("stage")
@click.argument("name")
@click.argument("stage", type=click.Choice([*RELEASE_STAGES, "default"]))
def models_stage(name: str, stage: str) -> None:
    """Set NAME's release stage (`default` returns to the stage in models.yaml)."""
    chosen = None if stage == "default" else stage

    async def change(admin: CliAdmin) -> None:
        await admin.actions.set_model_stage(cli_actor(), name, chosen)

    run_admin(settings_or_exit(), change)
    click.echo(f"{name}: stage {stage}")


@models_group.command("disable")
@click.argument("name")
@click.option("--reason", default=None, help="Shown to callers in the 503 problem.")
def models_disable(name: str, reason: str | None) -> None:
    """Kill switch: refuse every call to NAME with 503 model-disabled."""

    async def change(admin: CliAdmin) -> None:
        await admin.actions.set_model_disabled(cli_actor(), name, True, reason)

    run_admin(settings_or_exit(), change)
    click.echo(f"{name}: disabled")


@models_group.command("enable")
@click.argument("name")
def models_enable(name: str) -> None:
    """Lift the kill switch for NAME."""

    async def change(admin: CliAdmin) -> None:
        await admin.actions.set_model_disabled(cli_actor(), name, False)

    run_admin(settings_or_exit(), change)
    click.echo(f"{name}: enabled")

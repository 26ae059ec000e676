"""`modelgate policy`: check policy files before they reach a running gateway."""

from __future__ import annotations

from pathlib import Path

import click

from gateway.access.terms_documents import load_terms_catalog
from gateway.cli.context import settings_or_exit
from gateway.cli.policy_test_command import policy_test_command
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.policy.errors import PolicyError
from gateway.policy.loader import load_policy_set
from gateway.reporting.alert_policy import ALERTS_FILE, load_alert_rules
from gateway.risk.escalation_cases import check_directory


@click.group("policy")
def policy_group() -> None:
    """Policy files: tiers, models, inspection profiles."""


@policy_group.command("check")
@click.option(
    "--policies",
    "policies_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory to check (default: the configured one).",
)
def policy_check(policies_dir: Path | None) -> None:
    """Validate every policy file; exit 1 with file:line on the first problem.

    What is accepted but probably wrong (an upstream `base_url` ending in /v1, an `api_key_env`
    naming an unset variable) is printed as a warning with its file:line."""
    settings = settings_or_exit()
    directory = policies_dir or settings.policy.policies_dir
    try:
        policies = load_policy_set(directory, settings.policy.variables)
        # Building the inspectors parses inspection.yaml and every detector's options.
        TierInspectors(directory, policies.tiers)
        terms = load_terms_catalog(directory, policies)
        alerts = load_alert_rules(directory / ALERTS_FILE, settings.policy.variables)
        escalation, _ = check_directory(directory, run_cases=False)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    for upstream in policies.upstreams.values():
        for warning in upstream.warnings:
            click.echo(f"warning: {warning}", err=True)
    for warning in escalation.warnings if escalation else ():
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        f"ok: {len(policies.tiers)} tiers, {len(policies.models)} models, "
        f"{len(policies.upstreams)} upstreams, {len(terms.documents)} terms documents, "
        f"{len(alerts)} alerts, {len(escalation.rules) if escalation else 0} escalation rules "
        f"(policy version {policies.version})"
    )


policy_group.add_command(policy_test_command)

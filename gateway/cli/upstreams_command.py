"""`modelgate upstreams check`: probe every configured upstream before traffic reaches it."""

from __future__ import annotations

from pathlib import Path

import click

from gateway.cli.context import settings_or_exit
from gateway.policy.errors import PolicyError
from gateway.policy.loader import load_policy_set
from gateway.upstream.probe import UpstreamProbe, probe_upstream

# (word in the first column, what it means) for each state of a configured model.
_STATES = {
    "served": ("ok", ""),
    "missing": ("MISSING", "not in the upstream's list"),
    "unknown": ("unchecked", "the upstream gave no model list"),
    "json": ("json", "plain JSON model, not listed by /v1/models"),
}


def _describe(probe: UpstreamProbe) -> list[str]:
    if probe.status is None:
        took = f"{probe.latency_ms:.0f} ms"
        return [f"{probe.upstream}: UNREACHABLE {probe.url} ({probe.error} after {took})"]
    verdict = "ok" if probe.healthy else "PROBLEM"
    lines = [
        f"{probe.upstream}: {verdict}, reachable {probe.url} -> HTTP {probe.status} "
        f"in {probe.latency_ms:.0f} ms"
    ]
    if probe.status in (401, 403):
        lines.append("  the upstream refused the credential: check api_key_env")
    if probe.served is not None:
        lines.append(f"  serves: {', '.join(probe.served) or '(nothing)'}")
    for check in probe.models:
        word, note = _STATES[check.state]
        line = f"  {word:<9} {check.model} (upstream_model {check.upstream_model})"
        lines.append(f"{line}: {note}" if note else line)
    return lines


@click.group("upstreams")
def upstreams_group() -> None:
    """The model servers named in models.yaml."""


@upstreams_group.command("check")
@click.option(
    "--policies",
    "policies_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory to read models.yaml from (default: the configured one).",
)
def upstreams_check(policies_dir: Path | None) -> None:
    """GET /v1/models on each upstream (with its credential and timeouts): reachable, status,
    latency, and whether it serves each model's upstream_model. Exit 1 on any problem."""
    settings = settings_or_exit()
    directory = policies_dir or settings.policy.policies_dir
    try:
        policies = load_policy_set(directory, settings.policy.variables)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    healthy = True
    for spec in policies.upstreams.values():
        for warning in spec.warnings:
            click.echo(f"warning: {warning}", err=True)
        probe = probe_upstream(spec, policies.models.values())
        healthy = healthy and probe.healthy
        for line in _describe(probe):
            click.echo(line)
    if not healthy:
        raise SystemExit(1)

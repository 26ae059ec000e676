"""`modelgate report` (the safety report) and `modelgate alerts check` (thresholds only).

Both evaluate `policies/alerts.yaml`; each crossed threshold is logged as `alert.raised` and,
when `MODELGATE_ALERT_WEBHOOK_URL` is set, posted signed. `alerts check` exits 1 when any
alert was raised, so a scheduler can act on it.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click

from gateway.cli.context import database_errors, database_url_or_exit, settings_or_exit
from gateway.cli.report_risk import top_accounts
from gateway.log import configure_logging
from gateway.policy.errors import PolicyError
from gateway.reporting import (
    ALERTS_FILE,
    Alert,
    AlertNotifier,
    AlertRule,
    ReportPeriod,
    check_alerts,
    load_alert_rules,
    load_report,
    render_html,
    render_markdown,
)
from gateway.reporting.drift import DriftSettings
from gateway.settings import Settings
from gateway.storage.engine import create_engine

F = TypeVar("F", bound=Callable[..., Any])


def _rules(settings: Settings, enabled: bool) -> tuple[AlertRule, ...]:
    if not enabled:
        return ()
    path = settings.policy.policies_dir / ALERTS_FILE
    try:
        return load_alert_rules(path, settings.policy.variables)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc


def _drift_settings(rules: tuple[AlertRule, ...]) -> DriftSettings | None:
    # The report's drift section judges as the first `detector_drift` alert does (if any).
    return next((rule.drift for rule in rules if rule.drift is not None), None)


def _period(since: str, until: str | None) -> ReportPeriod:
    try:
        return ReportPeriod.parse(since, until)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _notifier(settings: Settings) -> AlertNotifier:
    return AlertNotifier(
        webhook_url=settings.alerts.webhook_url,
        webhook_secret=settings.alerts.webhook_secret,
        timeout_seconds=settings.alerts.webhook_timeout_seconds,
    )


def _database_option(command: F) -> F:
    return click.option(
        "--database-url", default=None, help="SQLAlchemy async URL [env MODELGATE_DATABASE_URL]."
    )(command)


@click.command("report")
@click.option("--since", default="7d", show_default=True, help="Duration (7d, 24h) or a date.")
@click.option("--until", default=None, help="End date (UTC if no zone); default now.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="Where to write the HTML page.",
)
@click.option(
    "--markdown",
    "markdown_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the Markdown summary here (default: print it).",
)
@click.option("--alerts/--no-alerts", "with_alerts", default=True, help="Evaluate alerts.yaml.")
@click.option(
    "--ui-url",
    default=None,
    help="Where the gateway's pages are reached, for links to cases "
    "[default: MODELGATE_PUBLIC_URL, else http://HOST:PORT].",
)
@_database_option
def report_command(
    since: str,
    until: str | None,
    out: Path,
    markdown_path: Path | None,
    with_alerts: bool,
    ui_url: str | None,
    database_url: str | None,
) -> None:
    """Render the safety report for a period from the audit log (and the review outcomes)."""
    settings = settings_or_exit()
    configure_logging(settings.log)
    pages = (
        ui_url
        or settings.oidc.public_url
        or f"http://{settings.server.host}:{settings.server.port}"
    )
    period = _period(since, until)
    rules = _rules(settings, with_alerts)

    url = database_url_or_exit(settings, database_url)

    async def build() -> tuple[str, str, list[Alert]]:
        engine = create_engine(url)
        try:
            data = await load_report(engine, period, drift=_drift_settings(rules))
            data = replace(data, risky_accounts=await top_accounts(settings, engine))
            alerts = await check_alerts(engine, rules, period.until_us)
        finally:
            await engine.dispose()
        await _notifier(settings).raise_alerts(alerts)
        page = render_html(data, alerts, ui_url=pages.rstrip("/"))
        return page, render_markdown(data, alerts), alerts

    with database_errors(url):
        page, summary, alerts = asyncio.run(build())
    out.write_text(page, encoding="utf-8")
    if markdown_path is not None:
        markdown_path.write_text(summary, encoding="utf-8")
        click.echo(f"wrote {out} and {markdown_path}; {len(alerts)} alert(s) raised")
    else:
        click.echo(summary, nl=False)


@click.group("alerts")
def alerts_group() -> None:
    """Evaluate the alert thresholds of policies/alerts.yaml."""


@alerts_group.command("check")
@click.option("--at", "at", default=None, help="Evaluate windows ending here (default now).")
@_database_option
def alerts_check(at: str | None, database_url: str | None) -> None:
    """Raise every alert whose threshold is crossed now; exit 1 if any was."""
    settings = settings_or_exit()
    configure_logging(settings.log)
    rules = _rules(settings, True)
    until_us = _period("1s", at).until_us
    url = database_url_or_exit(settings, database_url)

    async def run() -> list[Alert]:
        engine = create_engine(url)
        try:
            alerts = await check_alerts(engine, rules, until_us)
        finally:
            await engine.dispose()
        await _notifier(settings).raise_alerts(alerts)
        return alerts

    with database_errors(url):
        alerts = asyncio.run(run())
    for alert in alerts:
        click.echo(f"{alert.severity}: {alert.rule_id}: {alert.message}")
    if not alerts:
        click.echo(f"{len(rules)} rule(s) checked; no alert raised")
    sys.exit(1 if alerts else 0)

"""`modelgate review`: purge, the whole sweep (SLA, leases, webhooks, purge), the figures."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, TypeVar

import click
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.cli.context import database_errors, database_url_or_exit, settings_or_exit
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.policy.loader import load_policy_set
from gateway.review import ReviewService, build_review_service
from gateway.review.case_store import CaseStore
from gateway.review.stats import ReviewFigures
from gateway.settings import Settings
from gateway.storage.engine import create_engine

T = TypeVar("T")


def _with_review(settings: Settings, action: Callable[[ReviewService], Awaitable[T]]) -> T:
    # The gateway's own database, as it is: a command run in the wrong place must not make one.
    url = database_url_or_exit(settings)

    async def run() -> T:
        policies = load_policy_set(settings.policy.policies_dir, settings.policy.variables)
        engine = create_engine(url)
        inspectors = TierInspectors(settings.policy.policies_dir, policies.tiers)
        try:
            service = build_review_service(
                settings,
                engine=engine,
                policies=policies,
                inspectors=inspectors,
                audit=None,
            )
            return await action(service)
        finally:
            await inspectors.aclose()
            await engine.dispose()

    with database_errors(url):
        return asyncio.run(run())


def _with_engine(settings: Settings, action: Callable[[AsyncEngine], Awaitable[T]]) -> T:
    """Run `action` on the database alone (no policies, detectors or upstreams needed)."""
    url = database_url_or_exit(settings)

    async def run() -> T:
        engine = create_engine(url)
        try:
            return await action(engine)
        finally:
            await engine.dispose()

    with database_errors(url):
        return asyncio.run(run())


@click.group("review")
def review_group() -> None:
    """Human review: sweep and figures."""


@review_group.command("purge")
def review_purge() -> None:
    """Delete decided cases (and unappealed block records) past their retention; nothing else."""

    async def purge(engine: AsyncEngine) -> int:
        return await CaseStore(engine).purge(datetime.now(UTC))

    purged = _with_engine(settings_or_exit(), purge)
    click.echo(f"purged {purged} case(s) past their retention")


@review_group.command("sweep")
def review_sweep() -> None:
    """Run the whole periodic sweep once: escalate overdue cases, expire held ones, clear
    lapsed leases, retry webhooks, purge past retention (what each gateway does on its own)."""

    async def sweep(service: ReviewService) -> dict[str, Any]:
        return asdict(await service.sweep_once(datetime.now(UTC)))

    result = _with_review(settings_or_exit(), sweep)
    click.echo(", ".join(f"{name.replace('_', ' ')} {count}" for name, count in result.items()))


@review_group.command("stats")
def review_stats() -> None:
    """Print the review figures (overturn rates, queue, time to decision) as JSON."""

    async def figures(engine: AsyncEngine) -> dict[str, Any]:
        return await ReviewFigures(engine).figures(datetime.now(UTC))

    click.echo(json.dumps(_with_engine(settings_or_exit(), figures), indent=2))

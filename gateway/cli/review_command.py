"""`modelgate review`: the sweep (SLA, leases, webhooks, purge) and the figures, from the shell."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, TypeVar

import click

from gateway.cli.context import settings_or_exit
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.policy.loader import load_policy_set
from gateway.review import ReviewService, build_review_service
from gateway.settings import Settings
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade_async
from gateway.upstream.client import UpstreamPool

T = TypeVar("T")


def _with_review(settings: Settings, action: Callable[[ReviewService], Awaitable[T]]) -> T:
    async def run() -> T:
        await upgrade_async(settings.storage.effective_database_url)
        policies = load_policy_set(settings.policy.policies_dir, settings.policy.variables)
        engine = create_engine(settings.storage.effective_database_url)
        upstreams = UpstreamPool(policies.upstreams)
        inspectors = TierInspectors(settings.policy.policies_dir, policies.tiers)
        try:
            service = build_review_service(
                settings,
                engine=engine,
                policies=policies,
                upstreams=upstreams,
                inspectors=inspectors,
                audit=None,
            )
            return await action(service)
        finally:
            await upstreams.aclose()
            await inspectors.aclose()
            await engine.dispose()

    return asyncio.run(run())


@click.group("review")
def review_group() -> None:
    """Human review: sweep and figures."""


@review_group.command("purge")
def review_purge() -> None:
    """Run one sweep: escalate overdue cases, expire held ones, purge past retention."""

    async def sweep(service: ReviewService) -> dict[str, Any]:
        return asdict(await service.sweep_once(datetime.now(UTC)))

    result = _with_review(settings_or_exit(), sweep)
    click.echo(", ".join(f"{name} {count}" for name, count in result.items()))


@review_group.command("stats")
def review_stats() -> None:
    """Print the review figures (overturn rates, queue, time to decision) as JSON."""

    async def figures(service: ReviewService) -> dict[str, Any]:
        return await service.figures.figures(datetime.now(UTC))

    click.echo(json.dumps(_with_review(settings_or_exit(), figures), indent=2))

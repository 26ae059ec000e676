"""The report command's top accounts by risk, read from the shared risk store (by pseudonym)."""

from __future__ import annotations

import click
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.accounts_store import AccountStore
from gateway.access.key_store import KeyStore
from gateway.cli.admin_context import policies_or_exit
from gateway.reporting.risk_query import TOP_ACCOUNTS, RiskyAccount
from gateway.risk.construction import build_risk_tracker
from gateway.risk.ranking import known_accounts, rank_accounts
from gateway.settings import Settings


async def top_accounts(settings: Settings, engine: AsyncEngine) -> tuple[RiskyAccount, ...] | None:
    """The accounts with the highest score above 0, or `None` when the records cannot be read
    from here (no shared Redis, tracking off, or Redis unreachable: the report goes on)."""
    if not settings.limits.redis_url:
        return None
    tracker = build_risk_tracker(settings, policies_or_exit(settings), None)
    if tracker is None:
        return None
    try:
        accounts = await known_accounts(AccountStore(engine), KeyStore(engine))
        ranked = await rank_accounts(tracker, accounts, TOP_ACCOUNTS)
    except RedisError as exc:
        click.echo(f"warning: risk records not read ({type(exc).__name__})", err=True)
        return None
    finally:
        await tracker.aclose()
    return tuple(
        RiskyAccount(
            item.subject, item.score, item.step, item.escalation.rule if item.escalation else ""
        )
        for item in ranked
        if item.score > 0
    )

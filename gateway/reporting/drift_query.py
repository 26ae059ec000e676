"""Reads daily inspected-request and finding counts from `audit_records` for drift verdicts.

Days are rolling 24-hour windows ending at the evaluation moment, so "today" is the last full
day of traffic whatever the hour. Requests are counted in SQL; only records with findings are
read one by one, for the categories in their scores (as the safety report does).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import msgspec
from sqlalchemy import ColumnElement, and_, func, not_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.record import RecordKind
from gateway.audit.tables import audit_records
from gateway.reporting.drift import (
    DAY_SECONDS,
    CategoryDrift,
    DailyCounts,
    DriftSettings,
    detect_drift_in,
)
from gateway.reporting.period import US

T = audit_records.c
_scores = msgspec.json.Decoder(dict[str, float])

UNKNOWN_MODEL = "(unknown)"
"""What the audit record names when the caller asked for a model the policy does not know."""

Categorize = Callable[[str], str | None]
"""Maps a finding category to the name it is counted under (None: not counted)."""


def _inspected() -> ColumnElement[bool]:
    # A model call refused before inspection (authentication, terms, tier rules, a limit) ends
    # in a 4xx with no decision and no finding; every other model call had its prompt inspected.
    refused_early = and_(
        func.coalesce(T.status, 0) >= 400,
        func.coalesce(T.status, 0) < 500,
        func.coalesce(T.action, "allow") == "allow",
        T.scores == "{}",
    )
    return and_(T.model.is_not(None), T.model != UNKNOWN_MODEL, not_(refused_early))


def _same(category: str) -> str:
    return category


def _categories(text: str) -> list[str]:
    try:
        return list(_scores.decode(text))
    except msgspec.DecodeError:
        return []


async def load_counts(
    engine: AsyncEngine,
    since_us: int,
    buckets: int,
    bucket_seconds: int,
    categorize: Categorize = _same,
) -> list[DailyCounts]:
    """Inspected requests and findings in `buckets` consecutive buckets from `since_us`."""
    step_us = bucket_seconds * US
    until_us = since_us + buckets * step_us
    slot = (T.time_us - since_us) // step_us
    where = and_(
        T.kind == RecordKind.REQUEST.value,
        T.time_us >= since_us,
        T.time_us < until_us,
        _inspected(),
    )
    requests = [0] * buckets
    findings: list[Counter[str]] = [Counter() for _ in range(buckets)]
    async with engine.connect() as conn:
        for index, count in await conn.execute(
            select(slot, func.count()).where(where).group_by(slot)
        ):
            requests[min(int(index), buckets - 1)] += count
        scored = select(slot, T.scores).where(where, T.scores != "{}")
        async for index, text in await conn.stream(scored):
            named = {categorize(category) for category in _categories(text)}
            findings[min(int(index), buckets - 1)].update(name for name in named if name)
    return [
        DailyCounts(since_us + n * step_us, requests[n], dict(findings[n])) for n in range(buckets)
    ]


async def load_daily_counts(
    engine: AsyncEngine, until_us: int, days: int, categorize: Categorize = _same
) -> list[DailyCounts]:
    """`days` rolling days ending at `until_us`, oldest first; today is the last one."""
    since_us = until_us - days * DAY_SECONDS * US
    return await load_counts(engine, since_us, days, DAY_SECONDS, categorize)


async def detector_drift(
    engine: AsyncEngine, until_us: int, settings: DriftSettings, categorize: Categorize = _same
) -> tuple[CategoryDrift, ...]:
    """Each category's verdict for the day ending at `until_us` against the days before it."""
    daily = await load_daily_counts(engine, until_us, settings.baseline_days + 1, categorize)
    return detect_drift_in(daily, settings)

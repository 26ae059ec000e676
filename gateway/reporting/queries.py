"""Reads the figures of a report from `audit_records`: counts grouped in SQL, scores in Python.

Only request records count. Time buckets are computed in SQL (integer division of the
timestamp), so the row count read back is buckets x actions x statuses, not one per request;
only records with findings are read one by one, for their scores.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec
from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.record import RecordKind
from gateway.audit.tables import audit_records
from gateway.reporting.case_links import CaseLink, cases_by_request
from gateway.reporting.drift import DriftSettings
from gateway.reporting.drift_query import detector_drift
from gateway.reporting.period import US, ReportPeriod
from gateway.reporting.report_data import (
    INCIDENT_ACTIONS,
    Incident,
    Refusals,
    ReportData,
    RuleCount,
    WindowCounts,
)
from gateway.reporting.review_data import ReviewDataProvider, ReviewOutcomeRates
from gateway.reporting.risk_query import load_escalations

RATE_LIMITED = 429
TOP_CATEGORIES = 6
TOP_RULES = 10
NO_VALUE = "-"
_scores = msgspec.json.Decoder(dict[str, float])
T = audit_records.c


def _in(since_us: int, until_us: int) -> ColumnElement[bool]:
    return and_(T.kind == RecordKind.REQUEST.value, T.time_us >= since_us, T.time_us < until_us)


def _decode_scores(text: str | None) -> dict[str, float]:
    try:
        return _scores.decode(text or "{}")
    except msgspec.DecodeError:
        return {}


async def count_window(engine: AsyncEngine, since_us: int, until_us: int) -> WindowCounts:
    """Requests, per action, and limit refusals with `since_us <= time_us < until_us`."""
    query = (
        select(T.action, T.status, func.count())
        .where(_in(since_us, until_us))
        .group_by(T.action, T.status)
    )
    by_action: Counter[str] = Counter()
    refused = 0
    async with engine.connect() as conn:
        for action, status, count in await conn.execute(query):
            by_action[action or NO_VALUE] += count
            refused += count if status == RATE_LIMITED else 0
    return WindowCounts(sum(by_action.values()), dict(by_action), refused)


def _series(
    counts: Mapping[tuple[str, int], int], keys: list[str], size: int
) -> dict[str, tuple[int, ...]]:
    return {key: tuple(counts.get((key, index), 0) for index in range(size)) for key in keys}


async def load_report(
    engine: AsyncEngine,
    period: ReportPeriod,
    reviews: ReviewDataProvider | None = None,
    *,
    max_incidents: int = 25,
    drift: DriftSettings | None = None,
) -> ReportData:
    """Every figure of the report for `period`; drift as `drift` says (default settings)."""
    step = period.bucket_seconds()
    size = max(1, -(-int(period.seconds) // step))
    bucket = (T.time_us - period.since_us) // (step * US)
    where = _in(period.since_us, period.until_us)
    action_counts: Counter[tuple[str, int]] = Counter()
    refusals = [0] * size
    category_counts: Counter[tuple[str, int]] = Counter()
    rules: Counter[tuple[str, str, str | None]] = Counter()
    links = await cases_by_request(engine, period.since_us, period.until_us)
    async with engine.connect() as conn:
        grouped = select(bucket, T.action, T.status, func.count()).where(where)
        for index, action, status, count in await conn.execute(
            grouped.group_by(bucket, T.action, T.status)
        ):
            slot = min(int(index), size - 1)
            action_counts[(action or NO_VALUE, slot)] += count
            if status == RATE_LIMITED:
                refusals[slot] += count
        scored = select(bucket, T.action, T.scores, T.request_id).where(where, T.scores != "{}")
        async for index, action, text, request_id in await conn.stream(scored):
            scores = _decode_scores(text)
            for category in scores:
                category_counts[(category, min(int(index), size - 1))] += 1
            if scores and action not in (None, "allow"):
                link = links.get(request_id or "")
                if link is not None and link.rule_id:
                    rules[(action, "", link.rule_id)] += 1
                else:
                    rules[(action, max(scores, key=lambda name: scores[name]), None)] += 1
        by_subject = await conn.execute(
            select(T.tier, T.model, func.count())
            .where(where, T.status == RATE_LIMITED)
            .group_by(T.tier, T.model)
            .order_by(func.count().desc())
        )
        refusal_rows = [Refusals(t or NO_VALUE, m or NO_VALUE, n) for t, m, n in by_subject]
        incidents_total = await conn.scalar(
            select(func.count()).where(where, T.action.in_(INCIDENT_ACTIONS))
        )
        incident_rows = await conn.execute(
            select(
                T.time_us, T.request_id, T.action, T.tier, T.model, T.endpoint, T.status, T.scores
            )
            .where(where, T.action.in_(INCIDENT_ACTIONS))
            .order_by(T.time_us.desc())
            .limit(max_incidents)
        )
        incidents = tuple(_incident(row, links) for row in incident_rows)
    provider = reviews or ReviewOutcomeRates(engine)
    overturns = await provider.overturn_rates(period.since_us, period.until_us)
    actions_total: Counter[str] = Counter()
    for (action, _), count in action_counts.items():
        actions_total[action] += count
    categories_total: Counter[str] = Counter()
    for (category, _), count in category_counts.items():
        categories_total[category] += count
    top_categories = [name for name, _ in categories_total.most_common(TOP_CATEGORIES)]
    return ReportData(
        period=period,
        bucket_seconds=step,
        bucket_starts_us=tuple(period.since_us + i * step * US for i in range(size)),
        total_requests=sum(actions_total.values()),
        actions_total=dict(actions_total),
        actions_over_time=_series(action_counts, sorted(actions_total), size),
        categories_total=dict(categories_total.most_common()),
        categories_over_time=_series(category_counts, top_categories, size),
        refusals_over_time=tuple(refusals),
        refusals_by_subject=tuple(refusal_rows),
        top_rules=tuple(RuleCount(a, c, n, r) for (a, c, r), n in rules.most_common(TOP_RULES)),
        incidents=incidents,
        incidents_total=int(incidents_total or 0),
        overturns=tuple(overturns),
        drift=await detector_drift(engine, period.until_us, drift or DriftSettings()),
        escalations=await load_escalations(engine, period),
    )


def _incident(row: Sequence[Any], links: Mapping[str, CaseLink]) -> Incident:
    time_us, request_id, action, tier, model, endpoint, status, text = row
    scores = _decode_scores(text)
    top = max(scores, key=lambda name: scores[name]) if scores else NO_VALUE
    link = links.get(request_id or "")
    return Incident(
        time_us=int(time_us),
        request_id=request_id or NO_VALUE,
        action=action,
        tier=tier or NO_VALUE,
        model=model or NO_VALUE,
        endpoint=endpoint or NO_VALUE,
        status=int(status or 0),
        top_category=top,
        top_score=scores.get(top, 0.0),
        case_id=link.case_id if link else None,
        rule_id=link.rule_id if link else None,
    )

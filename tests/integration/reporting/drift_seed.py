"""Fifteen days of audited requests for drift tests: fourteen ordinary, then one that moved.

On the last day the toxicity detector finds nothing (a broken detector) and prompt injections
are five times their usual share (an attack wave); personal data findings keep their level.
Each day has 250 inspected requests and 40 refused by a limit before inspection; the refused
ones close the day (its last three hours or so), so a day window ending up to an hour early,
as the gauges' whole-hour days do, still holds the same inspected requests.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from gateway.audit import AuditEvent, RecordKind

DAYS = 15
INSPECTED_PER_DAY = 250
REFUSED_PER_DAY = 40
"""Requests refused by a limit before inspection: left out of the share's denominator."""
_WOBBLE = (0, 2, -1, 1, -2, 0, 1, -1, 2, 0, -2, 1, 0, -1)


def _findings(day: int) -> dict[str, int]:
    """How many of the day's inspected requests have a finding of each category."""
    if day == DAYS - 1:
        return {"prompt_injection": 60, "pii.email_address": 16}
    w = _WOBBLE[day]
    return {"toxicity": 24 + w, "prompt_injection": 12 - w, "pii.email_address": 15 + w}


def _event(moment: datetime, n: int, scores: dict[str, float], status: int) -> AuditEvent:
    return AuditEvent(
        kind=RecordKind.REQUEST,
        request_id=f"drift-{n:05d}",
        time_us=int(moment.timestamp() * 1_000_000),
        key_id="key-1",
        tier="developer",
        model="demo-chat",
        release_stage="general",
        endpoint="chat",
        action="flag" if scores else "allow",
        status=status,
        scores=scores,
        policy_hash="seeded",
    )


def drift_days(until: datetime, margin: timedelta = timedelta(0)) -> list[AuditEvent]:
    """Every request of the fifteen days before `until`, oldest first.

    Each day's requests start `margin` after its rolling day begins, so a drift computed up to
    `margin` later than `until` still sees every day whole.
    """
    events: list[AuditEvent] = []
    step = (timedelta(days=1) - margin) / (INSPECTED_PER_DAY + REFUSED_PER_DAY)
    for day in range(DAYS):
        start = until - timedelta(days=DAYS - day) + margin
        rows: list[tuple[dict[str, float], int]] = []
        for category, count in _findings(day).items():
            rows += [({category: 0.9}, 200)] * count
        rows += [({}, 200)] * (INSPECTED_PER_DAY - len(rows))
        rows += [({}, 429)] * REFUSED_PER_DAY
        for index, (scores, status) in enumerate(rows):
            events.append(_event(start + step * index, len(events), scores, status))
    return events

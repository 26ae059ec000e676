"""Report figures read from a real audit log agree with what was written, on both databases."""

from __future__ import annotations

from gateway.reporting import ReportPeriod, count_window, load_report
from gateway.reporting.period import to_us
from gateway.storage.engine import create_engine
from tests.integration.reporting.audit_seed import UNTIL


async def test_figures_match_the_seeded_week(seeded_url: str) -> None:
    """Totals, actions, categories, rules, incidents and refusals count each record once."""
    engine = create_engine(seeded_url)
    try:
        data = await load_report(engine, ReportPeriod.parse("7d", now=UNTIL))
    finally:
        await engine.dispose()
    assert data.total_requests == 700
    assert data.actions_total == {"allow": 350, "redact": 70, "flag": 70, "hold": 70, "block": 140}
    assert sum(data.actions_over_time["block"]) == 140
    assert len(data.bucket_starts_us) == 28
    assert data.categories_total["toxicity"] == 210
    assert sum(data.categories_over_time["toxicity"]) == 210
    assert data.refusals_total == 70
    assert sum(r.count for r in data.refusals_by_subject) == 70
    assert data.incidents_total == 210
    assert data.incidents[0].request_id == "seed-00699"  # newest first
    rules = {(r.action, r.category): r.count for r in data.top_rules}
    assert rules[("block", "prompt_injection")] == 70
    assert rules[("block", "secret.aws_key")] == 70
    assert ("allow", "toxicity") not in rules
    assert data.overturns == ()


async def test_windows_are_half_open(seeded_url: str) -> None:
    """A window counts records at its start and none at its end; windows tile the period."""
    engine = create_engine(seeded_url)
    try:
        day = 86_400_000_000
        end = to_us(UNTIL)
        first = await count_window(engine, end - 7 * day, end - 3 * day)
        second = await count_window(engine, end - 3 * day, end)
    finally:
        await engine.dispose()
    assert first.total + second.total == 700
    assert first.by_action.get("block", 0) + second.by_action.get("block", 0) == 140
    assert first.refused + second.refused == 70

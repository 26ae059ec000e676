"""Detector drift from a real audit log: fifteen backdated days, the report section and the alert.

Fourteen ordinary days, then a last day on which the toxicity detector finds nothing (a broken
detector) and prompt injections are five times their usual share (an attack wave), while
personal data findings stay at their level.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gateway.audit import AuditEvent
from gateway.reporting import (
    ReportPeriod,
    check_alerts,
    load_alert_rules,
    load_report,
    render_html,
    render_markdown,
)
from gateway.settings import PACKAGE_POLICIES
from gateway.storage.engine import create_engine
from tests.integration.reporting.drift_seed import drift_days
from tests.integration.reporting.seeded_database import seeded_database

UNTIL = datetime(2024, 6, 15, tzinfo=UTC)


def fifteen_days() -> list[AuditEvent]:
    """The seeded days, ending at `UNTIL`."""
    return drift_days(UNTIL)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def drift_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A migrated database holding `fifteen_days()` and nothing else."""
    tmp: Path = tmp_path_factory.mktemp("drift-db")
    yield from seeded_database(request.param, tmp, fifteen_days())


async def test_the_report_shows_each_category_against_its_baseline(drift_url: str) -> None:
    """The drift section names the drop and the rise, with today's share and the baseline."""
    engine = create_engine(drift_url)
    try:
        data = await load_report(engine, ReportPeriod.parse("7d", "2024-06-15"))
    finally:
        await engine.dispose()
    by_category = {d.category: d for d in data.drift}
    assert {c: d.verdict for c, d in by_category.items()} == {
        "toxicity": "drop",
        "prompt_injection": "rise",
        "pii.email_address": "steady",
    }
    toxicity = by_category["toxicity"]
    # 250 inspected requests a day: the 40 refused by a limit were never inspected.
    assert (toxicity.share, toxicity.requests, toxicity.baseline_days) == (0.0, 250, 14)
    assert toxicity.baseline == pytest.approx(24 / 250)
    assert by_category["prompt_injection"].share == pytest.approx(60 / 250)

    page = render_html(data, [])
    section = page[page.index("<h2>Detector drift</h2>") :]
    assert "<td>toxicity</td><td>0.00% (0 of 250)</td>" in section
    assert "<b>DROP</b>" in section
    assert "<b>RISE</b>" in section
    summary = render_markdown(data, [])
    assert "- **toxicity**: DROP, 0.00% today against 9.60%" in summary
    assert "- **prompt_injection**: RISE, 24.00% today" in summary
    assert "- 1 other category: no sharp move" in summary


async def test_the_shipped_drift_alert_fires_for_the_drop_and_the_rise(drift_url: str) -> None:
    """`detector-drift` in the shipped alerts.yaml raises one alert per moved category."""
    rules = load_alert_rules(PACKAGE_POLICIES / "alerts.yaml")
    until_us = int(UNTIL.timestamp() * 1_000_000)
    engine = create_engine(drift_url)
    try:
        alerts = await check_alerts(engine, rules, until_us)
        a_day_earlier = await check_alerts(engine, rules, until_us - 86_400 * 1_000_000)
    finally:
        await engine.dispose()
    drift = {a.details["category"]: a for a in alerts if a.rule_id == "detector-drift"}
    assert {c: a.details["direction"] for c, a in drift.items()} == {
        "toxicity": "drop",
        "prompt_injection": "rise",
    }
    assert drift["toxicity"].observed_rate == 0.0
    assert drift["toxicity"].details["baseline_rate"] == pytest.approx(0.096)
    # The day before, only 13 ordinary days lie behind: enough for a baseline, nothing moved.
    assert [a for a in a_day_earlier if a.rule_id == "detector-drift"] == []


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_alerts_check_logs_the_drift_alert(drift_url: str, tmp_path: Path) -> None:
    """`modelgate alerts check` with the shipped policies exits 1 and names both moves."""
    env = {"MODELGATE_DATABASE_URL": drift_url, "MODELGATE_DATA_DIR": str(tmp_path)}
    result = _run(["alerts", "check", "--at", "2024-06-15"], env)
    assert result.returncode == 1, result.stderr
    assert "warning: detector-drift: toxicity findings drop: 0.00% of 250 requests" in (
        result.stdout
    )
    assert "warning: detector-drift: prompt_injection findings rise" in result.stdout


def test_policy_check_names_the_line_of_a_bad_drift_field(tmp_path: Path) -> None:
    """`modelgate policy check` validates alerts.yaml: a bad drift field fails with file:line."""
    policies = tmp_path / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    alerts = policies / "alerts.yaml"
    alerts.write_text("alerts:\n  drift:\n    kind: detector_drift\n    baseline: 36h\n")
    env = {"MODELGATE_DATA_DIR": str(tmp_path)}
    result = _run(["policy", "check", "--policies", str(policies)], env)
    assert result.returncode == 1
    assert f"{alerts}:4: alerts.yaml.alerts.drift: 'baseline' is a whole number of days" in (
        result.stderr
    )
    alerts.write_text("alerts:\n  drift:\n    kind: detector_drift\n    baseline: 7d\n")
    assert _run(["policy", "check", "--policies", str(policies)], env).returncode == 0


def test_the_report_command_judges_drift_as_alerts_yaml_says(
    drift_url: str, tmp_path: Path
) -> None:
    """`modelgate report` shows the moves; a drift rule with a higher minimum silences them."""
    policies = tmp_path / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    env = {
        "MODELGATE_DATABASE_URL": drift_url,
        "MODELGATE_DATA_DIR": str(tmp_path),
        "MODELGATE_POLICIES_DIR": str(policies),
    }
    args = ["report", "--since", "7d", "--until", "2024-06-15", "--out", str(tmp_path / "r.html")]
    shipped = _run(args, env)
    assert shipped.returncode == 0, shipped.stderr
    assert "- **toxicity**: DROP, 0.00% today" in shipped.stdout
    assert "<h2>Detector drift</h2>" in (tmp_path / "r.html").read_text()

    (policies / "alerts.yaml").write_text(
        "alerts:\n  drift:\n    kind: detector_drift\n    min_requests: 1000\n"
    )
    stricter = _run(args, env)
    assert stricter.returncode == 0, stricter.stderr
    assert "## Detector drift\n\n- 2 other categories: no sharp move\n" in stricter.stdout
    assert "too few days for a baseline" in (tmp_path / "r.html").read_text()

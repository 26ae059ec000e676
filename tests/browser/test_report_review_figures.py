"""The safety report after real review decisions: overturn rates, the alert they raise, rule
ids, incident rows that link to their case, whole-number ticks and dates with their month."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from gateway.review import ReviewService
from tests.browser.conftest import Screenshot
from tests.support.review_gateway import HELD_PROMPT, ReviewGateway, start_review_gateway

pytestmark = pytest.mark.browser

ALERTS = """
alerts:
  detector-overturns:
    description: Reviewers overturn a detector's decisions often.
    kind: overturn_rate
    categories: ["*"]
    window: 7d
    max_rate: 0.30
    min_reviews: 3
    severity: warning
"""


def _decide_all(site: ReviewGateway, case_ids: list[str], verdicts: list[str]) -> None:
    async def decide(review: ReviewService) -> None:
        for case_id, verdict in zip(case_ids, verdicts, strict=True):
            await review.leases.claim(case_id, "session:rita")
            await review.desk.decide(case_id, "session:rita", verdict, "")

    site.with_review(decide)


@pytest.fixture(scope="module")
def reviewed_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """Three held requests (two approved: overturned, one rejected) and the report after."""
    site = start_review_gateway(tmp_path_factory.mktemp("report-review"))
    try:
        key = site.gateway.issue_key(tier="checked", account=f"rep-{uuid.uuid4().hex[:6]}").key
        case_ids = []
        for _ in range(3):
            held = site.chat(key, HELD_PROMPT)
            assert held.status_code in (202, 423), held.text
            case_ids.append(str(held.json()["case_id"]))
        _decide_all(site, case_ids, ["approve", "approve", "reject"])
        time.sleep(1.5)  # audit records are written off the request's path
        policies = site.settings.policy.policies_dir
        (policies / "alerts.yaml").write_text(ALERTS)
        out = tmp_path_factory.mktemp("report-out") / "report.html"
        env = {
            **os.environ,
            "MODELGATE_DATA_DIR": str(site.settings.storage.data_dir),
            "MODELGATE_DATABASE_URL": site.settings.storage.effective_database_url,
            "MODELGATE_POLICIES_DIR": str(policies),
        }
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "gateway",
                "report",
                "--since",
                "1h",
                "--out",
                str(out),
                "--markdown",
                str(out.with_suffix(".md")),
                "--ui-url",
                "https://gate.example",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "1 alert(s) raised" in result.stdout
        yield out, case_ids
    finally:
        site.stop()


def test_reviewer_figures_reach_the_report_and_raise_the_overturn_alert(
    page: Page, reviewed_report: tuple[Path, list[str]], screenshot: Screenshot
) -> None:
    """Two of three card holds approved: 66.7% overturned, and the alert says so."""
    out, _cases = reviewed_report
    page.goto(out.as_uri())
    expect(page.get_by_text("No review data yet")).to_have_count(0)
    overturns = page.locator("section", has=page.get_by_role("heading", name="Reviewer overturn"))
    row = overturns.locator("tr", has_text="pii.credit_card")
    expect(row).to_contain_text("3")
    expect(row).to_contain_text("66.7%")
    alerts = page.locator("section", has=page.get_by_role("heading", name="Alerts"))
    expect(alerts.locator(".alert")).to_contain_text("detector-overturns")
    screenshot(page, "report-with-reviews")


def test_rules_cases_ticks_and_dates(page: Page, reviewed_report: tuple[Path, list[str]]) -> None:
    """Top rules name card-hold; each incident links to its case; every tick on a count axis
    is a whole number; the time labels carry the month."""
    out, case_ids = reviewed_report
    page.goto(out.as_uri())
    expect(page.locator("svg.hbars")).to_contain_text("hold · card-hold")
    links = page.locator("table.incidents a")
    expect(links).to_have_count(3)
    hrefs = {links.nth(i).get_attribute("href") for i in range(3)}
    assert hrefs == {f"https://gate.example/ui/review/{case_id}" for case_id in case_ids}
    expect(page.locator("table.incidents")).to_contain_text("card-hold")
    ticks = page.eval_on_selector_all(
        "svg.stacked-bars text.tick[text-anchor=end]", "nodes => nodes.map(n => n.textContent)"
    )
    assert ticks, "the count axis has ticks"
    assert all(re.fullmatch(r"\d+", tick) for tick in ticks), ticks
    months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    labels = page.eval_on_selector_all(
        "svg.stacked-bars text.tick[text-anchor=middle]", "nodes => nodes.map(n => n.textContent)"
    )
    assert labels
    assert all(re.search(months, label) for label in labels), labels

"""Beside a held case a reviewer sees the account's recent pattern: counts, step, timeline."""

from __future__ import annotations

import re
import shutil
import time
import uuid
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from gateway.settings import PACKAGE_POLICIES, OidcSettings, RiskSettings
from tests.browser.conftest import Screenshot
from tests.support.oidc_server import AUDIENCE, UI_CLIENT_ID, UI_CLIENT_SECRET, OidcTestProvider
from tests.support.review_gateway import HELD_PROMPT, ReviewGateway, start_review_gateway

pytestmark = pytest.mark.browser

RETRIES_TO_STRICTER = 3
"""`probing-retries` in the shipped escalation.yaml."""


@pytest.fixture(scope="module")
def risk_review_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewGateway]:
    """A review gateway with risk tracking on and the shipped escalation policy."""
    provider = OidcTestProvider(tmp_path_factory.mktemp("pattern-oidc")).start()
    oidc = OidcSettings(
        issuer=provider.issuer,
        client_id=UI_CLIENT_ID,
        client_secret=UI_CLIENT_SECRET,
        audience=AUDIENCE,
        roles_claim="roles",
    )
    data_dir = tmp_path_factory.mktemp("pattern-review")
    (data_dir / "policies").mkdir()
    shutil.copy(PACKAGE_POLICIES / "escalation.yaml", data_dir / "policies" / "escalation.yaml")
    site = start_review_gateway(data_dir, overrides={"oidc": oidc, "risk": RiskSettings()})
    yield site
    site.stop()
    provider.stop()


def _sign_in(page: Page, site: ReviewGateway, login: str, start: str) -> None:
    page.goto(f"{site.url}{start}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any password")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(site.url)))


def _reload_until(page: Page, url: str, ready: str) -> None:
    """The record and the audit log are written after each answer: reload until `ready` shows."""
    deadline = time.monotonic() + 20
    while True:
        page.goto(url)
        if page.locator(ready).count():
            return
        assert time.monotonic() < deadline, f"{ready} never showed on {url}"
        time.sleep(0.2)


def test_the_case_shows_the_accounts_holds_retries_escalation_and_timeline(
    page: Page, risk_review_site: ReviewGateway, screenshot: Screenshot
) -> None:
    """Four held card prompts: the fourth case shows 4 holds, 3 retries, pii.credit_card,
    the `stricter` step by `probing-retries` and a timeline of holds and the escalation,
    under a pseudonym and with no prompt text."""
    site = risk_review_site
    account = f"pattern-{uuid.uuid4().hex[:6]}"
    key = site.gateway.issue_key(tier="checked", account=account).key
    case_ids = []
    for _ in range(RETRIES_TO_STRICTER + 1):
        held = site.chat(key, HELD_PROMPT)
        assert held.status_code == 423
        case_ids.append(held.json()["case_id"])
    case_url = f"{site.url}/ui/review/{case_ids[-1]}"
    _sign_in(page, site, "rita", f"/ui/review/{case_ids[-1]}")
    _reload_until(
        page,
        case_url,
        "[data-testid=pattern-timeline] tr[data-kind='risk.escalate:stricter']",
    )
    pattern = page.get_by_test_id("account-pattern")
    expect(pattern.get_by_test_id("pattern-step")).to_contain_text("stricter (rule probing-retries")
    expect(pattern.locator("[data-count=holds]")).to_have_text("holds 4")
    expect(pattern.locator("[data-count=retries]")).to_have_text("retries 3")
    expect(pattern.locator("[data-category='pii.credit_card']")).to_have_text("pii.credit_card 4")
    _reload_until(page, case_url, "[data-testid=pattern-timeline] tr[data-kind=hold] >> nth=3")
    timeline = page.get_by_test_id("pattern-timeline")
    expect(timeline.locator("tr[data-kind=hold]")).to_have_count(4)
    # The account's record and the key's each crossed the rule: two escalation records.
    escalations = timeline.locator("tr[data-kind='risk.escalate:stricter']")
    expect(escalations).to_have_count(2)
    expect(escalations.filter(has_text="the key's record")).to_have_count(1)
    expect(timeline.locator("tr[data-kind=hold]").first).to_contain_text("pii.credit_card")
    subject = page.get_by_test_id("pattern-subject").inner_text()
    assert subject.startswith("account:")
    assert account not in page.get_by_test_id("account-pattern").inner_text()
    assert "4111" not in page.get_by_test_id("account-pattern").inner_text()
    screenshot(page, "case-with-pattern")

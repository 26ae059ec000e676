"""`/ui/admin/risk`: an admin sees accounts ranked by risk and restores a suspended one."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Page, expect

from gateway.settings import OidcSettings, RiskSettings
from tests.browser.admin_signin import sign_in
from tests.browser.conftest import Screenshot
from tests.support.gateway import RunningGateway, start_gateway
from tests.support.oidc_server import AUDIENCE, UI_CLIENT_ID, UI_CLIENT_SECRET, OidcTestProvider
from tests.support.probing import RESPELT

pytestmark = pytest.mark.browser

ORDINARY = "What is the capital of Australia?"


@pytest.fixture(scope="module")
def risk_gateway(
    oidc_provider: OidcTestProvider, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    """A gateway with OIDC sign-in and risk tracking on (in-process store)."""
    oidc = OidcSettings(
        issuer=oidc_provider.issuer,
        client_id=UI_CLIENT_ID,
        client_secret=UI_CLIENT_SECRET,
        audience=AUDIENCE,
        roles_claim="roles",
    )
    running = start_gateway(
        tmp_path_factory.mktemp("gw-risk-page"), overrides={"oidc": oidc, "risk": RiskSettings()}
    )
    yield running
    running.stop()


def _chat(gateway: RunningGateway, key: str, text: str) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": text}]},
        timeout=10,
    )


def _suspended(response: httpx.Response) -> bool:
    return str(response.json().get("type", "")).endswith("/account-suspended")


def test_the_suspended_prober_ranks_first_and_a_restore_answers_it_again(
    page: Page, risk_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """After a probing run the prober heads the ranking at `suspend` by `probing-campaign`,
    above an ordinary account; Restore lifts it and its next request is answered."""
    prober, ordinary = f"prober-{uuid.uuid4().hex[:6]}", f"calm-{uuid.uuid4().hex[:6]}"
    prober_key = risk_gateway.issue_key(account=prober).key
    ordinary_key = risk_gateway.issue_key(account=ordinary).key
    assert _chat(risk_gateway, ordinary_key, ORDINARY).status_code == 200
    for text in RESPELT:
        _chat(risk_gateway, prober_key, text)
    deadline = time.monotonic() + 10  # the record is updated after each answer
    while not _suspended(_chat(risk_gateway, prober_key, ORDINARY)):
        assert time.monotonic() < deadline, "the probing run was never suspended"
        time.sleep(0.05)

    sign_in(page, risk_gateway, "alice", "/ui/admin/risk")
    expect(page.get_by_role("link", name="Risk")).to_have_attribute("aria-current", "page")
    rows = page.get_by_test_id("risk-ranking").locator("tbody tr")
    first = rows.first
    expect(first).to_have_attribute("data-account", prober)
    expect(first).to_have_attribute("data-step", "suspend")
    expect(first).to_contain_text("probing-campaign")
    calm = page.locator(f"tr[data-account='{ordinary}']")
    expect(calm).to_have_attribute("data-step", "none")
    expect(calm.locator(".score")).to_have_text("0")
    screenshot(page, "ranking")

    page.once("dialog", lambda dialog: dialog.accept())
    first.get_by_role("button", name="Restore").click()
    expect(page.locator(".flash")).to_contain_text(f"Account {prober} restored")
    expect(page.locator(f"tr[data-account='{prober}']")).to_have_attribute("data-step", "none")
    assert _chat(risk_gateway, prober_key, ORDINARY).status_code == 200


def test_an_auditor_sees_the_ranking_without_restore(
    page: Page, risk_gateway: RunningGateway
) -> None:
    """Read-only roles see the page but no Restore button."""
    sign_in(page, risk_gateway, "audrey", "/ui/admin/risk")
    expect(page.get_by_test_id("risk-ranking")).to_be_visible()
    expect(page.get_by_role("button", name="Restore")).to_have_count(0)

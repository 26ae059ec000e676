"""The admin pages in headless Chromium: sign in through OIDC, create a key, change its tier."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.support.gateway import RunningGateway

pytestmark = pytest.mark.browser


def _sign_in(page: Page, gateway: RunningGateway, login: str, start: str) -> None:
    page.goto(f"{gateway.url}{start}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any password")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(gateway.url)))


def test_admin_signs_in_creates_a_key_and_changes_its_tier(
    page: Page, oidc_gateway: RunningGateway, tmp_path: Path
) -> None:
    """Alice (admin) signs in, creates a key shown once, then moves it to another tier."""
    _sign_in(page, oidc_gateway, "alice", "/ui/admin/keys")
    expect(page).to_have_url(f"{oidc_gateway.url}/ui/admin/keys")
    expect(page.get_by_test_id("who")).to_have_text("Test alice")

    account = f"browser-{uuid.uuid4().hex[:8]}"
    form = page.get_by_test_id("create-key")
    form.locator("input[name=account]").fill(account)
    form.locator("select[name=tier]").select_option("public")
    form.get_by_role("button", name="Create key").click()
    secret = page.get_by_test_id("new-key").inner_text().strip()
    assert secret.startswith("mg_")
    page.screenshot(path=str(tmp_path / "key-created.png"))

    page.get_by_role("link", name="Back to keys").click()
    row = page.locator("tr", has_text=account)
    expect(row.locator(".state")).to_have_text("active")
    row.locator("select[name=tier]").select_option("developer")
    row.get_by_role("button", name="Change").click()
    expect(page.locator(".flash")).to_contain_text("is now in tier developer")
    expect(page.locator("tr", has_text=account).locator("select[name=tier]")).to_have_value(
        "developer"
    )
    page.screenshot(path=str(tmp_path / "tier-changed.png"), full_page=True)

    # The key really moved: the developer tier's model list answers to it.
    oidc_gateway.accept_all_terms(account)
    models = httpx.get(
        f"{oidc_gateway.url}/v1/usage", headers={"authorization": f"Bearer {secret}"}, timeout=10
    )
    assert models.json()["tier"] == "developer"


def test_reviewer_is_refused_on_the_keys_page(page: Page, oidc_gateway: RunningGateway) -> None:
    """Rita (reviewer) signs in and sees tiers, but the keys page refuses her."""
    _sign_in(page, oidc_gateway, "rita", "/ui/admin/tiers")
    expect(page.get_by_role("heading", name="Tiers")).to_be_visible()
    expect(page.get_by_role("link", name="Keys")).to_have_count(0)
    response = page.goto(f"{oidc_gateway.url}/ui/admin/keys")
    assert response is not None
    assert response.status == 403
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()


def test_sign_out_ends_the_session(page: Page, oidc_gateway: RunningGateway) -> None:
    """After signing out, the gateway's session is gone: pages redirect to sign-in again."""
    _sign_in(page, oidc_gateway, "audrey", "/ui/admin/terms")
    expect(page.get_by_role("heading", name="Acceptable-use terms")).to_be_visible()
    terms = f"{oidc_gateway.url}/ui/admin/terms"
    assert page.request.get(terms, max_redirects=0).status == 200
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Signed out")).to_be_visible()
    after = page.request.get(terms, max_redirects=0)
    assert after.status == 303
    assert after.headers["location"].startswith("/ui/login")

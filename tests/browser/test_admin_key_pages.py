"""Keys, accounts and usage pages in headless Chromium: what an admin manages day to day."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.admin_signin import sign_in
from tests.browser.conftest import Screenshot
from tests.support.gateway import RunningGateway

pytestmark = pytest.mark.browser
MONTH = re.compile(r"\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}")


def _create(page: Page, account: str, tier: str = "public") -> str:
    form = page.get_by_test_id("create-key")
    form.locator("input[name=account]").fill(account)
    form.locator("select[name=tier]").select_option(tier)
    form.get_by_role("button", name="Create key").click()
    return page.get_by_test_id("new-key").inner_text().strip()


def test_reloading_the_created_page_makes_no_second_key(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """The secret shows once; a reload shows it is gone and the account still has one key."""
    sign_in(page, oidc_gateway, "alice", "/ui/admin/keys")
    account = f"prg-{uuid.uuid4().hex[:8]}"
    secret = _create(page, account)
    assert secret.startswith("mg_")
    expect(page).to_have_url(re.compile(r"/ui/admin/keys/[^/]+/created$"))
    screenshot(page, "created")
    page.reload()
    expect(page.get_by_test_id("new-key")).to_have_count(0)
    expect(page.get_by_test_id("secret-gone")).to_contain_text("shown once")
    assert secret not in page.content()
    screenshot(page, "created-reloaded")
    page.goto(f"{oidc_gateway.url}/ui/admin/keys?q={account}")
    expect(page.get_by_test_id("key-count")).to_have_text(f"1 key matching “{account}”")


def test_rotate_set_expiry_and_last_use(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """A used key shows when it was last used; rotating shows the successor once; an expiry
    reads with its month."""
    sign_in(page, oidc_gateway, "alice", "/ui/admin/keys")
    account = f"rot-{uuid.uuid4().hex[:8]}"
    secret = _create(page, account)
    key_id = page.locator("code").first.inner_text()
    oidc_gateway.accept_all_terms(account)
    answered = httpx.post(
        f"{oidc_gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {secret}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": "hello"}]},
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    page.goto(f"{oidc_gateway.url}/ui/admin/keys?q={account}")
    row = page.locator(f"tr[data-key-id='{key_id}']")
    for _ in range(20):  # the audit record is written off the request's path
        if row.get_by_test_id("last-used").inner_text() != "never":
            break
        page.wait_for_timeout(250)
        page.reload()
    expect(row.get_by_test_id("last-used")).to_have_text(MONTH)

    row.locator("select[name=expires]").select_option("30d")
    row.get_by_role("button", name="Set").click()
    expect(page.locator(".flash")).to_contain_text(f"Key {key_id} now expires")
    expect(row.get_by_test_id("expires")).to_contain_text(MONTH)

    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="Rotate").click()
    expect(page.get_by_role("heading", name="Key rotated")).to_be_visible()
    successor = page.get_by_test_id("new-key").inner_text().strip()
    assert successor.startswith("mg_")
    assert successor != secret
    screenshot(page, "rotated")
    page.goto(f"{oidc_gateway.url}/ui/admin/keys?q={account}")
    expect(page.get_by_test_id("key-count")).to_have_text(f"2 keys matching “{account}”")
    expect(page.locator(f"tr[data-key-id='{key_id}']")).to_contain_text("replaced by")
    screenshot(page, "keys-after-rotation")


def test_search_and_paging(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """Thirty keys of one account page in twenty-fives; a search narrows to one label."""
    sign_in(page, oidc_gateway, "alice", "/ui/admin/keys")
    account = f"many-{uuid.uuid4().hex[:8]}"
    for number in range(30):
        form = page.get_by_test_id("create-key")
        form.locator("input[name=account]").fill(account)
        form.locator("input[name=label]").fill(f"label-{account}-{number:02d}")
        form.get_by_role("button", name="Create key").click()
        page.goto(f"{oidc_gateway.url}/ui/admin/keys")
    page.goto(f"{oidc_gateway.url}/ui/admin/keys?q={account}")
    expect(page.locator("tr[data-key-id]")).to_have_count(25)
    pager = page.get_by_test_id("pager")
    expect(pager).to_contain_text("Page 1 of 2")
    screenshot(page, "page-one")
    pager.get_by_role("link", name="Older →").click()
    expect(page.locator("tr[data-key-id]")).to_have_count(5)
    expect(page.locator("tr[data-key-id]").first).to_contain_text(f"label-{account}-04")
    search = page.get_by_test_id("search-keys")
    search.locator("input[name=q]").fill(f"label-{account}-17")
    search.get_by_role("button", name="Search").click()
    expect(page.locator("tr[data-key-id]")).to_have_count(1)
    screenshot(page, "search")


def test_suspend_and_resume_an_account(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """Suspending an account (after a confirmation) stops its key; resuming lets it work."""
    sign_in(page, oidc_gateway, "alice", "/ui/admin/keys")
    account = f"acct-{uuid.uuid4().hex[:8]}"
    secret = _create(page, account)
    page.get_by_role("navigation").get_by_role("link", name="Accounts").click()
    row = page.locator(f"tr[data-account='{account}']")
    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="Suspend").click()
    expect(page.locator(".flash")).to_contain_text(f"Account {account} suspended")
    expect(row.locator(".state")).to_have_text("suspended")
    screenshot(page, "suspended")
    refused = httpx.get(
        f"{oidc_gateway.url}/v1/usage", headers={"authorization": f"Bearer {secret}"}, timeout=10
    )
    assert refused.status_code in (401, 403), refused.text
    row.get_by_role("button", name="Resume").click()
    expect(row.locator(".state")).to_have_text("active")
    page.goto(f"{oidc_gateway.url}/ui/admin/keys?q={account}")
    expect(page.locator("tr[data-key-id] .state")).to_have_text("active")


def test_usage_by_key_tier_and_model(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """After a call, the usage page counts it under its key, its tier and its model."""
    account = f"use-{uuid.uuid4().hex[:8]}"
    issued = oidc_gateway.issue_key(tier="developer", account=account)
    oidc_gateway.accept_all_terms(account)
    answered = httpx.post(
        f"{oidc_gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {issued.key}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": "count me"}]},
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    sign_in(page, oidc_gateway, "audrey", "/ui/admin/usage?period=1d")
    by_key = page.get_by_test_id("usage-key")
    for _ in range(20):  # the audit record is written off the request's path
        if by_key.locator("tr", has_text=issued.record.key_id).count():
            break
        page.wait_for_timeout(250)
        page.reload()
    expect(by_key.locator("tr", has_text=issued.record.key_id)).to_contain_text(account)
    expect(page.get_by_test_id("usage-tier").locator("tr", has_text="developer")).to_be_visible()
    expect(page.get_by_test_id("usage-model").locator("tr", has_text="demo-chat")).to_be_visible()
    nav = page.get_by_role("navigation")
    expect(nav.get_by_role("link", name="Review figures")).to_be_visible()
    expect(nav.get_by_role("link", name="Review queue")).to_have_count(0)
    screenshot(page, "usage")

"""The models, tiers and terms pages in headless Chromium, as an admin sees them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Dialog, Page, expect

from tests.browser.admin_signin import sign_in
from tests.browser.conftest import Screenshot
from tests.support.gateway import RunningGateway

pytestmark = pytest.mark.browser


def _set_stage(page: Page, model: str, stage: str) -> None:
    row = page.locator(f"tr[data-model='{model}']")
    row.locator("select[name=stage]").select_option(stage)
    row.get_by_role("button", name="Set").click()
    expect(page.locator(".flash")).to_contain_text(f"{model} is now at stage {stage}")


def test_a_retired_model_shows_retired_not_serving(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """Alice retires demo-large: its status reads `retired` in grey, never a green `serving`."""
    sign_in(page, oidc_gateway, "alice", "/ui/admin/models")
    try:
        _set_stage(page, "demo-large", "retired")
        status = page.locator("tr[data-model='demo-large']").get_by_test_id("status")
        expect(status).to_have_text("retired")
        expect(status.locator(".state")).to_have_class("state status-retired")
        expect(page.locator("tr[data-model='demo-chat']").get_by_test_id("status")).to_have_text(
            "serving"
        )
        screenshot(page, "models-retired")
    finally:
        _set_stage(page, "demo-large", "limited")


def test_the_kill_switch_asks_for_a_reason_and_a_confirmation(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """Disable opens a reason field; dismissing the confirmation changes nothing; accepting
    disables the model with the reason shown beside it."""
    sign_in(page, oidc_gateway, "alice", "/ui/admin/models")
    row = page.locator("tr[data-model='demo-embed']")
    row.get_by_text("Disable…").click()
    form = page.get_by_test_id("disable-demo-embed")
    form.locator("input[name=reason]").fill("vectors drift; fix under way")
    screenshot(page, "kill-switch-reason")
    messages: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        messages.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", dismiss)
    form.get_by_role("button", name="Disable demo-embed").click()
    expect(row.get_by_test_id("status")).to_have_text("serving")
    assert "refused with 503" in messages[0]
    try:
        page.once("dialog", lambda dialog: dialog.accept())
        form.get_by_role("button", name="Disable demo-embed").click()
        expect(page.locator(".flash")).to_contain_text("demo-embed disabled: vectors drift")
        status = page.locator("tr[data-model='demo-embed']").get_by_test_id("status")
        expect(status).to_have_text("disabled vectors drift; fix under way")
        screenshot(page, "kill-switch-disabled")
    finally:
        page.locator("tr[data-model='demo-embed']").get_by_role("button", name="Enable").click()
        expect(page.locator(".flash")).to_contain_text("demo-embed enabled")


def test_tiers_page_shows_each_tiers_limits(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """Each tier lists requests, tokens and concurrency, so tiers can be assigned by them."""
    sign_in(page, oidc_gateway, "rita", "/ui/admin/tiers")
    limits = page.locator("tr[data-tier='public']").get_by_test_id("limits")
    for what in ("Requests", "Tokens", "Tokens a day", "Concurrent"):
        expect(limits.locator("dt", has_text=what).first).to_be_visible()
    expect(limits).to_contain_text("a minute")
    screenshot(page, "tiers")


def test_terms_render_as_markdown_without_raw_html(
    page: Page, oidc_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """The acceptable-use document shows a heading and a numbered list, not `#` and `1.`."""
    sign_in(page, oidc_gateway, "audrey", "/ui/admin/terms")
    body = page.get_by_test_id("terms-acceptable-use")
    expect(body.get_by_role("heading", name="Acceptable use", exact=True)).to_be_visible()
    expect(body.locator("ol > li")).to_have_count(5)
    expect(body).not_to_contain_text("# Acceptable use")
    research = page.get_by_test_id("terms-research-terms")
    expect(research.locator("code", has_text="POST /v1/reports")).to_be_visible()
    screenshot(page, "terms")

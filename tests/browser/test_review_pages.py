"""The reviewer pages in headless Chromium, signed in through the test OIDC provider."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from gateway.settings import OidcSettings
from tests.support import oidc_server
from tests.support.oidc_server import AUDIENCE, UI_CLIENT_ID, UI_CLIENT_SECRET, OidcTestProvider
from tests.support.review_gateway import HELD_PROMPT, ReviewGateway, start_review_gateway

pytestmark = pytest.mark.browser

# A second reviewer, so that two people can contend for one case.
REVIEW_USERS = {**oidc_server.USERS, "rex": ["reviewer"]}


@pytest.fixture(scope="module")
def review_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReviewGateway, str]]:
    """An OIDC provider with two reviewers, a review gateway that trusts it, and a caller key."""
    with mock.patch.dict(oidc_server.USERS, REVIEW_USERS):
        provider = OidcTestProvider(tmp_path_factory.mktemp("review-oidc")).start()
    oidc = OidcSettings(
        issuer=provider.issuer,
        client_id=UI_CLIENT_ID,
        client_secret=UI_CLIENT_SECRET,
        audience=AUDIENCE,
        roles_claim="roles",
    )
    site = start_review_gateway(tmp_path_factory.mktemp("review-browser"), overrides={"oidc": oidc})
    key = site.gateway.issue_key(tier="checked", account=f"caller-{uuid.uuid4().hex[:6]}").key
    yield site, key
    site.stop()
    provider.stop()


def _sign_in(page: Page, site: ReviewGateway, login: str, start: str) -> None:
    page.goto(f"{site.url}{start}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any password")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(site.url)))


def _held(site: ReviewGateway, key: str) -> str:
    response = site.chat(key, HELD_PROMPT)
    assert response.status_code == 423
    return str(response.json()["case_id"])


def _claim_in_browser(page: Page, site: ReviewGateway, case_id: str) -> None:
    page.goto(f"{site.url}/ui/review/")
    row = page.locator(f"tr[data-case-id='{case_id}']")
    row.get_by_role("button", name="Claim").click()
    expect(page).to_have_url(f"{site.url}/ui/review/{case_id}")
    expect(page.get_by_test_id("holder")).to_have_text("session:rita")


def test_reviewer_approves_and_the_callers_poll_gets_the_answer(
    page: Page, review_site: tuple[ReviewGateway, str], tmp_path: Path
) -> None:
    """A held call waits; Rita claims it, sees the card highlighted, approves with the `a` key."""
    site, key = review_site
    case_id = _held(site, key)
    assert site.get(key, f"/v1/reviews/{case_id}").status_code == 202
    _sign_in(page, site, "rita", "/ui/review/")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    _claim_in_browser(page, site, case_id)
    expect(page.locator("mark.finding")).to_have_text("4111 1111 1111 1111")
    expect(page.locator("mark.finding")).to_have_attribute("data-category", "pii.credit_card")
    page.screenshot(path=str(tmp_path / "case.png"), full_page=True)
    page.keyboard.press("n")
    page.keyboard.type("test card number")
    page.locator("body").click()
    page.keyboard.press("a")
    expect(page.locator(".flash")).to_contain_text("approve")
    answer = site.get(key, f"/v1/reviews/{case_id}")
    assert answer.status_code == 200
    assert answer.json()["choices"][0]["message"]["content"] == "The order is placed. Thank you."


def test_a_second_reviewer_cannot_claim_the_same_case(
    browser: Browser, review_site: tuple[ReviewGateway, str]
) -> None:
    """While Rita holds the lease, Rex sees who has it and his claim is refused."""
    site, key = review_site
    case_id = _held(site, key)
    rita_context, rex_context = browser.new_context(), browser.new_context()
    try:
        rita, rex = rita_context.new_page(), rex_context.new_page()
        _sign_in(rita, site, "rita", "/ui/review/")
        _claim_in_browser(rita, site, case_id)
        _sign_in(rex, site, "rex", f"/ui/review/{case_id}")
        expect(rex.get_by_test_id("holder")).to_have_text("session:rita")
        expect(rex.get_by_test_id("claim")).to_have_count(0)
        expect(rex.get_by_test_id("verdict")).to_have_count(0)
        csrf = rex.locator("input[name=csrf_token]").first.get_attribute("value") or ""
        refused = rex.request.post(
            f"{site.url}/ui/review/{case_id}/claim", form={"csrf_token": csrf}, max_redirects=0
        )
        assert refused.status == 409
        assert site.get(key, f"/v1/reviews/{case_id}").status_code == 202
    finally:
        rita_context.close()
        rex_context.close()


def test_reject_turns_into_a_refusal(page: Page, review_site: tuple[ReviewGateway, str]) -> None:
    """Rita rejects with a note; the caller's poll answers with a content-blocked problem."""
    site, key = review_site
    case_id = _held(site, key)
    _sign_in(page, site, "rita", "/ui/review/")
    _claim_in_browser(page, site, case_id)
    page.fill("textarea[name=note]", "a real card number")
    page.get_by_role("button", name="Reject").click()
    expect(page.locator(".flash")).to_contain_text("reject")
    refused = site.get(key, f"/v1/reviews/{case_id}")
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/content-blocked")


@pytest.mark.parametrize("login", ["alice", "audrey", "nora"])
def test_content_is_never_shown_to_a_non_reviewer(
    page: Page, review_site: tuple[ReviewGateway, str], login: str
) -> None:
    """An admin, an auditor and a user without roles are refused the queue and the case."""
    site, key = review_site
    case_id = _held(site, key)
    _sign_in(page, site, login, f"/ui/review/{case_id}")
    for path in (f"/ui/review/{case_id}", "/ui/review/"):
        response = page.goto(f"{site.url}{path}")
        assert response is not None
        assert response.status == 403
        expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
        assert "4111" not in page.content()
    assert (
        httpx.get(f"{site.url}/ui/review/{case_id}", timeout=10, follow_redirects=False).status_code
        == 303
    )


def test_auditor_sees_the_figures_page_but_no_content(
    page: Page, review_site: tuple[ReviewGateway, str]
) -> None:
    """Audrey (auditor) reads overturn rates per rule after a real decision; no prompt shows."""
    site, key = review_site
    case_id = _held(site, key)
    _sign_in(page, site, "rita", "/ui/review/")
    _claim_in_browser(page, site, case_id)
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".flash")).to_contain_text("approve")
    page.context.clear_cookies()
    _sign_in(page, site, "audrey", "/ui/review/stats")
    expect(page.get_by_role("heading", name="Review figures")).to_be_visible()
    expect(page.get_by_test_id("by-rule").locator("tr", has_text="card-hold")).to_be_visible()
    assert "4111" not in page.content()

"""The reviewer pages in headless Chromium, signed in through the test OIDC provider."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from unittest import mock

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from gateway.settings import OidcSettings
from tests.browser.conftest import Screenshot
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
    page: Page, review_site: tuple[ReviewGateway, str], screenshot: Screenshot
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
    screenshot(page, "case")
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


def test_reject_turns_into_a_refusal(
    page: Page, review_site: tuple[ReviewGateway, str], screenshot: Screenshot
) -> None:
    """Rita rejects with a note; the caller's poll is a content-blocked problem quoting it."""
    site, key = review_site
    case_id = _held(site, key)
    _sign_in(page, site, "rita", "/ui/review/")
    _claim_in_browser(page, site, case_id)
    expect(page.get_by_test_id("verdict")).to_contain_text("A reject note is sent to the caller")
    page.fill("textarea[name=note]", "send the last four digits only")
    screenshot(page, "reject-note")
    page.get_by_role("button", name="Reject").click()
    expect(page.locator(".flash")).to_contain_text("reject")
    refused = site.get(key, f"/v1/reviews/{case_id}")
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/content-blocked")
    assert refused.json()["note"] == "send the last four digits only"
    assert "send the last four digits only" in refused.json()["detail"]


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


def _conversation(site: ReviewGateway, key: str) -> str:
    """A held four-turn chat: a system prompt, a greeting, the model's reply, then the card."""
    messages = [
        {"role": "system", "content": "You take orders for a book shop."},
        {"role": "user", "content": "Hello, I want the atlas."},
        {"role": "assistant", "content": "Certainly. How would you like to pay?"},
        {"role": "user", "content": HELD_PROMPT},
    ]
    response = httpx.post(
        f"{site.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "clean", "messages": messages},
        timeout=60,
    )
    assert response.status_code in (202, 423), response.text
    return str(response.json()["case_id"])


def test_reviewer_lands_on_the_queue_and_sees_who_said_what(
    page: Page, review_site: tuple[ReviewGateway, str], screenshot: Screenshot
) -> None:
    """Rita signs in at /ui/, lands on the queue; the case shows each turn under its role."""
    site, key = review_site
    case_id = _conversation(site, key)
    _sign_in(page, site, "rita", "/ui/")
    expect(page).to_have_url(f"{site.url}/ui/review/")
    nav = page.locator("nav.nav")
    expect(nav.get_by_role("link", name="Review queue")).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("link", name="Keys")).to_have_count(0)
    screenshot(page, "queue")
    page.locator(f"tr[data-case-id='{case_id}'] a").click()
    expect(page.get_by_test_id("state")).to_have_text("waiting")
    page.get_by_test_id("claim").get_by_role("button", name="Claim").click()
    expect(page.get_by_test_id("state")).to_contain_text("claimed by session:rita until")
    turns = page.get_by_test_id("conversation").locator("li")
    expect(turns).to_have_count(4)
    assert [turns.nth(i).get_attribute("data-role") for i in range(4)] == [
        "system",
        "user",
        "assistant",
        "user",
    ]
    expect(turns.nth(2)).to_contain_text("How would you like to pay?")
    expect(turns.nth(3).locator("mark.finding")).to_have_text("4111 1111 1111 1111")
    expect(turns.nth(2).locator("mark.finding")).to_have_count(0)
    expect(page.get_by_test_id("answer")).to_have_text(
        "(none yet: the request was held before the model saw it)"
    )
    screenshot(page, "conversation-claimed")


def test_a_decision_opens_the_next_case(
    page: Page, review_site: tuple[ReviewGateway, str], screenshot: Screenshot
) -> None:
    """After approving, Rita is on the next waiting case, not back on the queue."""
    site, key = review_site
    first, _second = _held(site, key), _held(site, key)
    _sign_in(page, site, "rita", "/ui/review/")
    _claim_in_browser(page, site, first)
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".flash")).to_contain_text("approve")
    expect(page).to_have_url(re.compile(r"/ui/review/[0-9a-f]{32}\?"))
    assert first not in page.url
    expect(page.get_by_role("heading", name=re.compile("^Case "))).to_be_visible()
    screenshot(page, "next-case")


def test_an_empty_filter_says_no_case_matches(
    page: Page, review_site: tuple[ReviewGateway, str], screenshot: Screenshot
) -> None:
    """A filter nothing matches says so, rather than that nothing waits at all."""
    site, key = review_site
    _held(site, key)
    _sign_in(page, site, "rita", "/ui/review/?model=no-such-model")
    empty = page.get_by_test_id("empty")
    expect(empty).to_contain_text("No waiting case matches these filters")
    expect(page.get_by_text("Nothing waits for review")).to_have_count(0)
    screenshot(page, "empty-filter")
    empty.get_by_role("link", name="Show every case").click()
    expect(page.locator("tr[data-case-id]").first).to_be_visible()


def test_an_appealed_refusal_says_the_model_never_saw_it(
    page: Page, review_site: tuple[ReviewGateway, str], screenshot: Screenshot
) -> None:
    """A rejected hold, appealed, reads as refused before the model saw it (not as held)."""
    site, key = review_site
    case_id = _held(site, key)
    _sign_in(page, site, "rita", "/ui/review/")
    _claim_in_browser(page, site, case_id)
    page.get_by_role("button", name="Reject").click()
    expect(page.locator(".flash")).to_contain_text("reject")
    appeal = site.post(key, "/v1/reports", {"case_id": case_id, "kind": "appeal"})
    assert appeal.status_code == 201, appeal.text
    page.goto(f"{site.url}/ui/review/{case_id}")
    expect(page.get_by_test_id("facts")).to_contain_text("appeal at input")
    expect(page.get_by_test_id("answer")).to_have_text(
        "(none: the gateway refused the request before the model saw it)"
    )
    screenshot(page, "appeal")

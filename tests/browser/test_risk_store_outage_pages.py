"""With the shared risk store down, a case still opens (its pattern says why it is missing)
and the admin ranking is a 503 page that says what is wrong, never a server error."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from gateway.settings import PACKAGE_POLICIES, LimitSettings, OidcSettings, RiskSettings
from tests.support.oidc_server import AUDIENCE, UI_CLIENT_ID, UI_CLIENT_SECRET, OidcTestProvider
from tests.support.processes import RedisProcess
from tests.support.review_gateway import HELD_PROMPT, ReviewGateway, start_review_gateway

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def redis_site(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ReviewGateway, RedisProcess]]:
    """A review gateway whose risk records live in a Redis of its own (killed by the test)."""
    store = RedisProcess().start()
    provider = OidcTestProvider(tmp_path_factory.mktemp("outage-oidc")).start()
    oidc = OidcSettings(
        issuer=provider.issuer,
        client_id=UI_CLIENT_ID,
        client_secret=UI_CLIENT_SECRET,
        audience=AUDIENCE,
        roles_claim="roles",
    )
    data_dir = tmp_path_factory.mktemp("outage-review")
    (data_dir / "policies").mkdir()
    shutil.copy(PACKAGE_POLICIES / "escalation.yaml", data_dir / "policies" / "escalation.yaml")
    site = start_review_gateway(
        data_dir,
        overrides={
            "oidc": oidc,
            "risk": RiskSettings(),
            "limits": LimitSettings(redis_url=store.url),
        },
    )
    yield site, store
    site.stop()
    provider.stop()
    store.stop()


def _sign_in(page: Page, site: ReviewGateway, login: str, start: str) -> None:
    page.goto(f"{site.url}{start}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any password")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(site.url)))


def test_pages_say_the_risk_store_is_down(
    browser: Browser, redis_site: tuple[ReviewGateway, RedisProcess]
) -> None:
    """Rita opens a held case after Redis died: the prompt shows, the pattern says it cannot
    be read; Alice's ranking page answers 503 naming the risk store."""
    site, store = redis_site
    key = site.gateway.issue_key(tier="checked", account=f"outage-{uuid.uuid4().hex[:6]}").key
    held = site.chat(key, HELD_PROMPT)
    assert held.status_code == 423
    case_id = held.json()["case_id"]
    store.stop()
    rita_context, alice_context = browser.new_context(), browser.new_context()
    try:
        rita = rita_context.new_page()
        _sign_in(rita, site, "rita", f"/ui/review/{case_id}")
        expect(rita.get_by_test_id("pattern-unavailable")).to_contain_text(
            "risk store cannot be reached"
        )
        expect(rita.locator("mark.finding")).to_have_text("4111 1111 1111 1111")
        expect(rita.get_by_test_id("account-pattern")).to_have_count(0)

        alice = alice_context.new_page()
        _sign_in(alice, site, "alice", "/ui/admin/keys")
        response = alice.goto(f"{site.url}/ui/admin/risk")
        assert response is not None
        assert response.status == 503
        expect(alice.locator("body")).to_contain_text("risk store (Redis) cannot be reached")
    finally:
        rita_context.close()
        alice_context.close()

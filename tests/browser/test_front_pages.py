"""The landing page and the API explorer in headless Chromium, with every other host cut off."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import Screenshot
from tests.support.gateway import RunningGateway

pytestmark = pytest.mark.browser


@pytest.fixture
def offline_page(page: Page, sqlite_gateway: RunningGateway) -> tuple[Page, list[str]]:
    """A page that can reach the gateway only, as on an air-gapped network; the list collects
    every request to another host (each is aborted)."""
    gateway = urlsplit(sqlite_gateway.url).netloc
    elsewhere: list[str] = []

    def only_the_gateway(route: Route) -> None:
        if urlsplit(route.request.url).netloc == gateway:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", only_the_gateway)
    return page, elsewhere


def test_explorer_renders_offline(
    offline_page: tuple[Page, list[str]], sqlite_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """/openapi shows the gateway's routes with no other host reachable, and asks none."""
    page, elsewhere = offline_page
    page.goto(f"{sqlite_gateway.url}/openapi")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("ModelGate", timeout=15_000)
    expect(page.get_by_text("/v1/chat/completions").first).to_be_visible()
    screenshot(page, "explorer")
    assert elsewhere == []


def test_landing_page_leads_to_the_explorer(
    offline_page: tuple[Page, list[str]], sqlite_gateway: RunningGateway, screenshot: Screenshot
) -> None:
    """A browser at / sees links to the explorer, the API document and the admin pages."""
    page, elsewhere = offline_page
    page.goto(f"{sqlite_gateway.url}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("ModelGate")
    expect(page.get_by_test_id("admin")).to_have_attribute("href", "/ui/")
    expect(page.get_by_test_id("document")).to_have_attribute("href", "/openapi/openapi.json")
    screenshot(page, "landing")
    page.get_by_test_id("explorer").click()
    page.wait_for_url(f"{sqlite_gateway.url}/openapi")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("ModelGate", timeout=15_000)
    screenshot(page, "explorer-from-landing")
    assert elsewhere == []

"""Signing in to the pages through the test OIDC provider, shared by the admin page tests."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from tests.support.gateway import RunningGateway


def sign_in(page: Page, gateway: RunningGateway, login: str, start: str) -> None:
    """Open `start`, sign in as `login` at the provider, and come back to the gateway."""
    page.goto(f"{gateway.url}{start}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any password")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(gateway.url)))

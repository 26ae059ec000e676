"""What a browser finds at `/` and `/openapi`: a page of links, an explorer that works offline."""

from __future__ import annotations

import re

import httpx
import pytest

from gateway.http.openapi_explorer import ASSETS_PATH
from tests.support.gateway import RunningGateway

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def _references(html: str) -> list[str]:
    """Every URL the page makes the browser load (scripts, styles, icons, images)."""
    loaded = re.findall(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=['\"]([^'\"]+)['\"]", html)
    return loaded + re.findall(r"url\(['\"]?([^'\")]+)", html)


def test_explorer_loads_only_the_gateways_own_assets(sqlite_gateway: RunningGateway) -> None:
    """`/openapi` references no other host, and each asset it names is served by the gateway."""
    page = httpx.get(f"{sqlite_gateway.url}/openapi", headers={"accept": BROWSER_ACCEPT})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    references = _references(page.text)
    assert len(references) >= 4  # the script, the preset, the stylesheet, the icon
    assert all(url.startswith(f"{ASSETS_PATH}/") for url in references), references
    assert "cdn." not in page.text
    for url in references:
        asset = httpx.get(f"{sqlite_gateway.url}{url}")
        assert asset.status_code == 200, url
        assert len(asset.content) > 500, url
    script = httpx.get(f"{sqlite_gateway.url}{ASSETS_PATH}/swagger-ui-bundle.js")
    assert "javascript" in script.headers["content-type"]
    assert "SwaggerUIBundle" in script.text


@pytest.mark.parametrize("name", ["swagger-editor-bundle.js", "..%2F__init__.py", "index.css"])
def test_explorer_serves_nothing_else(sqlite_gateway: RunningGateway, name: str) -> None:
    """Files of the package the page does not load are not served."""
    response = httpx.get(f"{sqlite_gateway.url}{ASSETS_PATH}/{name}")
    assert response.status_code == 404


def test_browser_at_the_root_gets_a_page_of_links(sqlite_gateway: RunningGateway) -> None:
    """`GET /` from a browser is a page linking the explorer, the API document, /ui/ and docs."""
    page = httpx.get(f"{sqlite_gateway.url}/", headers={"accept": BROWSER_ACCEPT})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    links = set(re.findall(r'href="([^"]+)"', page.text))
    assert {"/openapi", "/openapi/openapi.json", "/ui/", "/ui/review/"} <= links
    assert "docs/upstreams.md" in page.text
    assert f'base_url="{sqlite_gateway.url}/v1"' in page.text
    for link in ("/openapi/openapi.json", "/healthz"):
        assert httpx.get(f"{sqlite_gateway.url}{link}").status_code == 200


@pytest.mark.parametrize("accept", [None, "application/json", "*/*"])
def test_api_client_at_the_root_still_gets_a_problem(
    sqlite_gateway: RunningGateway, accept: str | None
) -> None:
    """An API client (no Accept, JSON or anything) gets the 404 problem document as before."""
    headers = {"accept": accept} if accept else {}
    response = httpx.get(f"{sqlite_gateway.url}/", headers=headers)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith("/not-found")

"""Health probes and the API document."""

from __future__ import annotations

from pathlib import Path

import httpx

from gateway.demo.server import DemoUpstream
from tests.support.gateway import RunningGateway, start_gateway


def test_healthz_and_readyz_when_all_is_well(sqlite_gateway: RunningGateway) -> None:
    """Liveness answers; readiness checks the database and every upstream."""
    assert httpx.get(f"{sqlite_gateway.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{sqlite_gateway.url}/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "upstream:demo": "ok"}


def test_readyz_fails_when_the_upstream_is_down(tmp_path: Path) -> None:
    """With its upstream gone, a replica reports not ready (503) and says which check failed."""
    gw = start_gateway(tmp_path, demo=DemoUpstream())
    try:
        gw.upstream.stop()
        ready = httpx.get(f"{gw.url}/readyz", timeout=10)
        assert ready.status_code == 503
        assert ready.json()["checks"]["upstream:demo"].startswith("unavailable")
        assert ready.json()["checks"]["database"] == "ok"
    finally:
        gw.gateway.stop()


def test_openapi_document_lists_the_developer_api(sqlite_gateway: RunningGateway) -> None:
    """The served OpenAPI document describes every developer route."""
    document = httpx.get(f"{sqlite_gateway.url}/openapi/openapi.json").json()
    paths = set(document["paths"])
    expected = {"/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/models"}
    assert expected | {"/v1/models/{model}/infer", "/v1/usage", "/healthz", "/readyz"} <= paths


def test_unknown_routes_are_problems_with_request_ids(sqlite_gateway: RunningGateway) -> None:
    """An unknown path or a wrong method gets a problem document and an X-Request-Id."""
    missing = httpx.get(f"{sqlite_gateway.url}/v2/nothing")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.headers["x-request-id"]
    wrong = httpx.delete(f"{sqlite_gateway.url}/v1/chat/completions")
    assert wrong.status_code == 405
    assert wrong.json()["type"].endswith("/method-not-allowed")

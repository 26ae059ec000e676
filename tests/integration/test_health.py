"""Health probes and the API document."""

from __future__ import annotations

from pathlib import Path

import httpx

from gateway.demo.server import DemoUpstream
from gateway.settings import PACKAGE_POLICIES
from tests.support.gateway import RunningGateway, start_gateway
from tests.support.policies import policies_with_models
from tests.support.processes import free_port


def test_healthz_and_readyz_when_all_is_well(sqlite_gateway: RunningGateway) -> None:
    """Liveness answers; readiness checks the database and every upstream."""
    assert httpx.get(f"{sqlite_gateway.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{sqlite_gateway.url}/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "upstream:demo": "ok"}


def test_readyz_fails_when_the_upstream_is_down(tmp_path: Path) -> None:
    """With its only upstream gone, a replica reports not ready (503) and says which check
    failed: it could serve nothing."""
    gw = start_gateway(tmp_path, demo=DemoUpstream())
    try:
        gw.upstream.stop()
        ready = httpx.get(f"{gw.url}/readyz", timeout=10)
        assert ready.status_code == 503
        assert ready.json()["checks"]["upstream:demo"].startswith("unavailable")
        assert ready.json()["checks"]["database"] == "ok"
    finally:
        gw.gateway.stop()


def test_one_dead_model_server_leaves_the_replica_ready(tmp_path: Path) -> None:
    """A replica whose other upstream answers stays in rotation (200, `degraded`): its models
    still serve, and only the dead server's model is refused, with 502."""
    models = (PACKAGE_POLICIES / "models.yaml").read_text(encoding="utf-8")
    models = models.replace(
        "upstreams:\n",
        f"upstreams:\n  gone:\n    base_url: http://127.0.0.1:{free_port()}\n"
        "    timeout: {connect: 0.5, read: 2}\n",
        1,
    ).replace("  demo-embed:\n    upstream: demo\n", "  demo-embed:\n    upstream: gone\n", 1)
    gw = start_gateway(tmp_path, policies_dir=policies_with_models(tmp_path / "p", models))
    try:
        ready = httpx.get(f"{gw.url}/readyz", timeout=10)
        assert ready.status_code == 200
        body = ready.json()
        assert body["status"] == "degraded"
        assert body["checks"]["upstream:demo"] == "ok"
        assert body["checks"]["upstream:gone"].startswith("unavailable")
        headers = {"authorization": f"Bearer {gw.issue_key().key}"}
        chat = {"model": "demo-chat", "messages": [{"role": "user", "content": "hi"}]}
        embed = {"model": "demo-embed", "input": "hi"}
        assert (
            httpx.post(f"{gw.url}/v1/chat/completions", json=chat, headers=headers).status_code
            == 200
        )
        refused = httpx.post(f"{gw.url}/v1/embeddings", json=embed, headers=headers, timeout=10)
        assert (refused.status_code, refused.json()["type"].rsplit("/", 1)[-1]) == (
            502,
            "upstream-unavailable",
        )
    finally:
        gw.gateway.stop()
        gw.upstream.stop()


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

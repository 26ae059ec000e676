"""Every admin route, for every role and for no sign-in: the role matrix, enforced."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from gateway.admin.local_tokens import LocalTokenAuthority, local_secret_path
from gateway.admin.roles import ROLE_PERMISSIONS, Permission, Role
from gateway.admin.secret_files import secret_from_file
from tests.support.admin_tokens import bearer, local_token
from tests.support.gateway import RunningGateway

P = Permission


@dataclass(frozen=True)
class AdminRoute:
    """One admin route, what it needs, and a request that succeeds for an allowed caller."""

    method: str
    template: str
    permission: Permission
    body: Any = None
    # What a caller past the guard gets: a success, or for the risk routes on this gateway,
    # which runs without risk tracking, the 404 saying so.
    granted: tuple[int, ...] = (200, 201)


ROUTES = [
    AdminRoute("GET", "/admin/whoami", P.CATALOG_READ),
    AdminRoute("GET", "/admin/keys", P.ACCESS_READ),
    AdminRoute("POST", "/admin/keys", P.ACCESS_WRITE, {"account": "matrix", "tier": "public"}),
    AdminRoute("GET", "/admin/keys/{key_id}", P.ACCESS_READ),
    AdminRoute("POST", "/admin/keys/{key_id}/revoke", P.ACCESS_WRITE),
    AdminRoute("POST", "/admin/keys/{key_id}/rotate", P.ACCESS_WRITE, {"grace_seconds": 60}),
    AdminRoute("PUT", "/admin/keys/{key_id}/tier", P.ACCESS_WRITE, {"tier": "developer"}),
    AdminRoute("PUT", "/admin/keys/{key_id}/expiry", P.ACCESS_WRITE, {"expires_at": None}),
    AdminRoute("GET", "/admin/accounts", P.ACCESS_READ),
    AdminRoute("POST", "/admin/accounts/{name}/suspend", P.ACCESS_WRITE),
    AdminRoute("POST", "/admin/accounts/{name}/resume", P.ACCESS_WRITE),
    # The account's risk record and its reversal (issue 18).
    AdminRoute("GET", "/admin/accounts/{name}/risk", P.ACCESS_READ, granted=(404,)),
    AdminRoute("POST", "/admin/accounts/{name}/risk/restore", P.ACCESS_WRITE, granted=(404,)),
    AdminRoute("POST", "/admin/accounts/{name}/risk/reset", P.ACCESS_WRITE, granted=(404,)),
    AdminRoute("GET", "/admin/tiers", P.CATALOG_READ),
    AdminRoute("GET", "/admin/tiers/{name}", P.CATALOG_READ),
    AdminRoute("GET", "/admin/models", P.CATALOG_READ),
    AdminRoute("PUT", "/admin/models/{name}/stage", P.MODELS_WRITE, {"stage": None}),
    AdminRoute("POST", "/admin/models/{name}/disable", P.MODELS_WRITE, {"reason": "matrix"}),
    AdminRoute("POST", "/admin/models/{name}/enable", P.MODELS_WRITE),
    AdminRoute("GET", "/admin/terms", P.CATALOG_READ),
    AdminRoute("GET", "/admin/terms/{doc_id}/acceptances", P.ACCESS_READ),
    AdminRoute("GET", "/admin/usage", P.ACCESS_READ),
    # The review queue's figures (issue 6): admins and auditors, never content.
    AdminRoute("GET", "/admin/reviews/stats", P.ACCESS_READ),
]
CALLERS = ["admin", "reviewer", "auditor", "no-role", "anonymous"]


def _path(route: AdminRoute, gw: RunningGateway) -> str:
    key_id = gw.issue_key(tier="public", account="matrix-account").record.key_id
    names = {"name": "matrix-account"}
    if "/models/" in route.template:
        names["name"] = "demo-embed"
    if "/tiers/" in route.template:
        names["name"] = "public"
    return route.template.format(key_id=key_id, doc_id="acceptable-use", **names)


def test_matrix_covers_every_admin_route(local_gateway: RunningGateway) -> None:
    """The table below lists every route the app serves under /admin/, and nothing else."""
    served = {
        (method, route.path.rstrip("/").replace(":str}", "}"))
        for route in local_gateway.gateway.app.routes
        if route.path.startswith("/admin")
        for method in getattr(route, "methods", ())
        if method not in ("HEAD", "OPTIONS")
    }
    listed = {(r.method, r.template) for r in ROUTES}
    assert served == listed


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.template}")
def test_role_matrix(local_gateway: RunningGateway, route: AdminRoute, caller: str) -> None:
    """A caller whose roles grant the route's permission gets through; others get 401 or 403."""
    headers: dict[str, str] = {}
    if caller == "no-role":
        headers = bearer(local_token(local_gateway.settings.storage.data_dir))
    elif caller != "anonymous":
        headers = bearer(local_token(local_gateway.settings.storage.data_dir, caller))
    response = httpx.request(
        route.method,
        local_gateway.url + _path(route, local_gateway),
        json=route.body,
        headers=headers,
        timeout=10,
    )
    if caller == "anonymous":
        assert response.status_code == 401
        assert response.json()["type"].endswith("/unauthenticated")
        assert response.headers["www-authenticate"].startswith("Bearer")
    elif caller == "no-role" or route.permission not in ROLE_PERMISSIONS[Role(caller)]:
        assert response.status_code == 403, response.text
        assert response.json()["type"].endswith("/forbidden-role")
    else:
        assert response.status_code in route.granted, response.text
        if response.status_code == 404:
            assert "risk tracking is off" in response.json()["detail"]
    assert response.headers["content-type"].startswith(
        "application/json" if response.status_code < 400 else "application/problem+json"
    )


def test_admin_routes_are_in_the_openapi_schema(local_gateway: RunningGateway) -> None:
    """Every admin route is documented in the OpenAPI document under the `admin` tag."""
    schema = httpx.get(f"{local_gateway.url}/openapi/openapi.json", timeout=10).json()
    documented = {
        (method.upper(), path.rstrip("/"))
        for path, operations in schema["paths"].items()
        if path.startswith("/admin")
        for method, operation in operations.items()
        if "admin" in operation.get("tags", [])
    }
    assert {(r.method, r.template) for r in ROUTES} <= documented


def test_expired_and_forged_local_tokens_are_refused(local_gateway: RunningGateway) -> None:
    """An expired local token, one signed with another secret, and garbage all get 401."""
    data_dir = local_gateway.settings.storage.data_dir
    real = LocalTokenAuthority(secret_from_file(local_secret_path(data_dir)))
    stale = real.issue("tester", [Role.ADMIN], 60, now=1_000_000)
    forged = LocalTokenAuthority(b"0" * 32).issue("mallory", [Role.ADMIN], 600)
    for token in (forged, stale, "not-a-jwt", "mg_looks_like_an_api_key"):
        response = httpx.get(f"{local_gateway.url}/admin/keys", headers=bearer(token), timeout=10)
        assert response.status_code == 401
        assert response.json()["type"].endswith("/unauthenticated")

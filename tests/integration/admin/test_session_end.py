"""Page sessions end at the sign-in token's expiry and at logout; local tokens can be revoked.

Every check runs on SQLite and PostgreSQL: the state that ends a session lives in the database
so that every replica honours it.
"""

from __future__ import annotations

import base64
import json
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.tables import audit_records
from gateway.cli import main
from tests.support.admin_tokens import bearer, local_token
from tests.support.gateway import RunningGateway

SESSION_COOKIE = "modelgate_session"


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None, html
    return found.group(1)


def _cli(gateway: RunningGateway, *args: str) -> str:
    env = {"MODELGATE_DATA_DIR": str(gateway.settings.storage.data_dir)}
    if gateway.settings.storage.database_url:
        env["MODELGATE_DATABASE_URL"] = gateway.settings.storage.database_url
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output.strip()


def _claims(token: str) -> dict[str, object]:
    """The (already verified elsewhere) claims of a JWT, read without checking."""
    payload = token.split(".")[1]
    claims: dict[str, object] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return claims


@contextmanager
def _sign_in(gateway: RunningGateway, token: str) -> Iterator[httpx.Client]:
    """A browser-like client (redirects not followed) signed in to the pages with `token`."""
    with httpx.Client(base_url=gateway.url, follow_redirects=False, timeout=10) as client:
        login = client.get("/ui/login")
        landed = client.post(
            "/ui/login",
            data={"csrf_token": _csrf(login.text), "token": token, "next": "/ui/admin/keys"},
        )
        assert landed.status_code == 303, landed.text
        assert landed.headers["location"] == "/ui/admin/keys"
        yield client


def _admin_audit_targets(gateway: RunningGateway) -> list[str]:
    async def read(engine: AsyncEngine) -> list[str]:
        async with engine.connect() as connection:
            rows = await connection.scalars(
                select(audit_records.c.target).where(
                    audit_records.c.kind == "admin",
                    audit_records.c.action == "admin_token.revoke",
                )
            )
            return [str(target) for target in rows]

    return gateway.with_engine(read)


def _sent_to_sign_in(response: httpx.Response) -> bool:
    return response.status_code == 303 and response.headers["location"].startswith("/ui/login")


@pytest.fixture
def admin_api(running_gateway: RunningGateway) -> Iterator[httpx.Client]:
    """An admin API client with a local admin token."""
    token = local_token(running_gateway.settings.storage.data_dir, "admin", subject="ops")
    with httpx.Client(base_url=running_gateway.url, headers=bearer(token), timeout=10) as client:
        yield client


def test_a_session_ends_when_its_sign_in_token_expires(running_gateway: RunningGateway) -> None:
    """Signed in with a 3-second token, the pages send you to sign in once it has expired."""
    token = local_token(running_gateway.settings.storage.data_dir, "admin", ttl=3)
    expires_at = float(str(_claims(token)["exp"]))
    with _sign_in(running_gateway, token) as browser:
        assert browser.get("/ui/admin/keys").status_code == 200
        while time.time() <= expires_at:  # the session is set to last 8 hours
            time.sleep(0.2)
        assert _sent_to_sign_in(browser.get("/ui/admin/keys"))


def test_a_cookie_saved_before_logout_is_refused_after_it(
    running_gateway: RunningGateway, admin_api: httpx.Client
) -> None:
    """Replaying the session cookie after logout opens no page and changes no key's tier."""
    created = admin_api.post(
        "/admin/keys", json={"account": f"replay-{uuid.uuid4().hex[:8]}", "tier": "public"}
    )
    assert created.status_code == 201, created.text
    key_id = created.json()["record"]["id"]
    token = local_token(running_gateway.settings.storage.data_dir, "admin", subject="pat")
    with _sign_in(running_gateway, token) as browser:
        keys_page = browser.get("/ui/admin/keys")
        csrf = _csrf(keys_page.text)
        saved_cookie = browser.cookies[SESSION_COOKIE]
        logout = browser.post("/ui/logout", data={"csrf_token": csrf})
        assert logout.status_code == 200
    with httpx.Client(base_url=running_gateway.url, follow_redirects=False, timeout=10) as thief:
        thief.cookies.set(SESSION_COOKIE, saved_cookie, path="/ui")
        assert _sent_to_sign_in(thief.get("/ui/admin/keys"))
        change = thief.post(
            f"/ui/admin/keys/{key_id}/tier", data={"csrf_token": csrf, "tier": "developer"}
        )
        assert _sent_to_sign_in(change)
    assert admin_api.get(f"/admin/keys/{key_id}").json()["tier"] == "public"


def test_a_revoked_local_token_is_refused_and_its_session_ends(
    running_gateway: RunningGateway,
) -> None:
    """After `modelgate admin revoke-token`, the API says 401 and the pages ask to sign in."""
    token = _cli(running_gateway, "admin", "token", "--role", "admin", "--subject", "leaver")
    listed = json.loads(_cli(running_gateway, "admin", "tokens", "--json"))
    (entry,) = [t for t in listed if t["subject"] == "leaver" and t["revoked_at"] is None]
    assert entry["roles"] == ["admin"]
    assert token not in json.dumps(listed)
    with _sign_in(running_gateway, token) as browser:
        assert browser.get("/ui/admin/keys").status_code == 200
        assert httpx.get(f"{running_gateway.url}/admin/whoami", headers=bearer(token)).is_success

        _cli(running_gateway, "admin", "revoke-token", entry["jti"])

        api = httpx.get(f"{running_gateway.url}/admin/whoami", headers=bearer(token), timeout=10)
        assert api.status_code == 401
        assert api.headers["content-type"].startswith("application/problem+json")
        assert "revoked" in api.json()["detail"]
        assert _sent_to_sign_in(browser.get("/ui/admin/keys"))
    with httpx.Client(base_url=running_gateway.url, timeout=10) as again:
        login = again.get("/ui/login")
        retry = again.post("/ui/login", data={"csrf_token": _csrf(login.text), "token": token})
        assert retry.status_code == 401
    listed = json.loads(_cli(running_gateway, "admin", "tokens", "--json"))
    assert [t["revoked_at"] is not None for t in listed if t["jti"] == entry["jti"]] == [True]
    assert f"admin_token:{entry['jti']}" in _admin_audit_targets(running_gateway)


def test_a_token_minted_outside_the_cli_can_be_revoked_by_its_id(
    running_gateway: RunningGateway,
) -> None:
    """A token the gateway never recorded is refused once its `jti` is revoked."""
    token = local_token(running_gateway.settings.storage.data_dir, "auditor")
    jti = str(_claims(token)["jti"])
    assert httpx.get(f"{running_gateway.url}/admin/whoami", headers=bearer(token)).is_success
    _cli(running_gateway, "admin", "revoke-token", jti)
    refused = httpx.get(f"{running_gateway.url}/admin/whoami", headers=bearer(token), timeout=10)
    assert refused.status_code == 401

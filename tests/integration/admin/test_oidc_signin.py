"""Sign-in through a real OIDC provider: bearer JWTs on the admin API, the code flow for pages."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from joserfc.jwk import RSAKey

from tests.support.admin_tokens import bearer, local_token
from tests.support.gateway import RunningGateway
from tests.support.oidc_server import (
    AUDIENCE,
    SHORT_ID_TOKEN_SECONDS,
    SHORT_ID_TOKEN_USER,
    OidcTestProvider,
)

ROLE_OF_ROBOT = {
    "robot-admin": ["admin"],
    "robot-reviewer": ["reviewer"],
    "robot-auditor": ["auditor"],
    "robot-none": [],
}


@pytest.mark.parametrize(("robot", "roles"), ROLE_OF_ROBOT.items())
def test_provider_tokens_map_to_roles(
    oidc_provider: OidcTestProvider, oidc_gateway: RunningGateway, robot: str, roles: list[str]
) -> None:
    """The roles claim of a provider-issued access token becomes the caller's roles."""
    token = oidc_provider.robot_token(robot)
    response = httpx.get(f"{oidc_gateway.url}/admin/whoami", headers=bearer(token), timeout=10)
    if not roles:
        assert response.status_code == 403
        assert response.json()["type"].endswith("/forbidden-role")
        return
    assert response.status_code == 200, response.text
    assert response.json() == {"subject": robot, "roles": roles, "via": "oidc", "name": None}


def test_reviewer_is_refused_on_admin_routes(
    oidc_provider: OidcTestProvider, oidc_gateway: RunningGateway
) -> None:
    """A reviewer may read the catalogue but may not mint keys, list keys or change models."""
    headers = bearer(oidc_provider.robot_token("robot-reviewer"))
    url = oidc_gateway.url
    assert httpx.get(f"{url}/admin/tiers", headers=headers, timeout=10).status_code == 200
    refused = [
        httpx.post(f"{url}/admin/keys", json={"account": "x", "tier": "public"}, headers=headers),
        httpx.get(f"{url}/admin/keys", headers=headers),
        httpx.post(f"{url}/admin/models/demo-chat/disable", headers=headers),
    ]
    for response in refused:
        assert response.status_code == 403
        assert response.json()["type"].endswith("/forbidden-role")


def _refused(gateway: RunningGateway, token: str) -> str:
    response = httpx.get(f"{gateway.url}/admin/whoami", headers=bearer(token), timeout=10)
    assert response.status_code == 401, response.text
    assert response.json()["type"].endswith("/unauthenticated")
    return str(response.json()["detail"])


def test_expired_and_wrongly_signed_tokens_are_refused(
    oidc_provider: OidcTestProvider, oidc_gateway: RunningGateway
) -> None:
    """Expired, foreign-signed, wrong-audience, wrong-issuer and unknown-key tokens get 401."""
    now = int(time.time())
    admin = {"roles": ["admin"]}
    stranger = RSAKey.generate_key(2048, parameters={"kid": "test-key-1"}, private=True)
    assert "expired" in _refused(oidc_gateway, oidc_provider.forge({**admin, "exp": now - 120}))
    forged = oidc_provider.forge({**admin, "exp": now + 600}, key=stranger)
    assert "signature" in _refused(oidc_gateway, forged)
    _refused(oidc_gateway, oidc_provider.forge({**admin, "exp": now + 600, "aud": "other-api"}))
    _refused(oidc_gateway, oidc_provider.forge({**admin, "exp": now + 600, "iss": "http://evil"}))
    unknown_kid = oidc_provider.forge({**admin, "exp": now + 600}, key=stranger, kid="rotated")
    _refused(oidc_gateway, unknown_kid)
    # A well-formed token signed with the provider's key is accepted: the checks above are real.
    good = oidc_provider.forge({**admin, "exp": now + 600, "sub": "forge-control"})
    response = httpx.get(f"{oidc_gateway.url}/admin/whoami", headers=bearer(good), timeout=10)
    assert response.status_code == 200


def test_local_tokens_are_refused_when_a_provider_is_configured(
    oidc_gateway: RunningGateway,
) -> None:
    """With OIDC configured, a locally minted admin token is not a way in."""
    token = local_token(oidc_gateway.settings.storage.data_dir, "admin")
    _refused(oidc_gateway, token)


@contextmanager
def _signed_in(gateway: RunningGateway, login: str) -> Iterator[httpx.Client]:
    """Walk the browser's code flow: gateway -> provider login form -> callback -> session."""
    with httpx.Client(follow_redirects=True, timeout=15) as client:
        page = client.get(f"{gateway.url}/ui/login?next=/ui/admin/tiers")
        assert "/interaction/" in str(page.url), page.text
        action = re.search(r'action="([^"]+)"', page.text)
        assert action is not None
        form_url = httpx.URL(str(page.url)).join(action.group(1))
        form = {"prompt": "login", "login": login, "password": "any"}
        landed = client.post(form_url, data=form)
        assert landed.url.path == "/ui/admin/tiers", landed.text
        yield client


def test_browser_flow_signs_in_with_pkce_and_maps_roles(
    oidc_provider: OidcTestProvider, oidc_gateway: RunningGateway
) -> None:
    """Code flow with PKCE ends on the page asked for, with an HttpOnly SameSite=Lax session."""
    with httpx.Client(follow_redirects=False, timeout=15) as client:
        start = client.get(f"{oidc_gateway.url}/ui/login")
    assert start.status_code == 303
    location = httpx.URL(start.headers["location"])
    assert location.params["code_challenge_method"] == "S256"
    assert location.params["code_challenge"]
    assert location.params["nonce"]
    assert str(location).startswith(oidc_provider.issuer)
    session_cookie = start.headers["set-cookie"]
    assert "HttpOnly" in session_cookie
    assert "SameSite=Lax" in session_cookie or "samesite=lax" in session_cookie.lower()

    with _signed_in(oidc_gateway, "alice") as alice:
        tiers = alice.get(f"{oidc_gateway.url}/ui/admin/tiers")
        assert tiers.status_code == 200
        assert "Test alice" in tiers.text
        assert "admin" in tiers.text
        assert alice.get(f"{oidc_gateway.url}/ui/admin/keys").status_code == 200


def test_a_session_ends_when_its_id_token_expires(oidc_gateway: RunningGateway) -> None:
    """Signed in with a 5-second ID token, the pages send you to sign in once it has expired."""
    tiers = f"{oidc_gateway.url}/ui/admin/tiers"
    with _signed_in(oidc_gateway, SHORT_ID_TOKEN_USER) as brief:
        signed_in_at = time.time()  # the ID token was issued before this
        assert brief.get(tiers, follow_redirects=False).status_code == 200
        while time.time() <= signed_in_at + SHORT_ID_TOKEN_SECONDS + 1:  # sessions last 8 h
            time.sleep(0.2)
        later = brief.get(tiers, follow_redirects=False)
    assert later.status_code == 303
    assert later.headers["location"].startswith("/ui/login")


def test_reviewer_signed_in_is_refused_on_admin_pages(oidc_gateway: RunningGateway) -> None:
    """A reviewer sees the catalogue pages but gets 403 on the keys page."""
    with _signed_in(oidc_gateway, "rita") as rita:
        assert rita.get(f"{oidc_gateway.url}/ui/admin/tiers").status_code == 200
        keys = rita.get(f"{oidc_gateway.url}/ui/admin/keys")
    assert keys.status_code == 403
    assert "Not allowed" in keys.text


def test_callback_without_a_started_sign_in_is_refused(oidc_gateway: RunningGateway) -> None:
    """A forged callback (no state in the session) never signs anyone in."""
    with httpx.Client(follow_redirects=False, timeout=10) as client:
        response = client.get(f"{oidc_gateway.url}/ui/callback?code=stolen&state=whatever")
        assert response.status_code == 400
        assert client.get(f"{oidc_gateway.url}/ui/admin/tiers").status_code == 303


def test_audience_setting_is_used(oidc_gateway: RunningGateway) -> None:
    """The gateway under test checks the audience the provider puts in its access tokens."""
    assert oidc_gateway.settings.oidc.audience == AUDIENCE

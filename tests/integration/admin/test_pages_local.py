"""Pages without an identity provider: token sign-in, CSRF on every form, escaping."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.support.admin_tokens import local_token
from tests.support.gateway import RunningGateway


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None, html
    return found.group(1)


@pytest.fixture
def signed_in(local_gateway: RunningGateway) -> Iterator[httpx.Client]:
    """A browser-like client signed in to the pages with a local admin token."""
    with httpx.Client(base_url=local_gateway.url, follow_redirects=True, timeout=10) as client:
        login = client.get("/ui/login?next=/ui/admin/keys")
        token = local_token(local_gateway.settings.storage.data_dir, "admin", subject="pat")
        landed = client.post(
            "/ui/login",
            data={"csrf_token": _csrf(login.text), "token": token, "next": "/ui/admin/keys"},
        )
        assert landed.url.path == "/ui/admin/keys"
        yield client


def test_local_token_signs_in_to_the_pages(signed_in: httpx.Client) -> None:
    """The pasted token opens the keys page, which names who is signed in."""
    page = signed_in.get("/ui/admin/keys")
    assert page.status_code == 200
    assert 'data-testid="who">pat<' in page.text


def test_bad_token_and_missing_csrf_are_refused(local_gateway: RunningGateway) -> None:
    """A wrong token re-shows the form with 401; a form without its CSRF token gets 400."""
    with httpx.Client(base_url=local_gateway.url, timeout=10) as client:
        login = client.get("/ui/login")
        bad = client.post("/ui/login", data={"csrf_token": _csrf(login.text), "token": "nope"})
        assert bad.status_code == 401
        token = local_token(local_gateway.settings.storage.data_dir, "admin")
        assert client.post("/ui/login", data={"token": token}).status_code == 400


def test_every_form_needs_its_csrf_token(signed_in: httpx.Client) -> None:
    """Creating a key, changing a tier, revoking and switching a model all check the token."""
    account = f"csrf-{uuid.uuid4().hex[:8]}"
    forms = [
        ("/ui/admin/keys", {"account": account, "tier": "public"}),
        ("/ui/admin/keys/AAAAAAAAAAAA/tier", {"tier": "developer"}),
        ("/ui/admin/keys/AAAAAAAAAAAA/revoke", {}),
        ("/ui/admin/models/demo-chat/disable", {}),
        ("/ui/admin/models/demo-chat/stage", {"stage": "retired"}),
        ("/ui/logout", {}),
    ]
    for path, data in forms:
        for token in (None, "forged-token"):
            fields = data if token is None else {**data, "csrf_token": token}
            response = signed_in.post(path, data=fields)
            assert response.status_code == 400, path
    assert account not in signed_in.get("/ui/admin/keys").text


def test_created_key_is_shown_once_and_markup_is_escaped(signed_in: httpx.Client) -> None:
    """The key appears on the creation page only; an account name with markup stays text."""
    account = f"<b>x{uuid.uuid4().hex[:6]}</b>"
    keys = signed_in.get("/ui/admin/keys")
    created = signed_in.post(
        "/ui/admin/keys",
        data={"csrf_token": _csrf(keys.text), "account": account, "tier": "public"},
    )
    assert created.status_code == 200
    secret = re.search(r"mg_[0-9A-Za-z_]+", created.text)
    assert secret is not None
    listing = signed_in.get("/ui/admin/keys").text
    assert secret.group(0) not in listing
    assert account not in listing
    assert account.replace("<", "&lt;").replace(">", "&gt;") in listing

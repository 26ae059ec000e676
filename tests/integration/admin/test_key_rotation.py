"""Key rotation never revives a dead key, gives a key one live successor, and shares its quota."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from click.testing import CliRunner

from gateway.cli import main
from tests.support.admin_tokens import bearer, local_token
from tests.support.gateway import RunningGateway


@pytest.fixture
def admin(local_gateway: RunningGateway) -> Iterator[httpx.Client]:
    """An admin API client with every role."""
    token = local_token(local_gateway.settings.storage.data_dir, "admin", subject="ops")
    with httpx.Client(base_url=local_gateway.url, headers=bearer(token), timeout=10) as client:
        yield client


def _new_key(gw: RunningGateway, admin: httpx.Client, tier: str = "developer") -> tuple[str, str]:
    account = f"rot-{uuid.uuid4().hex[:8]}"
    created = admin.post("/admin/keys", json={"account": account, "tier": tier}).json()
    gw.accept_all_terms(account)
    return created["key"], created["record"]["id"]


def _chat(gw: RunningGateway, key: str) -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": "hi"}]},
        timeout=10,
    )


def _assert_not_rotatable(response: httpx.Response, reason: str) -> None:
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/problem+json"
    document = response.json()
    assert document["type"].endswith("/key-not-rotatable")
    assert reason in document["detail"]


def _keys_of(admin: httpx.Client, key_id: str) -> list[str]:
    account = admin.get(f"/admin/keys/{key_id}").json()["account"]
    return [key["id"] for key in admin.get("/admin/keys").json() if key["account"] == account]


def test_rotating_a_revoked_key_is_refused_and_issues_nothing(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """A revoked key's rotation answers 409 key-not-rotatable; no working successor appears."""
    _, key_id = _new_key(local_gateway, admin)
    admin.post(f"/admin/keys/{key_id}/revoke")
    refused = admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 3600})
    _assert_not_rotatable(refused, "revoked")
    assert "key" not in refused.json()
    assert _keys_of(admin, key_id) == [key_id]


def test_rotating_a_key_whose_grace_ended_does_not_revive_it(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """Once its grace is over, rotating the old key again is refused and it stays dead."""
    old_key, key_id = _new_key(local_gateway, admin)
    admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 0})
    refused = admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 3600})
    _assert_not_rotatable(refused, "already rotated")
    assert _chat(local_gateway, old_key).json()["type"].endswith("/key-revoked")


def test_a_key_has_at_most_one_live_successor(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """Rotating again within the grace period is refused and names the successor to rotate."""
    _, key_id = _new_key(local_gateway, admin)
    first = admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 3600}).json()
    successor = first["record"]["id"]
    refused = admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 3600})
    _assert_not_rotatable(refused, successor)
    assert sorted(_keys_of(admin, key_id)) == sorted([key_id, successor])
    onward = admin.post(f"/admin/keys/{successor}/rotate", json={"grace_seconds": 3600})
    assert onward.status_code == 201
    assert _chat(local_gateway, onward.json()["key"]).status_code == 200


def test_the_cli_refuses_to_rotate_a_revoked_key(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """`modelgate keys rotate` on a revoked key exits non-zero with the reason, and no key."""
    _, key_id = _new_key(local_gateway, admin)
    admin.post(f"/admin/keys/{key_id}/revoke")
    env = {"MODELGATE_DATA_DIR": str(local_gateway.settings.storage.data_dir)}
    result = CliRunner().invoke(main, ["keys", "rotate", key_id, "--json"], env=env)
    assert result.exit_code != 0
    assert "revoked" in result.output
    assert "mg_" not in result.output
    assert _keys_of(admin, key_id) == [key_id]


def test_rotation_successors_share_one_request_quota(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """On the 60/min public tier, a key and two generations of successors get 60 in all."""
    key, key_id = _new_key(local_gateway, admin, tier="public")
    second = admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 3600}).json()
    third = admin.post(
        f"/admin/keys/{second['record']['id']}/rotate", json={"grace_seconds": 3600}
    ).json()
    keys = [key, second["key"], third["key"]]
    statuses = [_chat(local_gateway, keys[i % 3]).status_code for i in range(60)]
    assert statuses == [200] * 60
    for each in keys:
        refused = _chat(local_gateway, each)
        assert refused.status_code == 429, refused.text
        assert refused.json()["limit"] == "requests"

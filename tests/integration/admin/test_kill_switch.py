"""Release stages, the kill switch, revocation and suspension through the admin API and CLI."""

from __future__ import annotations

import time
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
    """An admin API client; demo-chat is put back to normal afterwards."""
    token = local_token(local_gateway.settings.storage.data_dir, "admin", subject="ops")
    with httpx.Client(base_url=local_gateway.url, headers=bearer(token), timeout=10) as client:
        yield client
        client.post("/admin/models/demo-chat/enable")
        client.put("/admin/models/demo-chat/stage", json={"stage": None})


def _chat(gw: RunningGateway, key: str, model: str = "demo-chat") -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": model, "messages": [{"role": "user", "content": "hi"}]},
        timeout=10,
    )


def test_disabled_model_is_refused_with_its_own_problem(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """Disable: 503 model-disabled with the reason; enable: served again."""
    key = local_gateway.issue_key().key
    response = admin.post("/admin/models/demo-chat/disable", json={"reason": "incident 42"})
    assert response.json()["disabled"] is True
    refused = _chat(local_gateway, key)
    assert refused.status_code == 503
    assert refused.json()["type"].endswith("/model-disabled")
    assert "incident 42" in refused.json()["detail"]
    models = httpx.get(f"{local_gateway.url}/v1/models", headers=bearer(key), timeout=10).json()
    assert "demo-chat" not in [m["id"] for m in models["data"]]
    admin.post("/admin/models/demo-chat/enable")
    assert _chat(local_gateway, key).status_code == 200


def test_stage_changes_apply_on_top_of_the_catalogue(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """Retired gives 410; internal hides the model from developers; default restores it."""
    key = local_gateway.issue_key().key
    admin.put("/admin/models/demo-chat/stage", json={"stage": "retired"})
    assert _chat(local_gateway, key).status_code == 410
    assert _chat(local_gateway, key).json()["type"].endswith("/model-retired")
    view = admin.put("/admin/models/demo-chat/stage", json={"stage": "internal"}).json()
    assert (view["stage"], view["configured_stage"]) == ("internal", "general")
    assert _chat(local_gateway, key).json()["type"].endswith("/model-not-allowed")
    admin.put("/admin/models/demo-chat/stage", json={"stage": None})
    assert _chat(local_gateway, key).status_code == 200
    bad = admin.put("/admin/models/demo-chat/stage", json={"stage": "beta"})
    assert bad.status_code == 400


def test_key_lifecycle_through_the_api(local_gateway: RunningGateway, admin: httpx.Client) -> None:
    """Create (shown once), change tier, set expiry, rotate with grace, revoke."""
    account = f"api-{uuid.uuid4().hex[:8]}"
    created = admin.post("/admin/keys", json={"account": account, "tier": "public"})
    assert created.status_code == 201
    key, key_id = created.json()["key"], created.json()["record"]["id"]
    local_gateway.accept_all_terms(account)
    assert _chat(local_gateway, key).status_code == 200
    assert "key" not in admin.get(f"/admin/keys/{key_id}").json()

    moved = admin.put(f"/admin/keys/{key_id}/tier", json={"tier": "researcher"})
    assert moved.json()["tier"] == "researcher"
    assert _chat(local_gateway, key, "demo-large").status_code == 200
    assert admin.put(f"/admin/keys/{key_id}/tier", json={"tier": "gold"}).status_code == 400

    later = "2031-01-01T00:00:00Z"
    assert admin.put(f"/admin/keys/{key_id}/expiry", json={"expires_at": later}).status_code == 200

    rotated = admin.post(f"/admin/keys/{key_id}/rotate", json={"grace_seconds": 3600}).json()
    assert rotated["replaces"] == key_id
    assert _chat(local_gateway, key).status_code == 200  # inside the grace period
    assert _chat(local_gateway, rotated["key"]).status_code == 200

    admin.post(f"/admin/keys/{key_id}/revoke")
    assert _chat(local_gateway, key).json()["type"].endswith("/key-revoked")
    assert admin.post("/admin/keys/nosuchkey123/revoke").status_code == 404


def test_suspended_account_is_refused_until_resumed(
    local_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """Suspending an account stops all its keys at once; resuming restores them."""
    account = f"suspend-{uuid.uuid4().hex[:8]}"
    key = local_gateway.issue_key(account=account).key
    assert _chat(local_gateway, key).status_code == 200
    admin.post(f"/admin/accounts/{account}/suspend")
    assert _chat(local_gateway, key).json()["type"].endswith("/account-suspended")
    admin.post(f"/admin/accounts/{account}/resume")
    assert _chat(local_gateway, key).status_code == 200


def test_admin_actions_are_audited(local_gateway: RunningGateway, admin: httpx.Client) -> None:
    """Each admin action leaves an audit record naming who did what to what."""
    from sqlalchemy import select

    from gateway.audit.tables import audit_records

    admin.post("/admin/models/demo-chat/disable", json={"reason": "audit check"})
    admin.post("/admin/models/demo-chat/enable")

    async def read(engine: object) -> list[tuple[str, str, str]]:
        async with engine.connect() as conn:  # type: ignore[attr-defined]
            rows = await conn.execute(
                select(audit_records.c.actor, audit_records.c.action, audit_records.c.target)
                .where(audit_records.c.kind == "admin")
                .order_by(audit_records.c.seq)
            )
            return [tuple(row) for row in rows]

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        rows = local_gateway.with_engine(read)
        if ("local:ops", "model.enable", "model:demo-chat") in rows:
            break
        time.sleep(0.1)
    assert ("local:ops", "model.disable", "model:demo-chat") in rows
    assert ("local:ops", "model.enable", "model:demo-chat") in rows


def test_cli_kill_switch_reaches_a_running_embedded_gateway(local_gateway: RunningGateway) -> None:
    """`modelgate models disable` writes the database; the running gateway's poll applies it."""
    key = local_gateway.issue_key().key
    env = {"MODELGATE_DATA_DIR": str(local_gateway.settings.storage.data_dir)}
    runner = CliRunner()
    try:
        result = runner.invoke(main, ["models", "disable", "demo-chat", "--reason", "cli"], env=env)
        assert result.exit_code == 0, result.output
        deadline = time.monotonic() + 10
        while _chat(local_gateway, key).status_code != 503 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _chat(local_gateway, key).status_code == 503
        listing = runner.invoke(main, ["models", "list", "--json"], env=env)
        assert '"name": "demo-chat"' in listing.output
    finally:
        runner.invoke(main, ["models", "enable", "demo-chat"], env=env)
    deadline = time.monotonic() + 10
    while _chat(local_gateway, key).status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _chat(local_gateway, key).status_code == 200


def test_cli_admin_token_signs_in(local_gateway: RunningGateway) -> None:
    """`modelgate admin token --role auditor` prints a token the admin API accepts."""
    env = {"MODELGATE_DATA_DIR": str(local_gateway.settings.storage.data_dir)}
    result = CliRunner().invoke(
        main, ["admin", "token", "--role", "auditor", "--ttl", "5m"], env=env
    )
    assert result.exit_code == 0, result.output
    whoami = httpx.get(
        f"{local_gateway.url}/admin/whoami", headers=bearer(result.output.strip()), timeout=10
    )
    assert whoami.json()["roles"] == ["auditor"]

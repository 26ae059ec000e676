"""Who may call what: every way a key can be wrong gives its own status and problem type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from gateway.access.key_format import format_key, generate_key
from tests.support.gateway import RunningGateway

PROBLEMS = "https://modelgate.dev/problems/"


def _chat(
    gw: RunningGateway, authorization: str | None, model: str = "demo-chat"
) -> httpx.Response:
    headers = {"authorization": authorization} if authorization is not None else {}
    return httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers=headers,
        json={"model": model, "messages": [{"role": "user", "content": "hi"}]},
    )


def _authorization(gw: RunningGateway, case: str) -> tuple[str | None, str]:
    """The Authorization header for a matrix case, and the model to ask for."""
    if case == "no key":
        return None, "demo-chat"
    if case == "not bearer":
        return "Basic dXNlcjpwYXNz", "demo-chat"
    if case == "malformed":
        return "Bearer sk-not-a-modelgate-key", "demo-chat"
    if case == "bad checksum":
        key = gw.issue_key().key
        last = key[-1]
        return f"Bearer {key[:-1]}{'A' if last != 'A' else 'B'}", "demo-chat"
    if case == "unknown id":
        text, _ = generate_key()
        return f"Bearer {text}", "demo-chat"
    if case == "wrong secret":
        issued = gw.issue_key()
        _, other = generate_key()
        return f"Bearer {format_key(issued.record.key_id, other.secret)}", "demo-chat"
    if case == "revoked":
        issued = gw.issue_key()
        gw.with_keys(lambda store: store.revoke(issued.record.key_id))
        return f"Bearer {issued.key}", "demo-chat"
    if case == "expired":
        past = datetime.now(UTC) - timedelta(minutes=1)
        issued = gw.with_keys(
            lambda store: store.create(account="bob", tier="developer", expires_at=past)
        )
        return f"Bearer {issued.key}", "demo-chat"
    if case == "rotated out":
        issued = gw.issue_key()
        gw.with_keys(lambda store: store.rotate(issued.record.key_id, grace=timedelta(0)))
        return f"Bearer {issued.key}", "demo-chat"
    if case == "rotated in grace":
        issued = gw.issue_key()
        gw.with_keys(lambda store: store.rotate(issued.record.key_id, grace=timedelta(hours=1)))
        return f"Bearer {issued.key}", "demo-chat"
    if case == "tier without the model":
        return f"Bearer {gw.issue_key(tier='public').key}", "demo-large"
    if case == "internal model for developer":
        return f"Bearer {gw.issue_key(tier='developer').key}", "demo-preview"
    if case == "retired model":
        return f"Bearer {gw.issue_key(tier='internal').key}", "demo-legacy"
    if case == "unknown model":
        return f"Bearer {gw.issue_key().key}", "no-such-model"
    if case == "researcher on limited model":
        return f"Bearer {gw.issue_key(tier='researcher').key}", "demo-large"
    if case == "valid":
        return f"Bearer {gw.issue_key().key}", "demo-chat"
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "status", "problem"),
    [
        ("no key", 401, "missing-key"),
        ("not bearer", 401, "missing-key"),
        ("malformed", 401, "invalid-key"),
        ("bad checksum", 401, "invalid-key"),
        ("unknown id", 401, "invalid-key"),
        ("wrong secret", 401, "invalid-key"),
        ("revoked", 401, "key-revoked"),
        ("expired", 401, "key-expired"),
        ("rotated out", 401, "key-revoked"),
        ("rotated in grace", 200, None),
        ("tier without the model", 403, "model-not-allowed"),
        ("internal model for developer", 403, "model-not-allowed"),
        ("retired model", 410, "model-retired"),
        ("unknown model", 404, "model-not-found"),
        ("researcher on limited model", 200, None),
        ("valid", 200, None),
    ],
)
def test_auth_matrix(
    running_gateway: RunningGateway, case: str, status: int, problem: str | None
) -> None:
    """Each way of presenting a key gets the documented status and problem type."""
    authorization, model = _authorization(running_gateway, case)
    response = _chat(running_gateway, authorization, model)
    assert response.status_code == status, response.text
    assert response.headers["x-request-id"]
    if problem is None:
        assert response.json()["choices"][0]["message"]["content"] == "You said: hi"
    else:
        assert response.headers["content-type"] == "application/problem+json"
        document = response.json()
        assert document["type"] == PROBLEMS + problem
        assert document["status"] == status
        assert document["detail"]


def test_unknown_id_and_wrong_secret_are_indistinguishable(running_gateway: RunningGateway) -> None:
    """An attacker cannot tell a real key id from an invented one by the answer."""
    unknown, _ = _authorization(running_gateway, "unknown id")
    wrong, _ = _authorization(running_gateway, "wrong secret")
    first, second = _chat(running_gateway, unknown).json(), _chat(running_gateway, wrong).json()
    assert first["detail"] == second["detail"]
    assert first["type"] == second["type"]


def test_models_list_shows_only_what_the_tier_may_use(running_gateway: RunningGateway) -> None:
    """`GET /v1/models` lists the tier's models with their release stage and card."""
    public = running_gateway.issue_key(tier="public").key
    researcher = running_gateway.issue_key(tier="researcher").key

    def names(key: str) -> dict[str, dict[str, object]]:
        response = httpx.get(
            f"{running_gateway.url}/v1/models", headers={"authorization": f"Bearer {key}"}
        )
        assert response.status_code == 200
        return {entry["id"]: entry for entry in response.json()["data"]}

    public_models = names(public)
    assert set(public_models) == {"demo-chat", "demo-embed", "demo-sentiment"}
    assert public_models["demo-chat"]["card"]["intended_use"]  # type: ignore[index]
    assert "demo-large" in names(researcher)
    assert "demo-legacy" not in names(researcher)

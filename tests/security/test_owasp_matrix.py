"""A security matrix after the OWASP API Security Top 10 (2023), one row per attack.

Each case sends what an attacker would and asserts the refusal a user of the gateway would
see: the status and the problem type, never a 5xx, never another caller's data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest

from tests.support.admin_tokens import local_token
from tests.support.gateway import RunningGateway

CHAT = {"model": "demo-chat", "messages": [{"role": "user", "content": "hello"}]}


@dataclass(frozen=True)
class Attack:
    """One row: what is sent, and the status and problem type that must come back."""

    owasp: str
    name: str
    send: Callable[[RunningGateway, dict[str, str]], httpx.Response]
    status: int
    problem: str | None


def _post(
    path: str, body: object, **headers: str
) -> Callable[[RunningGateway, dict[str, str]], httpx.Response]:
    def send(gw: RunningGateway, keys: dict[str, str]) -> httpx.Response:
        auth = {k: v.format(**keys) for k, v in headers.items()}
        return httpx.post(f"{gw.url}{path}", json=body, headers=auth, timeout=30)

    return send


def _request(
    method: str, path: str, **headers: str
) -> Callable[[RunningGateway, dict[str, str]], httpx.Response]:
    def send(gw: RunningGateway, keys: dict[str, str]) -> httpx.Response:
        auth = {k: v.format(**keys) for k, v in headers.items()}
        return httpx.request(method, f"{gw.url}{path.format(**keys)}", headers=auth, timeout=30)

    return send


def _raw(
    path: str, content: bytes, **headers: str
) -> Callable[[RunningGateway, dict[str, str]], httpx.Response]:
    def send(gw: RunningGateway, keys: dict[str, str]) -> httpx.Response:
        auth = {k: v.format(**keys) for k, v in headers.items()}
        return httpx.post(f"{gw.url}{path}", content=content, headers=auth, timeout=30)

    return send


DEV = {"authorization": "Bearer {developer}"}
PUBLIC = {"authorization": "Bearer {public}"}

ATTACKS = [
    # API1 Broken object level authorisation: another account's key and review case.
    Attack("API1", "revoke someone else's key with a developer key",
           _request("POST", "/admin/keys/{victim_key_id}/revoke", **DEV), 401, None),
    Attack("API1", "read someone else's key with a developer key",
           _request("GET", "/admin/keys/{victim_key_id}", **DEV), 401, None),
    # API2 Broken authentication.
    Attack("API2", "no key", _post("/v1/chat/completions", CHAT), 401, "missing-key"),
    Attack("API2", "key of another product", _post("/v1/chat/completions", CHAT, authorization="Bearer sk-proj-abc123"), 401, "invalid-key"),
    Attack("API2", "forged key with a valid checksum", _post("/v1/chat/completions", CHAT, authorization="Bearer {forged}"), 401, "invalid-key"),
    Attack("API2", "admin API with a developer key", _request("GET", "/admin/keys", **DEV), 401, None),
    Attack("API2", "admin API with a forged token",
           _request("GET", "/admin/keys", authorization="Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhZG1pbiJdfQ."), 401, None),
    # API3 Broken object property level authorisation (mass assignment, excess fields).
    Attack("API3", "public tier sends fields it may not", _post("/v1/chat/completions", {**CHAT, "logit_bias": {"1": 100}}, **PUBLIC), 403, "parameter-not-allowed"),
    Attack("API3", "public tier sends unknown fields", _post("/v1/chat/completions", {**CHAT, "tier": "internal"}, **PUBLIC), 422, "invalid-request"),
    Attack("API3", "auditor tries to create a key",
           _post("/admin/keys", {"owner": "mallory", "tier": "internal"}, authorization="Bearer {auditor_token}"), 403, None),
    # API4 Unrestricted resource consumption.
    Attack("API4", "body over the size limit", _raw("/v1/chat/completions", b"{" + b" " * 2_000_000 + b"}", **DEV), 413, "body-too-large"),
    Attack("API4", "max_tokens over the tier's cap", _post("/v1/chat/completions", {**CHAT, "max_tokens": 10**7}, **DEV), 422, "invalid-request"),
    Attack("API4", "too many messages for the tier",
           _post("/v1/chat/completions", {"model": "demo-chat", "messages": [{"role": "user", "content": "x"}] * 100}, **PUBLIC), 422, "invalid-request"),
    Attack("API4", "a hundred choices", _post("/v1/chat/completions", {**CHAT, "n": 100}, **DEV), 422, "invalid-request"),
    # API5 Broken function level authorisation.
    Attack("API5", "reviewer mints a key",
           _post("/admin/keys", {"owner": "mallory", "tier": "internal"}, authorization="Bearer {reviewer_token}"), 403, None),
    Attack("API5", "reviewer disables a model",
           _request("POST", "/admin/models/demo-chat/disable", authorization="Bearer {reviewer_token}"), 403, None),
    Attack("API5", "public tier calls a limited model", _post("/v1/chat/completions", {**CHAT, "model": "demo-large"}, **PUBLIC), 403, "model-not-allowed"),
    Attack("API5", "developer calls an internal model", _post("/v1/chat/completions", {**CHAT, "model": "demo-preview"}, **DEV), 403, "model-not-allowed"),
    # API7 Server-side request forgery through upstream selection.
    Attack("API7", "model named by URL", _post("/v1/chat/completions", {**CHAT, "model": "http://169.254.169.254/latest"}, **DEV), 404, "model-not-found"),
    Attack("API7", "path traversal in the infer route",
           _raw("/v1/models/..%2F..%2Fadmin/infer", b"{}", **DEV), 404, None),
    Attack("API7", "upstream chosen by header",
           _post("/v1/chat/completions", {**CHAT, "model": "nope"}, **{**DEV, "x-upstream": "http://127.0.0.1:22", "host": "169.254.169.254"}), 404, "model-not-found"),
    # API8 Security misconfiguration.
    Attack("API8", "TRACE is not served", _request("TRACE", "/v1/chat/completions", **DEV), 405, "method-not-allowed"),
    Attack("API8", "unknown route", _request("GET", "/v1/../../etc/passwd", **DEV), 404, "not-found"),
    Attack("API8", "malformed JSON", _raw("/v1/chat/completions", b'{"model": ', **DEV), 400, "invalid-request"),
]  # fmt: skip


@pytest.fixture(scope="module")
def keys(sqlite_gateway: RunningGateway) -> dict[str, str]:
    """Keys and tokens for every role the matrix plays."""
    from gateway.access.key_format import format_key, generate_key

    victim = sqlite_gateway.issue_key(tier="developer", account="victim")
    _, forged = generate_key()
    data_dir = sqlite_gateway.settings.storage.data_dir
    return {
        "developer": sqlite_gateway.issue_key(tier="developer", account="attacker").key,
        "public": sqlite_gateway.issue_key(tier="public", account="attacker").key,
        "victim_key_id": victim.record.key_id,
        "forged": format_key(victim.record.key_id, forged.secret),
        "auditor_token": local_token(data_dir, "auditor"),
        "reviewer_token": local_token(data_dir, "reviewer"),
    }


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: f"{a.owasp} {a.name}")
def test_attack_is_refused(
    sqlite_gateway: RunningGateway, keys: dict[str, str], attack: Attack
) -> None:
    """The attack gets its documented refusal, as a problem document, and no 5xx."""
    response = attack.send(sqlite_gateway, keys)
    assert response.status_code == attack.status, response.text[:300]
    assert response.headers["content-type"].startswith("application/problem+json")
    document = response.json()
    if attack.problem is not None:
        assert document["type"].endswith("/" + attack.problem)
    assert "Traceback" not in response.text
    assert keys["developer"] not in response.text


def test_victims_key_still_works_after_the_attacks(sqlite_gateway: RunningGateway) -> None:
    """Nothing an attacker sent changed another account's key."""
    issued = sqlite_gateway.issue_key(tier="developer", account="bystander")
    response = httpx.post(
        f"{sqlite_gateway.url}/v1/chat/completions",
        json=CHAT,
        headers={"authorization": f"Bearer {issued.key}"},
    )
    assert response.status_code == 200

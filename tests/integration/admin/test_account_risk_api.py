"""`/admin/accounts/{name}/risk`: an admin sees why an account was escalated and lifts it.

On the embedded gateway (in-process risk store): a probing run suspends the account, the
admin API shows the step, the rule and the figures, and `restore` answers the next request.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from gateway.settings import RiskSettings
from tests.support.admin_tokens import bearer, local_token
from tests.support.gateway import RunningGateway, start_gateway
from tests.support.probing import RESPELT


@pytest.fixture(scope="module")
def risk_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """An embedded gateway (in-process risk store) with risk tracking on."""
    running = start_gateway(tmp_path_factory.mktemp("gw-risk"), overrides={"risk": RiskSettings()})
    yield running
    running.stop()


@pytest.fixture
def admin(risk_gateway: RunningGateway) -> Iterator[httpx.Client]:
    """An admin API client with the local admin token."""
    token = local_token(risk_gateway.settings.storage.data_dir, "admin", subject="ops")
    with httpx.Client(base_url=risk_gateway.url, headers=bearer(token), timeout=10) as client:
        yield client


def _chat(gateway: RunningGateway, key: str, text: str) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": text}]},
        timeout=10,
    )


def _suspended(response: httpx.Response) -> bool:
    return str(response.json().get("type", "")).endswith("/account-suspended")


def test_an_admin_sees_the_escalation_and_restores_the_account(
    risk_gateway: RunningGateway, admin: httpx.Client
) -> None:
    """After a probing run the API shows `suspend` by `probing-campaign` with its figures;
    `restore` lifts it and the account's next request is answered."""
    account = f"probe-{uuid.uuid4().hex[:8]}"
    key = risk_gateway.issue_key(account=account).key
    for text in RESPELT:
        _chat(risk_gateway, key, text)
    # The record is updated after each answer; the last retries may still be landing.
    deadline = time.monotonic() + 10
    while not _suspended(_chat(risk_gateway, key, "What is 2 + 2?")):
        assert time.monotonic() < deadline, "the probing run was never suspended"
        time.sleep(0.05)
    shown = admin.get(f"/admin/accounts/{account}/risk")
    assert shown.status_code == 200
    records = shown.json()["records"]
    account_record = next(r for r in records if r["key_id"] is None)
    assert account_record["subject"].startswith("account:")
    assert account not in account_record["subject"]  # a pseudonym, never the name
    escalation = account_record["escalation"]
    assert (escalation["step"], escalation["rule"]) == ("suspend", "probing-campaign")
    assert escalation["figures"]["retries"] >= 10
    restored = admin.post(f"/admin/accounts/{account}/risk/restore")
    assert restored.status_code == 200
    answered = _chat(risk_gateway, key, "What is 2 + 2?")
    assert answered.status_code == 200, answered.text
    after = admin.get(f"/admin/accounts/{account}/risk").json()["records"]
    assert all(record["escalation"] is None for record in after)


def test_unknown_accounts_are_a_404_problem(admin: httpx.Client) -> None:
    """Asking about or restoring an account that does not exist is a 404 problem document."""
    for response in (
        admin.get("/admin/accounts/nobody-here/risk"),
        admin.post("/admin/accounts/nobody-here/risk/restore"),
    ):
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")

"""Acceptable-use terms: required before use, again after a new version, kept across restarts."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway.settings import PACKAGE_POLICIES
from tests.support.gateway import RunningGateway, start_gateway


def _chat(gw: RunningGateway, key: str, model: str = "demo-chat") -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": model, "messages": [{"role": "user", "content": "hello"}]},
        timeout=10,
    )


def _accept(gw: RunningGateway, key: str, doc_id: str, **body: str) -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/terms/{doc_id}/accept",
        headers={"authorization": f"Bearer {key}"},
        json=body or None,
        timeout=10,
    )


def _bump_version(policies: Path, doc_id: str, version: str, grace_days: int = 0) -> None:
    path = policies / "terms" / f"{doc_id}.md"
    text = re.sub(r"(?m)^version: .*$", f'version: "{version}"', path.read_text())
    text = re.sub(r"(?m)^grace_days: .*\n", "", text)
    text = re.sub(r"(?m)^published: .*$", "published: 2026-11-20", text)
    text = text.replace("---\n#", f"grace_days: {grace_days}\n---\n#", 1)
    path.write_text(text)


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """The empty string (embedded SQLite) or this session's PostgreSQL database."""
    return "" if request.param == "sqlite" else str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    """A private copy of the shipped policies whose terms versions a test may bump."""
    shutil.copytree(PACKAGE_POLICIES, tmp_path / "policies")
    return tmp_path / "policies"


@pytest.fixture
def restartable() -> Iterator[list[RunningGateway]]:
    """Gateways started on one data dir and database; all stopped at the end."""
    started: list[RunningGateway] = []
    yield started
    for gateway in started:
        gateway.stop()


def _start(started: list[RunningGateway], tmp: Path, url: str, policies: Path) -> RunningGateway:
    for gateway in started:
        gateway.stop()
    started.clear()
    started.append(start_gateway(tmp / "data", url, policies_dir=policies))
    return started[0]


def test_new_key_cannot_call_a_model_until_terms_are_accepted(
    tmp_path: Path, database_url: str, policies: Path, restartable: list[RunningGateway]
) -> None:
    """403 terms-not-accepted names the document and where to accept it; accepting unlocks."""
    gw = _start(restartable, tmp_path, database_url, policies)
    account = f"terms-{uuid.uuid4().hex[:8]}"
    key = gw.issue_key(tier="developer", account=account, accept_terms=False).key

    refused = _chat(gw, key)
    assert refused.status_code == 403
    problem = refused.json()
    assert problem["type"].endswith("/terms-not-accepted")
    assert [t["id"] for t in problem["terms"]] == ["acceptable-use"]
    assert problem["terms"][0]["accept"] == "POST /v1/terms/acceptable-use/accept"
    assert problem["terms"][0]["read"] == "/v1/terms/acceptable-use"

    readable = httpx.get(f"{gw.url}/v1/terms/acceptable-use", timeout=10).json()
    assert readable["version"] == "2026-11"
    assert "Acceptable use" in readable["markdown"]

    listing = httpx.get(
        f"{gw.url}/v1/terms", headers={"authorization": f"Bearer {key}"}, timeout=10
    ).json()
    assert listing["account"] == account
    assert [(t["id"], t["satisfied"]) for t in listing["terms"]] == [("acceptable-use", False)]

    stale = _accept(gw, key, "acceptable-use", version="2020-01")
    assert stale.status_code == 409
    assert stale.json()["type"].endswith("/terms-version-changed")

    accepted = _accept(gw, key, "acceptable-use", version="2026-11")
    assert accepted.status_code == 200
    assert accepted.json()["account"] == account
    assert _chat(gw, key).status_code == 200

    # A second key of the same account needs nothing more: acceptance is per account.
    second = gw.issue_key(tier="developer", account=account, accept_terms=False).key
    assert _chat(gw, second).status_code == 200


def test_model_terms_add_to_tier_terms(
    tmp_path: Path, database_url: str, policies: Path, restartable: list[RunningGateway]
) -> None:
    """demo-large requires the research terms on top of what the tier requires."""
    gw = _start(restartable, tmp_path, database_url, policies)
    key = gw.issue_key(tier="researcher", account=uuid.uuid4().hex, accept_terms=False).key
    assert _chat(gw, key, "demo-chat").status_code == 200  # the researcher tier needs no terms
    refused = _chat(gw, key, "demo-large")
    assert refused.status_code == 403
    assert [t["id"] for t in refused.json()["terms"]] == ["research-terms"]
    assert _accept(gw, key, "research-terms").status_code == 200
    assert _chat(gw, key, "demo-large").status_code == 200


def test_acceptance_survives_restart_and_new_version_blocks_again(
    tmp_path: Path, database_url: str, policies: Path, restartable: list[RunningGateway]
) -> None:
    """After a restart the acceptance stands; a new version (no grace) requires it again."""
    gw = _start(restartable, tmp_path, database_url, policies)
    account = f"restart-{uuid.uuid4().hex[:8]}"
    key = gw.issue_key(tier="public", account=account, accept_terms=False).key
    assert _accept(gw, key, "acceptable-use").status_code == 200
    assert _chat(gw, key).status_code == 200

    gw = _start(restartable, tmp_path, database_url, policies)
    assert _chat(gw, key).status_code == 200

    _bump_version(policies, "acceptable-use", "2027-01")
    gw = _start(restartable, tmp_path, database_url, policies)
    refused = _chat(gw, key)
    assert refused.status_code == 403
    assert refused.json()["terms"][0]["version"] == "2027-01"
    assert _accept(gw, key, "acceptable-use").status_code == 200
    assert _chat(gw, key).status_code == 200


def test_new_version_with_grace_period_keeps_earlier_acceptance_valid(
    tmp_path: Path, database_url: str, policies: Path, restartable: list[RunningGateway]
) -> None:
    """Inside the grace period an earlier acceptance still counts, and /v1/terms says so."""
    gw = _start(restartable, tmp_path, database_url, policies)
    key = gw.issue_key(tier="developer", account=uuid.uuid4().hex, accept_terms=False).key
    assert _accept(gw, key, "acceptable-use").status_code == 200
    _bump_version(policies, "acceptable-use", "2027-02", grace_days=3650)
    gw = _start(restartable, tmp_path, database_url, policies)
    assert _chat(gw, key).status_code == 200
    listing = httpx.get(
        f"{gw.url}/v1/terms", headers={"authorization": f"Bearer {key}"}, timeout=10
    ).json()
    entry = listing["terms"][0]
    assert (entry["version"], entry["accepted_version"], entry["satisfied"]) == (
        "2027-02",
        "2026-11",
        True,
    )

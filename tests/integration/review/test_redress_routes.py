"""Polls, reports, appeals and webhooks run through the pipeline: one open case per request,
one model call per released hold, per-key limits, the forwarded client address, audit records."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit import Pseudonymizer
from gateway.audit.key_material import load_audit_keys
from gateway.audit.tables import audit_records
from gateway.review.service import ReviewService
from gateway.review.tables import review_cases
from gateway.settings import LogSettings, ReviewSettings, ServerSettings
from tests.support.review_gateway import HELD_PROMPT, ReviewGateway, start_review_gateway
from tests.support.windows import inside_one_minute_window

POLLS_PER_MINUTE = 12
FILINGS_PER_MINUTE = 40
CLIENT = "203.0.113.9"


@dataclass
class Redress:
    """A review gateway behind a trusted proxy (127.0.0.1), with small review limits."""

    site: ReviewGateway

    def new_key(self) -> str:
        """A key of a fresh account in the `checked` tier (its own limits and cases)."""
        account = f"acct-{uuid.uuid4().hex[:8]}"
        return self.site.gateway.issue_key(tier="checked", account=account).key


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def redress(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Redress]:
    """The gateway on each database."""
    database_url = ""
    if request.param == "postgres":
        database_url = request.getfixturevalue("postgres_url")
    site = start_review_gateway(
        tmp_path_factory.mktemp(f"redress-{request.param}"),
        database_url,
        overrides={
            "server": ServerSettings(trusted_proxies=frozenset({"127.0.0.1"})),
            "log": LogSettings(level="info", json=True),
        },
        review=ReviewSettings(
            sweep_seconds=0,
            webhook_allow_http=True,
            webhook_allow_private=True,
            polls_per_minute=POLLS_PER_MINUTE,
            filings_per_minute=FILINGS_PER_MINUTE,
        ),
    )
    yield Redress(site)
    site.stop()


def _post(site: ReviewGateway, key: str, path: str, body: object, **headers: str) -> Any:
    return httpx.post(
        f"{site.url}{path}",
        headers={"authorization": f"Bearer {key}", **headers},
        json=body,
        timeout=60,
    )


def _audit_record(site: ReviewGateway, request_id: str) -> dict[str, Any]:
    """The request's audit record, once the writer has stored it."""

    async def read(engine: AsyncEngine) -> dict[str, Any] | None:
        query = select(audit_records).where(audit_records.c.request_id == request_id)
        async with engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return dict(row._mapping) if row is not None else None

    deadline = time.monotonic() + 15
    while True:
        record = site.gateway.with_engine(read)
        if record is not None or time.monotonic() > deadline:
            assert record is not None, f"no audit record for {request_id}"
            return record
        time.sleep(0.2)  # the audit writer stores records a moment after the response


def _answered_request(site: ReviewGateway, key: str) -> str:
    """The id of an answered chat request of `key`'s, once its audit record exists."""
    answered = site.chat(key, "Tell me about the order.")
    assert answered.status_code == 200
    request_id = str(answered.headers["x-request-id"])
    _audit_record(site, request_id)
    return request_id


def _approve(site: ReviewGateway, case_id: str) -> None:
    async def run(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", "approve", "")

    site.with_review(run)


def _cases_about(site: ReviewGateway, request_id: str) -> int:
    async def count(engine: AsyncEngine) -> int:
        query = select(func.count()).where(review_cases.c.request_id == request_id)
        async with engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())

    return site.gateway.with_engine(count)


def test_thirty_reports_of_one_request_make_one_case(redress: Redress) -> None:
    """Thirty identical reports sent at once open one case; the repeats get it back with 200."""
    key = redress.new_key()
    request_id = _answered_request(redress.site, key)
    body = {"request_id": request_id, "comment": "rude answer", "excerpt": "Thank you."}
    with ThreadPoolExecutor(max_workers=30) as pool:
        answers = list(pool.map(lambda _: _post(redress.site, key, "/v1/reports", body), range(30)))
    assert sorted(a.status_code for a in answers) == [200] * 29 + [201]
    assert len({a.json()["case_id"] for a in answers}) == 1
    assert _cases_about(redress.site, request_id) == 1


def test_concurrent_polls_of_an_approved_hold_call_the_model_once(redress: Redress) -> None:
    """Eight polls at once after an approval make one model call; every later poll reuses it."""
    key = redress.new_key()
    held = redress.site.chat(key, HELD_PROMPT)
    assert held.status_code == 423
    case_id = held.json()["case_id"]
    _approve(redress.site, case_id)
    calls = len(redress.site.scripted.bodies)
    with ThreadPoolExecutor(max_workers=8) as pool:
        polls = list(pool.map(lambda _: redress.site.get(key, f"/v1/reviews/{case_id}"), range(8)))
    assert {p.status_code for p in polls} <= {200, 202}
    assert len(redress.site.scripted.bodies) == calls + 1
    answer = redress.site.get(key, f"/v1/reviews/{case_id}")
    assert answer.status_code == 200
    assert answer.json()["choices"][0]["message"]["content"] == "The order is placed. Thank you."
    assert len(redress.site.scripted.bodies) == calls + 1


def test_polls_past_the_limit_are_refused_with_retry_after(redress: Redress) -> None:
    """A key polls at most POLLS_PER_MINUTE times a minute; the next poll gets a 429 problem."""
    key = redress.new_key()
    case_id = redress.site.chat(key, HELD_PROMPT).json()["case_id"]
    waiting = [redress.site.get(key, f"/v1/reviews/{case_id}") for _ in range(POLLS_PER_MINUTE)]
    assert {p.status_code for p in waiting} == {202}
    refused = redress.site.get(key, f"/v1/reviews/{case_id}")
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["limit"] == "review_polls"
    assert int(refused.headers["retry-after"]) >= 1
    # Another key's polls are counted apart.
    assert redress.site.get(redress.new_key(), f"/v1/reviews/{case_id}").status_code == 404


def test_a_report_behind_a_trusted_proxy_records_the_forwarded_address(
    redress: Redress,
) -> None:
    """A report relayed by a trusted proxy is audited with the client's address, not the proxy's."""
    key = redress.new_key()
    request_id = _answered_request(redress.site, key)
    report = _post(
        redress.site,
        key,
        "/v1/reports",
        {"request_id": request_id},
        **{"x-forwarded-for": CLIENT},
    )
    assert report.status_code == 201
    record = _audit_record(redress.site, report.headers["x-request-id"])
    pseudonyms = Pseudonymizer(load_audit_keys(redress.site.settings).pseudonym_secret)
    assert record["client_pseudonym"] == pseudonyms.pseudonym(CLIENT)
    assert record["client_pseudonym"] != pseudonyms.pseudonym("127.0.0.1")


def test_every_review_route_writes_an_audit_record_and_a_metric(redress: Redress) -> None:
    """Report, appeal, webhook and poll each leave an audit record and count in /metrics."""
    site = redress.site
    key = redress.new_key()
    report = _post(site, key, "/v1/reports", {"request_id": _answered_request(site, key)})
    blocked = site.chat(key, "say it", model="forbidden")
    assert blocked.status_code == 403
    appeal = _post(site, key, "/v1/appeals", {"request_id": blocked.headers["x-request-id"]})
    case_id = appeal.json()["case_id"]
    webhook = _post(
        site,
        key,
        f"/v1/reviews/{case_id}/webhook",
        {"url": "http://127.0.0.1:9/hook", "secret": "a-webhook-secret-of-the-caller"},
    )
    poll = site.get(key, f"/v1/reviews/{case_id}")
    answers = {"reports": report, "appeals": appeal, "review-webhook": webhook, "reviews": poll}
    assert [a.status_code for a in answers.values()] == [201, 201, 200, 202]
    for route, answer in answers.items():
        record = _audit_record(site, answer.headers["x-request-id"])
        assert (record["endpoint"], record["status"]) == (route, answer.status_code)
        assert record["account_pseudonym"] is not None
    scraped = httpx.get(f"{site.url}/metrics", timeout=30).text
    for route in answers:
        assert f'endpoint="{route}"' in scraped


def _usage(site: ReviewGateway, key: str) -> dict[str, int]:
    limits = site.get(key, "/v1/usage").json()["limits"]
    return {entry["limit"]: entry["used"] for entry in limits if entry["model"] is None}


def test_a_released_hold_is_charged_to_the_callers_limits(redress: Redress) -> None:
    """The poll that forwards an approved hold takes a request and the answer's tokens."""
    key = redress.site.gateway.issue_key(tier="metered", account=f"m-{uuid.uuid4().hex[:8]}").key
    case_id = redress.site.chat(key, HELD_PROMPT).json()["case_id"]
    _approve(redress.site, case_id)
    inside_one_minute_window()  # both readings from one request window
    before = _usage(redress.site, key)
    released = redress.site.get(key, f"/v1/reviews/{case_id}")
    assert released.status_code == 200
    assert "ratelimit" in released.headers
    after = _usage(redress.site, key)
    # The scripted model reports 3 prompt and 2 completion tokens.
    assert after["tokens_per_day"] == before["tokens_per_day"] + 5
    assert after["requests"] == before["requests"] + 1


def test_a_refused_release_is_kept_and_the_model_is_not_asked_again(redress: Redress) -> None:
    """An approved hold whose answer is blocked is refused on every poll after one model call."""
    key = redress.new_key()
    held = redress.site.chat(key, HELD_PROMPT, model="forbidden")
    assert held.status_code == 423
    case_id = held.json()["case_id"]
    _approve(redress.site, case_id)
    calls = len(redress.site.scripted.bodies)
    polls = [redress.site.get(key, f"/v1/reviews/{case_id}") for _ in range(3)]
    assert [p.status_code for p in polls] == [403, 403, 403]
    assert all("words-block" in p.json()["detail"] for p in polls)
    assert len(redress.site.scripted.bodies) == calls + 1


def test_a_held_stream_of_a_renamed_model_is_released(redress: Redress) -> None:
    """A model served under another upstream name is released by the name the caller used."""
    key = redress.new_key()
    streamed = httpx.post(
        f"{redress.site.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={
            "model": "support-desk",
            "stream": True,
            "messages": [{"role": "user", "content": "Support?"}],
        },
        timeout=60,
    )
    held = [line for line in streamed.text.split("\n\n") if '"review_pending"' in line]
    assert held
    case_id = httpx.Response(200, content=held[0].removeprefix("data: ")).json()["error"]["case_id"]
    _approve(redress.site, case_id)
    released = redress.site.get(key, f"/v1/reviews/{case_id}")
    assert released.status_code == 200
    assert "jane.doe@example.com" in released.json()["choices"][0]["message"]["content"]
    assert redress.site.scripted.bodies[-1]["model"] == "desk-v2"


def _stderr_so_far(request: pytest.FixtureRequest) -> str:
    # The gateway's log writer holds the stream pytest captured at start-up (structlog binds it
    # when the app configures logging), so read pytest's own capture rather than `capfd`.
    capture = request.config.pluginmanager.getplugin("capturemanager")
    out, err = capture.read_global_capture()
    return str(out) + str(err)


def test_every_review_route_writes_an_access_log_line(
    redress: Redress, request: pytest.FixtureRequest
) -> None:
    """Report, appeal, webhook and poll each log one access line with their route and status."""
    if request.config.getoption("capture") == "no":
        pytest.skip("reads the log lines pytest captures (run without -s)")
    site = redress.site
    key = redress.new_key()
    request_id = _answered_request(site, key)
    report = _post(site, key, "/v1/reports", {"request_id": request_id})
    poll = site.get(key, f"/v1/reviews/{report.json()['case_id']}")
    webhook = _post(
        site,
        key,
        f"/v1/reviews/{report.json()['case_id']}/webhook",
        {"url": "http://127.0.0.1:9/hook", "secret": "a-webhook-secret-of-the-caller"},
    )
    blocked = site.chat(key, "say it", model="forbidden")
    appeal = _post(site, key, "/v1/appeals", {"request_id": blocked.headers["x-request-id"]})
    expected = {
        (answer.headers["x-request-id"], route, answer.status_code)
        for route, answer in [
            ("reports", report),
            ("reviews", poll),
            ("review-webhook", webhook),
            ("appeals", appeal),
        ]
    }
    assert {status for _, _, status in expected} == {200, 201, 202}
    logged: set[tuple[str, str, int]] = set()
    pending = ""
    deadline = time.monotonic() + 15
    while not expected <= logged and time.monotonic() < deadline:
        time.sleep(0.1)  # each line is written once its response has gone out
        *complete, pending = (pending + _stderr_so_far(request)).split("\n")
        for text in complete:
            line = json.loads(text) if text.startswith("{") else {}
            if line.get("event") == "request":
                logged.add((line["request_id"], line["route"], line["status"]))
    assert expected <= logged

"""Reports, appeals, signed webhooks and the figures, through the running gateway."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import Any

import httpx

from gateway.detectors.finding import Finding
from gateway.inspection.cases import CaseRequest
from gateway.policy.decide import Decision
from gateway.review.service import ReviewService
from tests.integration.review.conftest import Reviewed
from tests.support.admin_tokens import bearer, local_token
from tests.support.review_gateway import HELD_PROMPT
from tests.support.servers import BackgroundServer

SECRET = "a-webhook-secret-of-the-caller"


class Receiver:
    """ASGI app that keeps every POST it gets (headers and raw body)."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                kind = (await receive())["type"].removeprefix("lifespan.")
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.received.append((headers, body))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})


def verify(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
    """The verification recipe of docs/review.md, as a receiver would write it."""
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp, signature = parts["t"], parts["v1"]
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    expected = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return hmac.compare_digest(expected.hexdigest(), signature)


def _decide(reviewed: Reviewed, case_id: str, verdict: str) -> None:
    async def run(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", verdict, "")

    reviewed.site.with_review(run)


def test_webhook_is_signed_and_a_forgery_is_detectable(reviewed: Reviewed) -> None:
    """The decision webhook verifies with the documented recipe; a changed body does not."""
    receiver = Receiver()
    server = BackgroundServer(receiver).start()
    try:
        case_id = reviewed.site.chat(reviewed.key, HELD_PROMPT).json()["case_id"]
        url = f"{server.url}/hook"
        registered = reviewed.site.post(
            reviewed.key, f"/v1/reviews/{case_id}/webhook", {"url": url, "secret": SECRET}
        )
        assert registered.status_code == 200
        refused = reviewed.site.post(
            reviewed.other_key, f"/v1/reviews/{case_id}/webhook", {"url": url, "secret": SECRET}
        )
        assert refused.status_code == 404
        _decide(reviewed, case_id, "approve")
        assert len(receiver.received) == 1
        headers, body = receiver.received[0]
        event = json.loads(body)
        assert event == {**event, "case_id": case_id, "status": "released"}
        assert "4111" not in body.decode()
        signature = headers["x-modelgate-signature"]
        assert verify(SECRET, signature, body)
        assert not verify(SECRET, signature, body.replace(b"released", b"refused"))
        assert not verify("another-secret-entirely", signature, body)
    finally:
        server.stop()


def test_blocked_answer_can_be_appealed_and_released(reviewed: Reviewed) -> None:
    """A blocked answer's appeal enters the queue; approval releases the stored answer."""
    blocked = reviewed.site.chat(reviewed.key, "say it", model="forbidden")
    assert blocked.status_code == 403
    assert blocked.json()["appeal"] == "/v1/reports"
    request_id = blocked.headers["x-request-id"]
    stranger = reviewed.site.post(
        reviewed.other_key, "/v1/reports", {"request_id": request_id, "kind": "appeal"}
    )
    assert stranger.status_code == 404
    appeal = reviewed.site.post(
        reviewed.key,
        "/v1/reports",
        {"request_id": request_id, "kind": "appeal", "comment": "the word is a film title"},
    )
    assert appeal.status_code == 201
    case_id = appeal.json()["case_id"]
    assert appeal.headers["location"] == f"/v1/reviews/{case_id}"
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 202
    again = reviewed.site.post(reviewed.key, "/v1/appeals", {"case_id": case_id})
    assert (again.status_code, again.json()["case_id"]) == (200, case_id)
    _decide(reviewed, case_id, "approve")
    released = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert released.status_code == 200
    assert "forbidden word" in released.json()["choices"][0]["message"]["content"]


def test_report_needs_a_request_of_the_callers_account(reviewed: Reviewed) -> None:
    """A report names one of the caller's own requests; another account's is not found."""
    answered = reviewed.site.chat(reviewed.key, "Tell me about the order.")
    assert answered.status_code == 200
    request_id = answered.headers["x-request-id"]
    body = {"request_id": request_id, "comment": "rude answer", "excerpt": "Thank you."}
    assert reviewed.site.post(reviewed.other_key, "/v1/reports", body).status_code == 404
    deadline = time.monotonic() + 15
    report = reviewed.site.post(reviewed.key, "/v1/reports", body)
    while report.status_code == 404 and time.monotonic() < deadline:
        time.sleep(0.3)  # the audit record is written a moment after the response
        report = reviewed.site.post(reviewed.key, "/v1/reports", body)
    assert report.status_code == 201
    assert report.json()["kind"] == "report"

    async def check(review: ReviewService) -> None:
        case = await review.store.get(report.json()["case_id"])
        assert case is not None
        assert review.sealer.open(case.sealed["answer"], case_id=case.case_id, field="answer") == (
            "Thank you."
        )

    reviewed.site.with_review(check)


def _request(rule: str, detector: str) -> CaseRequest:
    finding = Finding("pii.email", 0.9, (0, 5), detector)
    return CaseRequest(
        request_id=uuid.uuid4().hex,
        stage="input",
        decision=Decision("flag", ("pii.email",), rule, (finding,)),
        tier="checked",
        model="clean",
        key_id="k",
        account="figures",
        prompt="hello there",
        answer=None,
    )


def test_overturn_rates_come_from_real_decisions(reviewed: Reviewed) -> None:
    """Three of four approvals on one rule's cases is a 75% overturn rate for rule and detector."""
    suffix = uuid.uuid4().hex[:6]
    rule, detector = f"rule-{suffix}", f"det-{suffix}"

    async def decide_four(review: ReviewService) -> None:
        for verdict in ("approve", "approve", "approve", "reject"):
            case_id = await review.sink.open_case(_request(rule, detector))
            await review.leases.claim(case_id, "session:rita")
            await review.desk.decide(case_id, "session:rita", verdict, "")

    reviewed.site.with_review(decide_four)
    token = local_token(reviewed.site.settings.storage.data_dir, "auditor")
    stats = httpx.get(f"{reviewed.site.url}/admin/reviews/stats", headers=bearer(token), timeout=30)
    assert stats.status_code == 200
    figures = stats.json()
    by_rule = {row["name"]: row for row in figures["rules"]}
    by_detector = {row["name"]: row for row in figures["detectors"]}
    assert by_rule[rule] == {"name": rule, "decided": 4, "overturned": 3, "overturn_rate": 0.75}
    assert by_detector[detector]["overturn_rate"] == 0.75
    assert figures["time_to_decision_seconds"]["decided"] >= 4
    assert figures["queue"]["depth"] >= 0
    reviewer = local_token(reviewed.site.settings.storage.data_dir, "reviewer")
    denied = httpx.get(
        f"{reviewed.site.url}/admin/reviews/stats", headers=bearer(reviewer), timeout=30
    )
    assert denied.status_code == 403

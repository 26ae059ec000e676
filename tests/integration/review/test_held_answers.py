"""Held answers (output stage): stored as the model sent them, released or masked on approval."""

from __future__ import annotations

import httpx

from gateway.review.service import ReviewService
from tests.integration.review.conftest import Reviewed


def _decide(reviewed: Reviewed, case_id: str, verdict: str) -> None:
    async def run(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", verdict, "")

    reviewed.site.with_review(run)


def test_held_answer_is_released_as_stored(reviewed: Reviewed) -> None:
    """The answer waits; after approval the poll returns it without asking the model again."""
    held = reviewed.site.chat(reviewed.key, "How do I reach support?", model="emailer")
    assert held.status_code == 423
    assert held.json()["rule"] == "email-hold"
    case_id = held.json()["case_id"]
    calls = len(reviewed.site.scripted.bodies)
    _decide(reviewed, case_id, "approve")
    answer = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert answer.status_code == 200
    assert "jane.doe@example.com" in answer.json()["choices"][0]["message"]["content"]
    assert len(reviewed.site.scripted.bodies) == calls


def test_redact_and_release_masks_the_held_answer(reviewed: Reviewed) -> None:
    """Redact-and-release returns the stored answer with the address masked."""
    case_id = reviewed.site.chat(reviewed.key, "Support?", model="emailer").json()["case_id"]
    _decide(reviewed, case_id, "redact_release")
    content = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").json()["choices"][0][
        "message"
    ]["content"]
    assert "jane.doe" not in content
    assert "[REDACTED:pii.email_address]" in content


def test_held_stream_is_answered_whole_after_approval(reviewed: Reviewed) -> None:
    """A stream stopped by a hold names its case; after approval the poll gets a whole answer."""
    response = httpx.post(
        f"{reviewed.site.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {reviewed.key}"},
        json={
            "model": "emailer",
            "stream": True,
            "messages": [{"role": "user", "content": "Support?"}],
        },
        timeout=60,
    )
    events = [line.removeprefix("data: ") for line in response.text.split("\n\n") if line]
    errors = [e for e in events if '"review_pending"' in e]
    assert errors
    assert "jane.doe" not in response.text
    case_id = httpx.Response(200, content=errors[0]).json()["error"]["case_id"]
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 202
    _decide(reviewed, case_id, "approve")
    answer = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert answer.status_code == 200
    assert "jane.doe@example.com" in answer.json()["choices"][0]["message"]["content"]

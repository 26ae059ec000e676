"""Held requests end to end: poll, claim, decide, release, refuse, restart, and leases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gateway.errors import CaseTaken
from gateway.review.case_store import QueueFilter
from gateway.review.service import ReviewService
from tests.integration.review.conftest import Reviewed
from tests.support.review_gateway import HELD_PROMPT


def _hold(reviewed: Reviewed) -> str:
    response = reviewed.site.chat(reviewed.key, HELD_PROMPT)
    assert response.status_code == 423
    return str(response.json()["case_id"])


def test_held_request_is_forwarded_after_approval(reviewed: Reviewed) -> None:
    """The model sees a held prompt only after a reviewer approves; the poll gets its answer."""
    before = len(reviewed.site.scripted.bodies)
    case_id = _hold(reviewed)
    pending = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert pending.status_code == 202
    assert pending.json()["status"] == "pending"
    assert len(reviewed.site.scripted.bodies) == before

    async def approve(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", "approve", "a test card, fine")

    reviewed.site.with_review(approve)
    answer = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert answer.status_code == 200
    assert answer.json()["choices"][0]["message"]["content"] == "The order is placed. Thank you."
    assert len(reviewed.site.scripted.bodies) == before + 1
    again = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert again.json() == answer.json()
    assert len(reviewed.site.scripted.bodies) == before + 1


def test_redact_and_release_masks_the_card_before_the_model_sees_it(reviewed: Reviewed) -> None:
    """Redact-and-release forwards the prompt with the triggering span masked."""
    case_id = _hold(reviewed)

    async def redact(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", "redact_release", "")

    reviewed.site.with_review(redact)
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 200
    sent = reviewed.site.scripted.bodies[-1]["messages"][0]["content"]
    assert "4111" not in sent
    assert "[REDACTED:pii.credit_card]" in sent


def test_rejected_hold_becomes_a_refusal(reviewed: Reviewed) -> None:
    """A rejected case answers the poll with a content-blocked problem that offers an appeal."""
    case_id = _hold(reviewed)

    async def reject(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", "reject", "real card")

    reviewed.site.with_review(reject)
    refused = reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}")
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/content-blocked")
    assert refused.json()["appeal"] == "/v1/reports"


def test_another_account_cannot_see_the_case(reviewed: Reviewed) -> None:
    """A case polled with another account's key is not found (its existence does not leak)."""
    case_id = _hold(reviewed)
    assert reviewed.site.get(reviewed.other_key, f"/v1/reviews/{case_id}").status_code == 404
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 202


def test_a_second_reviewer_cannot_claim_or_decide(reviewed: Reviewed) -> None:
    """While one reviewer's lease runs, another can neither claim nor decide the case."""
    case_id = _hold(reviewed)

    async def contend(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        with pytest.raises(CaseTaken):
            await review.leases.claim(case_id, "session:rex")
        with pytest.raises(CaseTaken):
            await review.desk.decide(case_id, "session:rex", "approve", "")

    reviewed.site.with_review(contend)


def test_lease_expiry_returns_the_case_to_the_queue(reviewed: Reviewed) -> None:
    """Once a lease runs out, the case is claimable again and the first holder cannot decide."""
    case_id = _hold(reviewed)

    async def expire(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        later = datetime.now(UTC) + timedelta(hours=1)
        await review.store.clear_expired_leases(later)
        assert (await review.store.get(case_id)) is not None
        taken = await review.leases.claim(case_id, "session:rex", now=later)
        assert taken.case_id == case_id
        waiting = [c.case_id for c in await review.store.queue()]
        assert case_id in waiting

    reviewed.site.with_review(expire)


def test_a_restart_mid_review_loses_nothing(reviewed: Reviewed) -> None:
    """Claimed before a restart, decided after it: the caller's poll still gets the answer."""
    case_id = _hold(reviewed)

    async def claim(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")

    reviewed.site.with_review(claim)
    reviewed.site.restart()
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 202

    async def approve(review: ReviewService) -> None:
        case = await review.store.get(case_id)
        assert case is not None
        assert case.lease_holder == "session:rita"
        await review.desk.decide(case_id, "session:rita", "approve", "after restart")

    reviewed.site.with_review(approve)
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 200


def test_sla_escalates_then_expiry_applies_the_tier_action(reviewed: Reviewed) -> None:
    """Past its SLA a case escalates; past twice the SLA the tier's on-expiry (refuse) applies."""
    case_id = _hold(reviewed)

    async def sweep(review: ReviewService) -> None:
        now = datetime.now(UTC)
        await review.sweep_once(now + timedelta(minutes=31))
        case = await review.store.get(case_id)
        assert case is not None
        assert case.escalated
        assert case.state == "queued"
        await review.sweep_once(now + timedelta(minutes=61))
        case = await review.store.get(case_id)
        assert case is not None
        assert case.outcome == "expired_refuse"

    reviewed.site.with_review(sweep)
    assert reviewed.site.get(reviewed.key, f"/v1/reviews/{case_id}").status_code == 403


def test_decided_cases_are_purged_after_retention(reviewed: Reviewed) -> None:
    """A decided case's row, content included, is deleted once the retention period passed."""
    case_id = _hold(reviewed)

    async def decide_and_purge(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", "reject", "")
        await review.sweep_once(datetime.now(UTC) + timedelta(days=29))
        assert await review.store.get(case_id) is not None
        result = await review.sweep_once(datetime.now(UTC) + timedelta(days=31))
        assert result.purged >= 1
        assert await review.store.get(case_id) is None

    reviewed.site.with_review(decide_and_purge)


def test_content_is_sealed_at_rest(reviewed: Reviewed) -> None:
    """The stored row holds no plain prompt; it opens only with the review content key."""
    case_id = _hold(reviewed)

    async def inspect(review: ReviewService) -> None:
        case = await review.store.get(case_id)
        assert case is not None
        sealed = case.sealed["prompt"] or ""
        assert "4111" not in sealed
        assert sealed.startswith("rc1:")
        opened = review.sealer.open(sealed, case_id=case_id, field="prompt")
        assert opened is not None
        assert "4111 1111 1111 1111" in opened

    reviewed.site.with_review(inspect)


def test_queue_filters_and_order(reviewed: Reviewed) -> None:
    """Filters narrow by category family, model and tier; escalated cases come first."""
    first, second = _hold(reviewed), _hold(reviewed)

    async def look(review: ReviewService) -> None:
        assert first in [c.case_id for c in await review.store.queue(QueueFilter(category="pii"))]
        assert first not in [c.case_id for c in await review.store.queue(QueueFilter(category="x"))]
        assert first in [c.case_id for c in await review.store.queue(QueueFilter(model="clean"))]
        assert first not in [c.case_id for c in await review.store.queue(QueueFilter(tier="dev"))]
        await review.leases.claim(second, "session:rita")
        await review.desk.decide(second, "session:rita", "escalate", "needs a senior")
        order = [c.case_id for c in await review.store.queue()]
        assert order.index(second) < order.index(first)
        assert all(c.escalated for c in (await review.store.queue())[: order.index(second)])

    reviewed.site.with_review(look)

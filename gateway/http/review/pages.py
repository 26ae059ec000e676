"""`/ui/review`: the reviewer's queue, the case view and the verdict forms.

Built on the control plane's sign-in, sessions, CSRF check and page look; only the reviewer
role gets in. Viewing a case and every verdict are audit-recorded.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Literal, cast

import structlog
from litestar import Controller, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template
from redis.exceptions import RedisError

from gateway.errors import NotFound
from gateway.http.admin.guards import current_principal
from gateway.http.admin.pages.rendering import AnyRequest, checked_form, page
from gateway.http.review.access import CONTENT_ROLES, page_requires_role
from gateway.review.case_store import QueueFilter
from gateway.review.highlight import Piece, Turn, conversation, highlighted
from gateway.review.records import VERDICTS, ReviewCase
from gateway.review.service import ReviewService
from gateway.risk.account_pattern import AccountPattern, account_pattern
from gateway.schemas.prompt_text import collect_prompt

_GUARD = [page_requires_role(CONTENT_ROLES)]
_LABELS = {
    "approve": "Approve",
    "reject": "Reject",
    "redact_release": "Redact and release",
    "escalate": "Escalate",
}


def review_service(request: AnyRequest) -> ReviewService:
    """The process's review service."""
    return cast("ReviewService", request.app.state.runtime.review)


def state_text(case: ReviewCase, now: datetime) -> str:
    """Where the case stands, as a reviewer reads it (a lease shows as claimed)."""
    if case.state == "queued":
        holder = case.leased_to(now)
        if holder and case.lease_expires_at is not None:
            return f"claimed by {holder} until {case.lease_expires_at:%H:%M} UTC"
        return "escalated, waiting for a senior reviewer" if case.escalated else "waiting"
    if case.state == "closed":
        return "closed: blocked, not appealed"
    return f"decided: {_LABELS.get(case.outcome or '', case.outcome or '').lower()}"


def missing_answer(case: ReviewCase) -> str:
    """Why the case shows no answer: said from what happened to the request."""
    if case.stage == "output":
        return "(not kept: the gateway keeps no answer for this case)"
    if case.source == "hold":
        return "(none yet: the request was held before the model saw it)"
    if case.source in ("appeal", "block"):
        return "(none: the gateway refused the request before the model saw it)"
    return "(not kept: the request went on to the model; the case keeps only the prompt)"


def prompt_turns(
    case: ReviewCase, prompt: list[Piece], body_text: str | None, joined: str | None
) -> list[Turn]:
    """The prompt as the conversation it was, one turn per message with its role.

    The findings' spans point into the joined prompt, so the turns come from it when the
    body joins to the same text; otherwise (an input redaction changed the body) they come
    from the body as forwarded, unmarked. Not a chat: no turns, the flat prompt shows.
    """
    if case.endpoint != "chat" or not body_text:
        return []
    try:
        body = json.loads(body_text)
    except ValueError:
        return []
    if not isinstance(body, dict):
        return []
    collected = collect_prompt("chat", body)
    if collected.text == joined:
        return conversation(prompt, collected.segments)
    return conversation(highlighted(collected.text, (), "prompt"), collected.segments)


async def pattern_of(
    request: AnyRequest, case: ReviewCase, now: datetime
) -> AccountPattern | Literal["unavailable"] | None:
    """The case's account's recent pattern, when the gateway tracks risk; `unavailable` when
    the risk store cannot be reached (the case itself still opens)."""
    runtime = request.app.state.runtime
    if runtime.risk is None or not case.account:
        return None
    # The key's record is its rotation chain's: a successor key shares its first key's.
    record = await runtime.keys.find(case.key_id)
    chain = record.limit_subject if record is not None else case.key_id
    try:
        return await account_pattern(runtime.risk, runtime.engine, case.account, chain, now=now)
    except RedisError as exc:
        structlog.get_logger("gateway.review").warning(
            "review.pattern_unavailable", error=type(exc).__name__
        )
        return "unavailable"


def _row(case: ReviewCase, now: datetime) -> dict[str, Any]:
    sla_left = (case.sla_due_at - now).total_seconds() / 60 if case.sla_due_at else None
    return {
        "case": case,
        "age_minutes": int((now - case.created_at).total_seconds() // 60),
        "sla_left_minutes": None if sla_left is None else int(sla_left),
        "overdue": case.overdue(now),
        "holder": case.leased_to(now),
        "state": state_text(case, now),
    }


class ReviewPages(Controller):
    """The queue and the case view; forms post back here with their CSRF token."""

    path = "/ui/review"
    include_in_schema = False
    guards = _GUARD

    @get("/")
    async def queue(self, request: AnyRequest) -> Template:
        review = review_service(request)
        wanted = QueueFilter(
            category=request.query_params.get("category", ""),
            model=request.query_params.get("model", ""),
            tier=request.query_params.get("tier", ""),
        )
        now = datetime.now(UTC)
        rows = [_row(case, now) for case in await review.store.queue(wanted)]
        return page(
            request,
            "review/queue.html",
            rows=rows,
            wanted=wanted,
            filtered=bool(wanted.category or wanted.model or wanted.tier),
            me=current_principal(request).actor,
            flash=request.query_params.get("done"),
        )

    @get("/{case_id:str}")
    async def case(self, request: AnyRequest, case_id: FromPath[str]) -> Template:
        review = review_service(request)
        found = await review.store.get(case_id)
        if found is None:
            raise NotFound(f"there is no case {case_id} (decided cases are purged in time)")
        actor = current_principal(request).actor
        review.desk.record(found, "view", actor)
        opened = {
            name: review.sealer.open(found.sealed[name], case_id=case_id, field=name)
            for name in ("prompt", "answer", "report", "body")
        }
        now = datetime.now(UTC)
        prompt = highlighted(opened["prompt"], found.findings, "prompt")
        return page(
            request,
            "review/case.html",
            row=_row(found, now),
            prompt=prompt,
            turns=prompt_turns(found, prompt, opened["body"], opened["prompt"]),
            answer=highlighted(opened["answer"], found.findings, "answer"),
            missing_answer=missing_answer(found),
            report=opened["report"],
            pattern=await pattern_of(request, found, now),
            mine=found.leased_to(now) == actor,
            verdicts=[(v, _LABELS[v]) for v in VERDICTS],
            flash=request.query_params.get("done"),
        )

    @post("/{case_id:str}/claim")
    async def claim(self, request: AnyRequest, case_id: FromPath[str]) -> Redirect:
        await checked_form(request)
        review = review_service(request)
        case = await review.leases.claim(case_id, current_principal(request).actor)
        review.desk.record(case, "claim", current_principal(request).actor)
        return Redirect(path=f"/ui/review/{case_id}", status_code=303)

    @post("/{case_id:str}/unclaim")
    async def unclaim(self, request: AnyRequest, case_id: FromPath[str]) -> Redirect:
        await checked_form(request)
        await review_service(request).leases.give_back(case_id, current_principal(request).actor)
        return Redirect(path="/ui/review/", status_code=303)

    @post("/{case_id:str}/decide")
    async def decide(self, request: AnyRequest, case_id: FromPath[str]) -> Redirect:
        form = await checked_form(request)
        verdict = form.get("verdict", "")
        review = review_service(request)
        actor = current_principal(request).actor
        await review.desk.decide(case_id, actor, verdict, form.get("note", "").strip())
        done = f"Case {case_id[:12]}: {_LABELS.get(verdict, verdict).lower()}."
        following = await _next_case(review, actor, after=case_id)
        if following is None:
            done += " Nothing else waits for you."
            return Redirect(path="/ui/review/", query_params={"done": done}, status_code=303)
        return Redirect(
            path=f"/ui/review/{following}", query_params={"done": done}, status_code=303
        )


async def _next_case(review: ReviewService, actor: str, after: str) -> str | None:
    """The first case in queue order that `actor` may take up, other than the one just done."""
    now = datetime.now(UTC)
    for case in await review.store.queue(limit=50):
        if case.case_id != after and case.leased_to(now) in (None, actor):
            return case.case_id
    return None

"""`/ui/review`: the reviewer's queue, the case view and the verdict forms.

Built on the control plane's sign-in, sessions, CSRF check and page look; only the reviewer
role gets in. Viewing a case and every verdict are audit-recorded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from litestar import Controller, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from gateway.admin.guards import current_principal
from gateway.admin.pages.rendering import AnyRequest, checked_form, page
from gateway.errors import NotFound
from gateway.review.access import CONTENT_ROLES, page_requires_role
from gateway.review.case_store import QueueFilter
from gateway.review.highlight import highlighted
from gateway.review.records import VERDICTS, ReviewCase
from gateway.review.service import ReviewService

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


def _row(case: ReviewCase, now: datetime) -> dict[str, Any]:
    sla_left = (case.sla_due_at - now).total_seconds() / 60 if case.sla_due_at else None
    return {
        "case": case,
        "age_minutes": int((now - case.created_at).total_seconds() // 60),
        "sla_left_minutes": None if sla_left is None else int(sla_left),
        "overdue": case.overdue(now),
        "holder": case.leased_to(now),
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
            for name in ("prompt", "answer", "report")
        }
        now = datetime.now(UTC)
        return page(
            request,
            "review/case.html",
            row=_row(found, now),
            prompt=highlighted(opened["prompt"], found.findings, "prompt"),
            answer=highlighted(opened["answer"], found.findings, "answer"),
            report=opened["report"],
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
        await review_service(request).desk.decide(
            case_id, current_principal(request).actor, verdict, form.get("note", "").strip()
        )
        done = f"Case {case_id}: {_LABELS.get(verdict, verdict).lower()}."
        return Redirect(path="/ui/review/", query_params={"done": done}, status_code=303)

"""`/ui/review/stats`: the review figures for admins and auditors (no content, no case ids)."""

from __future__ import annotations

from datetime import UTC, datetime

from litestar import Controller, get
from litestar.response import Template

from gateway.http.admin.pages.rendering import AnyRequest, page
from gateway.http.review.access import FIGURE_ROLES, page_requires_role
from gateway.http.review.pages import review_service


class ReviewFiguresPage(Controller):
    """Overturn rates per detector and rule, the queue, and time to decision."""

    path = "/ui/review/stats"
    include_in_schema = False
    guards = [page_requires_role(FIGURE_ROLES)]

    @get("/")
    async def figures(self, request: AnyRequest) -> Template:
        figures = await review_service(request).figures.figures(datetime.now(UTC))
        return page(request, "review/stats.html", figures=figures)

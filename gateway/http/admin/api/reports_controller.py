"""`/admin/terms`, `/admin/usage` and `/admin/whoami`: read-only views."""

from __future__ import annotations

import time
from typing import Annotated

from litestar import Controller, get
from litestar.params import FromPath, QueryParameter

from gateway.admin.roles import Permission
from gateway.admin.usage_report import Dimension
from gateway.errors import NotFound
from gateway.http.admin.api.problems import ADMIN_SECURITY, admin_problems
from gateway.http.admin.api.schemas import AcceptanceView, PrincipalView, TermsView, UsageView
from gateway.http.admin.guards import api_requires
from gateway.http.admin.injection import PrincipalDep, ServicesDep

PROBLEMS = admin_problems()


class TermsController(Controller):
    """Terms documents (from policies/terms/) and who accepted them."""

    path = "/admin/terms"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get(
        "/",
        responses=PROBLEMS,
        guards=[api_requires(Permission.CATALOG_READ)],
        summary="List terms documents",
    )
    async def list_terms(self, services: ServicesDep) -> list[TermsView]:
        return [
            TermsView(
                id=d.doc_id,
                version=d.version,
                title=d.title,
                grace_days=d.grace.days,
                body=d.body,
                published=d.published,
            )
            for d in services.terms.catalog.documents.values()
        ]

    @get(
        "/{doc_id:str}/acceptances",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_READ)],
        summary="Who accepted a terms document, newest first",
    )
    async def acceptances(
        self, services: ServicesDep, doc_id: FromPath[str]
    ) -> list[AcceptanceView]:
        document = services.terms.catalog.documents.get(doc_id)
        if document is None:
            raise NotFound(f"there is no terms document {doc_id!r}")
        return [
            AcceptanceView(
                account=a.account,
                version=a.version,
                accepted_at=a.accepted_at,
                current=a.version == document.version,
            )
            for a in await services.terms.store.of_document(doc_id)
        ]


class UsageController(Controller):
    """Usage from the audit log's request records."""

    path = "/admin/usage"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get(
        "/",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_READ)],
        summary="Usage per key, tier or model",
    )
    async def usage(
        self,
        services: ServicesDep,
        by: Annotated[Dimension, QueryParameter(description="key, tier or model")] = "key",
        hours: Annotated[float, QueryParameter(gt=0, le=24 * 366, description="hours")] = 24.0,
    ) -> list[UsageView]:
        since_us = int((time.time() - hours * 3600) * 1_000_000)
        rows = await services.usage.by(by, since_us)
        return [
            UsageView(
                group=r.group,
                requests=r.requests,
                refused=r.refused,
                prompt_tokens=r.prompt_tokens,
                completion_tokens=r.completion_tokens,
            )
            for r in rows
        ]


class WhoAmIController(Controller):
    """The caller's identity and roles."""

    path = "/admin/whoami"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get(
        "/",
        responses=PROBLEMS,
        guards=[api_requires(Permission.CATALOG_READ)],
        summary="Who you are signed in as",
    )
    async def whoami(self, principal: PrincipalDep) -> PrincipalView:
        return PrincipalView.of(principal)

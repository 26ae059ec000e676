"""`/ui/admin/...`: keys (list, create, change tier, revoke), models, tiers and terms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from litestar import Controller, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from gateway.admin.api.catalog_controller import model_views
from gateway.admin.api.schemas import KeyView
from gateway.admin.guards import admin_services, current_principal, page_requires
from gateway.admin.pages.rendering import AnyRequest, checked_form, page
from gateway.admin.roles import Permission
from gateway.errors import InvalidRequest
from gateway.policy.catalog import RELEASE_STAGES

_EXPIRY = MappingProxyType(
    {"": None, "7d": timedelta(days=7), "30d": timedelta(days=30), "90d": timedelta(days=90)}
)


class AdminPages(Controller):
    """The admin pages; each form posts back here with its CSRF token."""

    path = "/ui/admin"
    include_in_schema = False

    @get("/")
    async def index(self) -> Redirect:
        return Redirect(path="/ui/admin/keys", status_code=303)

    @get("/keys", guards=[page_requires(Permission.ACCESS_READ)])
    async def keys(self, request: AnyRequest) -> Template:
        services = admin_services(request)
        records = await services.keys.list()
        return page(
            request,
            "admin/keys.html",
            keys=[KeyView.of(r) for r in reversed(records)],
            tiers=list(services.policies.tiers),
            can_write=current_principal(request).may(Permission.ACCESS_WRITE),
            flash=request.query_params.get("done"),
        )

    @post("/keys", guards=[page_requires(Permission.ACCESS_WRITE)], status_code=200)
    async def create_key(self, request: AnyRequest) -> Template:
        form = await checked_form(request)
        services = admin_services(request)
        if form.get("expires", "") not in _EXPIRY:
            raise InvalidRequest("choose an expiry from the list")
        period = _EXPIRY[form.get("expires", "")]
        issued = await services.actions.create_key(
            current_principal(request).actor,
            account=form.get("account", ""),
            tier=form.get("tier", ""),
            expires_at=datetime.now(UTC) + period if period else None,
            label=form.get("label") or None,
        )
        return page(
            request, "admin/key_created.html", key=KeyView.of(issued.record), secret=issued.key
        )

    @post("/keys/{key_id:str}/tier", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def change_tier(self, request: AnyRequest, key_id: FromPath[str]) -> Redirect:
        form = await checked_form(request)
        actor = current_principal(request).actor
        record = await admin_services(request).actions.set_key_tier(
            actor, key_id, form.get("tier", "")
        )
        return Redirect(
            path="/ui/admin/keys",
            query_params={"done": f"Key {key_id} is now in tier {record.tier}."},
            status_code=303,
        )

    @post("/keys/{key_id:str}/revoke", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def revoke(self, request: AnyRequest, key_id: FromPath[str]) -> Redirect:
        await checked_form(request)
        await admin_services(request).actions.revoke_key(current_principal(request).actor, key_id)
        return Redirect(
            path="/ui/admin/keys", query_params={"done": f"Key {key_id} revoked."}, status_code=303
        )

    @get("/models", guards=[page_requires(Permission.CATALOG_READ)])
    async def models(self, request: AnyRequest) -> Template:
        return page(
            request,
            "admin/models.html",
            models=model_views(admin_services(request)),
            stages=RELEASE_STAGES,
            can_write=current_principal(request).may(Permission.MODELS_WRITE),
            flash=request.query_params.get("done"),
        )

    @post("/models/{name:str}/stage", guards=[page_requires(Permission.MODELS_WRITE)])
    async def change_stage(self, request: AnyRequest, name: FromPath[str]) -> Redirect:
        form = await checked_form(request)
        stage = form.get("stage", "")
        await admin_services(request).actions.set_model_stage(
            current_principal(request).actor, name, stage
        )
        done = f"{name} is now at stage {stage}."
        return Redirect(path="/ui/admin/models", query_params={"done": done}, status_code=303)

    @post("/models/{name:str}/{switch:str}", guards=[page_requires(Permission.MODELS_WRITE)])
    async def switch(
        self, request: AnyRequest, name: FromPath[str], switch: FromPath[str]
    ) -> Redirect:
        await checked_form(request)
        if switch not in ("disable", "enable"):
            raise InvalidRequest("use disable or enable")
        await admin_services(request).actions.set_model_disabled(
            current_principal(request).actor, name, switch == "disable"
        )
        done = f"{name} {switch}d."
        return Redirect(path="/ui/admin/models", query_params={"done": done}, status_code=303)

    @get("/tiers", guards=[page_requires(Permission.CATALOG_READ)])
    async def tiers(self, request: AnyRequest) -> Template:
        services = admin_services(request)
        return page(request, "admin/tiers.html", tiers=list(services.policies.tiers.values()))

    @get("/terms", guards=[page_requires(Permission.CATALOG_READ)])
    async def terms(self, request: AnyRequest) -> Template:
        services = admin_services(request)
        required_by: dict[str, list[str]] = {}
        for tier in services.policies.tiers.values():
            for doc_id in tier.terms:
                required_by.setdefault(doc_id, []).append(f"tier {tier.name}")
        for model in services.policies.models.values():
            for doc_id in model.terms:
                required_by.setdefault(doc_id, []).append(f"model {model.name}")
        documents = list(services.terms.catalog.documents.values())
        accepted = None
        if current_principal(request).may(Permission.ACCESS_READ):
            accepted = {
                d.doc_id: sum(
                    1
                    for a in await services.terms.store.of_document(d.doc_id)
                    if a.version == d.version
                )
                for d in documents
            }
        return page(
            request,
            "admin/terms.html",
            documents=documents,
            required_by=required_by,
            accepted=accepted,
        )

"""`/ui/admin/...`: models (stage, kill switch), tiers with their limits, terms as rendered text."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from gateway.admin.roles import Permission
from gateway.control.model_status import model_status
from gateway.errors import InvalidRequest
from gateway.http.admin.api.catalog_controller import model_views
from gateway.http.admin.guards import admin_services, current_principal, page_requires
from gateway.http.admin.pages.markdown_text import markdown_html
from gateway.http.admin.pages.rendering import AnyRequest, checked_form, page
from gateway.limits.spec import LimitSpec
from gateway.policy.catalog import RELEASE_STAGES

MAX_REASON = 500


def _amount(value: int | None, unit: str) -> str:
    return f"{value:,} {unit}" if value is not None else "unlimited"


def limit_rows(limits: LimitSpec) -> list[tuple[str, str]]:
    """A tier's limits as (what, how much) pairs, 'unlimited' where none is set."""
    rows = [
        ("Requests", _amount(limits.requests_per_minute, "a minute")),
        ("Tokens", _amount(limits.tokens_per_minute, "a minute")),
        ("Tokens a day", _amount(limits.tokens_per_day, "a day")),
        ("Concurrent", _amount(limits.concurrent, "at once")),
    ]
    for model, spec in limits.per_model.items():
        own = [
            _amount(value, unit)
            for value, unit in (
                (spec.requests_per_minute, "requests a minute"),
                (spec.tokens_per_minute, "tokens a minute"),
                (spec.tokens_per_day, "tokens a day"),
                (spec.concurrent, "at once"),
            )
            if value is not None
        ]
        rows.append((f"On {model}", ", ".join(own) or "unlimited"))
    return rows


class AdminPages(Controller):
    """The catalogue pages; each form posts back here with its CSRF token."""

    path = "/ui/admin"
    include_in_schema = False

    @get("/")
    async def index(self) -> Redirect:
        return Redirect(path="/ui/admin/keys", status_code=303)

    @get("/models", guards=[page_requires(Permission.CATALOG_READ)])
    async def models(self, request: AnyRequest) -> Template:
        views = model_views(admin_services(request))
        return page(
            request,
            "admin/models.html",
            models=[(view, model_status(view.stage, view.disabled)) for view in views],
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
        form = await checked_form(request)
        if switch not in ("disable", "enable"):
            raise InvalidRequest("use disable or enable")
        reason = form.get("reason", "").strip() or None
        if reason is not None and len(reason) > MAX_REASON:
            raise InvalidRequest(f"the reason is longer than {MAX_REASON} characters")
        await admin_services(request).actions.set_model_disabled(
            current_principal(request).actor, name, switch == "disable", reason
        )
        done = f"{name} {switch}d" + (f": {reason}" if reason and switch == "disable" else ".")
        return Redirect(path="/ui/admin/models", query_params={"done": done}, status_code=303)

    @get("/tiers", guards=[page_requires(Permission.CATALOG_READ)])
    async def tiers(self, request: AnyRequest) -> Template:
        tiers = list(admin_services(request).policies.tiers.values())
        return page(
            request,
            "admin/tiers.html",
            tiers=[(tier, limit_rows(tier.limits)) for tier in tiers],
        )

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
            documents=[(d, markdown_html(d.body)) for d in documents],
            required_by=required_by,
            accepted=accepted,
        )

"""`/admin/tiers` and `/admin/models`: read the policy; change a model's stage; the kill switch."""

from __future__ import annotations

from litestar import Controller, get, post, put
from litestar.params import FromPath, JSONBody

from gateway.admin.roles import Permission
from gateway.errors import NotFound
from gateway.http.admin.api.problems import ADMIN_SECURITY, admin_problems
from gateway.http.admin.api.schemas import ChangeStage, DisableModel, ModelView, TierView
from gateway.http.admin.guards import api_requires
from gateway.http.admin.injection import PrincipalDep, ServicesDep
from gateway.policy.catalog import TierSpec

READ = [api_requires(Permission.CATALOG_READ)]
WRITE = [api_requires(Permission.MODELS_WRITE)]


def tier_view(tier: TierSpec) -> TierView:
    """The view of a tier."""
    return TierView(
        name=tier.name,
        description=tier.description,
        models=list(tier.models),
        stages=sorted(tier.stages),
        max_tokens=tier.max_tokens,
        terms=list(tier.terms),
        inspection=tier.inspection,
        audit_content=tier.audit_content,
    )


def model_views(services: ServicesDep) -> list[ModelView]:
    """Every model with its effective stage and kill-switch state."""
    board = services.control.board
    views = []
    for name, model in board.models.items():
        override = board.overrides.get(name)
        views.append(
            ModelView(
                name=name,
                stage=model.stage,
                configured_stage=board.base_stage(name) or model.stage,
                disabled=board.is_disabled(name),
                endpoints=sorted(model.endpoints),
                terms=list(model.terms),
                disabled_reason=override.reason if override and override.disabled else None,
            )
        )
    return views


PROBLEMS = admin_problems()


class TiersController(Controller):
    """Tiers are defined in policies/tiers.yaml; the API reads them."""

    path = "/admin/tiers"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get("/", responses=PROBLEMS, guards=READ, summary="List tiers")
    async def list_tiers(self, services: ServicesDep) -> list[TierView]:
        return [tier_view(t) for t in services.policies.tiers.values()]

    @get("/{name:str}", responses=PROBLEMS, guards=READ, summary="One tier")
    async def get_tier(self, services: ServicesDep, name: FromPath[str]) -> TierView:
        tier = services.policies.tiers.get(name)
        if tier is None:
            raise NotFound(f"there is no tier {name!r}")
        return tier_view(tier)


class ModelsController(Controller):
    """Models: effective release stage, stage overrides and the kill switch."""

    path = "/admin/models"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get("/", responses=PROBLEMS, guards=READ, summary="List models with their effective stage")
    async def list_models(self, services: ServicesDep) -> list[ModelView]:
        return model_views(services)

    async def _view(self, services: ServicesDep, name: FromPath[str]) -> ModelView:
        return next(v for v in model_views(services) if v.name == name)

    @put(
        "/{name:str}/stage",
        responses=PROBLEMS,
        guards=WRITE,
        summary="Change a model's release stage",
    )
    async def change_stage(
        self,
        services: ServicesDep,
        principal: PrincipalDep,
        name: FromPath[str],
        data: JSONBody[ChangeStage],
    ) -> ModelView:
        await services.actions.set_model_stage(principal.actor, name, data.stage)
        return await self._view(services, name)

    @post(
        "/{name:str}/disable",
        responses=PROBLEMS,
        guards=WRITE,
        status_code=200,
        summary="Kill switch: refuse every call to the model",
    )
    async def disable(
        self,
        services: ServicesDep,
        principal: PrincipalDep,
        name: FromPath[str],
        data: JSONBody[DisableModel | None] = None,
    ) -> ModelView:
        reason = data.reason if data else None
        await services.actions.set_model_disabled(principal.actor, name, True, reason)
        return await self._view(services, name)

    @post(
        "/{name:str}/enable",
        responses=PROBLEMS,
        guards=WRITE,
        status_code=200,
        summary="Lift the kill switch",
    )
    async def enable(
        self, services: ServicesDep, principal: PrincipalDep, name: FromPath[str]
    ) -> ModelView:
        await services.actions.set_model_disabled(principal.actor, name, False)
        return await self._view(services, name)

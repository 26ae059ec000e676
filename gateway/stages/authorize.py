"""Stage 3, authorize: the tier may use this model, at its release stage, on this endpoint."""

from __future__ import annotations

from gateway.control.model_board import ModelStateBoard
from gateway.errors import (
    EndpointNotAllowed,
    InvalidRequest,
    ModelDisabled,
    ModelNotAllowed,
    ModelNotFound,
    ModelRetired,
)
from gateway.pipeline.context import RequestContext
from gateway.policy.catalog import PolicySet
from gateway.schemas.endpoint_paths import route_path


class Authorize:
    """Resolves the requested model and checks the caller's tier against it."""

    def __init__(self, policies: PolicySet, board: ModelStateBoard | None = None) -> None:
        self._policies = policies
        # The board carries admin overrides (stage, kill switch) on top of models.yaml.
        self._board = board or ModelStateBoard(policies.models)

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.tier is not None
        assert ctx.endpoint is not None
        name = ctx.path_model if ctx.endpoint == "infer" else ctx.body.get("model")
        if not isinstance(name, str) or not name:
            raise InvalidRequest("name the model in the 'model' field")
        model = self._board.models.get(name)
        if model is None:
            raise ModelNotFound(
                f"there is no model {name!r}; GET /v1/models lists the ones you may use",
                extensions={"model": name},
            )
        if self._board.is_disabled(name):
            reason = self._board.overrides[name].reason
            raise ModelDisabled(
                f"model {name!r} is switched off by an administrator"
                + (f": {reason}" if reason else "; try again later"),
                extensions={"model": name},
                headers={"retry-after": "60"},
            )
        if model.stage == "retired":
            raise ModelRetired(f"model {name!r} has been retired", extensions={"model": name})
        if not ctx.tier.allows_model(model):
            raise ModelNotAllowed(
                f"your tier {ctx.tier.name!r} may not use model {name!r} "
                f"(release stage {model.stage!r})",
                extensions={"model": name, "tier": ctx.tier.name, "stage": model.stage},
            )
        if ctx.endpoint not in model.endpoints:
            served = ", ".join(sorted(route_path(e, name) for e in model.endpoints))
            raise EndpointNotAllowed(
                f"model {name!r} is not served on this endpoint; use {served}",
                extensions={"model": name},
            )
        ctx.model = model

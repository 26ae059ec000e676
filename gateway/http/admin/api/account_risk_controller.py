"""`/admin/accounts/{name}/risk`: an account's risk standing, and an admin's reversal of it."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.params import FromPath

from gateway.admin.roles import Permission
from gateway.admin.services import AdminServices
from gateway.errors import NotFound
from gateway.http.admin.api.problems import ADMIN_SECURITY, admin_problems
from gateway.http.admin.api.risk_views import AccountRiskView
from gateway.http.admin.guards import api_requires
from gateway.http.admin.injection import PrincipalDep, ServicesDep
from gateway.risk.desk import AccountRiskDesk, Reversal

PROBLEMS = admin_problems()


async def _subjects(services: AdminServices, name: str) -> tuple[AccountRiskDesk, list[str]]:
    if services.risk is None:
        raise NotFound("risk tracking is off on this gateway (MODELGATE_RISK, escalation.yaml)")
    if name not in {record.name for record in await services.accounts.list()}:
        raise NotFound(f"there is no account {name!r}")
    keys = await services.keys.list(account=name)
    return services.risk, sorted({record.limit_subject for record in keys})


class AccountRiskController(Controller):
    """Escalations lift only by an admin's hand: `restore` lifts them, `reset` clears counts."""

    path = "/admin/accounts/{name:str}/risk"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get(
        "/",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_READ)],
        summary="An account's risk standing and figures (and each key's)",
    )
    async def show(self, services: ServicesDep, name: FromPath[str]) -> AccountRiskView:
        desk, keys = await _subjects(services, name)
        return AccountRiskView.of(name, await desk.show(name, keys))

    async def _reverse(
        self, services: AdminServices, actor: str, name: str, how: Reversal
    ) -> AccountRiskView:
        desk, keys = await _subjects(services, name)
        return AccountRiskView.of(name, await desk.reverse(actor, name, keys, how))

    @post(
        "/restore",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_WRITE)],
        status_code=200,
        summary="Lift the account's escalation (and its keys') and clear their records",
    )
    async def restore(
        self, services: ServicesDep, principal: PrincipalDep, name: FromPath[str]
    ) -> AccountRiskView:
        return await self._reverse(services, principal.actor, name, "restore")

    @post(
        "/reset",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_WRITE)],
        status_code=200,
        summary="Clear the account's risk counts, leaving any escalation in force",
    )
    async def reset(
        self, services: ServicesDep, principal: PrincipalDep, name: FromPath[str]
    ) -> AccountRiskView:
        return await self._reverse(services, principal.actor, name, "reset")

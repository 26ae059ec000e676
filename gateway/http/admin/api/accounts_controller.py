"""`/admin/accounts`: list, suspend, resume."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.params import FromPath

from gateway.admin.roles import Permission
from gateway.http.admin.api.problems import ADMIN_SECURITY, admin_problems
from gateway.http.admin.api.schemas import AccountView
from gateway.http.admin.guards import api_requires
from gateway.http.admin.injection import PrincipalDep, ServicesDep

PROBLEMS = admin_problems()


class AccountsController(Controller):
    """Accounts own keys; suspending one stops all its keys on every replica at once."""

    path = "/admin/accounts"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get(
        "/",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_READ)],
        summary="List accounts",
    )
    async def list_accounts(self, services: ServicesDep) -> list[AccountView]:
        return [AccountView.of(a) for a in await services.accounts.list()]

    @post(
        "/{name:str}/suspend",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_WRITE)],
        status_code=200,
        summary="Suspend an account (all its keys stop working)",
    )
    async def suspend(
        self, services: ServicesDep, principal: PrincipalDep, name: FromPath[str]
    ) -> AccountView:
        record = await services.actions.set_account_suspended(principal.actor, name, True)
        return AccountView.of(record)

    @post(
        "/{name:str}/resume",
        responses=PROBLEMS,
        guards=[api_requires(Permission.ACCESS_WRITE)],
        status_code=200,
        summary="Resume a suspended account",
    )
    async def resume(
        self, services: ServicesDep, principal: PrincipalDep, name: FromPath[str]
    ) -> AccountView:
        record = await services.actions.set_account_suspended(principal.actor, name, False)
        return AccountView.of(record)

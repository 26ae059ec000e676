"""`/admin/keys`: list, create, revoke, rotate, change tier, set expiry."""

from __future__ import annotations

from datetime import timedelta

from litestar import Controller, get, post, put
from litestar.params import FromPath, FromQuery, JSONBody

from gateway.admin.roles import Permission
from gateway.errors import NotFound
from gateway.http.admin.api.problems import ADMIN_SECURITY, admin_problems
from gateway.http.admin.api.schemas import (
    ChangeExpiry,
    ChangeTier,
    CreateKey,
    IssuedKeyView,
    KeyView,
    RotateKey,
)
from gateway.http.admin.guards import api_requires
from gateway.http.admin.injection import PrincipalDep, ServicesDep

READ = [api_requires(Permission.ACCESS_READ)]
WRITE = [api_requires(Permission.ACCESS_WRITE)]


PROBLEMS = admin_problems()


class KeysController(Controller):
    """API keys: every change is audited and reaches every replica at once."""

    path = "/admin/keys"
    security = ADMIN_SECURITY
    tags = ["admin"]

    @get("/", responses=PROBLEMS, guards=READ, summary="List keys (never their secrets)")
    async def list_keys(
        self, services: ServicesDep, account: FromQuery[str | None] = None
    ) -> list[KeyView]:
        return [KeyView.of(r) for r in await services.keys.list(account=account)]

    @post("/", responses=PROBLEMS, guards=WRITE, summary="Create a key; the key text is shown once")
    async def create_key(
        self, services: ServicesDep, principal: PrincipalDep, data: JSONBody[CreateKey]
    ) -> IssuedKeyView:
        issued = await services.actions.create_key(
            principal.actor,
            account=data.account,
            tier=data.tier,
            expires_at=data.expires_at,
            label=data.label,
        )
        return IssuedKeyView(key=issued.key, record=KeyView.of(issued.record))

    @get("/{key_id:str}", responses=PROBLEMS, guards=READ, summary="One key")
    async def get_key(self, services: ServicesDep, key_id: FromPath[str]) -> KeyView:
        record = await services.keys.find(key_id)
        if record is None:
            raise NotFound(f"there is no key {key_id!r}")
        return KeyView.of(record)

    @post(
        "/{key_id:str}/revoke",
        responses=PROBLEMS,
        guards=WRITE,
        status_code=200,
        summary="Revoke a key now",
    )
    async def revoke_key(
        self, services: ServicesDep, principal: PrincipalDep, key_id: FromPath[str]
    ) -> KeyView:
        return KeyView.of(await services.actions.revoke_key(principal.actor, key_id))

    @post(
        "/{key_id:str}/rotate",
        responses=admin_problems(400, 401, 403, 404, 409, 500, 503),
        guards=WRITE,
        status_code=201,
        summary="Issue a successor; the old key works for a grace period",
    )
    async def rotate_key(
        self,
        services: ServicesDep,
        principal: PrincipalDep,
        key_id: FromPath[str],
        data: JSONBody[RotateKey | None] = None,
    ) -> IssuedKeyView:
        default = services.rotation_grace_s
        seconds = data.grace_seconds if data and data.grace_seconds is not None else default
        issued = await services.actions.rotate_key(
            principal.actor, key_id, timedelta(seconds=max(0, seconds))
        )
        return IssuedKeyView(key=issued.key, record=KeyView.of(issued.record), replaces=key_id)

    @put(
        "/{key_id:str}/tier", responses=PROBLEMS, guards=WRITE, summary="Move a key to another tier"
    )
    async def change_tier(
        self,
        services: ServicesDep,
        principal: PrincipalDep,
        key_id: FromPath[str],
        data: JSONBody[ChangeTier],
    ) -> KeyView:
        return KeyView.of(await services.actions.set_key_tier(principal.actor, key_id, data.tier))

    @put(
        "/{key_id:str}/expiry",
        responses=PROBLEMS,
        guards=WRITE,
        summary="Set or clear a key's expiry",
    )
    async def change_expiry(
        self,
        services: ServicesDep,
        principal: PrincipalDep,
        key_id: FromPath[str],
        data: JSONBody[ChangeExpiry],
    ) -> KeyView:
        record = await services.actions.set_key_expiry(principal.actor, key_id, data.expires_at)
        return KeyView.of(record)

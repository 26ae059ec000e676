"""`/ui/admin/accounts` (suspend, resume), `/ui/admin/risk` (accounts ranked by risk, restore)
and `/ui/admin/usage` (per key, tier and model)."""

from __future__ import annotations

import time
from types import MappingProxyType
from typing import cast

from litestar import Controller, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template
from redis.exceptions import RedisError

from gateway.admin.roles import Permission
from gateway.admin.usage_report import Dimension
from gateway.errors import InvalidRequest, NotFound, ServiceUnavailable
from gateway.http.admin.guards import admin_services, current_principal, page_requires
from gateway.http.admin.pages.rendering import AnyRequest, checked_form, page
from gateway.risk.ranking import known_accounts, rank_accounts
from gateway.risk.tracker import RiskTracker

PERIODS = MappingProxyType({"1d": 24.0, "7d": 24.0 * 7, "30d": 24.0 * 30})
"""The periods the usage page offers, in hours."""
_DIMENSIONS: tuple[tuple[Dimension, str], ...] = (
    ("key", "By key"),
    ("tier", "By tier"),
    ("model", "By model"),
)


class AccountPages(Controller):
    """Accounts and usage; forms post back here with their CSRF token."""

    path = "/ui/admin"
    include_in_schema = False

    @get("/accounts", guards=[page_requires(Permission.ACCESS_READ)])
    async def accounts(self, request: AnyRequest) -> Template:
        return page(
            request,
            "admin/accounts.html",
            accounts=await admin_services(request).accounts.list(),
            can_write=current_principal(request).may(Permission.ACCESS_WRITE),
            flash=request.query_params.get("done"),
        )

    @post("/accounts/{name:str}/{switch:str}", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def switch(
        self, request: AnyRequest, name: FromPath[str], switch: FromPath[str]
    ) -> Redirect:
        await checked_form(request)
        if switch not in ("suspend", "resume"):
            raise InvalidRequest("use suspend or resume")
        await admin_services(request).actions.set_account_suspended(
            current_principal(request).actor, name, switch == "suspend"
        )
        done = f"Account {name} {'suspended: its keys stop' if switch == 'suspend' else 'resumed'}."
        return Redirect(path="/ui/admin/accounts", query_params={"done": done}, status_code=303)

    @get("/risk", guards=[page_requires(Permission.ACCESS_READ)])
    async def risk(self, request: AnyRequest) -> Template:
        tracker = cast("RiskTracker | None", request.app.state.runtime.risk)
        services = admin_services(request)
        try:
            ranked = (
                await rank_accounts(tracker, await known_accounts(services.accounts, services.keys))
                if tracker is not None
                else None
            )
        except RedisError as exc:
            raise ServiceUnavailable(
                "the risk store (Redis) cannot be reached; the ranking shows once it is back"
            ) from exc
        return page(
            request,
            "admin/risk.html",
            ranked=ranked,
            can_write=current_principal(request).may(Permission.ACCESS_WRITE),
            flash=request.query_params.get("done"),
        )

    @post("/risk/{name:str}/restore", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def restore(self, request: AnyRequest, name: FromPath[str]) -> Redirect:
        await checked_form(request)
        services = admin_services(request)
        if services.risk is None:
            raise NotFound("risk tracking is off on this gateway (MODELGATE_RISK, escalation.yaml)")
        keys = (await known_accounts(services.accounts, services.keys)).get(name)
        if keys is None:
            raise NotFound(f"there is no account {name!r}")
        await services.risk.reverse(current_principal(request).actor, name, keys, "restore")
        done = f"Account {name} restored: its escalation is lifted and its record cleared."
        return Redirect(path="/ui/admin/risk", query_params={"done": done}, status_code=303)

    @get("/usage", guards=[page_requires(Permission.ACCESS_READ)])
    async def usage(self, request: AnyRequest) -> Template:
        period = request.query_params.get("period", "7d")
        if period not in PERIODS:
            raise InvalidRequest(f"choose a period of {', '.join(PERIODS)}")
        since_us = int((time.time() - PERIODS[period] * 3600) * 1_000_000)
        services = admin_services(request)
        tables = [
            (dimension, title, await services.usage.by(dimension, since_us))
            for dimension, title in _DIMENSIONS
        ]
        owners = {record.key_id: record.account for record in await services.keys.list()}
        return page(
            request,
            "admin/usage.html",
            tables=tables,
            owners=owners,
            period=period,
            periods=list(PERIODS),
        )

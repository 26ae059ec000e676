"""`/ui/admin/keys`: find keys (search, paging), create, rotate, change tier and expiry, revoke.

A new key's text is shown once: the POST that makes it keeps it in the (encrypted) session and
redirects; the page it lands on takes it out again, so reloading that page shows no secret and
makes no second key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any

from litestar import Controller, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from gateway.access.key_record import KeyRecord
from gateway.access.key_store import IssuedKey
from gateway.admin.roles import Permission
from gateway.admin.session_data import session_of
from gateway.errors import InvalidRequest, NotFound
from gateway.http.admin.api.schemas import KeyView
from gateway.http.admin.guards import admin_services, current_principal, page_requires
from gateway.http.admin.pages.rendering import AnyRequest, checked_form, page

EXPIRY = MappingProxyType(
    {
        "": None,
        "never": None,
        "7d": timedelta(days=7),
        "30d": timedelta(days=30),
        "90d": timedelta(days=90),
    }
)
"""The expiry choices the forms offer (`""` and `never`: no expiry)."""
PAGE_SIZE = 25
_ISSUED = "issued_key"


@dataclass(frozen=True, slots=True)
class KeyPage:
    """One page of the keys that match a search."""

    keys: list[KeyRecord]
    query: str
    page: int
    pages: int
    total: int


def key_page(records: list[KeyRecord], query: str, number: int) -> KeyPage:
    """Newest first, narrowed to `query` (in the id, account, label or tier), page `number`."""
    wanted = query.strip().lower()
    found = [
        r
        for r in reversed(records)
        if not wanted
        or any(wanted in (text or "").lower() for text in (r.key_id, r.account, r.label, r.tier))
    ]
    pages = max(1, -(-len(found) // PAGE_SIZE))
    number = min(max(1, number), pages)
    start = (number - 1) * PAGE_SIZE
    return KeyPage(found[start : start + PAGE_SIZE], query, number, pages, len(found))


def _expiry(form: dict[str, str]) -> datetime | None:
    choice = form.get("expires", "")
    if choice not in EXPIRY:
        raise InvalidRequest("choose an expiry from the list")
    period = EXPIRY[choice]
    return datetime.now(UTC) + period if period else None


def _keep_issued(request: AnyRequest, issued: IssuedKey, replaces: str | None) -> Redirect:
    session = dict(session_of(request.scope))
    session[_ISSUED] = {"id": issued.record.key_id, "key": issued.key, "replaces": replaces}
    request.set_session(session)
    return Redirect(path=f"/ui/admin/keys/{issued.record.key_id}/created", status_code=303)


def _done(message: str, back: str = "") -> Redirect:
    params: dict[str, Any] = {"done": message}
    if back:
        params["q"] = back
    return Redirect(path="/ui/admin/keys", query_params=params, status_code=303)


class KeyPages(Controller):
    """The keys page and its forms; each form posts back here with its CSRF token."""

    path = "/ui/admin/keys"
    include_in_schema = False

    @get("/", guards=[page_requires(Permission.ACCESS_READ)])
    async def keys(self, request: AnyRequest) -> Template:
        services = admin_services(request)
        try:
            number = int(request.query_params.get("page", "1"))
        except ValueError:
            number = 1
        found = key_page(await services.keys.list(), request.query_params.get("q", ""), number)
        last_used = await services.usage.last_used([r.key_id for r in found.keys])
        return page(
            request,
            "admin/keys.html",
            found=found,
            keys=[KeyView.of(r) for r in found.keys],
            last_used={
                key_id: datetime.fromtimestamp(us / 1_000_000, UTC)
                for key_id, us in last_used.items()
            },
            tiers=list(services.policies.tiers),
            can_write=current_principal(request).may(Permission.ACCESS_WRITE),
            flash=request.query_params.get("done"),
        )

    @post("/", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def create_key(self, request: AnyRequest) -> Redirect:
        form = await checked_form(request)
        issued = await admin_services(request).actions.create_key(
            current_principal(request).actor,
            account=form.get("account", ""),
            tier=form.get("tier", ""),
            expires_at=_expiry(form),
            label=form.get("label") or None,
        )
        return _keep_issued(request, issued, None)

    @get("/{key_id:str}/created", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def created(self, request: AnyRequest, key_id: FromPath[str]) -> Template:
        session = dict(session_of(request.scope))
        issued = session.pop(_ISSUED, None)
        secret = replaces = None
        if isinstance(issued, dict) and issued.get("id") == key_id:
            secret, replaces = issued.get("key"), issued.get("replaces")
            request.set_session(session)
        record = await admin_services(request).keys.find(key_id)
        if record is None:
            raise NotFound(f"there is no key {key_id}")
        return page(
            request,
            "admin/key_created.html",
            key=KeyView.of(record),
            secret=secret,
            replaces=replaces,
        )

    @post("/{key_id:str}/tier", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def change_tier(self, request: AnyRequest, key_id: FromPath[str]) -> Redirect:
        form = await checked_form(request)
        record = await admin_services(request).actions.set_key_tier(
            current_principal(request).actor, key_id, form.get("tier", "")
        )
        return _done(f"Key {key_id} is now in tier {record.tier}.", form.get("q", ""))

    @post("/{key_id:str}/expiry", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def change_expiry(self, request: AnyRequest, key_id: FromPath[str]) -> Redirect:
        form = await checked_form(request)
        expires_at = _expiry(form)
        await admin_services(request).actions.set_key_expiry(
            current_principal(request).actor, key_id, expires_at
        )
        when = f"{expires_at:%d %b %Y %H:%M} UTC" if expires_at else "never"
        return _done(f"Key {key_id} now expires: {when}.", form.get("q", ""))

    @post("/{key_id:str}/rotate", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def rotate(self, request: AnyRequest, key_id: FromPath[str]) -> Redirect:
        await checked_form(request)
        services = admin_services(request)
        issued = await services.actions.rotate_key(
            current_principal(request).actor, key_id, timedelta(seconds=services.rotation_grace_s)
        )
        return _keep_issued(request, issued, key_id)

    @post("/{key_id:str}/revoke", guards=[page_requires(Permission.ACCESS_WRITE)])
    async def revoke(self, request: AnyRequest, key_id: FromPath[str]) -> Redirect:
        form = await checked_form(request)
        await admin_services(request).actions.revoke_key(current_principal(request).actor, key_id)
        return _done(f"Key {key_id} revoked.", form.get("q", ""))

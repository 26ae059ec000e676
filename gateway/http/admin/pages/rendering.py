"""What every page needs: the signed-in principal, its CSRF token, the navigation, errors."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from litestar import Request, Response
from litestar.response import Redirect, Template

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Permission, Role
from gateway.admin.session_data import csrf_matches, csrf_token, session_of
from gateway.errors import ForbiddenRole, GatewayError, InvalidRequest, Unauthenticated
from gateway.http.admin.guards import current_principal

AnyRequest = Request[Any, Any, Any]

_Needs = Permission | frozenset[Role]
"""A permission, or (for review pages, which go by role) the roles of which one is enough."""

_NAV: tuple[tuple[str, str, _Needs], ...] = (
    ("/ui/review/", "Review queue", frozenset({Role.REVIEWER})),
    ("/ui/admin/keys", "Keys", Permission.ACCESS_READ),
    ("/ui/admin/accounts", "Accounts", Permission.ACCESS_READ),
    ("/ui/admin/risk", "Risk", Permission.ACCESS_READ),
    ("/ui/admin/usage", "Usage", Permission.ACCESS_READ),
    ("/ui/admin/models", "Models", Permission.CATALOG_READ),
    ("/ui/admin/tiers", "Tiers", Permission.CATALOG_READ),
    ("/ui/admin/terms", "Terms", Permission.CATALOG_READ),
    ("/ui/review/stats", "Review figures", frozenset({Role.ADMIN, Role.AUDITOR})),
)


def _allowed(principal: AdminPrincipal, needs: _Needs) -> bool:
    if isinstance(needs, Permission):
        return principal.may(needs)
    return bool(principal.roles & needs)


def home_of(principal: AdminPrincipal) -> str:
    """Where a signed-in principal lands: the queue for reviewers, else their first page."""
    for href, _label, needs in _NAV:
        if _allowed(principal, needs):
            return href
    return "/ui/admin/models"


def _active(path: str, href: str) -> bool:
    # The figures page sits under /ui/review/ too; the longest matching link is the current one.
    matches = [h for h, _l, _n in _NAV if path.startswith(h) or path == h.rstrip("/")]
    return bool(matches) and max(matches, key=len) == href


def safe_next(value: str | None) -> str:
    """A local path to return to after sign-in (never another site)."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/ui/"


def page(request: AnyRequest, template: str, status_code: int = 200, **context: Any) -> Template:
    """Render `template` with the principal, its CSRF token and the navigation it may see."""
    principal: AdminPrincipal | None = request.scope["state"].get("admin_principal")
    path = request.url.path
    nav = [
        {"href": href, "label": label, "active": _active(path, href)}
        for href, label, needs in _NAV
        if principal is not None and _allowed(principal, needs)
    ]
    session = session_of(request.scope)
    return Template(
        template_name=template,
        context={"principal": principal, "csrf": csrf_token(session), "nav": nav, **context},
        status_code=status_code,
    )


async def checked_form(request: AnyRequest) -> dict[str, str]:
    """The submitted form, after checking its CSRF token against the session's."""
    form = await request.form()
    fields = {name: str(value) for name, value in form.items()}
    if not csrf_matches(session_of(request.scope), fields.get("csrf_token")):
        raise InvalidRequest("the form expired or did not come from this site; reload and retry")
    current_principal(request)
    return fields


def page_error_handler(request: AnyRequest, exc: Exception) -> Response[Any]:
    """Refusals on pages: sign-in redirects, and readable error pages for the rest."""
    if isinstance(exc, Unauthenticated):
        # The query too: a reviewer's filtered queue link survives signing in.
        query = f"?{request.url.query}" if request.url.query else ""
        wanted = quote(f"{request.url.path}{query}", safe="")
        return Redirect(path=f"/ui/login?next={wanted}", status_code=303)
    assert isinstance(exc, GatewayError)
    heading = "Not allowed" if isinstance(exc, ForbiddenRole) else exc.title
    link = {"href": "/ui/", "label": "Back"}
    return page(request, "message.html", exc.status, heading=heading, detail=exc.detail, link=link)

"""`/ui/login`, `/ui/callback`, `/ui/logout`: page sign-in through OIDC (or a local token)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Annotated

from litestar import Controller, get, post
from litestar.params import FromQuery, QueryParameter
from litestar.response import Redirect, Template

from gateway.admin.oidc_signin import PendingSignIn
from gateway.admin.principal import AdminPrincipal
from gateway.admin.session_data import (
    SESSION_CSRF,
    SESSION_PENDING,
    csrf_matches,
    session_of,
    session_user,
    signed_in_session,
)
from gateway.errors import InvalidRequest, Unauthenticated
from gateway.http.admin.guards import admin_services, session_principal
from gateway.http.admin.pages.rendering import AnyRequest, home_of, page, safe_next


def _redirect_uri(request: AnyRequest) -> str:
    public = admin_services(request).oidc.public_url
    base = public or str(request.base_url).rstrip("/")
    return f"{base}/ui/callback"


def _sign_in(request: AnyRequest, principal: AdminPrincipal, next_path: str) -> Redirect:
    services = admin_services(request)
    request.set_session(signed_in_session(principal, services.oidc.session_hours * 3600))
    return Redirect(path=safe_next(next_path), status_code=303)


class SignInController(Controller):
    """Sign-in and sign-out for every page."""

    path = "/ui"
    include_in_schema = False

    @get("/login")
    async def login(
        self, request: AnyRequest, next: FromQuery[str | None] = None
    ) -> Redirect | Template:
        target = safe_next(next)
        if await session_principal(request) is not None:
            return Redirect(path=target, status_code=303)
        sign_in = admin_services(request).sign_in
        if sign_in is not None:
            url, pending = await sign_in.begin(_redirect_uri(request), target)
            request.set_session({SESSION_PENDING: pending.as_session()})
            return Redirect(path=url, status_code=303)
        session = dict(session_of(request.scope))
        if not session.get(SESSION_CSRF):
            session[SESSION_CSRF] = secrets.token_urlsafe(32)
            request.set_session(session)
        return Template(
            template_name="login.html",
            context={"principal": None, "csrf": session[SESSION_CSRF], "next": target},
        )

    @post("/login", status_code=303)
    async def login_with_token(self, request: AnyRequest) -> Redirect | Template:
        form = {k: str(v) for k, v in (await request.form()).items()}
        if not csrf_matches(session_of(request.scope), form.get("csrf_token")):
            raise InvalidRequest("the form expired; reload the sign-in page")
        services = admin_services(request)
        if services.sign_in is not None:
            raise InvalidRequest("sign in through the identity provider")
        try:
            principal = await services.authenticator.authenticate(f"Bearer {form.get('token', '')}")
        except Unauthenticated as exc:
            session = session_of(request.scope)
            return Template(
                template_name="login.html",
                context={
                    "principal": None,
                    "csrf": session.get(SESSION_CSRF, ""),
                    "next": safe_next(form.get("next")),
                    "error": exc.detail,
                },
                status_code=401,
            )
        return _sign_in(request, principal, form.get("next", "/ui/"))

    @get("/callback")
    async def callback(
        self,
        request: AnyRequest,
        code: FromQuery[str | None] = None,
        oauth_state: Annotated[str | None, QueryParameter(name="state")] = None,
        error: FromQuery[str | None] = None,
    ) -> Redirect | Template:
        services = admin_services(request)
        session = session_of(request.scope)
        pending = PendingSignIn.from_session(session.get(SESSION_PENDING))
        if error or services.sign_in is None or pending is None or not code:
            detail = f"the provider said: {error}" if error else "the sign-in was not started here"
            return page(
                request,
                "message.html",
                400,
                heading="Sign-in failed",
                detail=detail,
                link={"href": "/ui/login", "label": "Try again"},
            )
        if oauth_state != pending.state:
            raise InvalidRequest("the sign-in state does not match; start again")
        principal = await services.sign_in.complete(code, _redirect_uri(request), pending)
        return _sign_in(request, principal, pending.next_path)

    @post("/logout", status_code=200)
    async def logout(self, request: AnyRequest) -> Template:
        form = {k: str(v) for k, v in (await request.form()).items()}
        if not csrf_matches(session_of(request.scope), form.get("csrf_token")):
            raise InvalidRequest("the form expired; reload and retry")
        user = session_user(session_of(request.scope))
        if user is not None:
            # Clearing the cookie is not enough: a copy taken earlier would still sign in.
            ends = datetime.fromtimestamp(user.expires_at, UTC)
            await admin_services(request).ended_sessions.end(user.session_id, ends)
        request.clear_session()
        # A page, not a redirect to /ui/login: with single sign-on that would sign straight back in.
        return page(
            request,
            "message.html",
            heading="Signed out",
            detail="You are signed out of ModelGate.",
            link={"href": "/ui/login", "label": "Sign in again"},
        )

    @get("/")
    async def home(self, request: AnyRequest) -> Redirect:
        principal = await session_principal(request)
        if principal is None:
            return Redirect(path="/ui/login", status_code=303)
        return Redirect(path=home_of(principal), status_code=303)

"""`AdminAuthenticator`: from a bearer token to an `AdminPrincipal`, or a 401 problem.

With an OIDC issuer configured, tokens must be the provider's JWTs for the configured audience;
without one (the embedded default), local tokens from `modelgate admin token` are accepted.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from gateway.admin.local_tokens import LocalTokenAuthority, LocalTokenError
from gateway.admin.oidc_provider import InvalidToken, OidcProvider
from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import roles_from_claims
from gateway.admin.token_ledger import LocalTokenLedger
from gateway.errors import Unauthenticated

_CHALLENGE = MappingProxyType({"www-authenticate": 'Bearer realm="modelgate-admin"'})


def unauthenticated(detail: str) -> Unauthenticated:
    """A 401 problem with the Bearer challenge."""
    return Unauthenticated(detail, headers=_CHALLENGE)


class AdminAuthenticator:
    """Verifies admin bearer tokens with exactly one authority: the OIDC provider or local."""

    def __init__(
        self,
        *,
        roles_claim: str,
        audience: str,
        provider: OidcProvider | None,
        local: LocalTokenAuthority | None,
        revocations: LocalTokenLedger | None = None,
    ) -> None:
        self._roles_claim = roles_claim
        self._audience = audience
        self._provider = provider
        self._local = local
        self._revocations = revocations

    def principal_from_claims(self, claims: dict[str, Any], via: str) -> AdminPrincipal:
        """The principal a verified set of claims describes."""
        roles = roles_from_claims(claims, "roles" if via == "local" else self._roles_claim)
        name = claims.get("name") or claims.get("preferred_username") or claims.get("email")
        expires = claims.get("exp")
        return AdminPrincipal(
            subject=str(claims["sub"]),
            roles=roles,
            via="local" if via == "local" else "oidc",
            name=str(name) if name else None,
            token_expires_at=int(expires) if isinstance(expires, int | float) else None,
            local_token_id=str(claims["jti"]) if via == "local" and "jti" in claims else None,
        )

    async def authenticate(self, authorization: str | None) -> AdminPrincipal:
        """The principal of an `Authorization: Bearer ...` header; raises `Unauthenticated`."""
        if not authorization:
            raise unauthenticated("sign in: send 'Authorization: Bearer <token>'")
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise unauthenticated("the Authorization header must use the Bearer scheme")
        if token.startswith("mg_"):
            raise unauthenticated("API keys cannot be used on the admin API; use a sign-in token")
        if self._provider is not None:
            try:
                claims = await self._provider.verify(token, audience=self._audience)
            except InvalidToken as exc:
                raise unauthenticated(f"the token was refused: {exc}") from exc
            return self.principal_from_claims(claims, "oidc")
        assert self._local is not None
        try:
            claims = self._local.verify(token)
        except LocalTokenError as exc:
            raise unauthenticated(f"the token was refused: {exc}") from exc
        if self._revocations is not None and await self._revocations.is_revoked(claims["jti"]):
            raise unauthenticated("the token was revoked")
        return self.principal_from_claims(claims, "local")

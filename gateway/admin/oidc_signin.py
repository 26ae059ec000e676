"""`OidcSignIn`: the authorization code flow with PKCE, for people signing in to the pages.

`begin` returns the provider URL to send the browser to, and the secrets (state, nonce, PKCE
verifier) the session must keep until the callback; `complete` exchanges the code, verifies the
ID token (signature, issuer, audience, expiry, nonce) and reads the roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc6749.errors import OAuth2Error

from gateway.admin.authenticator import AdminAuthenticator
from gateway.admin.oidc_provider import InvalidToken, OidcProvider
from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import claim_value
from gateway.errors import Unauthenticated
from gateway.settings import OidcSettings


@dataclass(frozen=True, slots=True)
class PendingSignIn:
    """What the session keeps between the redirect and the callback."""

    state: str
    nonce: str
    code_verifier: str
    next_path: str

    def as_session(self) -> dict[str, str]:
        """The session form."""
        return {
            "state": self.state,
            "nonce": self.nonce,
            "verifier": self.code_verifier,
            "next": self.next_path,
        }

    @classmethod
    def from_session(cls, value: Any) -> PendingSignIn | None:
        """Read back from the session (None when missing or malformed)."""
        if not isinstance(value, dict):
            return None
        try:
            return cls(value["state"], value["nonce"], value["verifier"], value["next"])
        except KeyError:
            return None


class OidcSignIn:
    """Drives one provider's code flow on behalf of the pages."""

    def __init__(
        self, provider: OidcProvider, settings: OidcSettings, authenticator: AdminAuthenticator
    ) -> None:
        self._provider = provider
        self._settings = settings
        self._authenticator = authenticator

    def _client(self, redirect_uri: str) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=self._settings.client_id,
            client_secret=self._settings.client_secret or None,
            token_endpoint_auth_method=(
                "client_secret_basic" if self._settings.client_secret else "none"
            ),
            scope=self._settings.scopes,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=10.0,
        )

    async def begin(self, redirect_uri: str, next_path: str) -> tuple[str, PendingSignIn]:
        """The provider URL for the browser, and what to keep in the session."""
        endpoint = (await self._provider.metadata()).authorization_endpoint
        pending = PendingSignIn(
            generate_token(32), generate_token(32), generate_token(64), next_path
        )
        async with self._client(redirect_uri) as client:
            url, _ = client.create_authorization_url(
                endpoint,
                state=pending.state,
                code_verifier=pending.code_verifier,
                nonce=pending.nonce,
            )
        return url, pending

    async def complete(
        self, code: str, redirect_uri: str, pending: PendingSignIn
    ) -> AdminPrincipal:
        """Exchange `code`, verify the ID token, and return who signed in."""
        token_endpoint = (await self._provider.metadata()).token_endpoint
        async with self._client(redirect_uri) as client:
            try:
                token = await client.fetch_token(
                    token_endpoint,
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=pending.code_verifier,
                )
            except OAuth2Error as exc:
                raise Unauthenticated(f"the provider refused the sign-in: {exc.error}") from exc
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise Unauthenticated("the provider returned no ID token")
        try:
            claims = await self._provider.verify(
                id_token, audience=self._settings.client_id, nonce=pending.nonce
            )
        except InvalidToken as exc:
            raise Unauthenticated(f"the ID token was refused: {exc}") from exc
        if claim_value(claims, self._settings.roles_claim) is None:
            # Many providers put custom claims only in userinfo.
            extra = await self._provider.userinfo(str(token.get("access_token", "")))
            if extra.get("sub") == claims.get("sub"):
                claims = {**extra, **claims}
        return self._authenticator.principal_from_claims(claims, "oidc")

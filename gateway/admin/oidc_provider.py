"""`OidcProvider`: the organisation's identity provider, as discovered from its issuer URL.

Discovery and the JWKS are fetched lazily (a provider that is briefly down at start-up does not
stop the gateway) and cached; tokens are verified locally against the cached keys.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import msgspec
from joserfc import jwt
from joserfc.errors import JoseError

from gateway.admin.jwks import JwksCache
from gateway.errors import ModelGateError, ServiceUnavailable

SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA")
CLOCK_SKEW_SECONDS = 30


class InvalidToken(ModelGateError, ValueError):
    """The token failed verification; the message says why (never the token itself)."""


class ProviderMetadata(msgspec.Struct, frozen=True):
    """The parts of the discovery document the gateway uses."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None = None
    end_session_endpoint: str | None = None


def unverified_header(token: str) -> dict[str, Any]:
    """The JOSE header of a compact JWT, read without verifying anything (to find the `kid`)."""
    try:
        part = token.split(".", 1)[0]
        header = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (ValueError, IndexError) as exc:
        raise InvalidToken("not a JWT") from exc
    if not isinstance(header, dict):
        raise InvalidToken("not a JWT")
    return header


class OidcProvider:
    """Discovery, signing keys and userinfo of one issuer."""

    def __init__(self, issuer: str, *, timeout_s: float = 5.0) -> None:
        self.issuer = issuer.rstrip("/")
        self._http = httpx.AsyncClient(timeout=timeout_s)
        self._metadata: ProviderMetadata | None = None
        self.jwks = JwksCache(self._fetch_jwks)

    async def metadata(self) -> ProviderMetadata:
        """The discovery document (fetched once)."""
        if self._metadata is None:
            url = f"{self.issuer}/.well-known/openid-configuration"
            try:
                response = await self._http.get(url)
                response.raise_for_status()
                metadata = msgspec.json.decode(response.content, type=ProviderMetadata)
            except (httpx.HTTPError, msgspec.MsgspecError) as exc:
                raise ServiceUnavailable("the sign-in provider cannot be reached") from exc
            if metadata.issuer.rstrip("/") != self.issuer:
                raise ServiceUnavailable("the sign-in provider names a different issuer")
            self._metadata = metadata
        return self._metadata

    async def _fetch_jwks(self) -> dict[str, Any]:
        try:
            response = await self._http.get((await self.metadata()).jwks_uri)
            response.raise_for_status()
            document = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise ServiceUnavailable("the sign-in provider's keys cannot be fetched") from exc
        if not isinstance(document, dict):
            raise ServiceUnavailable("the sign-in provider's key set is malformed")
        return document

    async def verify(
        self, token: str, *, audience: str, nonce: str | None = None
    ) -> dict[str, Any]:
        """The claims of a token signed by this provider for `audience`; raises `InvalidToken`."""
        header = unverified_header(token)
        keys = await self.jwks.key_set_for(header.get("kid"))
        claims_options: dict[str, Any] = {
            "iss": {"essential": True, "value": self.issuer},
            "aud": {"essential": True, "value": audience},
            "exp": {"essential": True},
            "sub": {"essential": True},
        }
        if nonce is not None:
            claims_options["nonce"] = {"essential": True, "value": nonce}
        try:
            decoded = jwt.decode(token, keys, algorithms=list(SIGNING_ALGORITHMS))
            registry = jwt.JWTClaimsRegistry(leeway=CLOCK_SKEW_SECONDS, **claims_options)
            registry.validate(decoded.claims)
        except JoseError as exc:
            raise InvalidToken(exc.description or exc.error or type(exc).__name__) from exc
        except ValueError as exc:
            raise InvalidToken(str(exc)) from exc
        return dict(decoded.claims)

    async def userinfo(self, access_token: str) -> dict[str, Any]:
        """The userinfo claims for `access_token` (empty when the provider has no endpoint)."""
        endpoint = (await self.metadata()).userinfo_endpoint
        if not endpoint:
            return {}
        try:
            response = await self._http.get(
                endpoint, headers={"authorization": f"Bearer {access_token}"}
            )
            response.raise_for_status()
            claims = response.json()
        except (httpx.HTTPError, ValueError):
            return {}
        return claims if isinstance(claims, dict) else {}

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._http.aclose()

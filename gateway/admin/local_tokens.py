"""Local admin tokens: HS256 JWTs minted by `modelgate admin token` when no OIDC provider is set.

The signing secret is generated under `<data dir>/secrets/`, so only someone who can read the
gateway's data directory can mint one; tokens always expire, and each carries a `jti` by which
it can be revoked (`LocalTokenLedger`).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey

from gateway.admin.roles import Role
from gateway.errors import ModelGateError

LOCAL_ISSUER = "modelgate-local"
LOCAL_AUDIENCE = "modelgate-admin"
MAX_TTL_SECONDS = 30 * 86_400


class LocalTokenError(ModelGateError, ValueError):
    """The token is not a valid local admin token (bad signature, expired, wrong claims)."""


def local_secret_path(data_dir: Path) -> Path:
    """Where the signing secret lives."""
    return data_dir / "secrets" / "admin-token.key"


class LocalTokenAuthority:
    """Mints and checks local admin tokens with one secret."""

    def __init__(self, secret: bytes) -> None:
        self._key = OctKey.import_key(secret)

    def issue(
        self, subject: str, roles: Iterable[Role], ttl_seconds: int, *, now: float | None = None
    ) -> str:
        """A signed token for `subject` with `roles`, valid for `ttl_seconds`."""
        if not 0 < ttl_seconds <= MAX_TTL_SECONDS:
            raise ValueError(f"ttl must be between 1 s and {MAX_TTL_SECONDS // 86_400} days")
        issued = int(now if now is not None else time.time())
        claims: dict[str, Any] = {
            "iss": LOCAL_ISSUER,
            "aud": LOCAL_AUDIENCE,
            "sub": subject,
            "roles": sorted(role.value for role in roles),
            "iat": issued,
            "exp": issued + ttl_seconds,
            "jti": secrets.token_hex(8),
        }
        return jwt.encode({"alg": "HS256", "typ": "JWT"}, claims, self._key, algorithms=["HS256"])

    def verify(self, token: str) -> dict[str, Any]:
        """The claims of a valid token; raises `LocalTokenError`."""
        try:
            decoded = jwt.decode(token, self._key, algorithms=["HS256"])
            jwt.JWTClaimsRegistry(
                iss={"essential": True, "value": LOCAL_ISSUER},
                aud={"essential": True, "value": LOCAL_AUDIENCE},
                exp={"essential": True},
                sub={"essential": True},
                jti={"essential": True},  # how a token is revoked
            ).validate(decoded.claims)
        except JoseError as exc:
            raise LocalTokenError(str(exc) or type(exc).__name__) from exc
        except ValueError as exc:
            raise LocalTokenError(str(exc)) from exc
        return dict(decoded.claims)

"""The test OIDC provider: npm's `oidc-provider` run with node on 127.0.0.1.

Its dependencies are installed from the committed package.json / package-lock.json into
`tests/support/oidc_provider/node_modules` on first use. A missing node is installed with
apt-get when possible; otherwise the fixture fails with what to install (it never skips).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import httpx
from joserfc import jwt
from joserfc.jwk import RSAKey

from tests.support.processes import free_port

PROVIDER_DIR = Path(__file__).with_name("oidc_provider")
AUDIENCE = "https://modelgate.test/admin"
UI_CLIENT_ID = "modelgate-ui"
UI_CLIENT_SECRET = "ui-client-secret-for-tests"
USERS = {
    "alice": ["admin"],
    "rita": ["reviewer"],
    "audrey": ["auditor"],
    "nora": [],
    "brief": ["admin"],
}
SHORT_ID_TOKEN_USER = "brief"
"""A person whose ID tokens expire SHORT_ID_TOKEN_SECONDS after sign-in."""
SHORT_ID_TOKEN_SECONDS = 5
ROBOTS = {
    "robot-admin": ["admin"],
    "robot-reviewer": ["reviewer"],
    "robot-auditor": ["auditor"],
    "robot-none": [],
}
SHORT_LIVED_ROBOT = "robot-shortlived"


class ProviderUnavailable(RuntimeError):
    """node or npm is missing and could not be installed."""


def _ensure_node() -> None:
    if shutil.which("node") and shutil.which("npm"):
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=False, env=env, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "nodejs", "npm"],
            check=True,
            env=env,
            capture_output=True,
        )
    if not (shutil.which("node") and shutil.which("npm")):
        raise ProviderUnavailable(
            "the OIDC tests need node and npm (Debian: apt-get install nodejs npm)"
        )


def ensure_installed() -> None:
    """node, npm and the provider's node_modules, installing what is missing."""
    _ensure_node()
    if (PROVIDER_DIR / "node_modules" / "oidc-provider" / "package.json").exists():
        return
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=PROVIDER_DIR,
        check=True,
        timeout=300,
    )


@dataclass
class OidcTestProvider:
    """A running provider, its signing key (so tests can forge tokens) and its clients."""

    work_dir: Path
    port: int = field(default_factory=free_port)
    signing_key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(
            2048, parameters={"kid": "test-key-1"}, private=True
        )
    )
    process: subprocess.Popen[bytes] | None = None
    log: BinaryIO | None = None

    @property
    def issuer(self) -> str:
        """The issuer URL (also the discovery base)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OidcTestProvider:
        """Install if needed, write the config, start node and wait for 'ready'."""
        ensure_installed()
        jwk = {
            **self.signing_key.as_dict(private=True),
            "kid": "test-key-1",
            "use": "sig",
            "alg": "RS256",
        }
        config = {
            "port": self.port,
            "issuer": self.issuer,
            "audience": AUDIENCE,
            "jwks": {"keys": [jwk]},
            "users": USERS,
            "id_token_ttl": {SHORT_ID_TOKEN_USER: SHORT_ID_TOKEN_SECONDS},
            "ui_client": {"client_id": UI_CLIENT_ID, "client_secret": UI_CLIENT_SECRET},
            "clients": [
                *(
                    {"client_id": c, "client_secret": f"{c}-secret", "roles": r}
                    for c, r in ROBOTS.items()
                ),
                {
                    "client_id": SHORT_LIVED_ROBOT,
                    "client_secret": "short-secret",
                    "roles": ["admin"],
                    "ttl": 1,
                },
            ],
        }
        config_path = self.work_dir / "oidc-config.json"
        config_path.write_text(json.dumps(config))
        self.log = log = (self.work_dir / "oidc-provider.log").open("wb")
        self.process = subprocess.Popen(
            ["node", str(PROVIDER_DIR / "server.mjs"), str(config_path)],
            cwd=PROVIDER_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"oidc provider exited: {(self.work_dir / 'oidc-provider.log').read_text()}"
                )
            try:
                if (
                    httpx.get(
                        f"{self.issuer}/.well-known/openid-configuration", timeout=1
                    ).status_code
                    == 200
                ):
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("oidc provider did not start")

    def robot_token(self, client_id: str) -> str:
        """An access token (a JWT for the admin API) from the client credentials grant."""
        secret = "short-secret" if client_id == SHORT_LIVED_ROBOT else f"{client_id}-secret"
        response = httpx.post(
            f"{self.issuer}/token",
            data={"grant_type": "client_credentials", "scope": "admin", "resource": AUDIENCE},
            auth=(client_id, secret),
            timeout=10,
        )
        response.raise_for_status()
        return str(response.json()["access_token"])

    def forge(
        self, claims: dict[str, Any], *, key: RSAKey | None = None, kid: str = "test-key-1"
    ) -> str:
        """A JWT with `claims` signed by the provider's key (or by `key`, for forgeries)."""
        base = {"iss": self.issuer, "aud": AUDIENCE, "sub": "forged", "iat": int(time.time())}
        header = {"alg": "RS256", "kid": kid, "typ": "at+jwt"}
        return jwt.encode(header, {**base, **claims}, key or self.signing_key)

    def gateway_env(self) -> dict[str, str]:
        """The `MODELGATE_OIDC_*` settings for a gateway that trusts this provider."""
        return {
            "MODELGATE_OIDC_ISSUER": self.issuer,
            "MODELGATE_OIDC_CLIENT_ID": UI_CLIENT_ID,
            "MODELGATE_OIDC_CLIENT_SECRET": UI_CLIENT_SECRET,
            "MODELGATE_OIDC_AUDIENCE": AUDIENCE,
            "MODELGATE_OIDC_ROLES_CLAIM": "roles",
        }

    def stop(self) -> None:
        """Stop node."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()

"""Local admin tokens for tests, minted with the gateway's own secret (as the CLI does)."""

from __future__ import annotations

from pathlib import Path

from gateway.admin.local_tokens import LocalTokenAuthority, local_secret_path
from gateway.admin.roles import Role
from gateway.admin.secret_files import secret_from_file


def local_token(data_dir: Path, *roles: str, ttl: int = 600, subject: str = "tester") -> str:
    """A token like `modelgate admin token --role ...` prints."""
    authority = LocalTokenAuthority(secret_from_file(local_secret_path(data_dir)))
    return authority.issue(subject, [Role(role) for role in roles], ttl)


def bearer(token: str) -> dict[str, str]:
    """The Authorization header for `token`."""
    return {"authorization": f"Bearer {token}"}

"""Admin settings: OIDC variables are read, cookies are Secure off loopback, secrets checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.admin.services import _session_key, cookie_must_be_secure
from gateway.settings import OidcSettings, ServerSettings, Settings, load_settings


def test_oidc_settings_come_from_the_environment() -> None:
    """Every MODELGATE_OIDC_* variable lands in its field; the issuer loses a trailing slash."""
    settings = load_settings(
        {
            "MODELGATE_OIDC_ISSUER": "https://login.example.com/",
            "MODELGATE_OIDC_CLIENT_ID": "mg",
            "MODELGATE_OIDC_CLIENT_SECRET": "s3",
            "MODELGATE_OIDC_ROLES_CLAIM": "realm_access.roles",
            "MODELGATE_OIDC_AUDIENCE": "https://mg/admin",
            "MODELGATE_CONTROL_POLL_SECONDS": "0",
        }
    )
    assert settings.oidc.issuer == "https://login.example.com"
    assert (settings.oidc.client_id, settings.oidc.client_secret) == ("mg", "s3")
    assert settings.oidc.roles_claim == "realm_access.roles"
    assert settings.oidc.audience == "https://mg/admin"
    assert settings.control.poll_seconds == 0.0


@pytest.mark.parametrize(
    ("host", "public_url", "secure"),
    [
        ("127.0.0.1", "", False),
        ("localhost", "", False),
        ("::1", "", False),
        ("0.0.0.0", "", True),
        ("10.1.2.3", "", True),
        ("0.0.0.0", "http://127.0.0.1:8080", False),
        ("127.0.0.1", "https://mg.example.com", True),
        ("127.0.0.1", "http://mg.example.com", True),
    ],
)
def test_session_cookie_is_secure_unless_plain_local_http(
    host: str, public_url: str, secure: bool
) -> None:
    """Only a gateway reached over plain HTTP on a loopback address sends non-Secure cookies."""
    settings = Settings(server=ServerSettings(host=host), oidc=OidcSettings(public_url=public_url))
    assert cookie_must_be_secure(settings) is secure


@pytest.mark.parametrize("text", ["abc", "zz" * 16, "00" * 15, "00" * 33])
def test_bad_session_secret_is_refused(text: str) -> None:
    """A session secret that is not 16, 24 or 32 bytes of hex fails at start-up."""
    with pytest.raises(ValueError, match="MODELGATE_SESSION_SECRET"):
        _session_key(text)


def test_generated_secret_is_reused(tmp_path: Path) -> None:
    """The embedded setup's generated secret is created once and then read back."""
    from gateway.admin.secret_files import secret_from_file

    first = secret_from_file(tmp_path / "secrets" / "x.key")
    assert secret_from_file(tmp_path / "secrets" / "x.key") == first
    assert (tmp_path / "secrets" / "x.key").stat().st_mode & 0o077 == 0

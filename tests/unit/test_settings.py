"""Settings come from MODELGATE_* variables or a TOML file, and bad values fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.settings import load_settings


def test_defaults_are_the_embedded_setup() -> None:
    """With nothing set: SQLite under ./data, in-process limits, port 8080."""
    settings = load_settings({})
    assert settings.storage.effective_database_url.startswith("sqlite+aiosqlite:///")
    assert settings.storage.effective_database_url.endswith("data/modelgate.db")
    assert settings.limits.redis_url == ""
    assert settings.server.port == 8080


def test_environment_overrides() -> None:
    """`PORT`, `MODELGATE_DATA_DIR` and the database URL are honoured."""
    settings = load_settings(
        {
            "PORT": "9999",
            "MODELGATE_DATA_DIR": "/tmp/x",
            "MODELGATE_DATABASE_URL": "postgresql+asyncpg://u@h/db",
            "MODELGATE_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.2",
        }
    )
    assert settings.server.port == 9999
    assert settings.storage.data_dir == Path("/tmp/x")
    assert settings.storage.effective_database_url == "postgresql+asyncpg://u@h/db"
    assert settings.server.trusted_proxies == frozenset({"10.0.0.1", "10.0.0.2"})


def test_config_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    """A TOML file supplies values; an environment variable beats the file."""
    config = tmp_path / "modelgate.toml"
    config.write_text(
        '[server]\nport = 7000\nhost = "0.0.0.0"\n[limits]\nredis_url = "redis://r"\n'
    )
    settings = load_settings({"MODELGATE_CONFIG": str(config), "MODELGATE_PORT": "7001"})
    assert settings.server.port == 7001
    assert settings.server.host == "0.0.0.0"
    assert settings.limits.redis_url == "redis://r"


@pytest.mark.parametrize(
    ("name", "value"),
    [("MODELGATE_ON_REDIS_OUTAGE", "sometimes"), ("MODELGATE_AUTO_MIGRATE", "perhaps")],
)
def test_bad_values_fail_at_load(name: str, value: str) -> None:
    """A nonsensical setting fails when read, not on the first request."""
    with pytest.raises(ValueError, match=r"must be|not a boolean"):
        load_settings({name: value})

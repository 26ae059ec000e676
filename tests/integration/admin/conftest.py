"""Fixtures for the control-plane tests: a local-token gateway, a real OIDC provider, and one
gateway that trusts it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.gateway import RunningGateway, start_gateway
from tests.support.oidc_fixtures import oidc_gateway, oidc_provider

__all__ = ["local_gateway", "oidc_gateway", "oidc_provider"]


@pytest.fixture(scope="session")
def local_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A SQLite gateway without an identity provider: local admin tokens are accepted."""
    running = start_gateway(tmp_path_factory.mktemp("gw-admin-local"))
    yield running
    running.stop()

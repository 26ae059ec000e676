"""Pytest fixtures around the test OIDC provider, imported by the conftests that need them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gateway.settings import OidcSettings
from tests.support.gateway import RunningGateway, start_gateway
from tests.support.oidc_server import AUDIENCE, UI_CLIENT_ID, UI_CLIENT_SECRET, OidcTestProvider


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OidcTestProvider]:
    """npm's oidc-provider on 127.0.0.1, with users and service clients for every role."""
    provider = OidcTestProvider(tmp_path_factory.mktemp("oidc")).start()
    yield provider
    provider.stop()


@pytest.fixture(scope="session")
def oidc_gateway(
    oidc_provider: OidcTestProvider, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    """A gateway whose admin sign-in goes through the test provider."""
    oidc = OidcSettings(
        issuer=oidc_provider.issuer,
        client_id=UI_CLIENT_ID,
        client_secret=UI_CLIENT_SECRET,
        audience=AUDIENCE,
        roles_claim="roles",
    )
    running = start_gateway(tmp_path_factory.mktemp("gw-admin-oidc"), overrides={"oidc": oidc})
    yield running
    running.stop()

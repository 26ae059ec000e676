"""A review gateway on SQLite and one on PostgreSQL, each with keys for two accounts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.support.review_gateway import ReviewGateway, start_review_gateway


@dataclass
class Reviewed:
    """A review gateway and keys of two accounts in the `checked` tier."""

    site: ReviewGateway
    key: str
    other_key: str
    account: str


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def reviewed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Reviewed]:
    """The gateway on each database."""
    database_url = ""
    if request.param == "postgres":
        database_url = request.getfixturevalue("postgres_url")
    site = start_review_gateway(tmp_path_factory.mktemp(f"review-{request.param}"), database_url)
    account = f"acct-{uuid.uuid4().hex[:8]}"
    key = site.gateway.issue_key(tier="checked", account=account).key
    other = site.gateway.issue_key(tier="checked", account=f"other-{uuid.uuid4().hex[:8]}").key
    yield Reviewed(site, key, other, account)
    site.stop()

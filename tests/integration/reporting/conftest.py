"""A seeded week of audit records in a database of its own, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.reporting.audit_seed import week_of_events
from tests.integration.reporting.seeded_database import seeded_database


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def seeded_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The URL of a migrated database holding `week_of_events()` and nothing else."""
    tmp: Path = tmp_path_factory.mktemp("report-db")
    yield from seeded_database(request.param, tmp, week_of_events())

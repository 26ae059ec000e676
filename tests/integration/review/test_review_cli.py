"""`modelgate review purge` and `stats` against a real database."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from gateway.cli import main


def test_purge_and_stats_run_against_the_configured_database(tmp_path: Path) -> None:
    """A purge reports what it removed; the figures print as JSON."""
    runner = CliRunner(env={"MODELGATE_DATA_DIR": str(tmp_path), "MODELGATE_DATABASE_URL": None})
    assert runner.invoke(main, ["db", "upgrade"]).exit_code == 0
    purged = runner.invoke(main, ["review", "purge"])
    assert purged.exit_code == 0, purged.output
    assert "purged 0" in purged.output
    stats = runner.invoke(main, ["review", "stats"])
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.output)["queue"]["depth"] == 0

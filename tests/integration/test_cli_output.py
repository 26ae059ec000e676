"""What the `modelgate` commands print: where they looked for the database, the account
option, key tier and expiry changes, model states, periods, and a purge that only purges."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from gateway.cli import main
from gateway.review.tables import review_cases
from gateway.storage.engine import create_engine


def _run(data_dir: Path | None, *args: str) -> Result:
    env = {"MODELGATE_DATA_DIR": str(data_dir) if data_dir else None}
    return CliRunner(env={**env, "MODELGATE_DATABASE_URL": None}).invoke(main, list(args))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose database is migrated, as a gateway leaves it."""
    folder = tmp_path / "data"
    result = _run(folder, "db", "upgrade")
    assert result.exit_code == 0, result.output
    return folder


def test_read_commands_outside_the_data_folder_say_where_they_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`keys list` in a folder without data/ names the path and the variable, and creates
    no database."""
    monkeypatch.chdir(tmp_path)
    for command in (["keys", "list"], ["models", "list"], ["review", "stats"]):
        result = _run(None, *command)
        assert result.exit_code == 1, result.output
        assert f"no ModelGate database at {tmp_path / 'data' / 'modelgate.db'}" in result.output
        assert "MODELGATE_DATA_DIR" in result.output
        assert "Traceback" not in result.output
    assert not (tmp_path / "data").exists()


def test_a_database_without_tables_says_to_upgrade(tmp_path: Path) -> None:
    """An empty database file is named, with the command that creates its tables."""
    (tmp_path / "modelgate.db").touch()
    result = _run(tmp_path, "keys", "list")
    assert result.exit_code == 1
    assert "no such table: api_keys" in result.output
    assert "modelgate db upgrade" in result.output


def test_account_names_the_owner_and_owner_still_works(data_dir: Path) -> None:
    """`--account` creates and filters; `--owner` does the same with a deprecation warning."""
    created = _run(data_dir, "keys", "create", "--account", "dana", "--tier", "public", "--json")
    assert created.exit_code == 0, created.output
    key_id = json.loads(created.stdout)["id"]
    old = _run(data_dir, "keys", "create", "--owner", "erin", "--tier", "public")
    assert old.exit_code == 0, old.output
    assert "warning: --owner is deprecated; use --account" in old.stderr
    assert "for erin in tier public" in old.stdout
    listed = json.loads(_run(data_dir, "keys", "list", "--account", "dana", "--json").stdout)
    assert [(k["id"], k["account"]) for k in listed] == [(key_id, "dana")]
    table = _run(data_dir, "keys", "list").stdout
    assert table.splitlines()[0].split()[:2] == ["ID", "ACCOUNT"]


def test_set_tier_and_set_expiry_change_the_key(data_dir: Path) -> None:
    """The CLI moves a key to another tier and sets, then clears, its expiry."""
    created = _run(data_dir, "keys", "create", "--account", "fay", "--tier", "public", "--json")
    key_id = json.loads(created.stdout)["id"]
    moved = _run(data_dir, "keys", "set-tier", key_id, "developer")
    assert moved.exit_code == 0, moved.output
    assert moved.stdout == f"{key_id}: tier developer\n"
    unknown = _run(data_dir, "keys", "set-tier", key_id, "gold")
    assert unknown.exit_code == 1
    assert "unknown tier 'gold'" in unknown.output
    dated = _run(data_dir, "keys", "set-expiry", key_id, "2030-01-31")
    assert dated.stdout == f"{key_id}: expires 2030-01-31T00:00:00+00:00\n"
    listed = json.loads(_run(data_dir, "keys", "list", "--account", "fay", "--json").stdout)
    assert listed[0]["tier"] == "developer"
    assert listed[0]["expires_at"] == "2030-01-31T00:00:00+00:00"
    cleared = _run(data_dir, "keys", "set-expiry", key_id, "never")
    assert cleared.stdout == f"{key_id}: expires never\n"


def test_models_list_shows_retired_and_disabled(data_dir: Path) -> None:
    """A retired model reads `retired`, a disabled one `DISABLED` with its reason."""
    assert _run(data_dir, "models", "stage", "demo-large", "retired").exit_code == 0
    assert _run(data_dir, "models", "disable", "demo-embed", "--reason", "drift").exit_code == 0
    rows = {line.split()[0]: line for line in _run(data_dir, "models", "list").stdout.splitlines()}
    assert rows["demo-large"].split()[1:] == ["retired", "limited", "retired"]
    assert rows["demo-embed"].endswith("DISABLED (drift)")
    assert rows["demo-chat"].split()[-1] == "serving"
    listed = {m["name"]: m for m in json.loads(_run(data_dir, "models", "list", "--json").stdout)}
    assert listed["demo-large"]["status"] == "retired"
    assert listed["demo-embed"]["reason"] == "drift"


@pytest.mark.parametrize("since", ["7d", "2000-01-01"])
def test_audit_export_and_report_take_durations_and_dates(
    data_dir: Path, tmp_path: Path, since: str
) -> None:
    """`--since 7d` and `--since 2000-01-01` both work for `audit export` and `report`."""
    exported = _run(data_dir, "audit", "export", "--since", since, "--out", str(tmp_path / "x"))
    assert exported.exit_code == 0, exported.output
    assert "exported" in exported.stderr
    out = tmp_path / "report.html"
    report = _run(data_dir, "report", "--since", since, "--out", str(out), "--no-alerts")
    assert report.exit_code == 0, report.output
    assert out.exists()
    wrong = _run(data_dir, "audit", "export", "--since", "last week")
    assert wrong.exit_code == 2
    assert "not a date" in wrong.output


def _insert_case(url: str, values: dict[str, object]) -> None:
    async def insert() -> None:
        engine = create_engine(url)
        try:
            async with engine.begin() as conn:
                await conn.execute(review_cases.insert().values(**values))
        finally:
            await engine.dispose()

    asyncio.run(insert())


def _escalated(url: str, case_id: str) -> bool:
    async def read() -> bool:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                query = select(review_cases.c.escalated).where(review_cases.c.case_id == case_id)
                return bool((await conn.execute(query)).scalar_one())
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_review_purge_only_purges(data_dir: Path) -> None:
    """`review purge` leaves an overdue case alone (the sweep would escalate it) and says
    what it purged; `review sweep` runs every step."""
    url = f"sqlite+aiosqlite:///{(data_dir / 'modelgate.db').resolve()}"
    case_id = uuid.uuid4().hex
    past = datetime.now(UTC) - timedelta(hours=2)
    _insert_case(
        url,
        {
            "case_id": case_id,
            "source": "flag",
            "stage": "output",
            "state": "queued",
            "escalated": False,
            "severity": 10,
            "categories": "[]",
            "findings": "[]",
            "tier": "public",
            "model": "demo-chat",
            "key_id": "AAAAAAAAAAAA",
            "account": "gia",
            "created_at": past,
            "sla_due_at": past,
            "on_expiry": "refuse",
        },
    )
    purged = _run(data_dir, "review", "purge")
    assert purged.exit_code == 0, purged.output
    assert purged.stdout == "purged 0 case(s) past their retention\n"
    assert not _escalated(url, case_id)
    swept = _run(data_dir, "review", "sweep")
    assert swept.exit_code == 0, swept.output
    assert swept.stdout.startswith("escalated 1, expired 0, leases cleared 0")
    assert _escalated(url, case_id)


def test_an_unreachable_database_is_one_line_without_its_password() -> None:
    """A server that refuses the connection is named (password hidden), not a traceback."""
    url = "postgresql+asyncpg://admin:hunter2@127.0.0.1:1/gate"
    result = CliRunner(env={"MODELGATE_DATABASE_URL": url}).invoke(main, ["keys", "list"])
    assert result.exit_code == 1
    assert "cannot reach database postgresql+asyncpg://admin:***@127.0.0.1:1/gate" in result.output
    assert "hunter2" not in result.output
    assert "Traceback" not in result.output

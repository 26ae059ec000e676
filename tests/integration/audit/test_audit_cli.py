"""`modelgate audit` commands: keygen, verify, export and purge against a SQLite log."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.signing import CheckpointSigner, load_private_key
from gateway.audit.tables import audit_records
from gateway.cli.audit_command import audit_group
from gateway.storage.engine import create_engine

from .conftest import create_audit_tables, make_entries


async def _populate(url: str, key_file: Path, builder: EntryBuilder) -> None:
    engine = create_engine(url)
    await create_audit_tables(engine)
    signer = CheckpointSigner(load_private_key(key_file))
    store = ChainStore(engine, signer, seal_policy=SealPolicy(max_records=5))
    await store.prepare()
    await store.append(make_entries(builder, 12))
    await engine.dispose()


async def _tamper(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.execute(update(audit_records).where(audit_records.c.seq == 3).values(model="x"))
    await engine.dispose()


@pytest.fixture
def cli_env(tmp_path: Path, builder: EntryBuilder) -> dict[str, str]:
    """Environment for the commands: a key made by `keygen` and a populated database."""
    result = CliRunner().invoke(audit_group, ["keygen", "--out-dir", str(tmp_path / "keys")])
    assert result.exit_code == 0, result.output
    key_file = tmp_path / "keys" / "audit-signing.key"
    url = f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    asyncio.run(_populate(url, key_file, builder))
    return {"MODELGATE_DATABASE_URL": url, "MODELGATE_AUDIT_SIGNING_KEY_FILE": str(key_file)}


def test_keygen_writes_an_owner_only_key_and_refuses_to_overwrite(tmp_path: Path) -> None:
    """keygen creates a 0600 private key and a public key, and will not silently replace them."""
    runner = CliRunner()
    assert runner.invoke(audit_group, ["keygen", "--out-dir", str(tmp_path)]).exit_code == 0
    assert (tmp_path / "audit-signing.key").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "audit-signing.pub").exists()
    assert runner.invoke(audit_group, ["keygen", "--out-dir", str(tmp_path)]).exit_code == 2


def test_verify_passes_then_names_the_changed_record(cli_env: dict[str, str]) -> None:
    """verify exits 0 on an honest log, and 1 with the place of a change after tampering."""
    runner = CliRunner(env=cli_env)
    honest = runner.invoke(audit_group, ["verify"])
    assert honest.exit_code == 0, honest.output
    assert "OK: 12 records" in honest.output
    asyncio.run(_tamper(cli_env["MODELGATE_DATABASE_URL"]))
    tampered = runner.invoke(audit_group, ["verify", "--json"])
    assert tampered.exit_code == 1
    problems = json.loads(tampered.output)["problems"]
    assert [(p["kind"], p["first_seq"], p["segment"]) for p in problems] == [("altered", 3, 1)]


def test_export_writes_jsonl_for_the_period(cli_env: dict[str, str], tmp_path: Path) -> None:
    """export writes one JSON line per record in the period, hashes included."""
    out = tmp_path / "export.jsonl"
    result = CliRunner(env=cli_env).invoke(
        audit_group, ["export", "--since", "2000-01-01", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["seq"] for line in lines] == list(range(1, 13))
    assert all(len(line["record_hash"]) == 64 for line in lines)


def test_purge_then_verify_still_passes(cli_env: dict[str, str]) -> None:
    """purge removes the sealed segments and verify afterwards still passes."""
    runner = CliRunner(env=cli_env)
    purged = runner.invoke(audit_group, ["purge", "--before", "2999-01-01", "--yes"])
    assert purged.exit_code == 0, purged.output
    assert "removed 10 records in 2 segments" in purged.output
    verified = runner.invoke(audit_group, ["verify"])
    assert verified.exit_code == 0, verified.output
    assert "purged through seq 10" in verified.output

"""Witnesses: a tail cut off with its checkpoints, and a rewritten log, fail `verify --witness`.

The log has 12 records sealed every 5: segments 1 (seq 1-5) and 2 (6-10) are signed, 11-12
are open. Each tampering below leaves a log that plain `verify` accepts (that was the hole);
the checkpoint an operator kept outside the database is what catches it.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import msgspec
from click.testing import CliRunner
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.audit.canonical import checkpoint_message, record_digest
from gateway.audit.signing import CheckpointSigner, load_private_key
from gateway.audit.tables import (
    audit_chain_head,
    audit_checkpoints,
    audit_records,
    record_from_row,
)
from gateway.cli.audit_command import audit_group
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade

from .test_audit_cli import cli_env  # noqa: F401  (the populated log and its key)
from .test_audit_seal_announcements import modelgate, seal_lines

R = audit_records.c


async def _record_hash(conn: AsyncConnection, seq: int) -> str:
    return str(await conn.scalar(select(R.record_hash).where(R.seq == seq)))


async def cut_tail(url: str, *, keep_through: int, open_segment: int) -> None:
    """Deletes records after `keep_through` and their checkpoints, and rewinds the head."""
    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.execute(delete(audit_records).where(R.seq > keep_through))
        await conn.execute(
            delete(audit_checkpoints).where(audit_checkpoints.c.last_seq > keep_through)
        )
        await conn.execute(
            update(audit_chain_head).values(
                last_seq=keep_through,
                last_hash=await _record_hash(conn, keep_through),
                segment=open_segment,
                segment_first_seq=keep_through + 1,
                segment_opened_us=0,
            )
        )
    await engine.dispose()


async def rewrite_segment_two(url: str, key_file: Path) -> None:
    """A forger holding the signing key: changes seq 7, rehashes 7-10, re-signs segment 2."""
    engine = create_engine(url)
    signer = CheckpointSigner(load_private_key(key_file))
    async with engine.begin() as conn:
        prev = await _record_hash(conn, 6)
        for seq in range(7, 11):
            row = (await conn.execute(select(audit_records).where(R.seq == seq))).mappings().one()
            fields = msgspec.structs.asdict(record_from_row(row))
            if seq == 7:
                fields["action"] = "allow-forged"
            fields["prev_hash"] = prev
            del fields["record_hash"]
            prev = record_digest(fields)
            await conn.execute(
                update(audit_records)
                .where(R.seq == seq)
                .values(action=fields["action"], prev_hash=fields["prev_hash"], record_hash=prev)
            )
        await conn.execute(
            update(audit_checkpoints)
            .where(audit_checkpoints.c.segment == 2)
            .values(last_hash=prev, signature=signer.sign(checkpoint_message(2, 6, 10, prev)))
        )
        await conn.execute(delete(audit_records).where(R.seq > 10))
        await conn.execute(
            update(audit_chain_head).values(
                last_seq=10, last_hash=prev, segment=3, segment_first_seq=11
            )
        )
    await engine.dispose()


def _verify(runner: CliRunner, *witness_files: Path) -> tuple[int, dict[str, object]]:
    args = ["verify", "--json"]
    for path in witness_files:
        args += ["--witness", str(path)]
    result = runner.invoke(audit_group, args)
    return result.exit_code, json.loads(result.stdout)


def test_cutting_the_sealed_tail_fails_against_a_witness(
    cli_env: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """The last records cut off with the checkpoint that sealed them, head rewound: caught."""
    runner = CliRunner(env=cli_env)
    witness_file = tmp_path / "kept-elsewhere.jsonl"
    taken = runner.invoke(audit_group, ["witness", "--seal", "--out", str(witness_file)])
    assert taken.exit_code == 0, taken.output
    assert json.loads(witness_file.read_text())["last_seq"] == 12  # the open tail got sealed
    [announced] = seal_lines(taken.stderr)  # the CLI's own seal is announced
    assert (announced["segment"], announced["records"]) == (3, 2)

    asyncio.run(cut_tail(cli_env["MODELGATE_DATABASE_URL"], keep_through=10, open_segment=3))

    assert _verify(runner)[0] == 0  # what the database alone says
    code, report = _verify(runner, witness_file)
    assert code == 1
    assert report["problems"] == [
        {
            "kind": "truncated",
            "first_seq": 11,
            "last_seq": 12,
            "segment": 3,
            "detail": "a witness holds the signed checkpoint of segment 3 (records through "
            "seq 12) but the log ends at seq 10: the tail was cut off",
        }
    ]


def test_deleting_the_last_sealed_segment_fails_against_the_announcements(
    cli_env: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """Segment 2 and its checkpoint deleted, head rewound: the shipped seal lines catch it."""
    runner = CliRunner(env=cli_env)
    log_file = tmp_path / "shipped.log"
    taken = runner.invoke(audit_group, ["witness"])  # no --seal: the newest checkpoint as is
    assert taken.exit_code == 0, taken.output
    assert json.loads(taken.stdout)["segment"] == 2
    # The witness line and an unrelated log line, as a log shipper would keep them.
    log_file.write_text('{"event": "request", "status": 200}\n' + taken.stdout)

    asyncio.run(cut_tail(cli_env["MODELGATE_DATABASE_URL"], keep_through=5, open_segment=2))

    assert _verify(runner)[0] == 0
    code, report = _verify(runner, log_file)
    assert code == 1
    [problem] = report["problems"]  # type: ignore[misc]
    assert (problem["kind"], problem["first_seq"], problem["last_seq"]) == ("truncated", 6, 10)
    human = runner.invoke(audit_group, ["verify", "--witness", str(log_file)])
    assert "FAIL truncated at seq 6..10, segment 2: a witness holds" in human.output


def test_a_re_signed_rewrite_diverges_from_the_witness(
    cli_env: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """A forger with the signing key rewrites and re-signs segment 2: only the witness knows."""
    runner = CliRunner(env=cli_env)
    witness_file = tmp_path / "witness.jsonl"
    assert runner.invoke(audit_group, ["witness", "--out", str(witness_file)]).exit_code == 0
    key_file = Path(cli_env["MODELGATE_AUDIT_SIGNING_KEY_FILE"])
    asyncio.run(rewrite_segment_two(cli_env["MODELGATE_DATABASE_URL"], key_file))

    assert _verify(runner)[0] == 0
    code, report = _verify(runner, witness_file)
    assert code == 1
    [problem] = report["problems"]  # type: ignore[misc]
    assert (problem["kind"], problem["segment"]) == ("witness-mismatch", 2)
    assert "diverges from the witness" in problem["detail"]


def test_an_honest_log_passes_and_a_bad_witness_file_is_a_usage_error(
    cli_env: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """An untouched log passes against its witness; a file without one is refused (exit 2)."""
    runner = CliRunner(env=cli_env)
    witness_file = tmp_path / "witness.jsonl"
    assert runner.invoke(audit_group, ["witness", "--out", str(witness_file)]).exit_code == 0
    code, report = _verify(runner, witness_file)
    assert (code, report["witnesses_checked"], report["problems"]) == (0, 1, [])

    empty = tmp_path / "empty.jsonl"
    empty.write_text("not a witness\n")
    refused = runner.invoke(audit_group, ["verify", "--witness", str(empty)])
    assert refused.exit_code == 2
    assert "no witnessed checkpoint found" in refused.output

    forged = tmp_path / "forged.jsonl"
    line = json.loads(witness_file.read_text())
    forged.write_text(json.dumps({**line, "last_hash": "f" * 64}) + "\n")
    code, report = _verify(runner, forged)
    assert code == 1
    assert [p["kind"] for p in report["problems"]] == ["witness-invalid"]  # type: ignore[union-attr]


def test_the_configured_witness_file_catches_a_cut_without_being_asked(tmp_path: Path) -> None:
    """Seals append to MODELGATE_AUDIT_WITNESS_FILE; plain `audit verify` holds the log to it."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    upgrade(url)
    kept = tmp_path / "elsewhere" / "witness.jsonl"
    kept.parent.mkdir()
    env = {"MODELGATE_AUDIT_WITNESS_FILE": str(kept)}
    for owner in ("dee", "eve"):  # each admin command seals its own record on exit
        created = modelgate(
            tmp_path, "keys", "create", "--owner", owner, "--tier", "developer", **env
        )
        assert created.returncode == 0, created.stderr
    assert [json.loads(line)["segment"] for line in kept.read_text().splitlines()] == [1, 2]
    assert modelgate(tmp_path, "audit", "verify", **env).returncode == 0

    asyncio.run(cut_tail(url, keep_through=1, open_segment=2))

    assert modelgate(tmp_path, "audit", "verify").returncode == 0  # the database alone
    verified = modelgate(tmp_path, "audit", "verify", **env)
    assert verified.returncode == 1
    assert "FAIL truncated at seq 2, segment 2: a witness holds" in verified.stdout

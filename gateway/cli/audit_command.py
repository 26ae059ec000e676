"""`modelgate audit`: verify the chain, export records, purge old segments, make a signing key,
and take a witness (the newest signed checkpoint, to keep outside the database).

Exit status of `verify`: 0 when the log verifies, 1 when it does not (each problem printed
with its place), 2 on a usage error (an unreadable witness file included).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import click
import msgspec
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.chain_store import ChainStore
from gateway.audit.export import export_records
from gateway.audit.key_material import secrets_dir
from gateway.audit.record import AuditRecord
from gateway.audit.retention import AuditPurger, PurgeResult
from gateway.audit.search import find_records
from gateway.audit.signing import (
    PRIVATE_KEY_NAME,
    CheckpointSigner,
    SignatureChecker,
    key_id,
    load_private_key,
    load_public_key,
    write_key_pair,
)
from gateway.audit.verify import AuditVerifier
from gateway.audit.verify_report import VerifyReport
from gateway.audit.witness import (
    Witness,
    WitnessFileError,
    encode_witness,
    latest_witness,
    parse_witnesses,
)
from gateway.cli.context import database_url_or_exit, settings_or_exit
from gateway.reporting.period import ReportPeriod
from gateway.storage.engine import create_engine

DATE_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class AuditCliConfig:
    """What the audit commands need to know about the deployment."""

    database_url: str
    data_dir: Path
    signing_key_file: Path | None
    """The Ed25519 private key (PEM) that seals segments and signs purges."""
    verify_key_files: tuple[Path, ...]
    """Trusted public keys; empty means the public half of the signing key."""
    witness_file: Path | None = None
    """Where seals append their checkpoints (`MODELGATE_AUDIT_WITNESS_FILE`)."""


def load_cli_config(
    *,
    database_url: str | None = None,
    signing_key_file: Path | None = None,
    verify_key_files: tuple[Path, ...] = (),
) -> AuditCliConfig:
    """The deployment's audit configuration (the same settings the server reads)."""
    settings = settings_or_exit()
    url = database_url_or_exit(settings, database_url)
    default_key = settings.audit.signing_key_file or secrets_dir(settings) / PRIVATE_KEY_NAME
    signing = signing_key_file or (default_key if default_key.exists() else None)
    verify = verify_key_files or settings.audit.verify_key_files
    return AuditCliConfig(
        url, settings.storage.data_dir, signing, verify, settings.audit.witness_file
    )


def _store_options(command: F) -> F:
    command = click.option(
        "--database-url", default=None, help="SQLAlchemy async URL [env MODELGATE_DATABASE_URL]."
    )(command)
    return click.option(
        "--signing-key-file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Ed25519 private key PEM [env MODELGATE_AUDIT_SIGNING_KEY_FILE].",
    )(command)


@click.group("audit")
def audit_group() -> None:
    """Verify, export and purge the tamper-evident audit log."""


@audit_group.command("verify")
@_store_options
@click.option(
    "--public-key",
    "public_keys",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A trusted public key PEM (repeatable) [env MODELGATE_AUDIT_VERIFY_KEY_FILES].",
)
@click.option(
    "--witness",
    "witness_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON lines of checkpoints kept elsewhere (`audit witness` output, or the "
    "audit.segment_sealed log lines); the log must still hold each one (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def verify_command(
    database_url: str | None,
    signing_key_file: Path | None,
    public_keys: tuple[Path, ...],
    witness_files: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Check every record, link and signature; say where the log was changed.

    The configured witness file (MODELGATE_AUDIT_WITNESS_FILE) is always held against too.
    """
    config = load_cli_config(
        database_url=database_url, signing_key_file=signing_key_file, verify_key_files=public_keys
    )
    kept = config.witness_file
    if kept is not None and not kept.exists():
        click.echo(
            f"warning: the witness file {kept} does not exist (nothing sealed yet?)", err=True
        )
    elif kept is not None and kept not in witness_files:
        witness_files = (*witness_files, kept)
    witnesses = _read_witnesses(witness_files)
    checker = SignatureChecker(_trusted_keys(config))
    report = _run(_verify(config.database_url, AuditVerifier(checker), witnesses))
    if as_json:
        click.echo(msgspec.json.encode(_report_document(report)).decode())
    else:
        _print_report(report)
    sys.exit(0 if report.ok else 1)


@audit_group.command("export")
@_store_options
@click.option(
    "--since",
    required=True,
    help="Duration back from --until (7d, 24h) or a date (UTC if no zone).",
)
@click.option("--until", default=None, help="End date (UTC if no zone); default now.")
@click.option("--out", type=click.File("wb"), default="-", help="JSONL file (default stdout).")
def export_command(
    database_url: str | None,
    signing_key_file: Path | None,
    since: str,
    until: str | None,
    out: BinaryIO,
) -> None:
    """Write the records of a period as JSON lines, hashes included."""
    # The same period grammar as `modelgate report`: `--since 7d` or `--since 2026-11-01`.
    try:
        period = ReportPeriod.parse(since, until)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from exc
    config = load_cli_config(database_url=database_url, signing_key_file=signing_key_file)
    count = _run(_export(config.database_url, out, period.since_us, period.until_us))
    click.echo(f"exported {count} records", err=True)


@audit_group.command("find")
@_store_options
@click.argument("request_id")
@click.option("--json", "as_json", is_flag=True, help="Print whole records as JSON lines.")
def find_command(
    database_url: str | None, signing_key_file: Path | None, request_id: str, as_json: bool
) -> None:
    """Show the records of a request, by the gateway's id or by the caller's X-Request-Id."""
    config = load_cli_config(database_url=database_url, signing_key_file=signing_key_file)
    records = _run(_find(config.database_url, request_id))
    encoder = msgspec.json.Encoder(order="sorted")
    for record in records:
        if as_json:
            click.echo(encoder.encode(record).decode())
        else:
            click.echo(_record_line(record))
    if not records:
        click.echo(f"no record has request id {request_id!r}", err=True)
        sys.exit(1)


@audit_group.command("purge")
@_store_options
@click.option("--before", type=click.DateTime(DATE_FORMATS), required=True, help="UTC if no zone.")
@click.confirmation_option(prompt="Remove sealed audit segments for good?")
def purge_command(
    database_url: str | None, signing_key_file: Path | None, before: datetime
) -> None:
    """Remove whole sealed segments sealed before DATE, leaving a signed purge statement."""
    config = load_cli_config(database_url=database_url, signing_key_file=signing_key_file)
    signer = CheckpointSigner(load_private_key(_require_signing_key(config)))
    result = _run(_purge(config.database_url, signer, _micros(before)))
    if result.through_seq is None:
        click.echo("nothing sealed before that date; nothing removed")
    else:
        click.echo(
            f"removed {result.records} records in {result.segments} segments "
            f"(through seq {result.through_seq})"
        )


@audit_group.command("witness")
@_store_options
@click.option(
    "--seal",
    is_flag=True,
    help="Seal the open segment first, so the witness covers every record written so far.",
)
@click.option(
    "--out", type=click.File("ab"), default="-", help="Append to this file (default stdout)."
)
def witness_command(
    database_url: str | None, signing_key_file: Path | None, seal: bool, out: BinaryIO
) -> None:
    """Print the newest signed checkpoint as a JSON line, to keep outside the database.

    Later, `audit verify --witness FILE` fails if the log no longer reaches it unchanged.
    """
    config = load_cli_config(database_url=database_url, signing_key_file=signing_key_file)
    signer = CheckpointSigner(load_private_key(_require_signing_key(config))) if seal else None
    witness = _run(_witness(config.database_url, signer, config.witness_file))
    if witness is None:
        raise click.ClickException("nothing is sealed yet: there is no checkpoint to witness")
    out.write(encode_witness(witness))
    click.echo(
        f"witnessed segment {witness.segment} (records through seq {witness.last_seq})", err=True
    )


@audit_group.command("keygen")
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write audit-signing.key and .pub (default: the data dir).",
)
@click.option("--force", is_flag=True, help="Replace an existing key pair.")
def keygen_command(out_dir: Path | None, force: bool) -> None:
    """Generate an Ed25519 key pair for sealing the audit log."""
    directory = out_dir or load_cli_config().data_dir
    try:
        private_path, public_path = write_key_pair(directory, overwrite=force)
    except FileExistsError as exc:
        raise click.UsageError(f"{exc}; pass --force to replace it") from exc
    public = load_public_key(public_path)
    click.echo(f"private key: {private_path} (keep it secret; owner-only)")
    click.echo(f"public key:  {public_path} (give it to auditors)")
    click.echo(f"key id:      {key_id(public)}")
    click.echo(f"set MODELGATE_AUDIT_SIGNING_KEY_FILE={private_path}")


def _trusted_keys(config: AuditCliConfig) -> list[Any]:
    if config.verify_key_files:
        return [load_public_key(path) for path in config.verify_key_files]
    return [load_private_key(_require_signing_key(config)).public_key()]


def _require_signing_key(config: AuditCliConfig) -> Path:
    if config.signing_key_file is None:
        raise click.UsageError(
            "no audit key: pass --signing-key-file or set MODELGATE_AUDIT_SIGNING_KEY_FILE"
        )
    return config.signing_key_file


def _record_line(record: AuditRecord) -> str:
    moment = datetime.fromtimestamp(record.time_us / 1_000_000, UTC).isoformat(timespec="seconds")
    return (
        f"seq {record.seq}  {moment}  request_id={record.request_id}  "
        f"caller_request_id={record.caller_request_id or '-'}  {record.kind}  "
        f"{record.endpoint or '-'}  status={record.status}  action={record.action}"
    )


def _micros(moment: datetime) -> int:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return int(aware.timestamp() * 1_000_000)


def _run(work: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(work)


@asynccontextmanager
async def _engine(url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(url)
    try:
        yield engine
    finally:
        await engine.dispose()


def _read_witnesses(paths: tuple[Path, ...]) -> list[Witness]:
    witnesses: list[Witness] = []
    for path in paths:
        try:
            witnesses.extend(parse_witnesses(path.read_text(encoding="utf-8")))
        except (WitnessFileError, UnicodeDecodeError) as exc:
            raise click.BadParameter(f"{path}: {exc}", param_hint="--witness") from exc
    return witnesses


async def _verify(url: str, verifier: AuditVerifier, witnesses: list[Witness]) -> VerifyReport:
    async with _engine(url) as engine:
        return await verifier.verify(engine, witnesses)


async def _witness(
    url: str, signer: CheckpointSigner | None, witness_file: Path | None
) -> Witness | None:
    async with _engine(url) as engine:
        if signer is not None:
            store = ChainStore(engine, signer, sealed_by="cli", witness_file=witness_file)
            await store.prepare()
            await store.seal(force=True)
        return await latest_witness(engine)


async def _export(url: str, out: BinaryIO, since_us: int, until_us: int) -> int:
    async with _engine(url) as engine:
        return await export_records(engine, out.write, since_us=since_us, until_us=until_us)


async def _find(url: str, request_id: str) -> list[AuditRecord]:
    async with _engine(url) as engine:
        return await find_records(engine, request_id)


async def _purge(url: str, signer: CheckpointSigner, before_us: int) -> PurgeResult:
    async with _engine(url) as engine:
        return await AuditPurger(engine, signer).purge_before(before_us)


def _print_report(report: VerifyReport) -> None:
    for problem in report.problems:
        click.echo(f"FAIL {problem.describe()}")
    if report.truncated_report:
        click.echo("... more problems not shown")
    status = "OK" if report.ok else "FAILED"
    click.echo(
        f"{status}: {report.records_checked} records checked through seq {report.last_seq}; "
        f"signed through seq {report.sealed_through}; {report.unsealed} unsealed at the tail; "
        f"purged through seq {report.purged_through}"
        + (
            f"; held against {report.witnesses_checked} witnessed checkpoints"
            if report.witnesses_checked
            else ""
        )
    )


def _report_document(report: VerifyReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "records_checked": report.records_checked,
        "last_seq": report.last_seq,
        "sealed_through": report.sealed_through,
        "unsealed": report.unsealed,
        "purged_through": report.purged_through,
        "witnesses_checked": report.witnesses_checked,
        "problems": [
            {
                "kind": p.kind.value,
                "first_seq": p.first_seq,
                "last_seq": p.last_seq,
                "segment": p.segment,
                "detail": p.detail,
            }
            for p in report.problems
        ],
    }

"""`modelgate db`: schema migrations."""

from __future__ import annotations

import click

from gateway.cli.context import settings_or_exit
from gateway.storage.migrate import upgrade


@click.group("db")
def db_group() -> None:
    """Database schema."""


@db_group.command("upgrade")
@click.option("--revision", default="head", show_default=True, help="Target revision.")
def db_upgrade(revision: str) -> None:
    """Apply migrations to the configured database."""
    settings = settings_or_exit()
    upgrade(settings.storage.effective_database_url, revision)
    click.echo(f"database at revision {revision}")

"""`modelgate terms`: check and list the terms documents, see who accepted them."""

from __future__ import annotations

import click

from gateway.access.terms_documents import TermsCatalog, load_terms_catalog
from gateway.access.terms_store import Acceptance, TermsAcceptanceStore
from gateway.cli.admin_context import CliAdmin, policies_or_exit, run_admin
from gateway.cli.context import settings_or_exit
from gateway.policy.errors import PolicyError
from gateway.settings import Settings


def _catalog(settings: Settings) -> TermsCatalog:
    try:
        return load_terms_catalog(settings.policy.policies_dir, policies_or_exit(settings))
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("terms")
def terms_group() -> None:
    """Acceptable-use terms (policies/terms/*.md)."""


@terms_group.command("list")
def terms_list() -> None:
    """Each document's id, version and who requires it (checks every file on the way)."""
    settings = settings_or_exit()
    catalog = _catalog(settings)
    policies = policies_or_exit(settings)
    for document in catalog.documents.values():
        owners = [f"tier {t.name}" for t in policies.tiers.values() if document.doc_id in t.terms]
        owners += [
            f"model {m.name}" for m in policies.models.values() if document.doc_id in m.terms
        ]
        grace = f", grace {document.grace.days} d" if document.grace.days else ""
        click.echo(f"{document.doc_id} v{document.version}{grace}: {document.title}")
        click.echo(f"    required by: {', '.join(owners) or 'nobody'}")


@terms_group.command("acceptances")
@click.argument("doc_id")
def terms_acceptances(doc_id: str) -> None:
    """Who accepted DOC_ID, newest first, and whether at the current version."""
    settings = settings_or_exit()
    catalog = _catalog(settings)
    document = catalog.documents.get(doc_id)
    if document is None:
        raise click.ClickException(f"no terms document {doc_id!r}")

    async def read(admin: CliAdmin) -> list[Acceptance]:
        return await TermsAcceptanceStore(admin.engine).of_document(doc_id)

    for acceptance in run_admin(settings, read):
        current = "current" if acceptance.version == document.version else "OUTDATED"
        click.echo(
            f"{acceptance.account:<28} v{acceptance.version:<10} "
            f"{acceptance.accepted_at.isoformat()}  {current}"
        )


def accept_tier_terms(settings: Settings, account: str, tier: str) -> list[str]:
    """Record `account`'s acceptance of what `tier` requires (the demo does this for its user)."""
    policies = policies_or_exit(settings)
    catalog = _catalog(settings)
    documents = [catalog.documents[doc_id] for doc_id in policies.tiers[tier].terms]

    async def accept(admin: CliAdmin) -> None:
        store = TermsAcceptanceStore(admin.engine)
        for document in documents:
            await store.accept(account, document.doc_id, document.version)

    run_admin(settings, accept)
    return [f"{d.doc_id} v{d.version}" for d in documents]

"""`TermsChecker`: which required terms an account has not (validly) accepted yet.

Satisfied accounts are cached for a few seconds so the hot path rarely touches the database;
a refusal is always confirmed against the database first, so an acceptance made on another
replica counts at once.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from gateway.access.terms_documents import TermsCatalog, TermsDocument
from gateway.access.terms_store import Acceptance, TermsAcceptanceStore


@dataclass(frozen=True, slots=True)
class TermsStatus:
    """One required document and where the account stands with it."""

    document: TermsDocument
    accepted_version: str | None
    accepted_at: datetime | None
    satisfied: bool


def _status(
    document: TermsDocument, acceptances: Sequence[Acceptance], now: datetime
) -> TermsStatus:
    own = [a for a in acceptances if a.document_id == document.doc_id]
    current = [a for a in own if a.version == document.version]
    if current:
        return TermsStatus(document, document.version, current[-1].accepted_at, True)
    if own:
        latest = own[-1]
        # An earlier version keeps counting only inside the new version's grace period.
        counts = document.earlier_version_counts_at(now)
        return TermsStatus(document, latest.version, latest.accepted_at, counts)
    return TermsStatus(document, None, None, False)


class TermsChecker:
    """Answers 'may this account proceed under these terms?' for the terms gate and `/v1/terms`."""

    def __init__(
        self,
        catalog: TermsCatalog,
        store: TermsAcceptanceStore,
        *,
        ttl: float = 5.0,
        max_entries: int = 10_000,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self._ttl = ttl
        self._max_entries = max_entries
        self._satisfied: OrderedDict[tuple[str, tuple[str, ...]], float] = OrderedDict()

    async def statuses(self, account: str, required: Sequence[str]) -> list[TermsStatus]:
        """Where `account` stands with each required document, read from the database."""
        acceptances = await self.store.of_account(account)
        now = datetime.now(UTC)
        documents = [self.catalog.documents[doc_id] for doc_id in required]
        return [_status(document, acceptances, now) for document in documents]

    async def missing(self, account: str, required: Sequence[str]) -> list[TermsDocument]:
        """The required documents `account` still has to accept (empty when it may proceed)."""
        if not required:
            return []
        cache_key = (account, tuple(required))
        expires = self._satisfied.get(cache_key)
        if expires is not None and expires > time.monotonic():
            return []
        missing = [s.document for s in await self.statuses(account, required) if not s.satisfied]
        if not missing and self._ttl > 0:
            self._satisfied[cache_key] = time.monotonic() + self._ttl
            self._satisfied.move_to_end(cache_key)
            while len(self._satisfied) > self._max_entries:
                self._satisfied.popitem(last=False)
        return missing

    def forget(self, account: str | None = None) -> None:
        """Drop cached verdicts for one account (or all), e.g. after a terms change."""
        if account is None:
            self._satisfied.clear()
            return
        for cache_key in [k for k in self._satisfied if k[0] == account]:
            self._satisfied.pop(cache_key, None)

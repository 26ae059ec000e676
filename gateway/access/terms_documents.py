"""Acceptable-use documents from `policies/terms/*.md`: Markdown with an id and a version.

Each file starts with YAML front matter between `---` lines:

    ---
    id: acceptable-use        # what tiers and models name in their `terms:` lists
    version: "2026-11"        # any text; a new value requires acceptance again
    title: Acceptable use
    published: 2026-11-01     # optional, the date the version took effect
    grace_days: 14            # optional: an earlier acceptance counts this long after it
    ---
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from gateway.policy.catalog import PolicySet
from gateway.policy.errors import PolicyError

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_FIELDS = {"id", "version", "title", "published", "grace_days"}


@dataclass(frozen=True, slots=True)
class TermsDocument:
    """One terms document at its current version."""

    doc_id: str
    version: str
    title: str
    body: str
    published: datetime | None = None
    grace: timedelta = timedelta(0)

    def earlier_version_counts_at(self, now: datetime) -> bool:
        """Whether an acceptance of an earlier version still counts (inside the grace period)."""
        if self.grace <= timedelta(0) or self.published is None:
            return False
        return now < self.published + self.grace


@dataclass(frozen=True, slots=True)
class TermsCatalog:
    """Every terms document, by id, and which ones a tier and a model require."""

    documents: Mapping[str, TermsDocument]

    def required_for(self, tier_terms: tuple[str, ...], model_terms: tuple[str, ...]) -> list[str]:
        """The ids a caller of this tier must have accepted to use this model, in order."""
        return list(dict.fromkeys([*tier_terms, *model_terms]))


def _front_matter(path: Path, text: str) -> tuple[dict[str, Any], str, int]:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise PolicyError(path, 1, "a terms document starts with '---' front matter")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            try:
                meta = yaml.safe_load("".join(lines[1:index])) or {}
            except yaml.YAMLError as exc:
                raise PolicyError(path, 2, f"front matter is not YAML: {exc}") from exc
            if not isinstance(meta, dict):
                raise PolicyError(path, 2, "front matter must be a mapping")
            return meta, "".join(lines[index + 1 :]).strip() + "\n", index + 1
    raise PolicyError(path, 1, "front matter is not closed by a '---' line")


def _published(path: Path, value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise PolicyError(path, 2, "'published' must be a date such as 2026-11-01")


def load_terms_document(path: Path) -> TermsDocument:
    """Parse one document; raises `PolicyError` naming the file and line."""
    meta, body, _ = _front_matter(path, path.read_text(encoding="utf-8"))
    unknown = sorted(set(meta) - _FIELDS)
    if unknown:
        raise PolicyError(path, 2, f"unknown front matter field(s): {', '.join(unknown)}")
    doc_id = meta.get("id")
    if not isinstance(doc_id, str) or not _ID_PATTERN.match(doc_id):
        raise PolicyError(path, 2, "'id' must be lowercase letters, digits, '.', '_' or '-'")
    version = meta.get("version")
    if not isinstance(version, str | int | float) or isinstance(version, bool) or not str(version):
        raise PolicyError(path, 2, "'version' is required (for example \"2026-11\" or 3)")
    grace_days = meta.get("grace_days", 0)
    if not isinstance(grace_days, int) or isinstance(grace_days, bool) or grace_days < 0:
        raise PolicyError(path, 2, "'grace_days' must be a whole number of days, 0 or more")
    return TermsDocument(
        doc_id=doc_id,
        version=str(version),
        title=str(meta.get("title") or doc_id),
        body=body,
        published=_published(path, meta.get("published")),
        grace=timedelta(days=grace_days),
    )


def load_terms_catalog(policies_dir: Path, policies: PolicySet) -> TermsCatalog:
    """Every document under `policies_dir/terms`, cross-checked against tiers and models."""
    documents: dict[str, TermsDocument] = {}
    for path in sorted((policies_dir / "terms").glob("*.md")):
        document = load_terms_document(path)
        if document.doc_id in documents:
            raise PolicyError(path, 2, f"terms id {document.doc_id!r} is used twice")
        documents[document.doc_id] = document
    owners = [(f"tier {t.name!r}", t.terms) for t in policies.tiers.values()]
    owners += [(f"model {m.name!r}", m.terms) for m in policies.models.values()]
    for owner, required in owners:
        for doc_id in required:
            if doc_id not in documents:
                where = policies_dir / ("tiers.yaml" if owner.startswith("tier") else "models.yaml")
                raise PolicyError(where, None, f"{owner} requires unknown terms {doc_id!r}")
    return TermsCatalog(documents=documents)

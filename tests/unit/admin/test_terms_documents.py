"""Terms documents: front matter parsing, file:line errors, cross-checks, grace periods."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.access.terms_check import TermsChecker
from gateway.access.terms_documents import TermsCatalog, load_terms_catalog, load_terms_document
from gateway.access.terms_store import Acceptance
from gateway.policy.errors import PolicyError
from gateway.policy.loader import load_policy_set
from gateway.settings import PACKAGE_POLICIES

GOOD = """---
id: house-rules
version: 3
title: House rules
published: 2026-11-01
grace_days: 7
---
# House rules
Be kind.
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.md"
    path.write_text(text)
    return path


def test_document_is_parsed(tmp_path: Path) -> None:
    """Id, version (as text), title, body, publication date and grace come from the file."""
    document = load_terms_document(_write(tmp_path, GOOD))
    assert (document.doc_id, document.version, document.title) == (
        "house-rules",
        "3",
        "House rules",
    )
    assert document.body.startswith("# House rules")
    assert document.grace == timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# no front matter\n", "front matter"),
        ("---\nid: x\nversion: 1\n", "not closed"),
        ("---\nversion: 1\n---\nbody\n", "'id'"),
        ("---\nid: Bad Id\nversion: 1\n---\n", "'id'"),
        ("---\nid: ok\n---\n", "'version'"),
        ("---\nid: ok\nversion: 1\ngrace_days: -1\n---\n", "grace_days"),
        ("---\nid: ok\nversion: 1\ncolour: red\n---\n", "unknown"),
        ("---\nid: ok\nversion: 1\npublished: soon\n---\n", "published"),
    ],
)
def test_bad_documents_fail_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    """Each mistake is a PolicyError naming the file, a line and what is wrong."""
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError, match=message) as caught:
        load_terms_document(path)
    assert str(caught.value).startswith(f"{path}:")


def test_shipped_terms_match_the_shipped_policies() -> None:
    """Every document the shipped tiers and models require exists."""
    policies = load_policy_set(PACKAGE_POLICIES)
    catalog = load_terms_catalog(PACKAGE_POLICIES, policies)
    assert {"acceptable-use", "research-terms"} <= set(catalog.documents)


def test_unknown_required_document_fails_at_load(tmp_path: Path) -> None:
    """A tier naming terms that do not exist is refused when policy loads, not per request."""
    shutil.copytree(PACKAGE_POLICIES, tmp_path / "p")
    (tmp_path / "p" / "terms" / "acceptable-use.md").unlink()
    with pytest.raises(PolicyError, match="unknown terms 'acceptable-use'"):
        load_terms_catalog(tmp_path / "p", load_policy_set(tmp_path / "p"))


class NoStore:
    """Acceptances handed in by the test instead of a database."""

    def __init__(self, acceptances: list[Acceptance]) -> None:
        self.acceptances = acceptances

    async def of_account(self, account: str) -> list[Acceptance]:
        return [a for a in self.acceptances if a.account == account]


def _checker(tmp_path: Path, text: str, acceptances: list[Acceptance]) -> TermsChecker:
    document = load_terms_document(_write(tmp_path, text))
    catalog = TermsCatalog(documents={document.doc_id: document})
    return TermsChecker(catalog, NoStore(acceptances), ttl=0)  # type: ignore[arg-type]


def _accepted(version: str) -> Acceptance:
    return Acceptance("acme", "house-rules", version, datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("published", "grace", "accepted", "missing"),
    [
        ("2026-11-01", 0, [], True),
        ("2026-11-01", 0, ["3"], False),
        ("2026-11-01", 0, ["2"], True),
        ("2099-01-01", 30, ["2"], False),  # inside the grace period of the new version
        ("2000-01-01", 30, ["2"], True),  # grace period long over
        ("2099-01-01", 30, [], True),  # grace only helps those who accepted before
    ],
)
async def test_missing_terms(
    tmp_path: Path, published: str, grace: int, accepted: list[str], missing: bool
) -> None:
    """The current version counts; an earlier one only inside the grace period."""
    text = GOOD.replace("2026-11-01", published).replace("grace_days: 7", f"grace_days: {grace}")
    checker = _checker(tmp_path, text, [_accepted(v) for v in accepted])
    assert bool(await checker.missing("acme", ["house-rules"])) is missing

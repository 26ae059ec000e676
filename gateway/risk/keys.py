"""Store key names and the pseudonymous subjects they belong to."""

from __future__ import annotations

from gateway.audit.pseudonym import Pseudonymizer

PREFIX = "mg:risk:"


def account_subject(pseudonyms: Pseudonymizer, account: str) -> str:
    """The subject of an account's record: its keyed pseudonym, never its name."""
    return "account:" + pseudonyms.pseudonym(account)


def key_subject(pseudonyms: Pseudonymizer, key_id: str) -> str:
    """The subject of a key's record (its rotation chain's, so a successor inherits it)."""
    return "key:" + pseudonyms.pseudonym(key_id)


def counts_key(subject: str) -> str:
    """The hash of decayed counts."""
    return f"{PREFIX}{subject}:counts"


def recent_key(subject: str) -> str:
    """The sorted set of recent prompt fingerprints."""
    return f"{PREFIX}{subject}:recent"


def state_key(subject: str) -> str:
    """The hash of the escalation in force."""
    return f"{PREFIX}{subject}:state"

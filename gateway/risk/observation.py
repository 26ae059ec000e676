"""What one finished request adds to its account's risk record: counts and a fingerprint."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from gateway.risk.figures import CATEGORY_PREFIX

_ACTION_COUNTERS = {"block": "blocks", "hold": "holds", "flag": "flags", "redact": "redactions"}


@dataclass(frozen=True, slots=True)
class Observation:
    """One request's contribution; never any of its content."""

    increments: Mapping[str, float] = field(default_factory=dict)
    """Counter name -> amount to add (`requests`, `blocks`, `category.hate`, `tokens_out`...)."""
    fingerprint: bytes = b""
    """The prompt's keyed MinHash (`fingerprint.py`); empty when it had no text."""
    refused: bool = False
    """Whether the prompt was refused (blocked or held), so a near-duplicate is a retry."""


def observe(
    *,
    action: str,
    categories: Sequence[str],
    fingerprint: bytes,
    tokens_in: int,
    tokens_out: int,
    counts_action: bool = True,
) -> Observation:
    """The observation of a request that ended with `action` on `categories`.

    `counts_action` is false when the action was the escalation's own (a held account's
    request is held because of its record, which must not feed on itself).
    """
    increments: dict[str, float] = {"requests": 1.0, "baseline": 1.0}
    counter = _ACTION_COUNTERS.get(action) if counts_action else None
    if counter is not None:
        increments[counter] = 1.0
        for category in categories:
            increments[CATEGORY_PREFIX + category] = 1.0
    if tokens_in:
        increments["tokens_in"] = float(tokens_in)
    if tokens_out:
        increments["tokens_out"] = float(tokens_out)
    refused = counts_action and action in ("block", "hold")
    return Observation(increments=increments, fingerprint=fingerprint, refused=refused)

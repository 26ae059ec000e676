"""How many of a policy test file's cases may get another action than expected.

A test file may declare `max_mismatch_rate:` at its top level, either one share for the whole
file (and for each `group:` of cases within it) or a mapping from group name to a share. A
file without the key tolerates no mismatch, so each of its cases must pass. Measuring sticks
such as "at most 3% of benign look-alikes refused" need a share, not an all-or-nothing rule.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from gateway.policy.errors import PolicyError
from gateway.policy.yaml_source import LocatedMap

TOLERANCE_KEY = "max_mismatch_rate"


@dataclass(frozen=True, slots=True)
class Tolerance:
    """The share of cases, per group, whose action may differ from the expected one.

    `by_group` is empty when one share applies to every group; otherwise it names every group
    the file holds (the loader checks that).
    """

    share: float = 0.0
    by_group: Mapping[str, float] = field(default_factory=dict)
    line: int | None = None

    def allowed(self, group: str) -> float:
        """The share of `group`'s cases that may mismatch."""
        return self.by_group.get(group, self.share) if self.by_group else self.share


def read_tolerance(path: Path, document: LocatedMap) -> Tolerance:
    """The file's `max_mismatch_rate`, or no tolerance; raises `PolicyError` with file and line."""
    if TOLERANCE_KEY not in document:
        return Tolerance()
    line = document.key_lines[TOLERANCE_KEY]
    raw = document[TOLERANCE_KEY]
    if isinstance(raw, LocatedMap):
        if not raw:
            raise PolicyError(path, line, f"`{TOLERANCE_KEY}` names no group")
        by_group = {
            str(group): _share(path, raw.key_lines[group], value, f"group {group!r}")
            for group, value in raw.items()
        }
        return Tolerance(0.0, by_group, line)
    return Tolerance(_share(path, line, raw, f"`{TOLERANCE_KEY}`"), {}, line)


def _share(path: Path, line: int, value: object, what: str) -> float:
    # bool is an int to Python, and `true` in YAML is surely a mistake for a share.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(path, line, f"{what}: expected a share between 0 and 1, got {value!r}")
    share = float(value)
    if math.isnan(share) or not 0.0 <= share <= 1.0:
        raise PolicyError(path, line, f"{what}: expected a share between 0 and 1, got {value!r}")
    return share

"""A bounded number of findings for any input: spans of one kind merged, then coarsened.

One hundred thousand zero-width characters once gave as many findings, and every later step
(the decision, the moderation header, the stored case) paid for each of them. Spans of one
category that touch become one finding; past the cap, neighbouring spans of a category are
merged into one that covers them both, so a redaction never uncovers text it would have hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from gateway.detectors.finding import Finding

MOST_PER_DETECTOR = 64
"""Findings one detector reports for one text."""
MOST_PER_INSPECTION = 256
"""Findings one inspection reports, over all its detectors."""


def bounded(findings: list[Finding], most: int) -> list[Finding]:
    """`findings` with touching spans of one category merged and at most about `most` left,
    in the order of each merged finding's first member."""
    if len(findings) <= 1:
        return findings
    by_category: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        if finding.span is not None:
            by_category.setdefault(finding.category, []).append(index)
    if not by_category:
        return findings
    groups = {category: _touching(findings, indices) for category, indices in by_category.items()}
    whole = len(findings) - sum(len(indices) for indices in by_category.values())
    if whole + sum(len(runs) for runs in groups.values()) > most:
        share = max(1, (most - whole) // len(groups))
        groups = {category: _coarsened(runs, share) for category, runs in groups.items()}
    merged: dict[int, Finding] = {}
    member: set[int] = set()
    for runs in groups.values():
        for run in runs:
            merged[min(run)] = _merge([findings[i] for i in run])
            member.update(run)
    return [
        merged.get(index, finding)
        for index, finding in enumerate(findings)
        if index in merged or index not in member
    ]


def _touching(findings: list[Finding], indices: list[int]) -> list[list[int]]:
    """Indices grouped into runs whose spans overlap or meet, in text order."""
    ordered = sorted(indices, key=lambda i: findings[i].span or (0, 0))
    runs: list[list[int]] = []
    end = -1
    for index in ordered:
        span = findings[index].span
        assert span is not None
        if runs and span[0] <= end:
            runs[-1].append(index)
            end = max(end, span[1])
        else:
            runs.append([index])
            end = span[1]
    return runs


def _coarsened(runs: list[list[int]], most: int) -> list[list[int]]:
    """Consecutive runs joined into at most `most` groups of about equal size."""
    if len(runs) <= most:
        return runs
    size = -(-len(runs) // most)
    return [[i for run in runs[at : at + size] for i in run] for at in range(0, len(runs), size)]


def _merge(members: Sequence[Finding]) -> Finding:
    if len(members) == 1:
        return members[0]
    strongest = max(members, key=lambda f: f.score)
    start = min(f.span[0] for f in members if f.span is not None)
    end = max(f.span[1] for f in members if f.span is not None)
    return Finding(strongest.category, strongest.score, (start, end), strongest.detector)

"""Replacing finding spans with `[REDACTED:<category>]` markers."""

from __future__ import annotations

from collections.abc import Iterable

from gateway.detectors.finding import Finding


def redact(text: str, findings: Iterable[Finding]) -> str:
    """`text` with every span finding replaced; overlapping spans merge into the first."""
    spans = sorted(
        (f.span[0], f.span[1], f.category) for f in findings if f.span and f.span[1] > f.span[0]
    )
    pieces: list[str] = []
    cursor = 0
    for start, end, category in spans:
        if end <= cursor:
            continue
        if start < cursor:
            # Overlaps the previous marker: extend what that marker covers.
            cursor = end
            continue
        pieces.append(text[cursor:start])
        pieces.append(f"[REDACTED:{category}]")
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)

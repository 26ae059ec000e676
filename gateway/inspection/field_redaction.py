"""Redactions written back into the fields they were found in, wherever the text was read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from gateway.detectors.finding import Finding
from gateway.inspection.redaction import redact
from gateway.schemas.prompt_text import Path, TextSegment, write_back


def redact_in_place(
    document: Any, text: str, segments: Sequence[TextSegment], redactions: Iterable[Finding]
) -> set[Path]:
    """Write `redactions` (spans of `text`, the joined `segments`) into `document`; return the
    units that changed. A span that crosses into the next segment is clipped to each side."""
    findings = list(redactions)
    changed: set[Path] = set()
    # Last segment first: a schema key is renamed only after the strings beneath it.
    for segment in reversed(segments):
        inside = [
            clipped
            for f in findings
            if (clipped := f.clipped(segment.start, segment.end)) is not None
        ]
        if inside:
            write_back(document, segment, redact(text[segment.start : segment.end], inside))
            changed.add(segment.unit)
    return changed

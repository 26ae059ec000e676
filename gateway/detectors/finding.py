"""A detector's finding: which category, how sure, where in the text, and who said so."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a detector saw; `span` is a half-open character range, or None for the text."""

    category: str
    score: float
    span: tuple[int, int] | None
    detector: str

    def clipped(self, start: int, end: int) -> Finding | None:
        """This finding's part of the range [start, end), re-based to `start`; None if none."""
        if self.span is None:
            return None
        low, high = max(self.span[0], start), min(self.span[1], end)
        if low >= high:
            return None
        return Finding(self.category, self.score, (low - start, high - start), self.detector)

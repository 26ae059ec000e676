"""Counting for evaluation: binary confusion figures and span matching per entity type.

A predicted span matches a gold span of the same entity type when their overlap covers at least
half of the shorter of the two; each gold span can be matched once. This forgives boundary
choices (`+1-903-140-4508x769` with or without the extension) but not a neighbouring entity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass
class BinaryCounts:
    """Confusion counts for "caught" (action is not allow) against `label`."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: int, caught: bool) -> None:
        """Count one record."""
        if label:
            self.tp += caught
            self.fn += not caught
        else:
            self.fp += caught
            self.tn += not caught

    def summary(self) -> dict[str, float]:
        """n, tp, fp, fn, tn, precision, recall, f1, fpr."""
        precision = _ratio(self.tp, self.tp + self.fp)
        recall = _ratio(self.tp, self.tp + self.fn)
        return {
            "n": self.tp + self.fp + self.fn + self.tn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(_ratio(2 * precision * recall, precision + recall), 4),
            "fpr": round(_ratio(self.fp, self.fp + self.tn), 4),
        }


Span = tuple[str, int, int]


def spans_match(predicted: Span, gold: Span) -> bool:
    """Same type, and an overlap of at least half the shorter span."""
    if predicted[0] != gold[0]:
        return False
    overlap = min(predicted[2], gold[2]) - max(predicted[1], gold[1])
    shorter = min(predicted[2] - predicted[1], gold[2] - gold[1])
    return shorter > 0 and overlap * 2 >= shorter


@dataclass
class SpanCounts:
    """Per entity type: predicted spans that match gold, and gold spans that were found."""

    predicted: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)

    def add(self, predicted: Sequence[Span], gold: Sequence[Span]) -> None:
        """Count one record's spans."""
        used: set[int] = set()
        for span in predicted:
            self.predicted[span[0]] = self.predicted.get(span[0], 0) + 1
            match = next(
                (i for i, g in enumerate(gold) if i not in used and spans_match(span, g)), None
            )
            if match is not None:
                used.add(match)
                self.correct[span[0]] = self.correct.get(span[0], 0) + 1
        for i, span in enumerate(gold):
            self.gold[span[0]] = self.gold.get(span[0], 0) + 1
            if i in used or any(spans_match(p, span) for p in predicted):
                self.found[span[0]] = self.found.get(span[0], 0) + 1

    def summary(self) -> dict[str, dict[str, float]]:
        """Per type: gold and predicted counts, precision and recall."""
        types = sorted(set(self.gold) | set(self.predicted))
        return {
            t: {
                "gold": self.gold.get(t, 0),
                "predicted": self.predicted.get(t, 0),
                "precision": round(_ratio(self.correct.get(t, 0), self.predicted.get(t, 0)), 4),
                "recall": round(_ratio(self.found.get(t, 0), self.gold.get(t, 0)), 4),
            }
            for t in types
        }

"""Evaluation counting: binary figures and span matching."""

from __future__ import annotations

import pytest

from gateway.evaluation.metrics import BinaryCounts, SpanCounts, spans_match


def test_binary_summary() -> None:
    """Precision, recall, f1 and fpr follow from the four counts."""
    counts = BinaryCounts()
    for label, caught in [(1, True), (1, True), (1, False), (0, True), (0, False), (0, False)]:
        counts.add(label, caught)
    summary = counts.summary()
    assert (summary["tp"], summary["fp"], summary["fn"], summary["tn"]) == (2, 1, 1, 2)
    assert summary["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert summary["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert summary["fpr"] == pytest.approx(1 / 3, abs=1e-4)


@pytest.mark.parametrize(
    ("predicted", "gold", "match"),
    [
        (("PHONE_NUMBER", 0, 15), ("PHONE_NUMBER", 0, 19), True),
        (("PHONE_NUMBER", 0, 4), ("PHONE_NUMBER", 0, 19), True),
        (("PHONE_NUMBER", 0, 10), ("PHONE_NUMBER", 8, 19), False),
        (("EMAIL_ADDRESS", 0, 19), ("PHONE_NUMBER", 0, 19), False),
        (("US_SSN", 5, 16), ("US_SSN", 0, 4), False),
    ],
)
def test_span_matching(
    predicted: tuple[str, int, int], gold: tuple[str, int, int], match: bool
) -> None:
    """Same type and an overlap of half the shorter span is a match."""
    assert spans_match(predicted, gold) is match


def test_span_counts() -> None:
    """Each gold span is matched once; extra predictions lower precision."""
    counts = SpanCounts()
    counts.add([("CREDIT_CARD", 0, 16), ("CREDIT_CARD", 0, 16), ("PHONE_NUMBER", 20, 30)],
               [("CREDIT_CARD", 0, 16), ("PERSON", 40, 50)])  # fmt: skip
    summary = counts.summary()
    assert summary["CREDIT_CARD"] == {"gold": 1, "predicted": 2, "precision": 0.5, "recall": 1.0}
    assert summary["PERSON"]["recall"] == 0.0
    assert summary["PHONE_NUMBER"]["precision"] == 0.0

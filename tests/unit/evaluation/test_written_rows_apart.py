"""Rows written for training stay apart from the over-refusal cases that judge the product."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from gateway.evaluation.everyday_prompts import EVERYDAY_PROMPTS
from gateway.evaluation.hazard_questions import hazard_questions
from gateway.evaluation.head_features import training_exemplars
from gateway.evaluation.intent_pairs import intent_pairs
from gateway.evaluation.near_copies import near_copies
from gateway.policy.policy_tests import load_cases

POLICY_TESTS = Path(__file__).resolve().parents[3] / "policies" / "tests"


def test_no_written_training_row_is_a_near_copy_of_a_policy_case() -> None:
    written = set(hazard_questions()) | set(EVERYDAY_PROMPTS)
    written.update(text for texts in intent_pairs() for text in texts)
    for head in ("harm_request", "prompt_injection", "jailbreak", "harm_output"):
        positives, negatives = training_exemplars(head)
        written.update(positives + negatives)
    cases = [case.text for path in sorted(POLICY_TESTS.glob("*.yaml")) for case in load_cases(path)]
    assert len(cases) > 200
    texts = sorted(written) + cases
    groups = ["written"] * len(written) + ["policy"] * len(cases)
    copies = near_copies(texts, groups).toarray()[: len(written)]
    copied = [(texts[i], texts[j]) for i, j in zip(*np.nonzero(copies), strict=True)]
    assert copied == []

"""Leave-one-source-out scores a source with a model that never saw it."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.cross_source import (
    HeadFeatures,
    combo_operating_point,
    leave_one_source_out,
    train_with_threshold,
)
from gateway.evaluation.head_data import HeadSpec
from gateway.evaluation.linear_models import lexical_matrix, threshold_for

SPEC = HeadSpec("prompt_harm", (), "fpr", 0.05)


def _rows(group: str, positive: str, negative: str, shippable: bool = True) -> list[LabelledRow]:
    return [
        LabelledRow("prompt_harm", f"{word} case {i} {group}", label, group, group, shippable)
        for i in range(30)
        for word, label in ((positive, 1), (negative, 0))
    ]


def _recall(margins: NDArray[np.float64], rows: list[LabelledRow], group: str) -> float:
    hits = [m > 0 for m, r in zip(margins, rows, strict=True) if r.group == group and r.label]
    return float(sum(hits)) / len(hits)


def test_a_source_is_scored_by_a_model_trained_without_it() -> None:
    """A source whose cue means the opposite elsewhere is missed, not learned by heart."""
    rows = _rows("a", "zork", "blip") + [
        row for group in "bcd" for row in _rows(group, "blip", "zork")
    ]
    texts = [r.text for r in rows]
    features = HeadFeatures(
        {"lexical": lexical_matrix(texts)},
        {"lexical": lexical_matrix([])},
        np.zeros(0, dtype=np.int64),
    )
    margins = leave_one_source_out(rows, features, {"lexical": ("lexical",)}, SPEC)["lexical"]
    assert _recall(margins, rows, "a") < 0.1
    # Where the cue agrees with the other sources, the held-out model ranks it right.
    b_positive = [m for m, r in zip(margins, rows, strict=True) if r.group == "b" and r.label]
    b_negative = [m for m, r in zip(margins, rows, strict=True) if r.group == "b" and not r.label]
    assert min(b_positive) > max(b_negative)


def test_rows_barred_by_licence_are_scored_but_never_trained_on() -> None:
    """An evaluation-only source gets a score from the model trained on all the others."""
    rows = (
        _rows("a", "blip", "zork")
        + _rows("b", "blip", "zork")
        + _rows("c", "blip", "zork")
        + _rows("nc", "zork", "blip", shippable=False)
    )
    features = HeadFeatures(
        {"lexical": lexical_matrix([r.text for r in rows])},
        {"lexical": lexical_matrix([])},
        np.zeros(0, dtype=np.int64),
    )
    margins = leave_one_source_out(rows, features, {"lexical": ("lexical",)}, SPEC)["lexical"]
    assert _recall(margins, rows, "nc") < 0.1


def test_a_blend_leans_on_the_model_that_holds_up_out_of_fold() -> None:
    """The lexical share of a blend is chosen on the training groups' out-of-fold scores:
    the highest share when the other model's scores are loud noise there, the lowest when
    the lexical model's are."""
    rng = np.random.default_rng(0)
    labels = np.asarray([0, 1] * 200, dtype=np.int64)
    telling = labels * 3.0 + rng.normal(size=len(labels))
    noise = rng.normal(scale=3.0, size=len(labels))
    train = np.arange(len(labels))
    spec = HeadSpec("prompt_harm", (), "fpr", 0.05, (0.5, 0.6, 0.7))
    for out_of_fold, share in (
        ({"lexical": telling, "minilm": noise}, 0.7),
        ({"lexical": noise, "minilm": telling}, 0.5),
    ):
        shares, threshold = combo_operating_point(
            out_of_fold, ("lexical", "minilm"), spec, labels, train
        )
        assert shares["lexical"] == share
        assert sum(shares.values()) == 1.0
        blended = sum(share * out_of_fold[name] for name, share in shares.items())
        # The threshold keeps the false-positive budget on the scores it was chosen on.
        assert np.mean(blended[labels == 0] > threshold) <= spec.target_fpr


def test_the_report_scores_the_cascade_the_developer_tier_runs() -> None:
    """`make eval` reads each head's escalation and settling points from the shipped profile's
    cascade that scores it (the prompt cascade, and the answer stage's), so a change to the
    profile changes the reported figure with it."""
    pytest.importorskip("tokenizers")
    from gateway.detectors.learned.cascade import CascadeClassifierDetector
    from gateway.evaluation.cross_source_report import judged_stage, shipped_cascade_options
    from gateway.inspection.inspector import Inspector
    from gateway.policy.inspection_profile import load_inspection_profiles
    from gateway.settings import PACKAGE_POLICIES

    profile = load_inspection_profiles(PACKAGE_POLICIES / "inspection.yaml")["standard"]
    judged: set[str] = set()
    for stage in ("input", "output"):
        for cascade in Inspector.from_profile(profile, stage)._detectors:
            if not isinstance(cascade, CascadeClassifierDetector):
                continue
            for head in cascade._options.heads:
                if judged_stage(head) != stage:
                    continue  # answers are scored for toxicity; its file is judged as prompts
                assert shipped_cascade_options(head) == cascade._options
                judged.add(head)
    assert judged == {"harm_request", "prompt_injection", "jailbreak", "harm_output", "toxicity"}


def test_the_lexical_strength_is_the_one_that_does_best_out_of_fold() -> None:
    """Of a head's candidate strengths (C), training keeps the one whose out-of-fold scores
    on the training groups reach the best operating point, whatever the order offered.

    The label lives in the difference of two features that share a loud common part: a
    heavily regularised fit follows the mean difference (the first feature, loud noise), a
    weakly regularised one finds the difference."""
    rng = np.random.default_rng(1)
    labels = np.asarray([0, 1] * 200, dtype=np.int64)
    common = rng.normal(scale=10.0, size=len(labels))
    signal = labels + rng.normal(scale=0.2, size=len(labels))
    matrix = np.column_stack([common + signal, common])
    groups = tuple("abcd"[i % 4] for i in range(len(labels)))
    features = HeadFeatures(
        {"lexical": matrix}, {"lexical": np.zeros((0, 2))}, np.zeros(0, dtype=np.int64)
    )
    everything = np.arange(len(labels))
    for strengths in ((1e-5, 100.0), (100.0, 1e-5)):
        spec = HeadSpec("prompt_harm", (), "fpr", 0.05, lexical_c=strengths)
        trained = train_with_threshold(features, ("lexical",), spec, labels, groups, everything)
        assert trained.heads["lexical"].c == 100.0
        caught = trained.margins(features, everything) > 0
        assert caught[labels == 1].mean() > 0.9


def test_the_balanced_objective_ignores_how_many_rows_are_harmful() -> None:
    """On a corpus that is mostly positive, the best F1 sits where most negatives are flagged
    too; the balanced point (recall minus false-positive rate) does not move with the mix."""
    rng = np.random.default_rng(0)
    negatives, positives = rng.normal(0.0, 1.0, 1000), rng.normal(2.0, 1.0, 9000)
    scores = np.concatenate([negatives, positives])
    labels = np.concatenate([np.zeros(1000, np.int64), np.ones(9000, np.int64)])
    f1 = threshold_for(scores, labels, "f1", 0.0)
    balanced = threshold_for(scores, labels, "balanced", 0.0)
    assert np.mean(negatives > f1) > 0.4
    assert np.mean(negatives > balanced) < 0.25
    # Ten times fewer positives leave the balanced point where it was (within sampling noise).
    few = np.concatenate([negatives, positives[:900]])
    assert abs(threshold_for(few, labels[:1900], "balanced", 0.0) - balanced) < 0.2

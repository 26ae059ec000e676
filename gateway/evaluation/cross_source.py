"""Leave-one-source-out: how a head does on a source it was never trained on.

For each source group, the head is trained on every other shippable group (plus the
hand-written exemplars), its threshold is chosen on those training groups alone (out-of-fold
scores of an inner split by group), and the held-out group is scored. Groups that may not be
trained on (licence) are scored by the model trained on all shippable groups: they are unseen
by every model. Pooling the held-out decisions gives the figure the project reports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.head_data import HeadSpec
from gateway.evaluation.linear_models import (
    C_VALUES,
    FittedHead,
    fit_head,
    objective_value,
    threshold_for,
)
from gateway.evaluation.near_copies import near_copies, without_copies_of

INNER_FOLDS = 3
# The models judged and shipped per head: each feature set alone, and their blend.
COMBOS = {"lexical": ("lexical",), "minilm": ("minilm",), "blend": ("lexical", "minilm")}
EXEMPLAR_WEIGHT = 4.0


@dataclass(frozen=True)
class HeadFeatures:
    """Feature matrices of a head's rows and of its exemplars, per feature set."""

    rows: Mapping[str, Any]
    exemplars: Mapping[str, Any]
    exemplar_labels: NDArray[np.int64]
    # Another reading of some rows (their English glosses), judged as the inspector judges
    # it: the row's margin is the higher of the two. `reading_rows` indexes `rows`.
    reading_rows: NDArray[np.int64] | None = None
    readings: Mapping[str, Any] | None = None


def _stack(matrix: Any, extra: Any) -> Any:
    if isinstance(matrix, np.ndarray):
        return np.vstack([matrix, extra])
    from scipy.sparse import vstack  # type: ignore[import-untyped]

    return vstack([matrix, extra]).tocsr()


@dataclass(frozen=True)
class TrainedCombo:
    """One fitted head per feature set, scored as the weighted sum of their logits (`shares`,
    summing to 1), and its threshold."""

    heads: Mapping[str, FittedHead]
    shares: Mapping[str, float]
    threshold: float

    def margins(self, features: HeadFeatures, rows: NDArray[np.int64]) -> NDArray[np.float64]:
        """Weighted logit minus threshold for `rows` (caught when positive)."""
        logits = {name: head.logits(features.rows[name][rows]) for name, head in self.heads.items()}
        return _weighted(logits, self.shares) - self.threshold


def _fit_combo(
    features: HeadFeatures,
    strengths: Mapping[str, float],
    labels: NDArray[np.int64],
    train: NDArray[np.int64],
) -> dict[str, FittedHead]:
    """One head per feature set of `strengths` (its inverse regularisation C), fit on `train`
    and the exemplars."""
    fitted = {}
    exemplars = len(features.exemplar_labels)
    # Written rows are few beside the corpus's thousands; each counts as EXEMPLAR_WEIGHT rows
    # so that what they teach (hazard words, frames that carry no label) is not drowned out.
    weights = np.concatenate([np.ones(len(train)), np.full(exemplars, EXEMPLAR_WEIGHT)])
    for name, c in strengths.items():
        matrix = _stack(features.rows[name][train], features.exemplars[name])
        targets = np.concatenate([labels[train], features.exemplar_labels])
        fitted[name] = fit_head(matrix, targets, c, weights)
    return fitted


def _weighted(
    logits: Mapping[str, NDArray[np.float64]], shares: Mapping[str, float]
) -> NDArray[np.float64]:
    return np.asarray(sum(share * logits[name] for name, share in shares.items()))


def folds_by_group(
    groups: Sequence[str], members: NDArray[np.int64], folds: int = INNER_FOLDS
) -> list[NDArray[np.int64]]:
    """`members` split into `folds` folds by group, the largest groups dealt out first."""
    sizes: dict[str, int] = {}
    for i in members:
        sizes[groups[i]] = sizes.get(groups[i], 0) + 1
    fold_of = {g: n % folds for n, g in enumerate(sorted(sizes, key=lambda g: -sizes[g]))}
    return [
        np.asarray([i for i in members if fold_of[groups[i]] == k], dtype=np.int64)
        for k in range(folds)
    ]


def _candidate_strengths(name: str, spec: HeadSpec) -> tuple[float, ...]:
    return spec.lexical_c if name == "lexical" else (C_VALUES[name],)


def _out_of_fold_strength(
    features: HeadFeatures,
    name: str,
    spec: HeadSpec,
    labels: NDArray[np.int64],
    folds: Sequence[NDArray[np.int64]],
    train: NDArray[np.int64],
    copies: Any | None,
) -> tuple[float, NDArray[np.float64]]:
    """The strength (C) `spec` allows for `name` whose out-of-fold scores on `train` reach the
    best operating point, and those scores (each fold scored by a fit without its copies)."""
    best: tuple[float, float, NDArray[np.float64]] | None = None
    for c in _candidate_strengths(name, spec):
        logits = np.zeros(len(labels), dtype=np.float64)
        for fold in folds:
            rest = without_copies_of(np.setdiff1d(train, fold), fold, copies)
            fitted = _fit_combo(features, {name: c}, labels, rest)
            logits[fold] = fitted[name].logits(features.rows[name][fold])
        achieved = _operating_point(logits[train], labels[train], spec)[1]
        if best is None or achieved > best[0]:
            best = (achieved, c, logits)
    assert best is not None
    return best[1], best[2]


def _fold_logits(
    features: HeadFeatures,
    names: Sequence[str],
    spec: HeadSpec,
    labels: NDArray[np.int64],
    groups: Sequence[str],
    train: NDArray[np.int64],
    score: NDArray[np.int64],
    copies: Any | None = None,
) -> tuple[dict[str, NDArray[np.float64]], dict[str, NDArray[np.float64]], dict[str, FittedHead]]:
    """Per feature set: out-of-fold logits of `train` (inner split by group), logits of
    `score` from a fit on all of `train`, and that fit, at the strength
    `_out_of_fold_strength` chose."""
    folds = [fold for fold in folds_by_group(groups, train) if len(fold)]
    out_of_fold: dict[str, NDArray[np.float64]] = {}
    strengths: dict[str, float] = {}
    for name in names:
        strengths[name], out_of_fold[name] = _out_of_fold_strength(
            features, name, spec, labels, folds, train, copies
        )
    final = _fit_combo(features, strengths, labels, train)
    scored = {name: head.logits(features.rows[name][score]) for name, head in final.items()}
    return out_of_fold, scored, final


def _operating_point(
    scores: NDArray[np.float64], labels: NDArray[np.int64], spec: HeadSpec
) -> tuple[float, float]:
    """The threshold for `spec`'s objective and what it achieves there (`objective_value`)."""
    threshold = threshold_for(scores, labels, spec.objective, spec.target_fpr)
    return threshold, objective_value(scores > threshold, labels, spec.objective)


def combo_operating_point(
    out_of_fold: Mapping[str, NDArray[np.float64]],
    combo: Sequence[str],
    spec: HeadSpec,
    labels: NDArray[np.int64],
    train: NDArray[np.int64],
) -> tuple[dict[str, float], float]:
    """The combo's shares and threshold, chosen on out-of-fold scores of `train` only: a
    single feature set has share 1; a lexical + MiniLM blend takes the lexical share of
    `spec.lexical_shares` that does best there."""
    if len(combo) == 1:
        candidates = [{combo[0]: 1.0}]
    else:
        (other,) = (name for name in combo if name != "lexical")
        candidates = [{"lexical": share, other: 1.0 - share} for share in spec.lexical_shares]
    fold_logits = {name: out_of_fold[name][train] for name in combo}
    best: tuple[float, dict[str, float], float] | None = None
    for shares in candidates:
        threshold, achieved = _operating_point(_weighted(fold_logits, shares), labels[train], spec)
        if best is None or achieved > best[0]:
            best = (achieved, shares, threshold)
    assert best is not None
    return best[1], best[2]


def train_combos(
    features: HeadFeatures,
    combos: Mapping[str, Sequence[str]],
    spec: HeadSpec,
    labels: NDArray[np.int64],
    groups: Sequence[str],
    train: NDArray[np.int64],
    copies: Any | None = None,
) -> dict[str, TrainedCombo]:
    """Per combo: heads fit on `train`, with shares and a threshold from out-of-fold scores of
    `train`'s groups (`copies`: `near_copies` of the rows, left out of the fit that scores
    their fold). The fits of one feature set are shared by every combo that uses it."""
    names = sorted({name for combo in combos.values() for name in combo})
    out_of_fold, _, final = _fold_logits(
        features, names, spec, labels, groups, train, train[:0], copies
    )
    trained = {}
    for combo_name, combo in combos.items():
        shares, threshold = combo_operating_point(out_of_fold, combo, spec, labels, train)
        trained[combo_name] = TrainedCombo({name: final[name] for name in combo}, shares, threshold)
    return trained


def train_with_threshold(
    features: HeadFeatures,
    combo: Sequence[str],
    spec: HeadSpec,
    labels: NDArray[np.int64],
    groups: Sequence[str],
    train: NDArray[np.int64],
) -> TrainedCombo:
    """One combo's `train_combos`."""
    return train_combos(features, {"combo": combo}, spec, labels, groups, train)["combo"]


def leave_one_source_out(
    rows: Sequence[LabelledRow],
    features: HeadFeatures,
    combos: Mapping[str, Sequence[str]],
    spec: HeadSpec,
) -> dict[str, NDArray[np.float64]]:
    """Per combo: every row's margin from a model that never saw its source group, nor
    another source's near copies of its rows (`near_copies`).

    The fits of one feature set are shared by every combo that uses it."""
    labels = np.asarray([row.label for row in rows], dtype=np.int64)
    groups = tuple(row.group for row in rows)
    copies = near_copies([row.text for row in rows], groups)
    shippable = np.asarray([row.shippable for row in rows])
    names = sorted({name for combo in combos.values() for name in combo})
    margins = {combo: np.zeros(len(rows), dtype=np.float64) for combo in combos}
    trainable = np.flatnonzero(shippable)
    held_out = [
        np.asarray([i for i in trainable if groups[i] == group], dtype=np.int64)
        for group in sorted({groups[i] for i in trainable})
    ]
    unseen = np.flatnonzero(~shippable)
    for held in [*held_out, unseen]:
        if not len(held):
            continue
        train = without_copies_of(np.setdiff1d(trainable, held), held, copies)
        out_of_fold, scored, final = _fold_logits(
            features, names, spec, labels, groups, train, held, copies
        )
        read = _reading_logits(features, final, held)
        for combo_name, combo in combos.items():
            shares, threshold = combo_operating_point(out_of_fold, combo, spec, labels, train)
            combined = _weighted(scored, shares)
            if read is not None:
                positions, logits = read
                combined[positions] = np.maximum(combined[positions], _weighted(logits, shares))
            margins[combo_name][held] = combined - threshold
    return margins


def _reading_logits(
    features: HeadFeatures, heads: Mapping[str, FittedHead], held: NDArray[np.int64]
) -> tuple[NDArray[np.int64], dict[str, NDArray[np.float64]]] | None:
    """Positions within `held` that have a reading, and the readings' logits per feature set."""
    if features.reading_rows is None or features.readings is None:
        return None
    mask = np.isin(features.reading_rows, held)
    if not mask.any():
        return None
    positions = np.searchsorted(held, features.reading_rows[mask])
    logits = {
        name: head.logits(features.readings[name][np.flatnonzero(mask)])
        for name, head in heads.items()
    }
    return positions, logits

"""Feature matrices and logistic-regression fits for the learned heads (training only).

Two feature sets: hashed word n-grams (`lexical`, what the cheap detector reads) and MiniLM
embeddings (`minilm`, what the cascade escalates to). A `blend` scores a text with both and
averages the two logits, as the cascade does for texts the lexical head is unsure of.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.learned.features import BUCKETS, featurize

FeatureName = Literal["lexical", "minilm"]
# Inverse regularisation per feature set, chosen by leave-one-source-out on the corpus
# (stronger regularisation generalises better to unseen sources than the best in-source C).
# The lexical value is the default; a head may offer others to choose from (`HeadSpec`).
C_VALUES = {"lexical": 4.0, "minilm": 2.0}


def lexical_matrix(texts: Sequence[str]) -> Any:
    """A sparse (texts, BUCKETS) matrix of the detector's own hashed n-gram features."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    indptr, indices, values = [0], [], []
    for text in texts:
        ids, weights = featurize(text)
        indices.append(ids)
        values.append(weights)
        indptr.append(indptr[-1] + len(ids))
    return csr_matrix(
        (
            np.concatenate(values) if values else np.zeros(0, np.float32),
            np.concatenate(indices) if indices else np.zeros(0, np.int64),
            np.asarray(indptr),
        ),
        shape=(len(texts), BUCKETS),
        dtype=np.float32,
    )


@dataclass(frozen=True)
class FittedHead:
    """One logistic regression: weights over a feature set, and its intercept."""

    coef: NDArray[np.float32]
    intercept: float
    # The inverse regularisation it was fit with (reported by training).
    c: float

    def logits(self, matrix: Any) -> NDArray[np.float64]:
        """Decision values for the rows of `matrix`."""
        return np.asarray(matrix @ self.coef, dtype=np.float64).ravel() + self.intercept


def fit_head(matrix: Any, labels: NDArray[np.int64], c: float, weights: Any = None) -> FittedHead:
    """A class-balanced logistic regression over `matrix`."""
    from sklearn.linear_model import LogisticRegression

    # liblinear solves the sparse n-gram problem ~4x faster than lbfgs; lbfgs suits the dense one.
    solver = "lbfgs" if isinstance(matrix, np.ndarray) else "liblinear"
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver=solver)
    model.fit(matrix, labels, sample_weight=weights)
    return FittedHead(model.coef_[0].astype(np.float32), float(model.intercept_[0]), c)


def threshold_for(
    scores: NDArray[np.float64], labels: NDArray[np.int64], objective: str, target_fpr: float
) -> float:
    """The operating point: a false-positive budget on negatives, the best F1, or the best
    balance of the two error rates (`balanced`: recall minus false-positive rate)."""
    if objective == "fpr":
        return float(np.quantile(scores[labels == 0], 1.0 - target_fpr))
    best, best_value = 0.0, -np.inf
    for candidate in np.quantile(scores, np.linspace(0.02, 0.98, 193)):
        value = objective_value(scores > candidate, labels, objective)
        if value > best_value:
            best, best_value = float(candidate), value
    return best


def objective_value(caught: NDArray[np.bool_], labels: NDArray[np.int64], objective: str) -> float:
    """What an operating point achieves: recall (for a false-positive budget), F1, or recall
    minus false-positive rate (Youden's J, which does not depend on the class mix)."""
    positives = labels == 1
    true_positives = float(np.sum(caught & positives))
    recall = true_positives / max(1.0, float(np.sum(positives)))
    if objective == "fpr":
        return recall
    if objective == "balanced":
        return recall - float(np.sum(caught & ~positives)) / max(1.0, float(np.sum(~positives)))
    return 2 * true_positives / (float(np.sum(caught) + np.sum(positives)) or 1.0)

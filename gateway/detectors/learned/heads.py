"""Linear heads shipped as a small .npz: weights, bias and a calibrated threshold per head.

A head's score is sigmoid(logit - threshold), so 0.5 is the operating point chosen at training
(a false-positive rate of about 1% on held-out negatives) and policies can use one bar for all.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class LinearHeads:
    """Named heads over one feature space; `weights` is (features, heads)."""

    names: tuple[str, ...]
    weights: NDArray[np.float32]
    bias: NDArray[np.float32]
    thresholds: NDArray[np.float32]
    # MiniLM heads only: the blend the cascade scores, a weighted sum of the lexical and
    # MiniLM logits with the lexical share in `blend_shares`, and its operating point (chosen
    # on its own, as the blend is a model of its own). Weights saved before shares existed
    # blend evenly.
    blend_thresholds: NDArray[np.float32] | None = None
    blend_shares: NDArray[np.float32] | None = None

    @classmethod
    def load(cls, path: Path) -> LinearHeads:
        """Read heads saved by `save`; sparse rows are expanded to a dense matrix."""
        with np.load(path, allow_pickle=False) as data:
            names = tuple(str(n) for n in data["names"])
            if "dense" in data:
                weights = data["dense"].astype(np.float32)
            else:
                weights = np.zeros((int(data["size"]), len(names)), dtype=np.float32)
                weights[data["rows"]] = data["values"].astype(np.float32)
            return cls(
                names,
                weights,
                data["bias"].astype(np.float32),
                data["thresholds"].astype(np.float32),
                data["blend_thresholds"].astype(np.float32) if "blend_thresholds" in data else None,
                data["blend_shares"].astype(np.float32) if "blend_shares" in data else None,
            )

    def save(self, path: Path, sparse: bool) -> None:
        """Write the heads; `sparse` keeps only rows with a weight (hashed features)."""
        arrays: dict[str, NDArray[np.generic]] = {
            "names": np.asarray(self.names),
            "bias": self.bias,
            "thresholds": self.thresholds,
        }
        if self.blend_thresholds is not None:
            arrays["blend_thresholds"] = self.blend_thresholds
        if self.blend_shares is not None:
            arrays["blend_shares"] = self.blend_shares
        if sparse:
            rows = np.flatnonzero(np.abs(self.weights).max(axis=1) > 1e-4)
            arrays.update(
                rows=rows.astype(np.int32),
                values=self.weights[rows].astype(np.float16),
                size=np.asarray(self.weights.shape[0]),
            )
        else:
            arrays["dense"] = self.weights.astype(np.float32)
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    def scores_sparse(
        self, ids: NDArray[np.int64], values: NDArray[np.float32]
    ) -> dict[str, float]:
        """Calibrated scores for a sparse feature vector."""
        logits = values @ self.weights[ids] + self.bias
        return self.calibrated(logits)

    def logits_sparse(
        self, ids: NDArray[np.int64], values: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        """Raw decision values (before the threshold) for a sparse feature vector."""
        return np.asarray(values @ self.weights[ids] + self.bias, dtype=np.float32)

    def logits_dense(self, vector: NDArray[np.float32]) -> NDArray[np.float32]:
        """Raw decision values (before the threshold) for a dense feature vector."""
        return np.asarray(vector @ self.weights + self.bias, dtype=np.float32)

    def scores_dense(self, vector: NDArray[np.float32]) -> dict[str, float]:
        """Calibrated scores for a dense feature vector (an embedding)."""
        return self.calibrated(vector @ self.weights + self.bias)

    def calibrated(
        self, logits: NDArray[np.float32], thresholds: NDArray[np.float32] | None = None
    ) -> dict[str, float]:
        """Scores for raw logits: 0.5 at `thresholds` (the heads' own unless given)."""
        cut = self.thresholds if thresholds is None else thresholds
        shifted = np.clip(logits - cut, -30.0, 30.0)
        probabilities = 1.0 / (1.0 + np.exp(-shifted))
        return {name: float(p) for name, p in zip(self.names, probabilities, strict=True)}


# Process-wide like the MiniLM encoder: every profile's cascade, lexical and semantic
# detectors read the same weights, and the lexical ones expand to a 16 MB dense matrix.
@functools.lru_cache(maxsize=8)
def shared_heads(path: Path) -> LinearHeads:
    """One read-only copy of the heads in `path` for the whole process."""
    heads = LinearHeads.load(path)
    arrays = (
        heads.weights,
        heads.bias,
        heads.thresholds,
        heads.blend_thresholds,
        heads.blend_shares,
    )
    for array in arrays:
        if array is not None:
            array.setflags(write=False)
    return heads

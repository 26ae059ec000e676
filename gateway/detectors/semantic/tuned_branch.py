"""A head's own top encoder layers: MiniLM fine-tuned for one head, shipped as a branch.

The shared encoder runs MiniLM's six layers for every head; a tuned head forks after layer
`branch_from` and runs its own copies of the layers above it, fine-tuned on that head's
corpus (`gateway.evaluation.encoder_tuning`). The encoder then returns both sentence
embeddings side by side (768 numbers), and the MiniLM heads read them as one feature
vector: every other head weighs only the first half, the tuned head only the second, with
the classifier, thresholds and blend it was tuned with. Across sources the frozen embedding
with a linear head was the weakest model of the harm cascade (docs/detectors.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.learned.heads import LinearHeads, shared_heads
from gateway.detectors.semantic.bert_weights import (
    WIDTH,
    EncoderBranch,
    EncoderLayer,
    FloatArray,
    encoder_layer_from,
)

TUNED = Path(__file__).with_name("tuned_branch.npz")


@dataclass(frozen=True)
class TunedBranch:
    """The tuned layers of one head and what its classifier decides with."""

    head: str
    # The shared layers run before the fork (the tuned ones replace the layers above).
    branch_from: int
    layers: tuple[EncoderLayer, ...]
    # logit = classifier . embedding + bias, over the branch's unit-length embedding.
    classifier: FloatArray
    bias: float
    # The operating points chosen on out-of-fold scores: the tuned model alone, and the
    # cascade's blend with the lexical head (its lexical share and threshold).
    threshold: float
    blend_share: float
    blend_threshold: float

    @property
    def encoder_branch(self) -> EncoderBranch:
        """The layers the encoder runs beside its own."""
        return EncoderBranch(self.branch_from, self.layers)

    def save(self, path: Path) -> None:
        """Write the branch; layer weights as float16 (the backends compute in float32)."""
        arrays: dict[str, Any] = {
            "head": np.asarray(self.head),
            "branch_from": np.asarray(self.branch_from),
            "classifier": self.classifier.astype(np.float32),
            "scalars": np.asarray(
                [self.bias, self.threshold, self.blend_share, self.blend_threshold], np.float64
            ),
        }
        for index, layer in enumerate(self.layers):
            for field in fields(layer):
                part = getattr(layer, field.name)
                arrays[f"{index}.{field.name}.weight"] = part.weight.astype(np.float16)
                arrays[f"{index}.{field.name}.bias"] = part.bias.astype(np.float16)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> TunedBranch:
        """Read a branch written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            count = len({name.split(".")[0] for name in data.files if name[0].isdigit()})
            layers = tuple(encoder_layer_from(_reader(data, index)) for index in range(count))
            bias, threshold, share, blend_threshold = (float(v) for v in data["scalars"])
            return cls(
                head=str(data["head"]),
                branch_from=int(data["branch_from"]),
                layers=layers,
                classifier=data["classifier"].astype(np.float32),
                bias=bias,
                threshold=threshold,
                blend_share=share,
                blend_threshold=blend_threshold,
            )


def _reader(data: Any, index: int) -> Callable[[str, str], FloatArray]:
    """Layer `index`'s arrays in a branch file, by field and part."""
    return lambda field, part: np.asarray(data[f"{index}.{field}.{part}"], dtype=np.float32)


@functools.cache
def shipped_branch(path: Path = TUNED) -> TunedBranch | None:
    """The branch shipped with the package, or None when there is none."""
    return TunedBranch.load(path) if path.is_file() else None


def with_branch(heads: LinearHeads, branch: TunedBranch) -> LinearHeads:
    """`heads` over the encoder's two embeddings side by side: the tuned head weighs the
    branch's half with its own classifier, thresholds and blend, the others the shared half."""
    column = heads.names.index(branch.head)
    weights = np.zeros((2 * WIDTH, len(heads.names)), dtype=np.float32)
    weights[:WIDTH] = heads.weights
    weights[:WIDTH, column] = 0.0
    weights[WIDTH:, column] = branch.classifier

    def replaced(values: NDArray[np.float32], value: float) -> NDArray[np.float32]:
        changed = values.astype(np.float32).copy()
        changed[column] = value
        return changed

    # Heads saved before blend shares existed blend evenly (`LinearHeads`).
    shares = heads.blend_shares
    even = np.full(len(heads.names), 0.5, np.float32)
    blend_thresholds = heads.blend_thresholds
    return LinearHeads(
        heads.names,
        weights,
        replaced(heads.bias, branch.bias),
        replaced(heads.thresholds, branch.threshold),
        None if blend_thresholds is None else replaced(blend_thresholds, branch.blend_threshold),
        replaced(even if shares is None else shares, branch.blend_share),
    )


@functools.cache
def serving_heads(weights: Path, branch_path: Path = TUNED) -> LinearHeads:
    """The MiniLM heads the detectors score the shared encoder's output with: those in
    `weights`, over the tuned branch when one is shipped."""
    heads = shared_heads(weights)
    branch = shipped_branch(branch_path)
    if branch is None:
        return heads
    combined = with_branch(heads, branch)
    for array in (combined.weights, combined.bias, combined.thresholds):
        array.setflags(write=False)
    return combined

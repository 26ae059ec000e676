"""A head's own top encoder layers: MiniLM fine-tuned for one head, shipped as a branch.

The shared encoder runs MiniLM's six layers for every head; a tuned head forks after layer
`branch_from` and runs its own copies of the layers above it, fine-tuned on that head's
corpus (`gateway.evaluation.encoder_tuning`). The encoder then returns its own sentence
embedding and each branch's side by side (384 numbers each), and the MiniLM heads read them
as one feature vector: a head without a branch weighs only the first block, a tuned head
only its branch's, with the classifier, thresholds and blend it was tuned with. Across
sources the frozen embedding with a linear head was the weakest model of the harm cascade
(docs/detectors.md). A branch ships as `tuned_<head>.npz` beside this module.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from gateway.detectors.learned.heads import LinearHeads, shared_heads
from gateway.detectors.semantic.bert_weights import (
    WIDTH,
    EncoderBranch,
    EncoderLayer,
    FloatArray,
    encoder_layer_from,
)

BRANCHES = Path(__file__).parent


def branch_file(head: str, folder: Path = BRANCHES) -> Path:
    """Where the branch of `head` ships."""
    return folder / f"tuned_{head}.npz"


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
def shipped_branches(folder: Path = BRANCHES) -> tuple[TunedBranch, ...]:
    """The branches shipped with the package, by head name (the encoder's order)."""
    return tuple(TunedBranch.load(path) for path in sorted(folder.glob("tuned_*.npz")))


def branches_read_by(heads: Iterable[str], folder: Path = BRANCHES) -> tuple[int, ...]:
    """The encoder's indices of the shipped branches that `heads` read (what to ask
    `MiniLmEncoder.encode` for, so that no other branch runs)."""
    wanted = set(heads)
    return tuple(i for i, branch in enumerate(shipped_branches(folder)) if branch.head in wanted)


def with_branches(heads: LinearHeads, branches: tuple[TunedBranch, ...]) -> LinearHeads:
    """`heads` over the encoder's embeddings side by side: a tuned head weighs its branch's
    block with its own classifier, thresholds and blend, the others the shared block."""
    weights = np.zeros(((1 + len(branches)) * WIDTH, len(heads.names)), dtype=np.float32)
    weights[:WIDTH] = heads.weights
    # Heads saved before blend shares existed blend evenly (`LinearHeads`).
    even = np.full(len(heads.names), 0.5, np.float32)
    bias, thresholds = heads.bias.astype(np.float32), heads.thresholds.astype(np.float32)
    shares = (even if heads.blend_shares is None else heads.blend_shares).astype(np.float32)
    blend_thresholds = heads.blend_thresholds
    blend_thresholds = None if blend_thresholds is None else blend_thresholds.astype(np.float32)
    for block, branch in enumerate(branches, start=1):
        column = heads.names.index(branch.head)
        weights[:, column] = 0.0
        weights[block * WIDTH : (block + 1) * WIDTH, column] = branch.classifier
        bias[column], thresholds[column] = branch.bias, branch.threshold
        shares[column] = branch.blend_share
        if blend_thresholds is not None:
            blend_thresholds[column] = branch.blend_threshold
    return LinearHeads(heads.names, weights, bias, thresholds, blend_thresholds, shares)


@functools.cache
def serving_heads(weights: Path, folder: Path = BRANCHES) -> LinearHeads:
    """The MiniLM heads the detectors score the shared encoder's output with: those in
    `weights`, over the tuned branches shipped in `folder`."""
    heads = shared_heads(weights)
    branches = shipped_branches(folder)
    if not branches:
        return heads
    combined = with_branches(heads, branches)
    for array in (combined.weights, combined.bias, combined.thresholds):
        array.setflags(write=False)
    return combined

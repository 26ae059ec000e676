"""The MiniLM encoder layers in plain numpy: the fallback when onnxruntime is not installed."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.semantic.bert_weights import (
    HEADS,
    LAYER_NORM_EPS,
    BertWeights,
    EncoderBranch,
    EncoderLayer,
    FloatArray,
    LayerNorm,
)


def _layer_norm(x: FloatArray, norm: LayerNorm) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(var + LAYER_NORM_EPS)) * norm.weight + norm.bias  # type: ignore[no-any-return]


def _gelu(x: FloatArray) -> FloatArray:
    # The tanh approximation differs from erf-GELU by <1e-3 and needs no scipy.
    inner = np.float32(0.7978845608) * (x + np.float32(0.044715) * x**3)
    return (np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))).astype(np.float32)


def _run_layer(x: FloatArray, w: EncoderLayer) -> FloatArray:
    length, width = x.shape
    size = width // HEADS
    qkv = x @ w.qkv.weight + w.qkv.bias
    q, k, v = (
        qkv[:, i * width : (i + 1) * width].reshape(length, HEADS, size).transpose(1, 0, 2)
        for i in range(3)
    )
    scores = (q @ k.transpose(0, 2, 1)) / np.float32(np.sqrt(size))
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
    scores /= scores.sum(axis=-1, keepdims=True)
    context = (scores @ v).transpose(1, 0, 2).reshape(length, width)
    x = _layer_norm(x + context @ w.attention_out.weight + w.attention_out.bias, w.attention_norm)
    up = _gelu(x @ w.up.weight + w.up.bias)
    return _layer_norm(x + up @ w.down.weight + w.down.bias, w.output_norm)


class NumpyBert:
    """Mean of the last hidden states of one token sequence, computed with numpy (~0.8 ms/token)."""

    name = "numpy"

    def __init__(self, weights: BertWeights, branches: tuple[EncoderBranch, ...] = ()) -> None:
        self._weights = weights
        self._branches = branches

    def pooled(self, ids: NDArray[np.int64], branches: tuple[int, ...] = ()) -> FloatArray:
        """The mean-pooled last hidden state (not normalised) of one sequence of token ids,
        then that of each branch whose index is in `branches`, in that order."""
        w = self._weights
        hidden = _layer_norm(w.word[ids] + w.position[: len(ids)], w.embedding_norm)
        forks = []
        for layer in w.layers:
            forks.append(hidden)
            hidden = _run_layer(hidden, layer)
        pooled = [hidden.mean(axis=0)]
        for index in branches:
            branch = self._branches[index]
            forked = forks[branch.start]
            for layer in branch.layers:
                forked = _run_layer(forked, layer)
            pooled.append(forked.mean(axis=0))
        return np.concatenate(pooled).astype(np.float32)

"""MiniLM's layers in torch, for fine-tuning the top of the encoder (training only).

torch is not a dependency of the gateway: `pip install torch==2.13.0` (the CPU build) is what
`encoder_tuning` needs. The layers are the arrays `bert_weights` reads (`x @ w`, the query,
key and value projections fused), so a tuned layer goes back to an `EncoderLayer` that the
onnxruntime and numpy backends run unchanged. Written with torch's functions rather than its
modules so that the parameters are plain tensors, copied in and out without a name map.
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any

import numpy as np
import torch
import torch.nn.functional as functional

from gateway.detectors.semantic.bert_weights import (
    HEADS,
    LAYER_NORM_EPS,
    BertWeights,
    EncoderLayer,
    encoder_layer_from,
)

# A layer's tensors by field and part, e.g. ("qkv", "weight").
LayerTensors = dict[tuple[str, str], Any]
# Added to the attention scores of padding positions.
MASKED = -1e4


def layer_tensors(layer: EncoderLayer, trainable: bool) -> LayerTensors:
    """Fresh tensors holding a copy of `layer`'s arrays."""
    tensors: LayerTensors = {}
    for field in fields(layer):
        part = getattr(layer, field.name)
        for name in ("weight", "bias"):
            tensor = torch.tensor(np.array(getattr(part, name), dtype=np.float32))
            tensors[(field.name, name)] = tensor.requires_grad_(trainable)
    return tensors


def encoder_layer(tensors: LayerTensors) -> EncoderLayer:
    """The arrays of tuned tensors, as the gateway's backends read them."""
    return encoder_layer_from(lambda field, part: tensors[(field, part)].detach().numpy())


def _norm(x: Any, tensors: LayerTensors, field: str) -> Any:
    weight, bias = tensors[(field, "weight")], tensors[(field, "bias")]
    return functional.layer_norm(x, (x.shape[-1],), weight, bias, LAYER_NORM_EPS)


def _linear(x: Any, tensors: LayerTensors, field: str) -> Any:
    return x @ tensors[(field, "weight")] + tensors[(field, "bias")]


def run_layer(x: Any, mask: Any, tensors: LayerTensors) -> Any:
    """One BERT block over a padded batch (batch, tokens, width); `mask` is 1 on tokens."""
    batch, length, width = x.shape
    size = width // HEADS
    q, k, v = (
        part.reshape(batch, length, HEADS, size).transpose(1, 2)
        for part in _linear(x, tensors, "qkv").split(width, dim=-1)
    )
    scores = q @ k.transpose(-1, -2) / math.sqrt(size)
    scores = scores + (1.0 - mask[:, None, None, :].float()) * MASKED
    context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, width)
    x = _norm(x + _linear(context, tensors, "attention_out"), tensors, "attention_norm")
    # erf GELU, the form the model was trained with (as the onnx graph writes it).
    up = functional.gelu(_linear(x, tensors, "up"))
    return _norm(x + _linear(up, tensors, "down"), tensors, "output_norm")


def embed_tokens(weights: BertWeights, ids: Any) -> Any:
    """The embedding layer's output for a padded batch of token ids."""
    word = torch.from_numpy(weights.word)[ids]
    position = torch.from_numpy(weights.position[: ids.shape[1]])
    norm = weights.embedding_norm
    return functional.layer_norm(
        word + position,
        (weights.width,),
        torch.from_numpy(norm.weight),
        torch.from_numpy(norm.bias),
        LAYER_NORM_EPS,
    )


def mean_pooled(hidden: Any, mask: Any) -> Any:
    """Unit-length mean of the hidden states of real tokens (the sentence embedding)."""
    weights = mask[..., None].float()
    pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
    return pooled / pooled.norm(dim=-1, keepdim=True).clamp(min=1e-12)

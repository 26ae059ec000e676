"""The MiniLM-L6 weights, read from `model.safetensors` into arrays both backends run on.

Linear weights are stored transposed (`x @ w`) and the query, key and value projections are
fused into one matrix, so each layer starts with a single projection.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float32]

HEADS = 12
# MiniLM-L6's hidden size, and so its sentence embedding's width.
WIDTH = 384
LAYERS = 6
LAYER_NORM_EPS = 1e-12


@dataclass(frozen=True)
class Linear:
    """One dense layer: `x @ weight + bias`, weight shaped (inputs, outputs)."""

    weight: FloatArray
    bias: FloatArray


@dataclass(frozen=True)
class LayerNorm:
    """Scale and shift of one layer normalisation."""

    weight: FloatArray
    bias: FloatArray


@dataclass(frozen=True)
class EncoderLayer:
    """One BERT block: self-attention, then the feed-forward network, each with a norm."""

    qkv: Linear
    attention_out: Linear
    attention_norm: LayerNorm
    up: Linear
    down: Linear
    output_norm: LayerNorm


@dataclass(frozen=True)
class BertWeights:
    """Embedding tables and the six encoder layers."""

    word: FloatArray
    # Position rows with the (only used) token type 0 row already added.
    position: FloatArray
    embedding_norm: LayerNorm
    layers: tuple[EncoderLayer, ...]

    @property
    def width(self) -> int:
        """The hidden size (384)."""
        return int(self.word.shape[1])


def encoder_layer_from(array: Callable[[str, str], FloatArray]) -> EncoderLayer:
    """A layer whose arrays `array(field, "weight" or "bias")` gives, in this module's layout
    (a branch file's, a tuned model's)."""

    def part(field: str) -> Linear | LayerNorm:
        kind = LayerNorm if field.endswith("_norm") else Linear
        weight = np.ascontiguousarray(array(field, "weight"), dtype=np.float32)
        return kind(weight, np.asarray(array(field, "bias"), dtype=np.float32))

    return EncoderLayer(**{field.name: part(field.name) for field in fields(EncoderLayer)})  # type: ignore[arg-type]


@dataclass(frozen=True)
class EncoderBranch:
    """Layers run beside the encoder's own from layer `start` on (a head's tuned copies of
    them, `tuned_branch`): the encoder then returns its own mean-pooled state and each
    branch's, side by side."""

    start: int
    layers: tuple[EncoderLayer, ...]


def unit_blocks(vector: NDArray[Any]) -> FloatArray:
    """`vector` cut into WIDTH-wide blocks (one model's embedding each), each scaled to unit
    length; an all-zero block (a branch not computed) stays zero. Flat, like `vector`."""
    blocks = np.asarray(vector, dtype=np.float32).reshape(-1, WIDTH)
    norms = np.linalg.norm(blocks, axis=1, keepdims=True)
    return np.asarray(blocks / np.where(norms > 0, norms, 1.0), dtype=np.float32).ravel()


def read_safetensors(path: Path) -> dict[str, FloatArray]:
    """Every float32 tensor of a safetensors file, by name."""
    # The format is an 8-byte header length, a JSON header, then raw little-endian tensors.
    with path.open("rb") as handle:
        (header_size,) = struct.unpack("<Q", handle.read(8))
        header: dict[str, Any] = json.loads(handle.read(header_size))
        blob = handle.read()
    tensors: dict[str, FloatArray] = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        array = np.frombuffer(blob, dtype="<f4", count=(end - start) // 4, offset=start)
        tensors[name] = array.reshape(meta["shape"]).astype(np.float32)
    return tensors


def load_bert_weights(path: Path) -> BertWeights:
    """The weights of `model.safetensors`, arranged for `x @ w` and a fused QKV projection."""
    raw = read_safetensors(path)
    return BertWeights(
        word=raw["embeddings.word_embeddings.weight"],
        position=raw["embeddings.position_embeddings.weight"]
        + raw["embeddings.token_type_embeddings.weight"][0],
        embedding_norm=LayerNorm(
            raw["embeddings.LayerNorm.weight"], raw["embeddings.LayerNorm.bias"]
        ),
        layers=tuple(_layer(raw, f"encoder.layer.{i}.") for i in range(LAYERS)),
    )


def _linear(raw: dict[str, FloatArray], prefix: str) -> Linear:
    return Linear(np.ascontiguousarray(raw[f"{prefix}.weight"].T), raw[f"{prefix}.bias"])


def _norm(raw: dict[str, FloatArray], prefix: str) -> LayerNorm:
    return LayerNorm(raw[f"{prefix}.weight"], raw[f"{prefix}.bias"])


def _layer(raw: dict[str, FloatArray], p: str) -> EncoderLayer:
    names = ("query", "key", "value")
    qkv = Linear(
        np.ascontiguousarray(
            np.concatenate([raw[f"{p}attention.self.{n}.weight"] for n in names]).T
        ),
        np.concatenate([raw[f"{p}attention.self.{n}.bias"] for n in names]),
    )
    return EncoderLayer(
        qkv=qkv,
        attention_out=_linear(raw, f"{p}attention.output.dense"),
        attention_norm=_norm(raw, f"{p}attention.output.LayerNorm"),
        up=_linear(raw, f"{p}intermediate.dense"),
        down=_linear(raw, f"{p}output.dense"),
        output_norm=_norm(raw, f"{p}output.LayerNorm"),
    )

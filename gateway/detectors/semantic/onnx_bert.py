"""The MiniLM encoder on onnxruntime: the graphs of `onnx_graph`, built in memory at start-up."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
from numpy.typing import NDArray

from gateway.detectors.semantic.bert_weights import BertWeights, EncoderBranch, FloatArray
from gateway.detectors.semantic.onnx_graph import (
    HIDDEN,
    INPUT,
    OUTPUT,
    build_branch_graph,
    build_trunk_graph,
    fork_name,
)


def _session(model: onnx.ModelProto) -> ort.InferenceSession:
    options = ort.SessionOptions()
    # One thread per call: detectors already run on the server's worker threads, and a
    # pool per session would fight them (and the upstream proxying) for the same cores.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Nothing is written to disk: the model goes to the session as bytes (~10-90 MB).
    return ort.InferenceSession(
        model.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )


class OnnxBert:
    """Mean of the last hidden states of one token sequence, and of the branches asked for,
    computed by onnxruntime: one session for the shared layers, one for each branch."""

    def __init__(
        self,
        weights: BertWeights,
        weight_range: int | None = 127,
        branches: tuple[EncoderBranch, ...] = (),
    ) -> None:
        # int8 weights up to `weight_range` (127, or 63: seven bits, cpu_support); None: fp32.
        if weight_range is None:
            self.name = "onnxruntime-fp32"
        else:
            self.name = "onnxruntime-int8" if weight_range == 127 else "onnxruntime-int7"
        forks = tuple(sorted({branch.start for branch in branches}))
        self._trunk = _session(build_trunk_graph(weights, weight_range, forks))
        self._forks = [fork_name(start) for start in forks]
        width = weights.width
        self._branches = [
            (fork_name(branch.start), _session(build_branch_graph(branch, width, weight_range)))
            for branch in branches
        ]

    def pooled(self, ids: NDArray[np.int64], branches: tuple[int, ...] = ()) -> FloatArray:
        """The mean-pooled last hidden state (not normalised) of one sequence of token ids,
        then that of each branch whose index is in `branches`, in that order."""
        fetch = [OUTPUT, *(self._forks if branches else ())]
        pooled, *states = self._trunk.run(fetch, {INPUT: ids})
        forked = dict(zip(self._forks, states, strict=False))
        parts = [pooled]
        for index in branches:
            fork, session = self._branches[index]
            parts.append(session.run([OUTPUT], {HIDDEN: forked[fork]})[0])
        return np.concatenate(parts).astype(np.float32, copy=False)

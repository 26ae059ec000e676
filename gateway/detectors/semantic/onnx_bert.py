"""The MiniLM encoder on onnxruntime: the graph of `onnx_graph`, built in memory at start-up."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray

from gateway.detectors.semantic.bert_weights import BertWeights, EncoderBranch, FloatArray
from gateway.detectors.semantic.onnx_graph import INPUT, build_encoder_graph


class OnnxBert:
    """Mean of the last hidden states of one token sequence, computed by onnxruntime."""

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
        options = ort.SessionOptions()
        # One thread per call: detectors already run on the server's worker threads, and a
        # pool per session would fight them (and the upstream proxying) for the same cores.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Nothing is written to disk: the model goes to the session as bytes (~40-90 MB).
        model = build_encoder_graph(weights, weight_range, branches).SerializeToString()
        self._session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])

    def pooled(self, ids: NDArray[np.int64]) -> FloatArray:
        """The mean-pooled last hidden state (not normalised) of one sequence of token ids,
        then each branch's."""
        (pooled,) = self._session.run(None, {INPUT: ids})
        return np.asarray(pooled, dtype=np.float32)

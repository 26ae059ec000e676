"""Builds the MiniLM encoder as an ONNX graph from the safetensors weights, optionally int8.

There is no exported `.onnx` file to ship or download: the graph is written here with
`onnx.helper` from the same arrays the numpy backend runs. Token ids in, the mean of the last
hidden states out (the trunk); each head's tuned branch is a graph of its own, so that it runs
only when a head reading it is asked (onnxruntime's inference builds run every node of a
graph, whatever outputs are fetched). Only standard opset-17 operators are used; onnxruntime's
optimiser fuses them (LayerNorm, GELU, the quantised MatMul chains) when a session is created.
"""

from __future__ import annotations

import math
from itertools import count
from typing import Any

import numpy as np
import onnx
from numpy.typing import NDArray
from onnx import TensorProto, helper, numpy_helper

from gateway.detectors.semantic.bert_weights import (
    HEADS,
    LAYER_NORM_EPS,
    BertWeights,
    EncoderBranch,
    EncoderLayer,
    FloatArray,
    LayerNorm,
    Linear,
)

OPSET = 17
INPUT = "input_ids"
OUTPUT = "pooled"
# A branch graph's input: the shared layers' hidden states where the branch forks.
HIDDEN = "hidden"


class _GraphWriter:
    """Collects nodes and constant tensors under unique names while the graph is written."""

    def __init__(self, weight_range: int | None) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.constants: list[onnx.TensorProto] = []
        self._weight_range = weight_range
        self._ids = count()

    def constant(self, value: NDArray[Any], hint: str) -> str:
        name = f"{hint}_{next(self._ids)}"
        self.constants.append(numpy_helper.from_array(value, name))
        return name

    def op(self, op_type: str, *inputs: str, outputs: int = 1, **attributes: Any) -> list[str]:
        names = [f"{op_type.lower()}_{next(self._ids)}" for _ in range(outputs)]
        self.nodes.append(helper.make_node(op_type, list(inputs), names, **attributes))
        return names

    def linear(self, x: str, layer: Linear, hint: str) -> str:
        bias = self.constant(layer.bias, f"{hint}_b")
        if self._weight_range is None:
            (product,) = self.op("MatMul", x, self.constant(layer.weight, f"{hint}_w"))
            return self.op("Add", product, bias)[0]
        # Weights: symmetric int8 with one scale per output column (zero point 0), as wide as
        # the CPU multiplies exactly (cpu_support). Inputs are quantised per call to uint8;
        # onnxruntime fuses this chain into one DynamicQuantizeMatMul kernel.
        weight, scale = quantize_columns(layer.weight, self._weight_range)
        xq, x_scale, x_zero = self.op("DynamicQuantizeLinear", x, outputs=3)
        (product,) = self.op("MatMulInteger", xq, self.constant(weight, f"{hint}_wq"), x_zero)
        (product,) = self.op("Cast", product, to=TensorProto.FLOAT)
        (scales,) = self.op("Mul", x_scale, self.constant(scale, f"{hint}_scale"))
        (product,) = self.op("Mul", product, scales)
        return self.op("Add", product, bias)[0]

    def layer_norm(self, x: str, norm: LayerNorm, hint: str) -> str:
        weight = self.constant(norm.weight, f"{hint}_g")
        bias = self.constant(norm.bias, f"{hint}_b")
        return self.op("LayerNormalization", x, weight, bias, axis=-1, epsilon=LAYER_NORM_EPS)[0]

    def gelu(self, x: str) -> str:
        # The erf form the model was trained with, in the shape the optimiser fuses into Gelu.
        (scaled,) = self.op("Div", x, self.constant(np.array(math.sqrt(2.0), np.float32), "sqrt2"))
        (erf,) = self.op("Erf", scaled)
        (shifted,) = self.op("Add", erf, self.constant(np.array(1.0, np.float32), "one"))
        (product,) = self.op("Mul", x, shifted)
        return self.op("Mul", product, self.constant(np.array(0.5, np.float32), "half"))[0]


def quantize_columns(
    weight: FloatArray, weight_range: int = 127
) -> tuple[NDArray[np.int8], FloatArray]:
    """Symmetric int8 weights in [-weight_range, weight_range], one float scale per column."""
    scale = np.abs(weight).max(axis=0) / np.float32(weight_range)
    scale = np.where(scale > 0, scale, np.float32(1.0)).astype(np.float32)
    quantized = np.clip(np.rint(weight / scale), -weight_range, weight_range).astype(np.int8)
    return quantized, scale


def _scaled_queries(layer: Linear, width: int) -> Linear:
    # Folding attention's 1/sqrt(head size) into the query columns saves one op per layer.
    factor = np.ones(3 * width, dtype=np.float32)
    factor[:width] = 1.0 / math.sqrt(width // HEADS)
    return Linear(layer.weight * factor, layer.bias * factor)


def _encoder_layer(g: _GraphWriter, x: str, layer: EncoderLayer, width: int, i: int) -> str:
    size = width // HEADS
    qkv = g.linear(x, _scaled_queries(layer.qkv, width), f"l{i}_qkv")
    splits = g.constant(np.array([width] * 3, dtype=np.int64), "qkv_split")
    q, k, v = g.op("Split", qkv, splits, outputs=3, axis=1)
    heads = g.constant(np.array([-1, HEADS, size], dtype=np.int64), "heads_shape")
    # (tokens, heads, size) -> (heads, tokens, size); keys go to (heads, size, tokens).
    (q,) = g.op("Transpose", g.op("Reshape", q, heads)[0], perm=[1, 0, 2])
    (k,) = g.op("Transpose", g.op("Reshape", k, heads)[0], perm=[1, 2, 0])
    (v,) = g.op("Transpose", g.op("Reshape", v, heads)[0], perm=[1, 0, 2])
    (probs,) = g.op("Softmax", g.op("MatMul", q, k)[0], axis=-1)
    (context,) = g.op("Transpose", g.op("MatMul", probs, v)[0], perm=[1, 0, 2])
    flat = g.constant(np.array([-1, width], dtype=np.int64), "flat_shape")
    (context,) = g.op("Reshape", context, flat)
    attended = g.linear(context, layer.attention_out, f"l{i}_out")
    x = g.layer_norm(g.op("Add", x, attended)[0], layer.attention_norm, f"l{i}_ln1")
    up = g.gelu(g.linear(x, layer.up, f"l{i}_up"))
    down = g.linear(up, layer.down, f"l{i}_down")
    return g.layer_norm(g.op("Add", x, down)[0], layer.output_norm, f"l{i}_ln2")


def _model(
    g: _GraphWriter, name: str, inputs: list[onnx.ValueInfoProto], outputs: list[str], width: int
) -> onnx.ModelProto:
    graph = helper.make_graph(
        g.nodes,
        name,
        inputs,
        [helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, [width])]
        + [helper.make_tensor_value_info(o, TensorProto.FLOAT, ["tokens", width]) for o in outputs],
        initializer=g.constants,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])


def build_trunk_graph(
    weights: BertWeights, weight_range: int | None, forks: tuple[int, ...] = ()
) -> onnx.ModelProto:
    """The encoder as an ONNX model: `input_ids` (tokens,) int64 -> `pooled`, the mean of
    the last hidden states (width,), and `fork_<i>`, the hidden states entering layer i, for
    each i in `forks` (where branches start); int8 linear layers with weights up to
    `weight_range`, or fp32 ones when it is None."""
    g = _GraphWriter(weight_range)
    width = weights.width
    (words,) = g.op("Gather", g.constant(weights.word, "word_embeddings"), INPUT)
    (length,) = g.op("Shape", INPUT)
    zero = g.constant(np.array([0], dtype=np.int64), "zero")
    (positions,) = g.op("Slice", g.constant(weights.position, "position_embeddings"), zero, length)
    hidden = g.layer_norm(g.op("Add", words, positions)[0], weights.embedding_norm, "embed_ln")
    for i, layer in enumerate(weights.layers):
        if i in forks:
            g.nodes.append(helper.make_node("Identity", [hidden], [fork_name(i)]))
        hidden = _encoder_layer(g, hidden, layer, width, i)
    g.nodes.append(helper.make_node("ReduceMean", [hidden], [OUTPUT], axes=[0], keepdims=0))
    ids = helper.make_tensor_value_info(INPUT, TensorProto.INT64, ["tokens"])
    return _model(g, "minilm_l6_trunk", [ids], [fork_name(i) for i in sorted(forks)], width)


def build_branch_graph(
    branch: EncoderBranch, width: int, weight_range: int | None
) -> onnx.ModelProto:
    """A branch's layers as an ONNX model: `hidden` (tokens, width), the shared layers' state
    where the branch forks -> `pooled`, the mean of the branch's last hidden states."""
    g = _GraphWriter(weight_range)
    hidden = HIDDEN
    for offset, layer in enumerate(branch.layers):
        hidden = _encoder_layer(g, hidden, layer, width, branch.start + offset)
    g.nodes.append(helper.make_node("ReduceMean", [hidden], [OUTPUT], axes=[0], keepdims=0))
    state = helper.make_tensor_value_info(HIDDEN, TensorProto.FLOAT, ["tokens", width])
    return _model(g, "minilm_l6_branch", [state], [], width)


def fork_name(layer: int) -> str:
    """The trunk graph's output holding the hidden states that enter `layer`."""
    return f"fork_{layer}"

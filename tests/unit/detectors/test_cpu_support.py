"""int8 MiniLM weights are as wide as the CPU multiplies without saturating."""

from __future__ import annotations

import platform
from pathlib import Path

import numpy as np
import pytest

from gateway.detectors.semantic.cpu_support import FULL_RANGE, REDUCED_RANGE, int8_weight_range
from gateway.detectors.semantic.onnx_graph import quantize_columns


@pytest.mark.parametrize(
    ("flags", "weight_range"),
    [
        ("fpu sse2 avx2 fma avx512f avx512_vnni", 127),
        ("fpu sse2 avx2 fma avx_vnni", 127),
        ("fpu sse2 avx2 fma avx512f", 63),
        ("fpu sse2 avx2 fma", 63),
    ],
)
def test_x86_without_vnni_gets_seven_bit_weights(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: str, weight_range: int
) -> None:
    """On x86, VNNI decides between eight-bit and seven-bit weights."""
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nflags\t\t: {flags}\n", encoding="utf-8")
    assert int8_weight_range(cpuinfo) == weight_range


def test_unreadable_cpuinfo_on_x86_gets_the_safe_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the flags cannot be read, the range that cannot saturate is used."""
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    assert int8_weight_range(tmp_path / "missing") == REDUCED_RANGE


def test_arm_gets_the_full_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ARM's int8 dot products widen to 32 bits and do not saturate."""
    monkeypatch.setattr(platform, "machine", lambda: "aarch64")
    assert int8_weight_range(tmp_path / "missing") == FULL_RANGE


def test_seven_bit_weights_cannot_overflow_a_pair_of_products() -> None:
    """The widest pair VPMADDUBSW adds (two uint8 inputs of 255 times two weights) fits int16
    with seven-bit weights and not with eight-bit ones."""
    weights = np.random.default_rng(0).normal(size=(384, 64)).astype(np.float32)
    for weight_range, fits in ((REDUCED_RANGE, True), (FULL_RANGE, False)):
        quantized, _ = quantize_columns(weights, weight_range)
        widest_pair = 2 * 255 * int(np.abs(quantized.astype(np.int32)).max())
        assert (widest_pair <= np.iinfo(np.int16).max) is fits

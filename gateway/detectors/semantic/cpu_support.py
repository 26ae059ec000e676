"""How wide int8 weights may be for onnxruntime's quantised kernels to multiply exactly here."""

from __future__ import annotations

import platform
from pathlib import Path

_VNNI_FLAGS = frozenset({"avx512_vnni", "avx_vnni"})
FULL_RANGE = 127
# Without VNNI, x86 multiplies u8 x s8 with VPMADDUBSW, which adds two products into a
# saturating int16: 2 x 255 x 127 overflows it, 2 x 255 x 63 = 32,130 does not. Seven-bit
# weights are exact there (onnxruntime's own quantiser calls this `reduce_range`).
REDUCED_RANGE = 63


def int8_weight_range(cpuinfo: Path = Path("/proc/cpuinfo")) -> int:
    """The largest int8 weight magnitude this CPU multiplies without saturating: 127 with VNNI
    or on other architectures (ARM's dot products widen to 32 bits), 63 on x86 without VNNI
    or when the flags cannot be read."""
    if platform.machine().lower() not in ("x86_64", "amd64", "i686", "x86"):
        return FULL_RANGE
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return REDUCED_RANGE
    for line in text.splitlines():
        if line.startswith("flags"):
            flags = line.split(":", 1)[-1].split()
            return REDUCED_RANGE if _VNNI_FLAGS.isdisjoint(flags) else FULL_RANGE
    return REDUCED_RANGE

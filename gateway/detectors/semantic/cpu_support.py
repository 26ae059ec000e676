"""Whether this CPU multiplies int8 exactly in onnxruntime's quantised kernels."""

from __future__ import annotations

import platform
from pathlib import Path

_VNNI_FLAGS = frozenset({"avx512_vnni", "avx_vnni"})


def int8_is_exact(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """False on x86 CPUs without VNNI, where onnxruntime's u8 x s8 kernel (VPMADDUBSW) can
    saturate its 16-bit sums and drift the embeddings; True elsewhere (VNNI, ARM's dot
    products). Unknown x86 CPUs count as inexact: the fp32 graph is the safe choice."""
    if platform.machine().lower() not in ("x86_64", "amd64", "i686", "x86"):
        return True
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        if line.startswith("flags"):
            return not _VNNI_FLAGS.isdisjoint(line.split(":", 1)[-1].split())
    return False

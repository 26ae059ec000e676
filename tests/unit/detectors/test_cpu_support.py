"""int8 MiniLM only where the CPU multiplies int8 exactly."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from gateway.detectors.semantic.cpu_support import int8_is_exact


@pytest.mark.parametrize(
    ("flags", "exact"),
    [
        ("fpu sse2 avx2 fma avx512f avx512_vnni", True),
        ("fpu sse2 avx2 fma avx_vnni", True),
        ("fpu sse2 avx2 fma avx512f", False),
    ],
)
def test_x86_needs_vnni(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: str, exact: bool
) -> None:
    """On x86, VNNI decides; without it the fp32 graph is used."""
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nflags\t\t: {flags}\n", encoding="utf-8")
    assert int8_is_exact(cpuinfo) is exact


def test_unreadable_cpuinfo_on_x86_is_inexact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the flags cannot be read, int8 is not trusted."""
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    assert int8_is_exact(tmp_path / "missing") is False


def test_arm_is_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ARM's int8 dot products do not saturate."""
    monkeypatch.setattr(platform, "machine", lambda: "aarch64")
    assert int8_is_exact(tmp_path / "missing") is True

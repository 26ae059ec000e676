"""Profiles written inline for inspection tests, so they do not depend on policies/."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.inspection_profile import InspectionProfile, load_inspection_profiles

PROFILE_YAML = """
profiles:
  base:
    detectors:
      pii: {}
      secrets: {}
      words: {kind: denylist, options: {terms: [forbidden]}}
    input: [pii, secrets, words]
    output: [pii, secrets, words]
    rules:
      - {id: secret-redact, categories: ["secret.*"], min_score: 0.5, action: redact}
      - {id: pii-redact, categories: ["pii.*"], min_score: 0.5, action: redact}
      - {id: words-block, categories: [denylist], action: block, stages: [output]}
      - {id: words-flag, categories: [denylist], action: flag, stages: [input]}
"""


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    """A small inspection.yaml with one profile named `base`."""
    path = tmp_path / "inspection.yaml"
    path.write_text(PROFILE_YAML, encoding="utf-8")
    return path


@pytest.fixture
def base_profile(profile_file: Path) -> InspectionProfile:
    """The `base` profile: PII and secrets redacted, a deny-listed word blocks outputs."""
    return load_inspection_profiles(profile_file)["base"]

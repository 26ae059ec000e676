"""Writing policy directories for tests that need models the shipped catalogue lacks."""

from __future__ import annotations

import shutil
from pathlib import Path

from gateway.settings import PACKAGE_POLICIES


def policies_with_models(directory: Path, models_yaml: str) -> Path:
    """A copy of the shipped policies with `models.yaml` replaced."""
    shutil.copytree(PACKAGE_POLICIES, directory, dirs_exist_ok=True)
    (directory / "models.yaml").write_text(models_yaml)
    return directory


def policies_with_tiers(directory: Path, tiers_yaml: str) -> Path:
    """A copy of the shipped policies with `tiers.yaml` replaced."""
    shutil.copytree(PACKAGE_POLICIES, directory, dirs_exist_ok=True)
    (directory / "tiers.yaml").write_text(tiers_yaml)
    return directory

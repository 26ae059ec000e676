"""What a model's effective state means for callers, in one word the UI and the CLI share."""

from __future__ import annotations

from typing import Literal

ModelStatus = Literal["serving", "deprecated", "retired", "disabled"]


def model_status(stage: str, disabled: bool) -> ModelStatus:
    """`disabled` (kill switch, 503), `retired` (410), `deprecated` (still answers), `serving`."""
    if disabled:
        return "disabled"
    if stage == "retired":
        return "retired"
    if stage == "deprecated":
        return "deprecated"
    return "serving"

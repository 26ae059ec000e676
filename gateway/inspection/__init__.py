"""Running a profile's detectors over text: whole texts, redaction, and streamed answers."""

from gateway.inspection.inspector import Inspector
from gateway.inspection.redaction import redact
from gateway.inspection.stream_guard import GuardStep, StreamGuard

__all__ = ["GuardStep", "Inspector", "StreamGuard", "redact"]

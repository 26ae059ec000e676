"""Ordinary prompts in French, Spanish, German, Portuguese, Chinese and Japanese, written for
ModelGate as negatives for the harm head (training only; `head_features.training_exemplars`).

The corpus's foreign prompt rows are nearly all harmful (French 300 of 346, Chinese 100 of
106), so the lexical head learnt the languages' function words as harm and refused ordinary
French prompts. The held-out counterpart is `policies/tests/everyday_foreign.yaml`, written
separately and never trained on.
"""

from __future__ import annotations

from gateway.evaluation.everyday_prompts.chinese import CHINESE
from gateway.evaluation.everyday_prompts.french import FRENCH
from gateway.evaluation.everyday_prompts.german import GERMAN
from gateway.evaluation.everyday_prompts.japanese import JAPANESE
from gateway.evaluation.everyday_prompts.portuguese import PORTUGUESE
from gateway.evaluation.everyday_prompts.spanish import SPANISH

__all__ = ["EVERYDAY_PROMPTS"]

EVERYDAY_PROMPTS: tuple[str, ...] = FRENCH + SPANISH + GERMAN + PORTUGUESE + CHINESE + JAPANESE

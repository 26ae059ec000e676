"""What the harm head for foreign text learns from, and which rows it reads (training only).

The rows and exemplars of the shipped lexical harm head plus the ordinary prompts in six
languages (`everyday_prompts`); it reads the rows that both language tests call foreign, as
the cascade does (`detectors/learned/foreign_heads`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.learned.foreign_text import mostly_foreign
from gateway.detectors.written_language import surely_not_english
from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.cross_source import HeadFeatures, leave_one_source_out
from gateway.evaluation.everyday_prompts import EVERYDAY_PROMPTS
from gateway.evaluation.head_data import HEADS
from gateway.evaluation.head_features import build_features
from gateway.evaluation.train_heads import MAX_TOKENS

FOREIGN_HEAD = "harm_request"
LEXICAL = {"lexical": ("lexical",)}


def lexical_features(rows: Sequence[LabelledRow], extra_negatives: Sequence[str]) -> HeadFeatures:
    """The harm head's lexical features: rows, exemplars plus `extra_negatives`, readings."""
    return build_features(FOREIGN_HEAD, rows, MAX_TOKENS, extra_negatives, ("lexical",))


def foreign_rows(rows: Sequence[LabelledRow]) -> NDArray[np.bool_]:
    """Which rows the cascade scores with the foreign head."""
    return np.asarray([mostly_foreign(row.text) and surely_not_english(row.text) for row in rows])


def held_out_margins(
    rows: Sequence[LabelledRow], extra_negatives: Sequence[str] = EVERYDAY_PROMPTS
) -> NDArray[np.float64]:
    """Every row's lexical margin from a model of the foreign recipe that never saw its
    source group (`cross_source.leave_one_source_out`)."""
    features = lexical_features(rows, extra_negatives)
    return leave_one_source_out(rows, features, LEXICAL, HEADS[FOREIGN_HEAD])["lexical"]

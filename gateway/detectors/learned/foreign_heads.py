"""The harm head for text in another language than English.

The corpus's prompts in French and Chinese are nearly all harmful (French 300 of 346, Chinese
100 of 106), so the shipped lexical head learnt those languages' function words as harm and
refused ordinary French prompts ("Comment réussir une blanquette de veau ?"). Retrained with
ordinary prompts in six languages (`evaluation/everyday_prompts`), the head's English side
moved too: with many easy negatives its intercept fell and the hazard words rose, so English
homonyms ("murder the weeds", "force kill a container") were refused. The retrained head is
therefore kept apart and read only for foreign text; English keeps the shipped head.

Foreign means both tests: `foreign_text.mostly_foreign` (the cascade's own) and the language
identifier's (`written_language`). The first alone takes English drawn in box characters
(six of PyRIT's jailbreak templates) for foreign, and English belongs to the shipped head.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.learned.foreign_text import mostly_foreign
from gateway.detectors.learned.heads import LinearHeads, shared_heads
from gateway.detectors.written_language import identifier, surely_not_english

WEIGHTS = Path(__file__).with_name("lexical_foreign_heads.npz")


class ForeignHeads:
    """Swaps the shipped heads' logits for the foreign heads' on a foreign text."""

    def __init__(self, shipped: LinearHeads, foreign: LinearHeads) -> None:
        self._columns = np.asarray([shipped.names.index(name) for name in foreign.names])
        self._foreign = foreign
        # A foreign logit moved to the shipped head's scale: the same distance from the
        # shipped threshold as from its own, so `shipped.calibrated` gives the foreign score.
        self._shift = shipped.thresholds[self._columns] - foreign.thresholds

    @classmethod
    def shipped_with(cls, shipped: LinearHeads, path: Path = WEIGHTS) -> ForeignHeads:
        """The foreign heads the package ships, for the lexical heads `shipped`."""
        identifier()  # read its model now, not on the first foreign request
        return cls(shipped, shared_heads(path))

    def logits(
        self,
        text: str,
        ids: NDArray[np.int64],
        values: NDArray[np.float32],
        logits: NDArray[np.float32],
    ) -> NDArray[np.float32]:
        """`logits` (the shipped heads' raw logits of `text`), with the foreign heads' in
        their columns when both tests call `text` foreign."""
        # The identifier first: plain English is told from three common words, and mostly_foreign
        # reads 2,000 characters (0.17 ms a kilobyte).
        if not (surely_not_english(text) and mostly_foreign(text)):
            return logits
        swapped = logits.copy()
        swapped[self._columns] = self._foreign.logits_sparse(ids, values) + self._shift
        return swapped

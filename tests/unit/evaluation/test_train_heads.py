"""`train_heads --heads`: one head is retrained, the others keep their shipped columns."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from gateway.detectors.learned import lexical
from gateway.detectors.learned.heads import LinearHeads
from gateway.detectors.semantic import detector as semantic
from gateway.evaluation.train_heads import train


def _toxicity_corpus(folder: Path) -> None:
    """Four sources of insults and friendly lines, enough for folds by source (and no row a
    near copy of another source's)."""
    folder.mkdir()
    rows = [
        {"text": f"{source}{i} says {word} {source}{i}", "label": label, "source": source,
         "license": "MIT"}
        for source in "abcd"
        for i in range(12)
        for word, label in (("you worthless idiot", 1), ("have a nice day", 0))
    ]  # fmt: skip
    (folder / "toxicity.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_retraining_one_head_keeps_every_other_column(tmp_path: Path) -> None:
    lexical_path = tmp_path / "lexical_heads.npz"
    semantic_path = tmp_path / "minilm_heads.npz"
    shutil.copy(lexical.WEIGHTS, lexical_path)
    shutil.copy(semantic.WEIGHTS, semantic_path)
    _toxicity_corpus(tmp_path / "data")

    train([tmp_path / "data"], ("toxicity",), lexical_path, semantic_path)

    for shipped, written in ((lexical.WEIGHTS, lexical_path), (semantic.WEIGHTS, semantic_path)):
        before, after = LinearHeads.load(shipped), LinearHeads.load(written)
        assert after.names == before.names
        column = before.names.index("toxicity")
        others = [i for i in range(len(before.names)) if i != column]
        # The sparse file keeps a feature's row while any head weighs it above 1e-4, so a
        # row only the retrained head kept may drop the others' values below that.
        assert np.abs(after.weights[:, others] - before.weights[:, others]).max() <= 1e-4
        assert np.array_equal(after.thresholds[others], before.thresholds[others])
        assert np.array_equal(after.bias[others], before.bias[others])
        assert not np.array_equal(after.weights[:, column], before.weights[:, column])
    before_blend = LinearHeads.load(semantic.WEIGHTS).blend_thresholds
    after_blend = LinearHeads.load(semantic_path).blend_thresholds
    assert before_blend is not None
    assert after_blend is not None
    assert np.array_equal(np.delete(after_blend, 4), np.delete(before_blend, 4))

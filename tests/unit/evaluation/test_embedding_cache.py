"""The training embeddings cache: embedded by several processes, extended by several at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gateway.evaluation import embedding_cache

pytest.importorskip("tokenizers")

TEXTS = [f"Sentence number {i} about {topic}." for i in range(6) for topic in ("tea", "rain")]

# One process of `make eval --jobs`: embeds its texts one at a time, writing after each.
_WRITER = """
import sys
from pathlib import Path
from gateway.evaluation import embedding_cache as cache
cache.BATCH = cache.SAVE_EVERY = 1
texts = [f"{sys.argv[2]} text {i}" for i in range(12)]
cache.embed_all(texts, 48, folder=Path(sys.argv[1]), progress=False)
"""


def _cached_keys(folder: Path) -> int:
    with np.load(folder / "minilm-48-fp32.npz") as data:
        return len(data["keys"])


def test_two_processes_extending_one_cache_keep_each_others_vectors(tmp_path: Path) -> None:
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), name])
        for name in ("first", "second")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    assert _cached_keys(tmp_path) == 24


def test_worker_processes_give_each_text_its_own_vector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = embedding_cache.embed_all(TEXTS, 48, folder=tmp_path / "alone", progress=False)
    monkeypatch.setattr(embedding_cache, "BATCH", 5)
    shared = embedding_cache.embed_all(
        [*TEXTS, TEXTS[0]], 48, folder=tmp_path / "shared", progress=False, workers=2
    )
    np.testing.assert_allclose(shared[:-1], alone, atol=1e-6)
    np.testing.assert_allclose(shared[-1], alone[0], atol=1e-6)
    assert _cached_keys(tmp_path / "shared") == len(TEXTS)

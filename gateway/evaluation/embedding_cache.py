"""MiniLM embeddings of training texts, computed once and kept on disk between training runs.

Embedding the whole corpus takes minutes on one core; leave-one-source-out trains dozens of
models on the same vectors, so they are cached by text digest under `.cache/embeddings/`
(outside the package, never shipped).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

CACHE = Path(".cache") / "embeddings"


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def embed_all(
    texts: Sequence[str], max_tokens: int, folder: Path = CACHE, progress: bool = True
) -> NDArray[np.float32]:
    """One unit-length embedding per text, reading and extending the on-disk cache."""
    from gateway.detectors.semantic.minilm import MiniLmEncoder

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"minilm-{max_tokens}-fp32.npz"
    known: dict[str, NDArray[np.float32]] = {}
    if path.is_file():
        with np.load(path, allow_pickle=False) as data:
            known = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [_digest(text) for text in texts]
    missing = [i for i, key in enumerate(keys) if key not in known]
    if missing:
        # The fp32 reference, not this CPU's int8 graph: the heads trained on these vectors
        # are shipped to every CPU, and each backend approximates the reference.
        encoder = MiniLmEncoder(max_tokens=max_tokens, cache_size=1, backend="reference")
        for done, i in enumerate(missing, start=1):
            known[keys[i]] = encoder.encode(texts[i])
            if progress and done % 2000 == 0:
                print(f"  embedded {done}/{len(missing)}", flush=True)
                _save(path, known)
        _save(path, known)
    return np.vstack([known[key] for key in keys]).astype(np.float32)


def _save(path: Path, known: dict[str, NDArray[np.float32]]) -> None:
    keys = np.asarray(list(known))
    vectors = np.vstack(list(known.values())).astype(np.float32)
    temporary = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
    np.savez(temporary, keys=keys, vectors=vectors)
    temporary.replace(path)

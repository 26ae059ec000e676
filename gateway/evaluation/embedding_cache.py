"""MiniLM embeddings of training texts, computed once and kept on disk between training runs.

Embedding the whole corpus takes minutes on one core; leave-one-source-out trains dozens of
models on the same vectors, so they are cached by text digest under `.cache/embeddings/`
(outside the package, never shipped). Missing texts may be embedded by several worker
processes, and several processes (`make eval --jobs`) may extend the same cache: a write
merges with what is on disk under a file lock, so no writer drops another's vectors.
"""

from __future__ import annotations

import fcntl
import hashlib
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from gateway.detectors.semantic.minilm import MiniLmEncoder

CACHE = Path(".cache") / "embeddings"
Vectors = dict[str, NDArray[np.float32]]
# Texts per worker task, and how many are embedded between two writes of the cache (a write
# costs about a second at corpus size, and an interrupted run keeps what it had written).
BATCH = 250
SAVE_EVERY = 2000


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def embed_all(
    texts: Sequence[str],
    max_tokens: int,
    folder: Path = CACHE,
    progress: bool = True,
    workers: int = 1,
) -> NDArray[np.float32]:
    """One unit-length embedding per text, reading and extending the on-disk cache; texts not
    yet cached are embedded by `workers` processes."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"minilm-{max_tokens}-fp32.npz"
    known = _load(path)
    keys = [_digest(text) for text in texts]
    missing = sorted({key: i for i, key in enumerate(keys) if key not in known}.values())
    if missing:
        fresh: Vectors = {}
        batches = [
            [texts[i] for i in missing[start : start + BATCH]]
            for start in range(0, len(missing), BATCH)
        ]
        unsaved = 0
        for batch, vectors in zip(batches, _embedded(batches, max_tokens, workers), strict=True):
            fresh.update(zip((_digest(text) for text in batch), vectors, strict=True))
            unsaved += len(batch)
            if unsaved >= SAVE_EVERY:
                if progress:
                    print(f"  embedded {len(fresh)}/{len(missing)}", flush=True)
                known = _merge_into(path, fresh)
                unsaved = 0
        known = _merge_into(path, fresh)
    return np.vstack([known[key] for key in keys]).astype(np.float32)


def _embedded(
    batches: list[list[str]], max_tokens: int, workers: int
) -> Iterator[list[NDArray[np.float32]]]:
    """Each batch's vectors, in order."""
    if workers <= 1 or len(batches) == 1:
        for batch in batches:
            yield _embed_batch(batch, max_tokens)
        return
    # Spawned, not forked: a fork of a process whose BLAS threads are running may hang.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_embed_batch, batches, [max_tokens] * len(batches))


_ENCODERS: dict[int, MiniLmEncoder] = {}


def _embed_batch(batch: list[str], max_tokens: int) -> list[NDArray[np.float32]]:
    from gateway.detectors.semantic.minilm import MiniLmEncoder

    if max_tokens not in _ENCODERS:
        # The fp32 reference, not this CPU's int8 graph: the heads trained on these vectors
        # are shipped to every CPU, and each backend approximates the reference.
        _ENCODERS[max_tokens] = MiniLmEncoder(
            max_tokens=max_tokens, cache_size=1, backend="reference"
        )
    encoder = _ENCODERS[max_tokens]
    return [encoder.encode(text) for text in batch]


def _load(path: Path) -> Vectors:
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as data:
        return dict(zip(data["keys"].tolist(), data["vectors"], strict=True))


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.with_name(f"{path.name}.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _merge_into(path: Path, fresh: Vectors) -> Vectors:
    """Write what is on disk now plus `fresh`, and return it: another process may have added
    vectors since this one read the file."""
    with _locked(path):
        known = _load(path)
        known.update(fresh)
        keys = np.asarray(list(known))
        vectors = np.vstack(list(known.values())).astype(np.float32)
        temporary = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(temporary, keys=keys, vectors=vectors)
        temporary.replace(path)
    return known

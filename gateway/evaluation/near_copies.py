"""Rows of different sources that are copies of one text (training only).

Public sets borrow from each other: PyRIT's jailbreak templates are largely the in-the-wild
prompts, GPTFuzz's templates are PyRIT's, garak's WHOIS probe fills its latent-injection
templates, and constructed rows reuse another set's answers. Holding a source out while its
copies stay in training scores memory, not generalisation, so leave-one-source-out drops
from training every row that is a near copy of a held-out row.

A near copy: half of the shorter text's five-word shingles are in the other text.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

SHINGLE_WORDS = 5
COVERED = 0.5
_BUCKETS = 1 << 24
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    """Hashed runs of five lowercase words; a shorter text is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode()) % _BUCKETS} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode()) % _BUCKETS
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def near_copies(texts: Sequence[str], groups: Sequence[str]) -> Any:
    """A sparse boolean (rows, rows) matrix: row i's near copies in other groups."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    sets = [shingles(text) for text in texts]
    indptr = np.cumsum([0, *(len(s) for s in sets)])
    indices = np.fromiter((h for s in sets for h in s), np.int64, int(indptr[-1]))
    present = csr_matrix(
        (np.ones(len(indices), np.float32), indices, indptr), shape=(len(texts), _BUCKETS)
    )
    # Shared shingle counts of every pair that shares one; float32 counts are exact here.
    shared = (present @ present.T).tocoo()
    sizes = np.diff(indptr)
    group_ids = np.unique(np.asarray(groups), return_inverse=True)[1]
    smaller = np.minimum(sizes[shared.row], sizes[shared.col])
    keep = (
        (group_ids[shared.row] != group_ids[shared.col])
        & (smaller > 0)
        & (shared.data >= COVERED * smaller)
    )
    return csr_matrix(
        (np.ones(int(keep.sum()), bool), (shared.row[keep], shared.col[keep])),
        shape=(len(texts), len(texts)),
    )


def without_copies_of(
    train: NDArray[np.int64], held: NDArray[np.int64], copies: Any | None
) -> NDArray[np.int64]:
    """`train` less the rows that are near copies of a row in `held`."""
    if copies is None or not len(held):
        return train
    copied = np.unique(copies[held].indices)
    return np.setdiff1d(train, copied) if len(copied) else train

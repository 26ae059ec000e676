"""Hashed word n-gram features: a fixed-size sparse vector from any text, with no vocabulary."""

from __future__ import annotations

import itertools
import re
import zlib

import numpy as np
from numpy.typing import NDArray

BUCKETS = 1 << 20
# Words of 2..20 characters: longer runs are keys, hashes or base64 whose hashed features
# would only add noise (and made private-key blocks look like injections).
_WORD = re.compile(r"(?<![a-z0-9])[a-z0-9]{1,20}(?:'[a-z]+)?(?![a-z0-9])")


def featurize(text: str, max_chars: int = 4000) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
    """Bucket ids and L2-normalised binary weights of the text's word unigrams and bigrams."""
    # Long jailbreak templates say what they are early; the cap keeps cost bounded.
    words = _WORD.findall(text[:max_chars].lower())
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    if not grams:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    # crc32 is stable across processes (str hash is salted) and fast in C.
    ids = np.unique(np.fromiter((zlib.crc32(g.encode()) % BUCKETS for g in grams), np.int64))
    values = np.full(len(ids), 1.0 / np.sqrt(len(ids)), dtype=np.float32)
    return ids, values

"""Content-free fingerprints of prompts: a keyed MinHash, compared slot by slot, and a keyed
tag of the whole text that tells exact copies apart.

A re-spelt retry (leetspeak, spacing, casing, look-alike letters, a few words changed) keeps
most of the prompt's character 4-grams, so most MinHash slots agree; an unrelated prompt
shares few. Only the 64-byte fingerprint is ever stored, with a TTL: the shingles are hashed
with a secret key, so the fingerprint confirms no guess about the text.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from gateway.inspection.canonical_text import canonical

SLOTS = 32
"""MinHash slots; 32 estimate a similarity of 0.5 within about ±0.09."""
SLOT_BYTES = 2
TAG_BYTES = 4
"""A keyed digest of the whole text after the slots: tells a copy from a near-duplicate, since
a one-character change often leaves every MinHash slot as it was."""
FINGERPRINT_BYTES = SLOTS * SLOT_BYTES + TAG_BYTES
SHINGLE = 4
MAX_CHARACTERS = 4096
"""Beyond this the prompt's head decides: enough to tell a retry, bounded in cost."""
_NOT_ALNUM = re.compile(r"[\W_]+")
_MULTIPLIERS_SEED = b"modelgate-risk-minhash"


def _odd_constants(seed: bytes, count: int) -> np.ndarray:
    digest = b"".join(
        hashlib.blake2b(seed + bytes([i]), digest_size=8).digest() for i in range(count)
    )
    values = np.frombuffer(digest, dtype="<u8").copy()
    return values | np.uint64(1)


_MULTIPLIERS = _odd_constants(_MULTIPLIERS_SEED, SLOTS).reshape(SLOTS, 1)
_OFFSETS = _odd_constants(_MULTIPLIERS_SEED + b"+", SLOTS).reshape(SLOTS, 1)


def letters_only(text: str) -> str:
    """The prompt as a reader sees it, lower-cased, with every space and symbol gone."""
    return _NOT_ALNUM.sub("", canonical(text[:MAX_CHARACTERS]).casefold())


class Fingerprinter:
    """Keyed MinHash fingerprints; `key` is a secret shared by every replica."""

    def __init__(self, key: bytes) -> None:
        self._key = hashlib.blake2b(b"risk-fingerprint\x00" + key, digest_size=32).digest()

    def fingerprint(self, text: str) -> bytes:
        """`FINGERPRINT_BYTES` bytes (the slots, then the copy tag); empty for a text without
        letters or digits."""
        letters = letters_only(text)
        if not letters:
            return b""
        shingles = {letters[i : i + SHINGLE] for i in range(max(1, len(letters) - SHINGLE + 1))}
        hashed = np.fromiter(
            (
                int.from_bytes(
                    hashlib.blake2b(s.encode(), key=self._key, digest_size=4).digest(), "little"
                )
                for s in shingles
            ),
            dtype=np.uint64,
            count=len(shingles),
        )
        # Multiply-shift hashing: each slot is one random permutation of the 32-bit hashes;
        # uint64 arithmetic wraps, which is the modulus the scheme wants.
        permuted = (_MULTIPLIERS * hashed + _OFFSETS) >> np.uint64(48)
        slots: bytes = permuted.min(axis=1).astype("<u2").tobytes()
        tag = hashlib.blake2b(letters.encode(), key=self._key, digest_size=TAG_BYTES).digest()
        return slots + tag


def similarity(first: bytes, second: bytes) -> float:
    """The share of slots on which two fingerprints agree (an estimate of their Jaccard)."""
    if len(first) != FINGERPRINT_BYTES or len(second) != FINGERPRINT_BYTES:
        return 0.0
    a = np.frombuffer(first[:-TAG_BYTES], dtype="<u2")
    b = np.frombuffer(second[:-TAG_BYTES], dtype="<u2")
    return float(np.count_nonzero(a == b)) / SLOTS

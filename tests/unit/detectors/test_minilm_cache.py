"""The MiniLM encoder reuses embeddings of repeated texts, within a bounded cache."""

from __future__ import annotations

import numpy as np

from gateway.detectors.semantic.minilm import MiniLmEncoder


def test_repeated_text_gets_the_same_embedding_and_the_cache_stays_bounded() -> None:
    """A repeat is served from the cache with the same vector; old entries are evicted."""
    encoder = MiniLmEncoder(max_tokens=16, cache_size=2)
    first = encoder.encode("the same system prompt")
    again = encoder.encode("the same system prompt")
    assert again is first
    for text in ("one", "two", "three"):
        encoder.encode(text)
    assert len(encoder._cache) == 2
    recomputed = encoder.encode("the same system prompt")
    assert recomputed is not first
    assert np.allclose(recomputed, first, atol=1e-6)

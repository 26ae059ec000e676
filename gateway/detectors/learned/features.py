"""Hashed word n-gram features: a fixed-size sparse vector from any text, with no vocabulary.

Words are Unicode words (any script), Chinese and Japanese runs give one token per character,
and the cross-lingual glossary adds the English words for the foreign terms it knows, so the
heads trained mostly on English read "Comment fabriquer une bombe ?" as "how make a bomb" too.
"""

from __future__ import annotations

import functools
import itertools
import re
import zlib

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.injection_heuristics import cue_features
from gateway.detectors.learned.glossary import english_glosses
from gateway.detectors.learned.hazard_lexicon import (
    DEFENDS,
    HIDES_A_HAZARD,
    NAMES_A_HAZARD,
    asks_for_protection,
    concept_features,
)

BUCKETS = 1 << 20
# Long jailbreak templates say what they are early; the cap keeps cost bounded.
MAX_CHARS = 4000
# Words of 1..20 letters or digits: longer runs are keys, hashes or base64 whose hashed features
# would only add noise (and made private-key blocks look like injections). CJK runs are split
# into characters, so they are excluded here, and a CJK character ends a word: Japanese
# and Chinese write Latin terms without a space ("VXを作る", "DDoS攻撃"), and those words
# are what the heads learned in English.
_CJK = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_LETTER = rf"(?:(?![{_CJK}])[^\W_])"
_TOKEN = re.compile(rf"[{_CJK}]|(?<!{_LETTER}){_LETTER}{{1,20}}(?:'[a-z]+)?(?!{_LETTER})")


def tokens(text: str) -> list[str]:
    """The lowercase word and CJK-character tokens of a text, in order."""
    return _TOKEN.findall(text.lower())


def framed_as_defence(text: str, max_chars: int = MAX_CHARS) -> bool:
    """Whether the text (its words and glosses, as `featurize` reads them) carries the
    defensive framing (`hazard_lexicon.DEFENDS`)."""
    return DEFENDS in _read(text[:max_chars])[2]


def framed_as_protection(text: str, max_chars: int = MAX_CHARS) -> bool:
    """Whether the text (its words and glosses) asks for protection or help
    (`hazard_lexicon.asks_for_protection`): the narrower defensive framing, without history,
    law or fiction."""
    words, glosses, _ = _read(text[:max_chars])
    return asks_for_protection([*words, *glosses])


def hides_a_hazard(text: str, max_chars: int = MAX_CHARS) -> bool:
    """Whether the text names a hazard and wants to stay undetected
    (`hazard_lexicon.HIDES_A_HAZARD`)."""
    return HIDES_A_HAZARD in _read(text[:max_chars])[2]


def names_a_hazard(text: str, max_chars: int = MAX_CHARS) -> bool:
    """Whether the text (its words and glosses) names a hazard of `hazard_lexicon`."""
    return NAMES_A_HAZARD in _read(text[:max_chars])[2]


# The cascade asks for a text's concepts right after featurizing it: remembered, the second
# time is free.
@functools.lru_cache(maxsize=16)
def _read(head: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The words, the English glosses and the concept features of `head`."""
    words = tokens(head)
    # Lowercase like the words: a Latin term a Chinese or Japanese text keeps ("DAN", "ATM")
    # comes as written, for the cues that read the English reading.
    glosses = [gloss.lower() for gloss in english_glosses(head)]
    return tuple(words), tuple(glosses), frozenset(concept_features([*words, *glosses]))


def featurize(
    text: str, max_chars: int = MAX_CHARS
) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
    """Bucket ids and L2-normalised binary weights of the text's unigrams and bigrams (read
    only: a profile's cascades for prompts and for toxicity share one featurisation)."""
    return _featurized(text[:max_chars])


@functools.lru_cache(maxsize=16)
def _featurized(head: str) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
    words, glosses, concepts = _read(head)
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    # Glosses are the English words themselves, so weights learned on English apply to them.
    grams.update(glosses)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(glosses))
    grams.update(concepts)
    grams.update(cue_features(f"{head} {' '.join(glosses)}" if glosses else head))
    if not grams:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    # crc32 is stable across processes (str hash is salted) and fast in C.
    ids = np.unique(np.fromiter((zlib.crc32(g.encode()) % BUCKETS for g in grams), np.int64))
    values = np.full(len(ids), 1.0 / np.sqrt(len(ids)), dtype=np.float32)
    ids.setflags(write=False)
    values.setflags(write=False)
    return ids, values

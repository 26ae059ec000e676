"""Which language a text is written in, for the detectors whose models read English only.

`alt-profanity-check` is a bag of English words: on "Bitte schließ die Tür." it reads the
German article "die" as the English verb and calls the sentence offensive (p .945), so every
German prompt with "die" was flagged under `standard` and refused under `strict`.
`foreign_text.mostly_foreign` cannot tell: it needs eight words to judge a Latin-script text.
py3langid (a maintained fork of langid.py, BSD-3-Clause; its character n-gram model ships in
the wheel, nothing is downloaded) names the language of a short sentence in ~0.05 ms.

It chooses among English and the six languages the glossary reads: a text in another
language is then given the nearest of the seven, usually with less confidence, and stays
with the English models as before.
"""

from __future__ import annotations

import functools
import re
from typing import Final, Protocol

LANGUAGES: Final = ("en", "fr", "es", "de", "pt", "zh", "ja")
# Below this the identifier is guessing (short English slang reads as anything: "lol wat").
CONFIDENT: Final = 0.9
# A text's language shows in its opening, and the identifier's cost grows with the length
# (0.05 ms for 200 characters, 0.08 for 400).
SAMPLED_CHARS: Final = 200


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


@functools.cache
def identifier() -> _Identifier:
    """The process's identifier; ~0.6 s to read its model, so detectors load it at start-up,
    not on a request."""
    from py3langid.langid import (  # type: ignore[import-untyped]  # ships no type hints
        MODEL_FILE,
        LanguageIdentifier,
    )

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier  # type: ignore[no-any-return]


def surely_not_english(text: str) -> bool:
    """True when the identifier is confident that `text` is French, Spanish, German,
    Portuguese, Chinese or Japanese."""
    return _surely_not_english(text[:SAMPLED_CHARS])


# Plain English is told without the identifier: three of these words in the sample. None is
# a word of the six other languages, unlike "a", "me", "no", "do", "on" or "was".
_ENGLISH_MARKERS: Final = frozenset(
    {"the", "and", "you", "of", "is", "that", "with", "this", "for", "are", "have", "it", "be"}
    | {"to", "what", "your", "would", "could", "there", "their", "which", "about"}
)
_ASCII_WORD: Final = re.compile(r"[a-z]+")


# The name finder and the profanity model may ask about the same text in one inspection.
@functools.lru_cache(maxsize=32)
def _surely_not_english(sample: str) -> bool:
    if not any(c.isalpha() for c in sample):
        return False
    if len(_ENGLISH_MARKERS.intersection(_ASCII_WORD.findall(sample.lower()))) >= 3:
        return False
    language, confidence = identifier().classify(sample)
    return language != "en" and confidence >= CONFIDENT

"""Whether a text is written in a language other than English, for the cascade.

MiniLM learned English. On a French or Japanese prompt its embedding says little, yet the
lexical heads, which know few foreign words, score such a text near their prior (harm .19,
injection .27 for everyday French), inside the band where the cascade asks MiniLM. So every
foreign prompt paid one embedding for the whole text and one per segment: 1 KB of French
cost three times 1 KB of English. The English reading of a foreign text (its glossary
glosses, `canonical_views`) is English and is still escalated; that reading is what carries
a foreign text's meaning to the heads.

A text is foreign when a third of its letters are not ASCII (Chinese, Japanese, Korean,
Cyrillic, Arabic, ...) or when it has eight distinct words or more and fewer than one in ten
is a frequent English word ("the", "and", "how"; French, Spanish, German, Portuguese). Code
keeps its "for", "if", "in", "return" and stays English.
"""

from __future__ import annotations

import functools
import re

from gateway.inspection.letter_ciphers import hardly_english

FEWEST_WORDS = 8
# Characters read to decide: a prompt's language shows in its opening.
SAMPLED_CHARS = 2_000
_ASCII_WORD = re.compile(r"[a-z]{2,}")


def mostly_foreign(text: str) -> bool:
    """True when `text` reads as another language than English (see the module)."""
    return _mostly_foreign(text[:SAMPLED_CHARS])


# The cascade asks twice about a foreign text (which harm head reads it, then whether MiniLM
# may), and each answer reads 2,000 characters (0.17 ms).
@functools.lru_cache(maxsize=32)
def _mostly_foreign(sample: str) -> bool:
    letters = sum(c.isalpha() for c in sample)
    if letters == 0:
        return False
    if sum(c.isalpha() and not c.isascii() for c in sample) * 3 >= letters:
        return True
    words = set(_ASCII_WORD.findall(sample.lower()))
    return len(words) >= FEWEST_WORDS and hardly_english(words)

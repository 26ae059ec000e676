"""Misspelt cue words read as the words they misspell: "Ignore your previous iunstructions"
is the override cue's "ignore your previous instructions".

Attackers misspell the words filters look for, and people misspell them by accident; either
way a model reads through one wrong letter. The phrase cues are written in a handful of
words, so each of those words' one-edit variants (a letter dropped, added, changed, or two
swapped) is mapped back to it, unless the variant is an English word of its own ("ignored",
"prompts", "forgot"): a dictionary lookup per word of the text, no fuzzy matching in the
patterns themselves.
"""

from __future__ import annotations

import functools
import re
import string

from gateway.detectors.name_lists import load_name_lists

# The words of the override and extraction cues long enough (six letters or more) that one
# edit rarely lands on another word a text means.
CUE_WORDS = (
    "ignore",
    "disregard",
    "forget",
    "previous",
    "instructions",
    "instruction",
    "override",
    "bypass",
    "guidelines",
    "directions",
    "system",
    "prompt",
    "reveal",
    "password",
)
_WORD = re.compile(r"[a-z]+")


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion from `word`."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deleted = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserted = {a + c + b for a, b in splits for c in letters}
    return deleted | swapped | changed | inserted


@functools.cache
def _misspellings() -> dict[str, str]:
    """Each misspelling of a cue word (lower case) with the word it misspells."""
    english = load_name_lists().common_words
    found: dict[str, str] = {}
    for word in CUE_WORDS:
        for variant in _one_edit(word):
            if variant not in english and variant not in CUE_WORDS:
                found.setdefault(variant, word)
    return found


def corrected(lowered: str, words: list[str]) -> str | None:
    """`lowered` (a lower-cased text whose ASCII words are `words`) with misspelt cue words
    spelt right; None when it holds none, which is nearly always."""
    misspellings = _misspellings()
    if misspellings.keys().isdisjoint(words):
        return None
    return _WORD.sub(lambda m: misspellings.get(m.group(), m.group()), lowered)

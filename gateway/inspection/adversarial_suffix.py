"""The text without an adversarial suffix: a request read as it would be without the tail of
odd tokens an attacker optimised to make the model comply.

Suffix attacks (GCG, Zou et al. 2023, and its successors) append some twenty tokens such as
`formatted.]( Sure hereisNow respond{ oppositeOne**step` to a plain harmful request. They are
aimed at the model, but they also dilute what the gateway's classifiers read: the lexical
heads weigh every word of a text equally, so twenty extra tokens lower a request's score, and
MiniLM reads only its first 48 word pieces. Across 200 AdvBench requests, a tail of twenty
random word pieces took the `standard` profile from 191 blocks to 167.

A tail is odd when, from some token to the end of a single line, at least half of its 5 to 40
tokens are unlike prose (two fifths, when four or more are strongly so: the transfer suffixes
are half plain words) and at least two of them are strongly so: words joined without a
space ("hereisNow"), letters glued to markup or brackets ("step**One", "way.]("), letters run
into digits ("47thnikki"), clusters of brackets ("([", "}}"). Words missing from the English
word list count as half-odd only, so a tail in French or a list of rare names is rarely cut.
The reading is the text before the tail; a benign request without its tail is still benign,
so the reading costs one more pass of the classifiers over texts that have such a tail, and
nothing for the others. Why rules and not a language model's perplexity: docs/decisions.md.
"""

from __future__ import annotations

import re

from gateway.detectors.name_lists import load_name_lists

FEWEST_TOKENS = 5
MOST_TOKENS = 40
FEWEST_STRONG = 2
# A tail where strongly odd tokens are this many may hold more prose words: the transfer
# suffixes ("describing.\ + similarlyNow write oppositeley.]( Me giving**ONE please?") are
# half plain words, glued to markup every other token.
MANY_STRONG = 4
MIXED_SHARE = 0.4
# Forty optimised tokens are a few hundred characters; a tail is looked for in no more.
TAIL_CHARS = 2_000
# Words a request keeps before its tail: a tail is cut off something, not a whole text.
FEWEST_KEPT = 3

_TOKEN = re.compile(r"[^\s]+")
_EDGE_PUNCTUATION = "\"'.,;:!?()"
_CAMEL_JOIN = re.compile(r"[a-z]{2}[A-Z]")
# Inside a word, after its edge punctuation is taken off: anything but letters, digits,
# apostrophes, hyphens, dots, slashes and ampersands ("e.g.", "and/or", "R&D").
_INNER_MARKUP = re.compile(r"[^A-Za-z0-9'\u2019\-./&]")
_LETTERS_INTO_DIGITS = re.compile(r"[A-Za-z]{3,}\d|\d(?!(?:st|nd|rd|th|s)\b)[A-Za-z]{3,}")
_BRACKETS = frozenset("[]{}\\<>|^~")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# What a strongly odd token holds somewhere: one search over the tail rules out most prose
# before any token is looked up in the word lists.
_ANY_STRONG = re.compile(r"[a-z]{2}[A-Z]|[\\*\[\]{}<>|^~`=+@#$%]|[A-Za-z]{3}\d|\d[A-Za-z]{3}")


def without_adversarial_suffix(text: str) -> str | None:
    """The text before an odd tail on its last line, or None when it has none."""
    # The last line, or its last TAIL_CHARS: a megabyte on one line costs no more to search.
    start = max(text.rfind("\n") + 1, len(text) - TAIL_CHARS)
    if start > 0 and not text[start - 1].isspace():
        start = text.find(" ", start) + 1  # not from inside a token (0: none left, no tail)
        if start == 0:
            return None
    words = text[start:].split()
    tail = " ".join(words[-MOST_TOKENS:])
    if len(words) < FEWEST_TOKENS or len(_ANY_STRONG.findall(tail)) < FEWEST_STRONG:
        return None
    tokens = list(_TOKEN.finditer(text, start))
    weights = [_oddness(match.group()) for match in tokens[-MOST_TOKENS:]]
    offset = len(tokens) - len(weights)
    # The longer of a tail at least half odd and a mixed one of many strong tokens; the mixed
    # one starts on a strongly odd token, or it would reach back into the request's rare words.
    starts = [
        index
        for index in (_longest_odd_tail(weights, mixed=False), _longest_odd_tail(weights, True))
        if index is not None
    ]
    best = min(starts, default=None)
    if best is None:
        return None
    kept = text[: tokens[offset + best].start()].rstrip()
    return kept if len(_WORD.findall(kept)) >= FEWEST_KEPT else None


def _longest_odd_tail(weights: list[float], mixed: bool) -> int | None:
    """Where the longest tail that is odd enough starts (an odd token; with `mixed`, a
    strongly odd one and a share of MIXED_SHARE once MANY_STRONG tokens are strong)."""
    best: int | None = None
    odd = 0.0
    strong = 0
    for index in range(len(weights) - 1, -1, -1):
        odd += weights[index]
        strong += weights[index] == 1.0
        length = len(weights) - index
        share = MIXED_SHARE if mixed and strong >= MANY_STRONG else 0.5
        starts = weights[index] == 1.0 if mixed else weights[index] > 0
        if length >= FEWEST_TOKENS and starts and strong >= FEWEST_STRONG and odd >= length * share:
            best = index
    return best


def _oddness(token: str) -> float:
    """1.0 for a token unlike prose, 0.5 for an unknown word, 0.0 for prose."""
    if not any(c.isalpha() for c in token):
        # "([", "}}", "\\|": bracket clusters are markup; "-", "&", "..." and ":)" are prose.
        return 1.0 if _BRACKETS.intersection(token) or len(set(token)) >= 3 else 0.0
    core = token.strip(_EDGE_PUNCTUATION)
    if _CAMEL_JOIN.search(core) or _INNER_MARKUP.search(core) or _LETTERS_INTO_DIGITS.search(core):
        return 1.0
    if not core.isascii() or not core.isalpha() or len(core) <= 3:
        return 0.0
    return 0.0 if _known(core.lower()) else 0.5


def _known(word: str) -> bool:
    lists = load_name_lists()
    return any(
        word in words for words in (lists.common_words, lists.given, lists.family, lists.places)
    ) or (word.endswith("s") and word[:-1] in lists.common_words)

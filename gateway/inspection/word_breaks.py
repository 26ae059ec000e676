"""English run together without spaces, broken back into words: "givemestepbystep" is read as
"give me step by step", as a model reads it.

Word breaking is a shortest path over the run. Each English word costs one step (the word
list the name detector ships, and the English words the cross-lingual glossary gives, which
name the hazards and injection moves the list lacks: "methamphetamine", "jailbreak"); one of
the most frequent words costs a little less, and a short rare word ("est", "mph") more, which
is what a wrong breaking is made of; a letter no word covers costs ten. A run counts as
English when nearly all of it is covered by words and a quarter of those are frequent words
("the", "to", "how"); a hash, an identifier or a compound noun gets no reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from gateway.detectors.learned import glossary_hazards, glossary_table
from gateway.detectors.name_lists import load_name_lists
from gateway.inspection.letter_ciphers import COMMON, hardly_english

SHORTEST_RUN = 16
"""Letters a run needs before it is worth breaking (shorter ones are words or names)."""
LONGEST_RUN = 2_000
"""Letters of one run broken; the rest is left (the search is linear in the run's length)."""
LONGEST_WORD = 20
_SINGLE_LETTER_WORDS = frozenset({"a", "i"})
_UNCOVERED = 10.0
_RUN = re.compile(rf"[^\W\d_]{{{SHORTEST_RUN},}}")


def broken_runs(text: str) -> list[str]:
    """Each long run of letters in `text` that breaks into English words, broken."""
    found: list[str] = []
    # Only words of SHORTEST_RUN characters or more can hold such a run: searching those
    # alone costs a few microseconds per kilobyte of prose, the whole text ~60.
    tokens = text.split()
    long_words = [word for word in tokens if len(word) >= SHORTEST_RUN]
    if not long_words or _foreign(tokens):
        return found
    for run in (run for word in long_words for run in _RUN.findall(word)):
        # "getUserAccountBalance": an identifier, a capital every few letters, whose words are
        # written apart already; prose run together has one for "I" or a name now and then.
        capitals = sum(letter.isupper() for letter in run[1:])
        if not run.isupper() and capitals * 8 > len(run):
            continue
        words = break_words(run)
        if words is not None:
            found.append(" ".join(words))
    return found


@functools.cache
def _vocabulary() -> frozenset[str]:
    glossed = {
        word
        for module in (glossary_table, glossary_hazards)
        for table in vars(module).values()
        if isinstance(table, Mapping)
        for english in table.values()
        for word in str(english).split()
    }
    return load_name_lists().common_words | glossed


def _foreign(tokens: list[str]) -> bool:
    """Whether the text around the runs is in another language: eight words or more and
    hardly a frequent English word among them. A German compound ("Sicherheitssystem") breaks
    into English words too ("sic her he its system")."""
    words = [token.strip(".,;:!?\"'()").lower() for token in tokens if len(token) < SHORTEST_RUN]
    return len(words) >= 8 and hardly_english(words)


def break_words(run: str) -> list[str] | None:
    """The English words `run` is made of, or None when it is not English run together."""
    lowered = run[:LONGEST_RUN].lower()
    english = _vocabulary()
    size = len(lowered)
    # cost[i]: the cheapest breaking of lowered[:i]; start[i]: where its last piece starts.
    cost = [0.0] + [float("inf")] * size
    start = [0] * (size + 1)
    for end in range(1, size + 1):
        for begin in range(max(0, end - LONGEST_WORD), end):
            piece = lowered[begin:end]
            if piece in COMMON:
                # Between two breakings of as many words, the one with more of the most
                # frequent words: "instructions and", not "instruction sand".
                step = 0.9
            elif len(piece) == 1:
                step = 1.1 if piece in _SINGLE_LETTER_WORDS else _UNCOVERED
            elif piece in english:
                # Short rare words ("est", "mph") are what a wrong breaking is made of.
                step = 1.3 if len(piece) <= 3 else 1.0
            else:
                continue
            if cost[begin] + step < cost[end]:
                cost[end], start[end] = cost[begin] + step, begin
    pieces: list[str] = []
    end = size
    while end > 0:
        pieces.append(lowered[start[end] : end])
        end = start[end]
    pieces.reverse()
    words = _unknown_runs_joined(pieces)
    # English run together: nearly every letter in a word (a term the lists lack may leave a
    # tenth, read as one unknown word), two and a half letters a word on average or more,
    # few short rare words ("do cu men tsp litter" is "documentsplitter" broken wrong), and
    # the frequent words prose is a quarter made of, two different ones at least (an
    # identifier has one or none).
    uncovered = sum(len(piece) == 1 and piece not in _SINGLE_LETTER_WORDS for piece in pieces)
    rare_short = sum(len(word) <= 3 and word not in COMMON and word in english for word in words)
    frequent = [word for word in words if word in COMMON]
    if (
        uncovered * 10 > size
        or len(words) * 5 > size * 2
        or rare_short * 5 > len(words)
        or len(set(frequent)) < 2
        or len(frequent) * 4 < len(words)
    ):
        return None
    return words


def _unknown_runs_joined(pieces: list[str]) -> list[str]:
    """The pieces with each run of letters no word covers joined into one unknown word: a
    term the lists lack ("breathalyzer") reads as a word of its own, not as letters."""
    joined: list[str] = []
    unknown = ""
    for piece in pieces:
        if len(piece) == 1 and piece not in _SINGLE_LETTER_WORDS:
            unknown += piece
            continue
        if unknown:
            joined.append(unknown)
            unknown = ""
        joined.append(piece)
    if unknown:
        joined.append(unknown)
    return joined

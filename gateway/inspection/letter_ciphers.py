"""Text in a letter cipher a model undoes unasked: any Caesar shift (ROT13 is one), Atbash,
and text written backwards, whole or word by word.

A text only gets a deciphered reading when its opening reads as little English and the
deciphered opening reads as more: ordinary English exits after one count of common words.
Backwards readings are tried on any text that is not English; a substitution (a shift or
Atbash) only when the letters are not those of ordinary text (the nine most frequent English
letters make two thirds of English, French, German or code, and far less of a cipher), and
then only the one the letter frequencies favour: not 26 decodings.
"""

from __future__ import annotations

import functools
import operator
import re
import string
from collections.abc import Callable, Iterable

SAMPLE = 400
"""Characters of the opening whose words decide whether a text is enciphered."""

_WORD = re.compile(r"[a-z]+")
_NON_SPACE = re.compile(r"\S+")
# Where a part of a text ends: a line break, or a colon before the rest of the line.
_PARTS = re.compile(r"\n+|:\s+")
# A sender who wants the model to decode says which cipher it is. Then a shorter reading is
# enough: a ten-word request holds two words of COMMON ("Create a plan for smuggling a bomb
# past security in a modern airport"), where text nobody called a cipher needs three.
_NAMES_A_CIPHER = re.compile(
    r"\b(?:rot[- ]?13|rot[- ]?47|caesar|atbash|cipher\w*|(?:letters?|alphabet) shift\w*|"
    r"shift(?:ed)? (?:each letter|the letters|by \d+)|backwards?|reversed?|in reverse)\b",
    re.IGNORECASE,
)
_SHORTEST_PART = 12
_MOST_PARTS = 24
# The most frequent English words: enciphered text has almost none of them, its plain text many.
COMMON = frozenset(
    """the be to of and a in that have i it for not on with he as you do at this but his by from
    they we say her she or an will my one all would there their what so up out if about who get
    which go me when make can like time no just him know take people into year your good some
    could them see other than then now look only come its over think also back after use two how
    our work first well way even new want because any these give day most us is are was were has
    had been tell step please write show explain help need""".split()  # noqa: SIM905
)
# Relative letter frequencies of English text, a to z (per mille, rounded).
_ENGLISH = (
    82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24,
    67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1,
)  # fmt: skip
_LOWER = string.ascii_lowercase
_FREQUENT = re.compile("[etaoinshr]")
_ASCII_LETTERS = re.compile("[a-z]")
_UPPER = string.ascii_uppercase


def _shift(by: int) -> dict[int, int]:
    moved = _LOWER[by:] + _LOWER[:by]
    return str.maketrans(_LOWER + _UPPER, moved + moved.upper())


_SHIFTS = tuple(_shift(by) for by in range(26))
_ATBASH = str.maketrans(_LOWER + _UPPER, _LOWER[::-1] + _UPPER[::-1])


def caesar(text: str, by: int) -> str:
    """`text` with each ASCII letter moved `by` places along the alphabet."""
    return text.translate(_SHIFTS[by % 26])


def atbash(text: str) -> str:
    """`text` with each ASCII letter mirrored in the alphabet (a for z, b for y)."""
    return text.translate(_ATBASH)


def hardly_english(words: Iterable[str]) -> bool:
    """Whether fewer than one in ten of the distinct `words` (lower-cased) is a frequent
    English word: what text in another language looks like."""
    distinct = set(words)
    return len(COMMON.intersection(distinct)) * 10 < len(distinct)


def _words(text: str) -> list[str]:
    """The text's ASCII words of two letters or more, lower-cased (lone letters match "a"
    and "i" by chance)."""
    return [word for word in _WORD.findall(text.lower()) if len(word) > 1]


def common_words(text: str) -> tuple[int, int]:
    """How many distinct common English words the text's words are, and how many words it
    has (distinct, since a code line repeats one short word: "sa.sa_mask" backwards is "as
    as")."""
    words = _words(text)
    return len(COMMON.intersection(words)), len(words)


def deciphered_parts(text: str) -> list[str]:
    """Each part of `text` (a line, or what follows a colon) that deciphers: a cipher usually
    follows a plain sentence that says which it is ("Decode this ROT13: …"), and the whole
    text's opening then reads as English."""
    scanned = text[: SAMPLE * 10]
    parts = _PARTS.split(scanned)

    # Searched only for a reading that falls between the two bars, which ordinary text
    # seldom gives: the search costs more than the rest on a kilobyte of prose.
    @functools.cache
    def named() -> bool:
        return _NAMES_A_CIPHER.search(scanned) is not None

    if len(parts) == 1:
        whole = deciphered(text, named)
        return [] if whole is None else [whole]
    return [
        plain
        for part in parts[:_MOST_PARTS]
        if len(part) >= _SHORTEST_PART and (plain := deciphered(part, named)) is not None
    ]


def deciphered(text: str, named: Callable[[], bool] = lambda: False) -> str | None:
    """`text` deciphered when its opening reads as more common English that way; else None.
    `named()`: whether the message calls itself a cipher, when two common words are enough."""
    opening = text[:SAMPLE]
    words = _words(opening)
    plain = len(COMMON.intersection(words))
    # Ordinary English is a third common words: no need to try another reading. Fewer than
    # three words (a code line, a postcode) are no message.
    if len(words) < 3 or plain * 4 > len(words):
        return None
    # More common words than the text as written holds, and three at least (in a text of six
    # words or fewer, two and half of them).
    fewest = max(plain + 1, max(2, (len(words) + 1) // 2) if len(words) <= 6 else 3)
    fewest_named = max(plain + 1, 2)
    best: tuple[int, Callable[[str], str]] | None = None
    # Backwards, whole or word by word, the words are the same: counted once, and the reading
    # that starts and ends like a sentence kept.
    hits = len(COMMON.intersection(word[::-1] for word in words))
    if hits >= fewest_named:
        best = (hits, max((_backwards, _words_backwards), key=lambda d: _shape(d(opening))))
    substitution = _substitution(opening.lower())
    if substitution is not None:
        hits, _ = common_words(substitution(opening))
        if hits >= fewest_named and (best is None or hits > best[0]):
            best = (hits, substitution)
    if best is None or (best[0] < fewest and not named()):
        return None
    return best[1](text)


def _shape(reading: str) -> int:
    """How much a reading starts and ends like a sentence (0 to 2)."""
    return int(reading[:1].isupper()) + int(reading.rstrip().endswith((".", "?", "!")))


def _substitution(lowered: str) -> Callable[[str], str] | None:
    """The letter substitution to try, if the letters (of `lowered`, a lower-cased opening)
    are not those of ordinary text: the Caesar shift the letter frequencies favour, or Atbash
    when it fits better than any shift."""
    letters = len(_ASCII_LETTERS.findall(lowered))
    # English, French, German, Spanish and code spend two thirds of their letters on these
    # nine; a substitution cipher moves them to rarer ones. Ordinary text stops here.
    if not letters or len(_FREQUENT.findall(lowered)) * 5 >= letters * 3:
        return None
    counted = [lowered.count(letter) for letter in _LOWER]
    # A cipher letter `letter + by` read as the plain `letter`: the reading that fits English
    # letter frequencies best, Atbash's among them.
    fits = {
        by: sum(map(operator.mul, counted[by:] + counted[:by], _ENGLISH)) for by in range(1, 26)
    }
    by = max(fits, key=fits.__getitem__)
    atbash_fit = sum(map(operator.mul, counted[::-1], _ENGLISH))
    if atbash_fit > fits[by]:
        return atbash
    return lambda text: caesar(text, -by)


def _backwards(text: str) -> str:
    return text[::-1]


def _words_backwards(text: str) -> str:
    return _NON_SPACE.sub(lambda m: m.group()[::-1], text)

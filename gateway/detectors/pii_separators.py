"""Digits as people and tokenizers space them, read as the PII patterns expect them.

A card number with no-break spaces, an SSN with non-breaking hyphens or soft hyphens between
digit groups is the same number to a reader as with ASCII spaces and hyphens, and a zero-width
space shows no gap at all. `SeparatorReading` rewrites such a text with ASCII separators (and
ASCII digits) and maps each of its spans back to the original characters, so that a redaction
removes the odd separators with the value.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Spaces a keyboard, a word processor or a locale puts between digit groups.
_SPACES = (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)
# Hyphens and dashes that stand for "-".
_HYPHENS = (*range(0x2010, 0x2016), 0x2212, 0xFE63, 0xFF0D)
# Characters that show nothing: dropped from the reading.
_INVISIBLE = (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)
# Zeros of the digit sets people type numbers in besides ASCII (fullwidth, Arabic-Indic, ...).
_ZEROS = (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6)
_ASCII: dict[int, str] = {
    **{c: " " for c in _SPACES},
    **{c: "-" for c in _HYPHENS},
    **{zero + d: str(d) for zero in _ZEROS for d in range(10)},
}
_ODD = frozenset(map(chr, (*_ASCII, *_INVISIBLE)))
_DROP: dict[int, None] = dict.fromkeys(_INVISIBLE)
_DROPPED = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")


class SeparatorReading:
    """`text` with ASCII separators and digits, and the way back to the original's places."""

    __slots__ = ("_kept_before", "text")

    def __init__(self, original: str) -> None:
        self._kept_before: list[int] = []
        if original.isascii() or _ODD.isdisjoint(original):
            self.text = original
            return
        self.text = original.translate(_ASCII).translate(_DROP)
        # For each dropped character, how many kept ones precede it: reading index i lies
        # past every dropped character whose count is <= i.
        dropped = [m.start() for m in _DROPPED.finditer(original)]
        self._kept_before = [at - k for k, at in enumerate(dropped)]

    def original_index(self, index: int) -> int:
        """Where the reading's character `index` stands in the original text."""
        return index + bisect_right(self._kept_before, index)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters the reading's [start, end) came from, separators included."""
        if not self._kept_before or end <= start:
            return start, end
        return self.original_index(start), self.original_index(end - 1) + 1

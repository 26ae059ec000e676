"""Letters from other scripts that read as Latin ones, folded to the Latin letter they mimic.

NFKC already folds fullwidth, mathematical and circled letters; these are the look-alikes it
keeps: Cyrillic, Greek and Armenian letters and Latin small capitals, after Unicode's TR39
confusables list. A hand-kept table rather than a library: docs/decisions.md says why.
"""

# ruff: noqa: RUF001 - the table is made of look-alike letters on purpose

from __future__ import annotations

_OTHER_SCRIPTS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ь": "b", "ɡ": "g", "ѡ": "w", "ү": "y", "ҁ": "c",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԛ": "Q",
    "Ԝ": "W", "Ү": "Y", "Ӏ": "I", "Һ": "H", "Ԁ": "D", "Ь": "b",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j", "ω": "w", "ς": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϳ": "J",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "զ": "q", "ց": "g", "ա": "w", "Օ": "O", "Ս": "U",
}  # fmt: skip
_LATIN_VARIANTS = {
    # Latin letters outside ASCII that stand in for ASCII ones
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ʋ": "u", "ƅ": "b", "ꞵ": "b",
    # Latin small capitals
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip

OTHER_SCRIPT_LOOK_ALIKES: dict[int, str] = {ord(k): v for k, v in _OTHER_SCRIPTS.items()}
"""A `str.translate` table from each Cyrillic, Greek or Armenian look-alike to its Latin letter."""
LATIN_VARIANTS: dict[int, str] = {ord(k): v for k, v in _LATIN_VARIANTS.items()}
"""A `str.translate` table from each small capital or dotless letter to its ASCII letter."""

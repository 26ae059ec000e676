"""Text spelt out in a code a model reads letter by letter: Morse, eight-bit binary, Braille,
and letters set apart by spaces or dots ("h o w  t o", "h.o.w t.o").

Each is searched for as a run long enough that prose does not make one by accident (eight
letters or more), and a run decodes to plain text that the classifiers judge like the text.
"""

from __future__ import annotations

import re

LONGEST_RUN = 16_384
"""Characters of one run decoded; the rest is left."""

# International Morse for letters and digits, code to letter.
MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9",
}  # fmt: skip
# A run of Morse letters: one space between letters, "/" or three spaces between words.
_MORSE_RUN = re.compile(r"(?<![.\-\w])[.\-]{1,6}(?:(?: | ?/ ?| {3})[.\-]{1,6}){7,}(?![.\-\w])")
_MORSE_WORD_GAP = re.compile(r" ?/ ?| {3}")
_BINARY_RUN = re.compile(r"(?<![01])[01]{8}(?:[ ,]?[01]{8}){5,}(?![01])")
# Six-dot Braille (U+2800 block) for letters, as the dots of each are numbered 1 to 6.
_BRAILLE_LETTERS = "a⠁b⠃c⠉d⠙e⠑f⠋g⠛h⠓i⠊j⠚k⠅l⠇m⠍n⠝o⠕p⠏q⠟r⠗s⠎t⠞u⠥v⠧w⠺x⠭y⠽z⠵"
BRAILLE = {_BRAILLE_LETTERS[i + 1]: _BRAILLE_LETTERS[i] for i in range(0, len(_BRAILLE_LETTERS), 2)}
_BRAILLE_RUN = re.compile(r"[\u2800-\u28ff](?:[\u2800-\u28ff ]){7,}")
_BRAILLE_CAPITAL = "\u2820"
# Single letters kept apart by one separator ("s t e p", "s.t.e.p", "s-t-e-p"): eight letters
# or more. Words are kept apart by two spaces or more, " / ", or, where the separator is not a
# space, by one space.
_LETTER = r"(?<![^\W_])[^\W\d_](?![^\W_])"
_SPACED_RUN = re.compile(
    rf"{_LETTER}(?P<sep>[ .\-_*|]){_LETTER}(?:(?:(?P=sep)| {{2,}}| / | ){_LETTER}){{6,}}"
)
_WORD_GAP = re.compile(r" {2,}| / ")
_SEPARATORS = ".-_*|"


def spelled_codes(text: str) -> list[str]:
    """The plain texts spelt out in `text`, in the order the codes are tried. Each code's
    search runs only when counts that cost a microsecond say it may be there (a search costs
    some 20 microseconds per kilobyte of prose)."""
    found = []
    dashes = text.count("-")
    if dashes >= 4 and dashes + text.count(".") >= 16:
        found += [_from_morse(m.group()) for m in _MORSE_RUN.finditer(text)]
    if text.count("0") + text.count("1") >= 48:
        found += [_from_binary(m.group()) for m in _BINARY_RUN.finditer(text)]
    found += [_from_braille(m.group()) for m in _BRAILLE_RUN.finditer(text)]
    if _may_be_spaced(text):
        found += [_from_spaced(m.group(), m.group("sep")) for m in _SPACED_RUN.finditer(text)]
    # A run of one letter repeated ("ö ö ö ö") is a flood, which the injection cues read.
    return [plain for plain in found if len(set(plain) - {" "}) >= 3]


def _may_be_spaced(text: str) -> bool:
    """Eight lone letters, or a word whose letters are kept apart ("s.t.e.p")."""
    lone = 0
    for token in text.split():
        if len(token) == 1:
            lone += 1
            if lone >= 8:
                return True
        elif len(token) >= 5 and token[1] in _SEPARATORS and token[1] == token[3]:
            return True
    return False


def _from_morse(run: str) -> str:
    words = _MORSE_WORD_GAP.split(run[:LONGEST_RUN])
    return " ".join("".join(MORSE.get(code, "") for code in word.split()) for word in words)


def _from_binary(run: str) -> str:
    bits = re.sub(r"[ ,]", "", run[:LONGEST_RUN])
    raw = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8))
    try:
        plain = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return plain if sum(c.isprintable() for c in plain) >= 0.95 * len(plain) else ""


def _from_braille(run: str) -> str:
    plain = []
    capital = False
    for char in run[:LONGEST_RUN]:
        if char == _BRAILLE_CAPITAL:
            capital = True
            continue
        letter = " " if char == " " else BRAILLE.get(char, "")
        plain.append(letter.upper() if capital else letter)
        capital = False
    return "".join(plain)


def _from_spaced(run: str, separator: str) -> str:
    words = _WORD_GAP.split(run[:LONGEST_RUN])
    if separator != " ":
        words = [word for gap in words for word in gap.split(" ")]
    return " ".join(word.replace(separator, "") for word in words)

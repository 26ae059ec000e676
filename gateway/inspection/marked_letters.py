"""A sentence hidden one letter a line: each line a word with one letter marked in brackets.

The disguise-and-reconstruction attack (DRA, Liu et al., USENIX Security 2024) writes a harmful
request as a puzzle, one line per character, each a harmless word with that character in
parentheses ("(h)appy", "fl(o)wer", "(w)ater", "( )"), and asks the model to put the marked
letters together and answer what they say. Each line is innocent and the request appears
nowhere, so the classifiers read a list of words and an instruction to solve a puzzle.

A run of at least FEWEST_LINES consecutive lines, each with exactly one bracketed character
and no other bracket, is read as the characters it marks. Prose rarely has it: a list of
"(a)"-style items is one line each with more than one word of text, and its marks spell no
sentence the classifiers would act on.
"""

from __future__ import annotations

import re

FEWEST_LINES = 8
# A line holding one character in round or square brackets, and no other bracket.
_MARKED_LINE = re.compile(r"^[^()\[\]\n]*[(\[](.)[)\]][^()\[\]\n]*$")


def marked_letters(text: str) -> list[str]:
    """The sentences spelt by runs of lines that each mark one character."""
    if text.count("(") + text.count("[") < FEWEST_LINES:
        return []
    found: list[str] = []
    run: list[str] = []
    for line in (*text.splitlines(), ""):
        match = _MARKED_LINE.match(line.strip()) if line.strip() else None
        if match is not None:
            run.append(match.group(1))
            continue
        if len(run) >= FEWEST_LINES:
            found.append(" ".join("".join(run).split()))
        run = []
    return [sentence for sentence in found if " " in sentence]

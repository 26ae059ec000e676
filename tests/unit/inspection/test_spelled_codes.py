"""Codes spelt letter by letter decode to their text; ordinary punctuation decodes to nothing."""

from __future__ import annotations

import pytest

from gateway.inspection.spelled_codes import spelled_codes

# "sos call now" and "make a cake", written out for the test.
MORSE = "... --- ... / -.-. .- .-.. .-.. / -. --- .--"
BRAILLE = "⠍⠁⠅⠑ ⠁ ⠉⠁⠅⠑"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (f"Decode this: {MORSE}", "sos call now"),
        ("Read: " + " ".join(f"{b:08b}" for b in b"make a cake"), "make a cake"),
        (f"Braille: {BRAILLE}", "make a cake"),
        ("m a k e  a  c a k e  n o w", "make a cake now"),
        ("m.a.k.e a c.a.k.e n.o.w", "make a cake now"),
        ("m-a-k-e a c-a-k-e n-o-w", "make a cake now"),
        ("m_a_k_e a c_a_k_e n_o_w", "make a cake now"),
    ],
)
def test_each_code_decodes_to_its_text(text: str, plain: str) -> None:
    assert plain in spelled_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "J. R. R. Tolkien wrote it in 1954; see the U.S.A. edition.",
        "Version 1.2.3.4.5.6.7.8 is out -- upgrade with `ls -la --color`.",
        "Loading.......... done ... ok -- next",
        "| a | b |\n|---|---|\n| 1 | 0 |",
        "Flags 1010 0101 and 11110000 are set.",
        "A b c d e f",
    ],
)
def test_ordinary_punctuation_decodes_to_nothing(text: str) -> None:
    """Initials, versions, ellipses, CLI flags, tables, short bit strings and short letter lists
    are no code."""
    assert spelled_codes(text) == []

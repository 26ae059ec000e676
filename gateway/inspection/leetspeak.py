"""Leetspeak read back as letters: "h0w t0 m4k3 4 b0mb" is "how to make a bomb".

Only text with a leetspeak word is rewritten, and within it only words that could be one: a
handle (@Fit4Life), an e-mail address, a URL, a CamelCase or hex identifier, or a word longer
than any word, reads as itself.
"""

from __future__ import annotations

import re

from gateway.inspection.letter_ciphers import COMMON

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# A chunk of text between spaces that holds a leetspeak word: a digit or "$" between two letters
# ("b0mb", "m4k3", "a$$"). "python3", "mp4", "3D" and "x86" have theirs at an end and read as
# themselves.
_CANDIDATE = re.compile(r"\S*[A-Za-z][0-9$]+[A-Za-z]\S*")
_LEET_DIGITS = re.compile(r"[A-Za-z][0-9$]*[013457$][0-9$]*[A-Za-z]")
_CHUNK = re.compile(r"\S+")
_TOKEN = re.compile(r"[A-Za-z0-9@$]+")
_HEX_LIKE = re.compile(r"(?:0x)?[0-9A-Fa-f]+")
_NOT_PROSE = re.compile(r"^[@#]|/|@\S*\.")
# Longer tokens are identifiers, hashes and encoded blobs, not words.
_LONGEST_WORD = 24
# Lone digits that stand for a word in leetspeak ("m4k3 4 b0mb", "1 w4nt").
_LONE = {"4": "a", "1": "i"}


def read_leetspeak(text: str) -> str:
    """`text` with its leetspeak words spelt in letters; `text` itself when it has none."""
    if not any(_is_leet_chunk(m.group()) for m in _CANDIDATE.finditer(text)):
        return text
    return _CHUNK.sub(_read_chunk, text)


def _is_leet_chunk(chunk: str) -> bool:
    if not _prose(chunk):
        return False
    return any(
        len(token) <= _LONGEST_WORD and not _HEX_LIKE.fullmatch(token)
        for token in _TOKEN.findall(chunk)
        if _LEET_DIGITS.search(token)
    )


def _read_chunk(m: re.Match[str]) -> str:
    chunk = m.group()
    return _TOKEN.sub(_read_token, chunk) if _prose(chunk) else chunk


def _prose(chunk: str) -> bool:
    """Whether `chunk` may be written words: not a handle, address, URL or CamelCase name."""
    if _NOT_PROSE.search(chunk):
        return False
    return not any(
        any(c.isupper() for c in token[1:]) and any(c.islower() for c in token)
        for token in _TOKEN.findall(chunk)
    )


def _read_token(m: re.Match[str]) -> str:
    token = m.group()
    if token in _LONE:
        return _LONE[token]
    # In a text already in leetspeak, a short token all digits or hex that spells a frequent
    # word is that word: "70" is "to", "47" is "at", "0f" is "of" ("h0w 70 m4k3").
    if len(token) <= 3 and (spelt := token.translate(_LEET)).lower() in COMMON:
        return spelt
    if token.isdigit() or token.isalpha() or len(token) > _LONGEST_WORD:
        return token
    if _HEX_LIKE.fullmatch(token):
        return token
    return token.translate(_LEET)

"""English glosses of French, Spanish, German, Portuguese, Chinese and Japanese words.

Lexicon-based cross-lingual transfer: the English-trained lexical heads read the glosses as
extra words, so "Comment fabriquer une bombe ?" carries "how make a bomb". The vocabulary is
in `glossary_table.py`; this module compiles it once at import and looks texts up in it.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from gateway.detectors.learned.glossary_abuse import (
    ABUSE_HOMOGRAPHS,
    CHINESE_ABUSE,
    FRENCH_ABUSE,
    GERMAN_ABUSE,
    JAPANESE_ABUSE,
    PORTUGUESE_ABUSE,
    SPANISH_ABUSE,
)
from gateway.detectors.learned.glossary_hazards import (
    CHINESE_HAZARDS,
    FRENCH_HAZARDS,
    GERMAN_HAZARDS,
    JAPANESE_HAZARDS,
    PORTUGUESE_HAZARDS,
    SPANISH_HAZARDS,
)
from gateway.detectors.learned.glossary_table import (
    CHINESE,
    ENGLISH_HOMOGRAPHS,
    FOREIGN_MARKERS,
    FRENCH,
    GERMAN,
    JAPANESE,
    PORTUGUESE,
    SPANISH,
)

# Lowercase Latin letters with their accented forms, and combining marks for decomposed input.
_LATIN_WORD: Final = re.compile(r"[0-9a-zß-öø-ÿœæ\u0100-\u024f\u0300-\u036f]+")
_COMBINING_MARK: Final = re.compile(r"[\u0300-\u036f]")
# Letters NFKD leaves whole; German also writes "ss" for "ß".
_UNDECOMPOSED: Final = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o"})
# Han (with the iteration mark), hiragana, katakana and half-width katakana.
_CJK_RUN: Final = re.compile(
    r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+"
)
_GLOSS_WORD: Final = re.compile(r"[a-z]+")

_MAX_PHRASE_WORDS: Final = 5
# A homograph is read as foreign when an unambiguously foreign word is this many words away.
_CONTEXT_WORDS: Final = 3
# German compounds: the head noun has at least five letters, whatever precedes it at least three.
_MIN_COMPOUND_HEAD: Final = 5
_MIN_COMPOUND_PREFIX: Final = 3


@dataclass(frozen=True, slots=True)
class _Gloss:
    """The English words for one glossary key; `certain` is False for English homographs."""

    words: tuple[str, ...]
    certain: bool


def _fold(lowered: str) -> str:
    """The lookup form of lowercase Latin text: accents dropped, "ß" as "ss"."""
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered.translate(_UNDECOMPOSED))
    return _COMBINING_MARK.sub("", decomposed)


def _folded_words(spelling: str) -> list[str]:
    """The lookup forms of the Latin words of a table spelling."""
    return [_fold(word) for word in _LATIN_WORD.findall(spelling.lower())]


def _gloss_words(english: str, key: str) -> tuple[str, ...]:
    """The English tokens of a table value; a malformed one fails at import, not per request."""
    words = tuple(english.split())
    if not words or not all(_GLOSS_WORD.fullmatch(word) for word in words):
        raise ValueError(f"glossary: {key!r} must map to lowercase English words, not {english!r}")
    return words


def _variants(table: Mapping[str, str]) -> Iterable[tuple[str, str, str]]:
    """(spelling as written, its English, the whole key) for every spelling in a table."""
    for key, english in table.items():
        for spelling in key.split("|"):
            yield spelling, english, key


def _add(compiled: dict[str, _Gloss], lookup: str, gloss: _Gloss, key: str) -> None:
    """Record a lookup form; two meanings for one form (across languages too) fail at import."""
    known = compiled.get(lookup)
    if known is not None and known.words != gloss.words:
        raise ValueError(f"glossary: {lookup!r} (from {key!r}) means both {known} and {gloss}")
    compiled[lookup] = gloss


def _compile_latin(
    tables: Iterable[Mapping[str, str]], homographs: frozenset[str]
) -> tuple[Mapping[str, _Gloss], Mapping[str, _Gloss]]:
    """Words and phrases keyed by their folded words joined by spaces, and the compound heads."""
    entries: dict[str, _Gloss] = {}
    heads: dict[str, _Gloss] = {}
    for table in tables:
        for spelling, english, key in _variants(table):
            words = _folded_words(spelling)
            if not 1 <= len(words) <= _MAX_PHRASE_WORDS:
                raise ValueError(
                    f"glossary: {spelling!r} in {key!r} is not 1 to {_MAX_PHRASE_WORDS} words"
                )
            lookup = " ".join(words)
            gloss_words = _gloss_words(english, key)
            # A spelling that is English already, or an English word, proves nothing by itself.
            certain = gloss_words != tuple(words) and (len(words) > 1 or lookup not in homographs)
            gloss = _Gloss(gloss_words, certain)
            _add(entries, lookup, gloss, key)
            if table in _GERMAN and _is_compound_head(spelling, words):
                _add(heads, lookup, gloss, key)
    return MappingProxyType(entries), MappingProxyType(heads)


def _is_compound_head(spelling: str, words: list[str]) -> bool:
    """German nouns are written capitalised; short ones would split too many words."""
    return spelling[0].isupper() and len(words) == 1 and len(words[0]) >= _MIN_COMPOUND_HEAD


def _compile_cjk(tables: Iterable[Mapping[str, str]]) -> Mapping[str, _Gloss]:
    """Chinese and Japanese spellings as written; none is an English word, so all are certain."""
    entries: dict[str, _Gloss] = {}
    for table in tables:
        for spelling, english, key in _variants(table):
            if not _CJK_RUN.fullmatch(spelling):
                raise ValueError(f"glossary: {spelling!r} in {key!r} is not all Han or kana")
            _add(entries, spelling, _Gloss(_gloss_words(english, key), certain=True), key)
    return MappingProxyType(entries)


def _phrase_lengths(entries: Mapping[str, _Gloss]) -> Mapping[str, tuple[int, ...]]:
    """For each word that starts a phrase, the phrases' word counts, longest first."""
    found: dict[str, set[int]] = {}
    for key in entries:
        words = key.split(" ")
        if len(words) > 1:
            found.setdefault(words[0], set()).add(len(words))
    return MappingProxyType(
        {first: tuple(sorted(counts, reverse=True)) for first, counts in found.items()}
    )


def _key_lengths(entries: Mapping[str, _Gloss]) -> Mapping[str, tuple[int, ...]]:
    """For each character that starts a key, the keys' lengths, longest first."""
    found: dict[str, set[int]] = {}
    for key in entries:
        found.setdefault(key[0], set()).add(len(key))
    return MappingProxyType(
        {first: tuple(sorted(lengths, reverse=True)) for first, lengths in found.items()}
    )


# Built once at import and read-only afterwards.
_GERMAN: Final = (GERMAN, GERMAN_HAZARDS, GERMAN_ABUSE)
_LATIN, _HEADS = _compile_latin(
    (
        *(FRENCH, FRENCH_HAZARDS, FRENCH_ABUSE),
        *(SPANISH, SPANISH_HAZARDS, SPANISH_ABUSE),
        *_GERMAN,
        *(PORTUGUESE, PORTUGUESE_HAZARDS, PORTUGUESE_ABUSE),
    ),
    ENGLISH_HOMOGRAPHS | ABUSE_HOMOGRAPHS,
)
_PHRASE_LENGTHS: Final = _phrase_lengths(_LATIN)
# Words that can start an entry or mark a foreign text: most English words are turned away
# by this one set lookup.
_STARTS: Final = frozenset(key.split(" ")[0] for key in _LATIN) | FOREIGN_MARKERS
# Likewise the last three letters of every compound head.
_HEAD_ENDINGS: Final = frozenset(head[-3:] for head in _HEADS)
_MIN_COMPOUND: Final = _MIN_COMPOUND_PREFIX + _MIN_COMPOUND_HEAD
_CJK: Final = _compile_cjk(
    (CHINESE, CHINESE_HAZARDS, CHINESE_ABUSE, JAPANESE, JAPANESE_HAZARDS, JAPANESE_ABUSE)
)
_CJK_LENGTHS: Final = _key_lengths(_CJK)


def english_glosses(text: str) -> list[str]:
    """English words for the foreign terms found in `text`, in order of appearance."""
    return list(_remembered_glosses(text) if len(text) <= _REMEMBERED_CHARS else _glosses(text))


# One inspection glosses a text twice, for its readings and for the lexical heads' features;
# a few remembered texts of bounded size make the second time free.
_REMEMBERED_CHARS = 16_384


@functools.lru_cache(maxsize=16)
def _remembered_glosses(text: str) -> tuple[str, ...]:
    return tuple(_glosses(text))


def _glosses(text: str) -> list[str]:
    lowered = text.lower()
    if lowered.isascii():
        return _joined(_latin_hits(_LATIN_WORD.findall(lowered)))
    if _CJK_RUN.search(lowered) is None:
        # Folding the whole text at once is cheaper than word by word; no offsets are needed.
        return _joined(_latin_hits(_LATIN_WORD.findall(_fold(lowered))))
    matches = list(_LATIN_WORD.finditer(lowered))
    latin = _latin_hits([_fold(match.group()) for match in matches])
    cjk = _cjk_hits(lowered)
    if _mostly_cjk(lowered, matches):
        # Chinese and Japanese write terms in Latin letters as they are ("VXを作る",
        # "DDoS攻撃", "LINEのアカウント"): English already, and often the words that matter.
        # As written where lowering kept the offsets: the persona cues read "DAN", not "dan".
        written = text if len(text) == len(lowered) else lowered
        glossed = {index for index, _ in latin}
        latin += [
            (i, (written[m.start() : m.end()],)) for i, m in enumerate(matches) if i not in glossed
        ]
    # Word indexes become character offsets so that Latin and CJK glosses interleave in order.
    hits = [(matches[index].start(), gloss) for index, gloss in latin] + cjk
    hits.sort(key=lambda hit: hit[0])
    return _joined(hits)


def _mostly_cjk(lowered: str, latin_words: list[re.Match[str]]) -> bool:
    """Whether Han and kana outnumber the letters of the Latin words (an English text that
    quotes a Chinese name keeps its words out of the glosses)."""
    cjk_chars = sum(len(run.group()) for run in _CJK_RUN.finditer(lowered))
    return cjk_chars >= sum(len(word.group()) for word in latin_words)


def _joined(hits: list[tuple[int, tuple[str, ...]]]) -> list[str]:
    """The English words of the hits, one token each."""
    return [word for _, gloss in hits for word in gloss]


def _latin_hits(words: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """(word index, English) of glossed words and phrases; homographs only near certain ones."""
    candidates = [
        index
        for index, word in enumerate(words)
        if word in _STARTS or (len(word) >= _MIN_COMPOUND and word[-3:] in _HEAD_ENDINGS)
    ]
    hits: list[tuple[int, _Gloss]] = []
    certain: list[int] = []  # both ends of each certain entry
    markers: list[int] = []
    covered = 0
    for index in candidates:
        if index < covered:
            continue
        length, gloss = _latin_match(words, index)
        if gloss is not None:
            hits.append((index, gloss))
            covered = index + length
            if gloss.certain:
                certain.extend((index, covered - 1))
        elif words[index] in FOREIGN_MARKERS:
            markers.append(index)
    if all(gloss.certain for _, gloss in hits):
        return [(index, gloss.words) for index, gloss in hits]
    # A marker counts once a second piece of evidence is near: "de facto" stays English.
    foreign = sorted(certain + _confirmed(markers, certain))
    return [(index, gloss.words) for index, gloss in hits if gloss.certain or _near(foreign, index)]


def _confirmed(markers: list[int], certain: list[int]) -> list[int]:
    """The markers with a certain entry or another marker within the context window."""
    return [
        index
        for at, index in enumerate(markers)
        if _near(certain, index)
        or (at > 0 and index - markers[at - 1] <= _CONTEXT_WORDS)
        or (at + 1 < len(markers) and markers[at + 1] - index <= _CONTEXT_WORDS)
    ]


def _latin_match(words: list[str], index: int) -> tuple[int, _Gloss | None]:
    """How many words the longest entry at `index` spans, and its gloss (1 and None if none)."""
    word = words[index]
    for count in _PHRASE_LENGTHS.get(word, ()):
        if index + count <= len(words):
            gloss = _LATIN.get(" ".join(words[index : index + count]))
            if gloss is not None:
                return count, gloss
    gloss = _LATIN.get(word)
    if gloss is None and len(word) >= _MIN_COMPOUND:
        gloss = _compound(word)
    return 1, gloss


def _compound(word: str) -> _Gloss | None:
    """A German compound's gloss from its longest known head noun, with its prefix if known."""
    if word[-3:] not in _HEAD_ENDINGS:
        return None
    for split in range(_MIN_COMPOUND_PREFIX, len(word) - _MIN_COMPOUND_HEAD + 1):
        head = _HEADS.get(word[split:])
        if head is not None:
            prefix = word[:split]
            # The linking "s" of "Betäubungsmittel" belongs to neither noun.
            modifier = _LATIN.get(prefix) or _LATIN.get(prefix.removesuffix("s"))
            return _Gloss((modifier.words if modifier else ()) + head.words, head.certain)
    return None


def _near(positions: list[int], index: int) -> bool:
    """Whether a sorted list holds a position within the context window of `index`."""
    at = bisect.bisect_left(positions, index - _CONTEXT_WORDS)
    return at < len(positions) and positions[at] <= index + _CONTEXT_WORDS


def _cjk_hits(lowered: str) -> list[tuple[int, tuple[str, ...]]]:
    """(offset, English) of the longest entry at each position of each run of Han and kana."""
    hits: list[tuple[int, tuple[str, ...]]] = []
    for run in _CJK_RUN.finditer(lowered):
        chars = run.group()
        position = 0
        while position < len(chars):
            step = 1
            for length in _CJK_LENGTHS.get(chars[position], ()):
                gloss = _CJK.get(chars[position : position + length])
                if gloss is not None:
                    hits.append((run.start() + position, gloss.words))
                    step = length
                    break
            position += step
    return hits

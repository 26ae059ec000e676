"""The word lists behind the person-name finder, read once from the JSON shipped beside it."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

_PATH = Path(__file__).with_name("person_names.json")


@dataclass(frozen=True, slots=True)
class NameLists:
    """Case-folded word sets; `build.py` says where each comes from."""

    given: frozenset[str]
    family: frozenset[str]
    common_words: frozenset[str]
    proper_nouns: frozenset[str]
    places: frozenset[str]


@functools.cache
def load_name_lists(path: Path = _PATH) -> NameLists:
    """The lists, shared by every detector that uses them (they are large and never change)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return NameLists(
        given=frozenset(raw["given"]),
        family=frozenset(raw["family"]),
        common_words=frozenset(raw["common_words"]),
        proper_nouns=frozenset(raw["proper_nouns"]),
        places=frozenset(raw["places"]),
    )

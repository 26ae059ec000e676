"""A text's language is named only when the identifier is sure, and English is never foreign."""

from __future__ import annotations

import pytest

from gateway.detectors.written_language import surely_not_english

# Written for these tests; Chinese is written with its full-width question mark.
# ruff: noqa: RUF001


@pytest.mark.parametrize(
    "text",
    [
        "Bitte schließ die Tür.",
        "Les enfants jouent dans le parc.",
        "¿Dónde está la estación de tren más cercana?",
        "Você pode me ajudar com esta planilha?",
        "今天北京的天气怎么样？",
        "駅までの道を教えてください。",
    ],
)
def test_sentences_in_the_glossarys_languages_are_not_english(text: str) -> None:
    assert surely_not_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die hard fans will love the sequel.",
        "I want to die.",
        "die, bitch",
        "lol wat",
        "u r so dumb lmao",
        "Hello gateway",
        "Ramadan mubarak",
        "def main(): return 0",
        "",
        "12345 !!!",
    ],
)
def test_english_and_unsure_texts_are_not_called_foreign(text: str) -> None:
    assert not surely_not_english(text)

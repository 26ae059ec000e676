"""Which texts the cascade keeps on their lexical scores: those in another language."""

# ruff: noqa: RUF001 - Chinese punctuation is part of the Chinese text

from __future__ import annotations

import pytest

pytest.importorskip("tokenizers")

from gateway.detectors.learned.cascade import CascadeClassifierDetector
from gateway.detectors.learned.foreign_text import mostly_foreign
from gateway.detectors.learned.lexical import LexicalClassifierDetector
from gateway.detectors.options import DetectorOptions

FRENCH = (
    "Bonjour à tous, suite à notre réunion d'hier sur le rapport trimestriel, pourriez-vous "
    "m'envoyer les chiffres révisés avant vendredi ? Merci de vérifier avec la logistique."
)


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        "¿Podrías resumir este informe en tres puntos y proponer una respuesta educada al cliente?",
        "Könnten Sie mir bitte die überarbeiteten Zahlen bis Freitag schicken, damit wir planen?",
        "Você pode me enviar os números revisados antes de sexta-feira para fecharmos o relatório?",
        "请把修改后的数字在周五之前发给我，并用三点总结附件。",
        "金曜日までに修正した数字を送ってください。添付のメモを三点にまとめてください。",
        "Пришлите, пожалуйста, исправленные цифры до пятницы и кратко перескажите заметки.",
    ],
)
def test_texts_in_other_languages_are_foreign(text: str) -> None:
    assert mostly_foreign(text)


@pytest.mark.parametrize(
    "text",
    [
        "Could you send me the revised figures before Friday and summarise the notes?",
        "def total(values):\n    return sum(v for v in values if v is not None)\n",
        "Translate into French: I would like two croissants.",
        "Je t'aime",  # too short to say
        "Please review the Zusammenfassung from Müller & Søndergaard before the call.",
    ],
)
def test_english_and_code_are_not(text: str) -> None:
    assert not mostly_foreign(text)


def _score(detector: CascadeClassifierDetector | LexicalClassifierDetector, text: str) -> float:
    return max((finding.score for finding in detector.detect(text)), default=0.0)


def test_a_foreign_text_keeps_its_lexical_score_when_told_not_to_escalate() -> None:
    options = {"heads": ["prompt_injection"], "escalate_at": 0.1}
    lexical = LexicalClassifierDetector.from_options(
        "lexical", DetectorOptions("lexical", {"heads": ["prompt_injection"]})
    )
    escalating = CascadeClassifierDetector.from_options("c", DetectorOptions("c", options))
    kept = CascadeClassifierDetector.from_options(
        "c", DetectorOptions("c", {**options, "escalate_foreign": False})
    )
    assert _score(lexical, FRENCH) >= 0.1  # in the band where the cascade asks MiniLM
    assert _score(kept, FRENCH) == _score(lexical, FRENCH)
    assert _score(escalating, FRENCH) != _score(lexical, FRENCH)

"""Person names in French, Spanish, German and Portuguese text: the sentence's capitalised
articles and German nouns are not names, a greeting or a title still marks one."""

from __future__ import annotations

import pytest

from gateway.detectors.pii_entities import PiiEntityDetector
from gateway.inspection.redaction import redact

DETECTOR = PiiEntityDetector()


def _names(text: str) -> list[str]:
    return [
        text[f.span[0] : f.span[1]]
        for f in DETECTOR.detect(text)
        if f.span and f.category == "pii.person"
    ]


# Written for these tests. Before the language check each held a "name": "Les", "Park",
# "Der Hund", "Mein Bruder", "Das Leben", "Sur", "Welche Rechte".
@pytest.mark.parametrize(
    "text",
    [
        "Les enfants jouent dans le parc.",
        "Sur la table il y a des pommes et du pain.",
        "Die Kinder spielen im Park.",
        "Der Hund schläft im Garten.",
        "Mein Bruder wohnt seit zwei Jahren in Berlin.",
        "Das Leben in der Stadt ist teuer geworden.",
        "Welche Rechte haben Mieter in Deutschland?",
        "Esta tarde vamos al cine con los niños.",
        "Essa receita leva farinha, ovos e leite.",
    ],
)
def test_ordinary_foreign_sentences_hold_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je m'appelle Jean Dupont et j'habite à Lyon.", "Jean Dupont"),
        ("Bonjour Marie, peux-tu me rappeler ce soir ?", "Marie"),
        ("Hola María, ¿cómo estás?", "María"),
        ("Ich habe morgen einen Termin bei Frau Schmidt.", "Schmidt"),
        ("Hans Müller hat gestern zweimal angerufen.", "Hans Müller"),
        ("Olá João, tudo bem com a tua mãe?", "João"),
        ("Mi amigo Carlos García vive en Madrid.", "Carlos García"),
    ],
)
def test_names_in_foreign_text_are_still_found(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_strict_no_longer_redacts_a_french_article() -> None:
    text = "Les enfants jouent dans le parc."
    assert redact(text, DETECTOR.detect(text)) == text

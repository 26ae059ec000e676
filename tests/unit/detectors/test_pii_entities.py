"""Person names and street addresses: what is found, what ordinary capitalised text is not."""

from __future__ import annotations

import pytest

from gateway.detectors.base import DetectorConfigError
from gateway.detectors.options import DetectorOptions
from gateway.detectors.pii_entities import PiiEntityDetector
from gateway.detectors.registry import build_detector
from gateway.inspection.redaction import redact

DETECTOR = PiiEntityDetector()


def _found(text: str, detector: PiiEntityDetector = DETECTOR) -> list[tuple[str, str]]:
    return [(f.category, text[f.span[0] : f.span[1]]) for f in detector.detect(text) if f.span]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My name is Sarah Thompson and I need help.", "Sarah Thompson"),
        ("Dear Mr. Kowalczyk, thank you for your letter.", "Kowalczyk"),
        ("Best regards,\nJohn Smith\nSenior Engineer", "John Smith"),
        ("Contact Priya Raman at the front desk.", "Priya Raman"),
        ("Bot: What's the name on the account? User: Marcus Paulsen", "Marcus Paulsen"),
        ("I'm Naomi Ryan, originally from Cork.", "Naomi Ryan"),
        ("Write a letter to my landlord, Mrs. Olsen, about the heating.", "Olsen"),
        ("Dr. Nguyen will see you now.", "Nguyen"),
        ("Maybe it's under Elita B Desaulniers", "Elita B Desaulniers"),
        ("The verses from Yuri Bulgakov's Cautionary Tales", "Yuri Bulgakov"),
        ("Name: Åsa Laine\nPhone: 083 564 9312", "Åsa Laine"),
        ("They had three: Efimiya, Mary and Ariana.", "Mary"),
        ("They had three: Efimiya, Mary and Ariana.", "Efimiya"),
        ("credit card asap? my name is lena andersson.", "lena andersson"),
        ("Nicole: Remember me?\nJohn: You saved my life!", "John"),
        ("What's your last name? Matthíasson", "Matthíasson"),
    ],
)
def test_person_names_are_found(text: str, name: str) -> None:
    """A name with a known given name, a title or a cue phrase is reported with its span."""
    assert ("pii.person", name) in _found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "I live at 742 Evergreen Terrace, Springfield, IL 62704.",
            "742 Evergreen Terrace, Springfield, IL 62704",
        ),
        (
            "Please ship it to 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
            "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        ),
        (
            "Her address is Hauptstraße 12, 10115 Berlin, Germany.",
            "Hauptstraße 12, 10115 Berlin, Germany",
        ),
        (
            "The package goes to 221B Baker Street, London NW1 6XE.",
            "221B Baker Street, London NW1 6XE",
        ),
        ("Rua Augusta 1500, Apt. 12, São Paulo", "Rua Augusta 1500, Apt. 12, São Paulo"),
        ("Send it to PSC 1234, Box 5678\nAPO AE 09876 please.", "PSC 1234, Box 5678\nAPO AE 09876"),
        (
            "Meet me at the corner of Main Street and Elm Avenue.",
            "the corner of Main Street and Elm Avenue",
        ),
        (
            "Ship to:\n4844 Søndergade 52\n Apt. 656\n Brønderslev\n Denmark 35018",
            "4844 Søndergade 52\n Apt. 656\n Brønderslev\n Denmark 35018",
        ),
    ],
)
def test_street_addresses_are_found_whole(text: str, address: str) -> None:
    """A postal block is one span, from the house number to the postcode or country."""
    assert _found(text) == [("pii.street_address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "I moved from New York to Boston last year.",
        "We use GitHub Copilot and Visual Studio Code every day.",
        "The meeting is on Monday, March 3rd, in Paris.",
        "Call getUserName() on the HttpClient instance, then print(UserService.name).",
        "Windows 11 and Python 3.12 are installed.",
        "Chapter 5 explains the results of the 2019 survey.",
        "I flew to Paris in May and then to London.",
        "Apple and Microsoft announced new products in January.",
        "The Eiffel Tower is in Paris, France.",
        "Install Docker Desktop, then run Kubernetes on Ubuntu 22.04.",
        "What's a good name for a bakery?",
        "I'm Canadian and I love Toronto.",
        "Tesla Model 3 sales rose in April.",
        "The United Nations met in Geneva on 20 November 2023.",
        "Room 101 is on Floor 3.",
        "Take Route 66 to Highway 1.",
        "He scored 3 goals for Real Madrid in the Champions League.",
        "Send the invoice to jane_doe@example.com by Friday.",
        "Dijkstra's algorithm finds the shortest path.",
        "Set the Content-Length header and wrap the map in a Mutex<HashMap> first.",
        "Hawkins, Richardson and Santana is a law firm.",
        "Backend: Node.js with Express.",
        "I am fine, thanks.",
        "When is Ramadan this year, and how do Muslims usually break the fast?",
        "What is the meaning of Yom Kippur?",
        "Which countries have the largest Roma populations?",
        "We light candles for Hanukkah and for Diwali.",
        "Does Passover fall before Easter this year?",
        # "My" is a given name in the lists, "Docker" and "Garmin" family names.
        "My Docker container won't die. How do I force it to stop?",
        "My Garmin watch lost GPS after the update.",
    ],
)
def test_ordinary_capitalised_text_is_not_flagged(text: str) -> None:
    """Products, cities, months, feasts, peoples, code identifiers and numbered things are not
    personal data."""
    assert _found(text) == []


def test_a_street_named_after_a_person_is_an_address_not_a_name() -> None:
    """Words inside an address are reported once, as the address."""
    text = "Send it to 12 Victor Hugo Street, Lyon."
    assert _found(text) == [("pii.street_address", "12 Victor Hugo Street, Lyon")]


def test_found_names_and_addresses_can_be_redacted() -> None:
    """Redacting the findings leaves no trace of the person or where they live."""
    text = "Please forward this to Sarah Thompson, 742 Evergreen Terrace, Springfield."
    redacted = redact(text, DETECTOR.detect(text))
    assert "Sarah" not in redacted
    assert "Thompson" not in redacted
    assert "Evergreen" not in redacted


def test_entities_option_limits_what_is_reported() -> None:
    """A profile that asks only for addresses gets no names."""
    detector = build_detector("entities", "pii_entities", {"entities": ["pii.street_address"]})
    assert isinstance(detector, PiiEntityDetector)
    text = "John Smith lives at 10 Downing Street, London."
    assert [category for category, _ in _found(text, detector)] == ["pii.street_address"]


def test_min_name_score_drops_uncued_lone_names() -> None:
    """Raising `min_name_score` keeps cued names and drops a bare given name."""
    detector = PiiEntityDetector(min_name_score=0.75)
    assert _found("Ask Katrine about it.", detector) == []
    assert _found("Ask Mrs. Katrine about it.", detector) == [("pii.person", "Katrine")]


@pytest.mark.parametrize(
    "options",
    [{"entities": ["pii.phone_number"]}, {"min_name_score": 2}, {"threshold": 0.5}],
)
def test_bad_options_fail_at_load(options: dict[str, object]) -> None:
    """An unknown entity, an out-of-range score or an unknown option fails when loaded."""
    with pytest.raises(DetectorConfigError):
        PiiEntityDetector.from_options("entities", DetectorOptions("entities", options))

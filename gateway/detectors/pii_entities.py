"""Personal data that no checksum confirms: person names and street addresses.

A name list and cue phrases for names, street shapes for addresses, both offline and cheap
(docs/detectors.md has the figures and the sources of the shipped lists).
"""

from __future__ import annotations

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.name_lists import load_name_lists
from gateway.detectors.options import DetectorOptions
from gateway.detectors.person_names import PersonNameFinder
from gateway.detectors.street_addresses import StreetAddressFinder

ENTITIES = (taxonomy.PII_PERSON, taxonomy.PII_STREET_ADDRESS)
_ADDRESS_SCORE = 0.8


class PiiEntityDetector:
    """Person names and street addresses; a word inside an address is not also a name."""

    def __init__(
        self,
        name: str = "pii_entities",
        entities: tuple[str, ...] = ENTITIES,
        min_name_score: float = 0.5,
    ) -> None:
        self.name = name
        self._entities = frozenset(entities)
        self._min_name_score = min_name_score
        self._names = PersonNameFinder(load_name_lists())
        self._addresses = StreetAddressFinder()

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> PiiEntityDetector:
        """Build from policy options: `entities` limits the kinds reported, `min_name_score`
        drops the less certain names (0.6 lone known names, 0.7 unknown pairs, 0.8 cued)."""
        entities = options.strings("entities", ENTITIES)
        if set(entities) - set(ENTITIES):
            raise options._fail("entities", f"a subset of {', '.join(ENTITIES)}")
        min_name_score = options.number("min_name_score", 0.5, 0.0, 1.0)
        options.finish()
        return cls(name, entities, min_name_score)

    def detect(self, text: str) -> list[Finding]:
        """Addresses first; then the names that lie outside every address."""
        addresses = self._addresses.find(text)
        findings = []
        if taxonomy.PII_STREET_ADDRESS in self._entities:
            findings = [
                Finding(taxonomy.PII_STREET_ADDRESS, _ADDRESS_SCORE, span, self.name)
                for span in addresses
            ]
        if taxonomy.PII_PERSON not in self._entities:
            return findings
        for found in self._names.find(text):
            if found.score < self._min_name_score:
                continue
            if any(found.start < end and start < found.end for start, end in addresses):
                continue
            findings.append(
                Finding(taxonomy.PII_PERSON, found.score, (found.start, found.end), self.name)
            )
        return findings

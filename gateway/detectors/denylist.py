"""Words, phrases and regular expressions a policy forbids, compiled once at load."""

from __future__ import annotations

import re

from gateway.detectors import taxonomy
from gateway.detectors.base import DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions


class DenylistDetector:
    """Whole-word, case-insensitive terms and policy regexes; any hit scores 1.0."""

    def __init__(
        self,
        name: str = "denylist",
        terms: tuple[str, ...] = (),
        patterns: tuple[str, ...] = (),
        category: str = taxonomy.DENYLIST,
    ) -> None:
        self.name = name
        self._category = category
        sources = [rf"(?<!\w){re.escape(t)}(?!\w)" for t in terms if t.strip()]
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise DetectorConfigError(
                    f"detector {name!r}: bad regex {pattern!r}: {exc}"
                ) from exc
            sources.append(f"(?:{pattern})")
        self._pattern = re.compile("|".join(sources), re.IGNORECASE) if sources else None

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> DenylistDetector:
        """Build from policy options: `terms`, `patterns` and the `category` to report."""
        category = options.text("category", taxonomy.DENYLIST)
        if not taxonomy.is_known(category):
            raise DetectorConfigError(f"detector {name!r}: unknown category {category!r}")
        detector = cls(name, options.strings("terms"), options.strings("patterns"), category)
        options.finish()
        return detector

    def detect(self, text: str) -> list[Finding]:
        """One finding per match."""
        if self._pattern is None:
            return []
        return [
            Finding(self._category, 1.0, m.span(), self.name)
            for m in self._pattern.finditer(text)
            if m.end() > m.start()
        ]

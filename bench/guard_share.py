"""Share of texts a guard model would be asked about: the unsure band of a profile's
`guard_escalation` detectors, over the labelled lines of the shared eval files.

    .venv/bin/python -m bench.guard_share [--profile standard_guarded] [--band 0.2 0.8]

Runs each escalating detector's inner detector (no guard server needed) over every labelled
line of the files whose stage has one, and prints per file and pooled (distinct texts) the share
of benign (label 0) and harmful (label 1) texts with a finding the guard would settle; beside it,
the share with any finding in the band, whatever its category. The heads change when they are
retrained: re-run this, and date the figure you quote (docs/guard-models.md).
"""

from __future__ import annotations

import argparse
import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from gateway.detectors.guard_escalation import GuardEscalationDetector
from gateway.detectors.registry import build_detector
from gateway.evaluation.dataset import read_records
from gateway.policy.inspection_profile import InspectionProfile, Stage, load_inspection_profiles

ROOT = Path(__file__).resolve().parents[1]
STAGES: dict[str, Stage] = {"output_harm.jsonl": "output"}


@dataclass
class Tally:
    """Texts seen, escalated (in the escalated categories) and with any finding in the band."""

    texts: int = 0
    escalated: int = 0
    in_band: int = 0

    def add(self, escalated: bool, in_band: bool) -> None:
        """Count one text."""
        self.texts += 1
        self.escalated += escalated
        self.in_band += in_band

    def line(self) -> str:
        """`n=… escalated=…% any-in-band=…%`."""
        if not self.texts:
            return "n=0"
        share = 100.0 * self.escalated / self.texts
        anywhere = 100.0 * self.in_band / self.texts
        return f"n={self.texts:<5} escalated={share:5.1f}%  any-in-band={anywhere:5.1f}%"


@dataclass
class Verdicts:
    """Per distinct text: (escalated, any finding in band), so pooled shares count it once."""

    by_label: dict[int, dict[str, tuple[bool, bool]]] = field(
        default_factory=lambda: defaultdict(dict)
    )


def escalators(
    profile: InspectionProfile, stage: Stage, band: tuple[float, float] | None
) -> list[GuardEscalationDetector]:
    """The profile's guard_escalation detectors at `stage`, with the band overridden if given."""
    found: list[GuardEscalationDetector] = []
    for spec in profile.detectors_for(stage):
        if spec.kind != "guard_escalation":
            continue
        options = dict(spec.options)
        if band is not None:
            options.update(band_low=band[0], band_high=band[1])
        built = build_detector(spec.name, spec.kind, options)
        assert isinstance(built, GuardEscalationDetector)
        found.append(built)
    return found


def judge(detectors: list[GuardEscalationDetector], text: str) -> tuple[bool, bool]:
    """Whether any detector would ask its guard about `text`, and whether any finding of
    theirs lies in their band."""
    escalated = in_band = False
    for detector in detectors:
        findings = detector.detect_inner(text)
        low, high = detector.band
        escalated = escalated or bool(detector.unsure(findings))
        in_band = in_band or any(low <= f.score <= high for f in findings)
    return escalated, in_band


def main() -> None:
    """Print one line per file and label, then the pooled shares."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--policies", type=Path, default=ROOT / "policies")
    parser.add_argument("--profile", default="standard_guarded")
    parser.add_argument("--band", type=float, nargs=2, metavar=("LOW", "HIGH"))
    args = parser.parse_args()
    profile = load_inspection_profiles(args.policies / "inspection.yaml")[args.profile]
    band = (args.band[0], args.band[1]) if args.band else None
    pooled = Verdicts()
    bands: set[tuple[float, float]] = set()
    print(f"guard share, profile {profile.name}, {datetime.date.today().isoformat()}")
    for path in sorted(args.data.glob("*.jsonl")):
        stage = STAGES.get(path.name, "input")
        detectors = escalators(profile, stage, band)
        if not detectors:
            print(f"{path.name:<24} {stage:<6} no guard_escalation detector at this stage")
            continue
        bands.update(d.band for d in detectors)
        tallies: dict[int, Tally] = defaultdict(Tally)
        for record in read_records(path):
            if record.label is None:
                continue
            verdict = judge(detectors, record.text)
            tallies[record.label].add(*verdict)
            pooled.by_label[record.label][record.text] = verdict
        for label, name in ((0, "benign"), (1, "harmful")):
            if tallies[label].texts:
                print(f"{path.name:<24} {stage:<6} {name:<8} {tallies[label].line()}")
    print(f"band(s): {', '.join(f'{low}..{high}' for low, high in sorted(bands))}")
    everything = Tally()
    for label, name in ((0, "benign"), (1, "harmful")):
        tally = Tally()
        for verdict in pooled.by_label[label].values():
            tally.add(*verdict)
            everything.add(*verdict)
        print(f"pooled, distinct texts   {name:<15} {tally.line()}")
    print(f"pooled, distinct texts   {'all':<15} {everything.line()}")


if __name__ == "__main__":
    main()

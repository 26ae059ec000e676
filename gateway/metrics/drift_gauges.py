"""Detector drift gauges: each category's share of findings today and its baseline.

The figures come from a source set later (the drift watch, which reads the audit log in the
background); the collector only reads its cached snapshot at scrape time. The `category`
label takes values from a fixed set: the taxonomy's named categories, `secret` for every
credential kind, `pii.other` and `other`, so no stored or caller-supplied text can add series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from prometheus_client.metrics_core import GaugeMetricFamily, Metric

from gateway.detectors import taxonomy

SECRET_LABEL = "secret"  # noqa: S105 - a label value, not a password
OTHER_PII_LABEL = "pii.other"
OTHER_LABEL = "other"
_NAMED_PII = frozenset(
    {
        taxonomy.PII_CREDIT_CARD,
        taxonomy.PII_EMAIL_ADDRESS,
        taxonomy.PII_PHONE_NUMBER,
        taxonomy.PII_IBAN_CODE,
        taxonomy.PII_US_SSN,
        taxonomy.PII_IP_ADDRESS,
        taxonomy.PII_PERSON,
        taxonomy.PII_STREET_ADDRESS,
    }
)
DRIFT_LABELS: frozenset[str] = (
    taxonomy.HAZARDS
    | taxonomy.OTHER_CATEGORIES
    | _NAMED_PII
    | {SECRET_LABEL, OTHER_PII_LABEL, OTHER_LABEL}
)
"""Every value the `category` label of the drift gauges can take."""
DIRECTION = {"rise": 1, "drop": -1}


def drift_label(category: str) -> str:
    """The label a finding category is counted under (credential kinds share `secret`)."""
    if category.startswith(taxonomy.SECRET_PREFIX):
        return SECRET_LABEL
    if category in DRIFT_LABELS:
        return category
    return OTHER_PII_LABEL if category.startswith(taxonomy.PII_PREFIX) else OTHER_LABEL


@dataclass(frozen=True, slots=True)
class DriftSnapshot:
    """One category's drift as last computed."""

    category: str
    share: float
    baseline: float | None
    verdict: str
    """`rise`, `drop`, `steady`, `quiet` or `no baseline`."""


DriftSource = Callable[[], Iterable[DriftSnapshot]]
"""Called at every scrape on the event loop: it must not do I/O (return a cached snapshot)."""


class DetectorDriftCollector:
    """`modelgate_detector_finding_share`, `..._share_baseline` and `modelgate_detector_drift`.

    Without a source the families are exposed with no samples.
    """

    def __init__(self, source: DriftSource | None = None) -> None:
        self._source = source

    def attach(self, source: DriftSource) -> None:
        """Read the drift figures from `source` from now on (the drift watch calls this once)."""
        self._source = source

    def collect(self) -> Iterator[Metric]:
        """The three gauges, from the source's latest snapshot."""
        share = GaugeMetricFamily(
            "modelgate_detector_finding_share",
            "Share of inspected requests in the last 24 hours with a finding of the category.",
            labels=("category",),
        )
        baseline = GaugeMetricFamily(
            "modelgate_detector_finding_share_baseline",
            "Median daily share of the category over the baseline days before the last 24 hours.",
            labels=("category",),
        )
        drift = GaugeMetricFamily(
            "modelgate_detector_drift",
            "1 when the category's share rose sharply against its baseline, -1 when it dropped.",
            labels=("category",),
        )
        for snapshot in self._source() if self._source is not None else ():
            if snapshot.category not in DRIFT_LABELS:
                continue
            label = (snapshot.category,)
            share.add_metric(label, snapshot.share)
            if snapshot.baseline is not None:
                baseline.add_metric(label, snapshot.baseline)
            drift.add_metric(label, DIRECTION.get(snapshot.verdict, 0))
        yield share
        yield baseline
        yield drift

"""The evaluation run: a profile's whole inspection and decision over every line of a file."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.detectors.finding import Finding
from gateway.detectors.taxonomy import entity_type
from gateway.evaluation.conversations import as_last_turn, benign_turns
from gateway.evaluation.corpus import shippable
from gateway.evaluation.dataset import DatasetError, Record, read_records
from gateway.evaluation.metrics import BinaryCounts, SpanCounts
from gateway.inspection.inspector import Inspector


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass(frozen=True)
class EvalReport:
    """Figures for one file: binary metrics (when labelled), spans (when present), latency."""

    path: str
    profile: str
    stage: str
    binary: dict[str, float] | None
    spans: dict[str, dict[str, float]] | None
    p50_ms: float
    p95_ms: float
    category: str | None = None

    def as_json(self) -> dict[str, Any]:
        """One flat object: the binary keys at top level, spans under `spans`."""
        body: dict[str, Any] = {"file": self.path, "profile": self.profile, "stage": self.stage}
        body.update(self.binary or {"n": 0})
        body.update(p50_ms=round(self.p50_ms, 3), p95_ms=round(self.p95_ms, 3))
        if self.category is not None:
            body["category"] = self.category
        if self.spans is not None:
            body["spans"] = self.spans
        return body


def run_eval(
    path: Path,
    inspector: Inspector,
    subset: str = "all",
    earlier_turns: int = 0,
    category: str | None = None,
) -> EvalReport:
    """Inspect and decide every record (in this thread, timed per record) and count.

    `earlier_turns`: score each record as the last message of a conversation that opens with
    that many benign texts of the same file that pass alone (drawn with a fixed seed).
    `category`: a record counts as caught when the rules act on that category's findings
    alone (a subcategory's too), not on whatever else the text holds."""
    keep: Callable[[Record], bool] = {
        "all": lambda _: True,
        # Rows whose licence keeps them out of training: unseen by the shipped heads.
        "unseen": lambda record: not shippable(record.license),
    }[subset]
    binary = BinaryCounts()
    spans = SpanCounts()
    has_labels = has_spans = False
    timings: list[float] = []
    records = [record for record in read_records(path) if keep(record)]
    # Earlier turns are benign texts the inspector lets through alone, as in a conversation
    # built through the gateway, where every earlier turn passed when it was sent.
    pool = [
        text
        for text in (benign_turns(records) if earlier_turns else [])
        if inspector.decide(inspector.detect_sync(text)).action in ("allow", "redact")
    ]
    if earlier_turns and len(pool) <= earlier_turns:
        raise DatasetError(f"{path}: too few benign texts for {earlier_turns} earlier turns")
    rng = random.Random(0)
    for record in records:
        conversation = as_last_turn(record, pool, earlier_turns, rng)
        started = time.perf_counter()
        findings = inspector.detect_sync(conversation.text, conversation.messages)
        decision = inspector.decide(findings)
        timings.append((time.perf_counter() - started) * 1000.0)
        if record.label is not None:
            has_labels = True
            if category is not None:
                decision = inspector.decide([f for f in findings if _within(f, category)])
            binary.add(record.label, decision.action != "allow")
        if conversation.spans is not None:
            has_spans = True
            predicted = [
                (kind, f.span[0], f.span[1])
                for f in findings
                if f.span is not None and (kind := entity_type(f.category)) is not None
            ]
            spans.add(predicted, [(g.type, g.start, g.end) for g in conversation.spans])
    return EvalReport(
        path=str(path),
        profile=inspector.profile.name,
        stage=inspector.stage,
        binary=binary.summary() if has_labels else None,
        spans=spans.summary() if has_spans else None,
        p50_ms=_percentile(timings, 0.5),
        p95_ms=_percentile(timings, 0.95),
        category=category,
    )


def _within(finding: Finding, category: str) -> bool:
    return finding.category == category or finding.category.startswith(category + ".")

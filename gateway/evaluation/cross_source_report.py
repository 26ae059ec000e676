"""`make eval`: every head judged on sources it never trained on, per source and pooled.

    python -m gateway.evaluation.cross_source_report [--data DIR ...] [--heads h1 h2]
        [--jobs N] [--json F]

For each head and each model (lexical n-grams, MiniLM, their blend, and the cascade the
profiles run: lexical first, the blend only where the lexical score reaches `escalate_at`),
prints recall, false-positive rate and F1 per source and pooled over leave-one-source-out
scores, the cost per kilobyte of each model, and, beside it, the figure a random 5-fold split
of the same rows gives (which overstates quality: it shows the sources it is scored on). For
injection, jailbreak and harm it also prints what the `standard` profile's rules block: the
cascade beside the written cues (phrase cues; for harm the self-harm cues), at the rules' own
scores. The harm head's cascade scores foreign rows
with the foreign recipe's held-out margins, as the detector reads them with the foreign head
(`foreign_head_data`).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.learned.cascade import REFUSAL_DISCOUNT, CascadeOptions, clears_refusal
from gateway.detectors.options import DetectorOptions
from gateway.detectors.semantic.tuned_branch import branch_file
from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.cross_source import (
    COMBOS,
    HeadFeatures,
    leave_one_source_out,
    train_with_threshold,
)
from gateway.evaluation.foreign_head_data import FOREIGN_HEAD, foreign_rows, held_out_margins
from gateway.evaluation.head_data import HEADS, head_rows
from gateway.evaluation.head_features import build_features, warm_embeddings
from gateway.evaluation.metrics import BinaryCounts
from gateway.evaluation.profile_catches import (
    CUE_HEADS,
    blocked_by_profile,
    flagged_for_toxicity,
    standard_profile,
)
from gateway.policy.inspection_profile import Stage
from gateway.settings import PACKAGE_POLICIES

MAX_TOKENS = 48
PROFILE = "profile (standard rules)"


def judged_stage(head: str) -> Stage:
    """The stage whose cascade judges `head`'s file: answers for the answer head, prompts for
    the others (the toxicity file's posts are judged as prompts, though answers are scored
    for toxicity too)."""
    return "output" if HEADS[head].task == "output_harm" else "input"


def shipped_cascade_options(head: str, policies: Path = PACKAGE_POLICIES) -> CascadeOptions:
    """The options of the `standard` profile's cascade (the developer tier's) that scores
    `head` at its `judged_stage`, read from the policy file so that the report scores the
    cascade the gateway runs. A head no cascade scores is judged as the prompt cascade would
    run it."""
    profile = standard_profile(policies)
    cascades = [
        CascadeOptions.read(DetectorOptions(spec.name, spec.options))
        for spec in profile.detectors_for(judged_stage(head))
        if spec.kind == "cascade_classifier"
    ]
    scoring = [options for options in cascades if head in options.heads]
    fallback = [options for options in cascades if "harm_request" in options.heads]
    return (scoring or fallback)[0]


def _logit(p: float) -> float:
    return math.inf if p >= 1.0 else math.log(p / (1 - p))


def _refusals_discounted(
    margins: NDArray[np.float64], texts: Sequence[str], clear_below: float
) -> NDArray[np.float64]:
    """The margins as the cascade scores them after discounting answers that only refuse
    (`refusals_clear_below`): a margin is a score's logit around the threshold."""
    discounted = margins.copy()
    scores = 1.0 / (1.0 + np.exp(-np.clip(margins, -30.0, 30.0)))
    for index, (score, text) in enumerate(zip(scores.tolist(), texts, strict=True)):
        if clears_refusal(score, clear_below, text):
            discounted[index] = _logit(score * REFUSAL_DISCOUNT)
    return discounted


def cascade_scored(
    head: str,
    texts: Sequence[str],
    lexical: NDArray[np.float64],
    blend: NDArray[np.float64],
) -> NDArray[np.float64]:
    """The margins the shipped cascade gives `texts`, from their lexical and blend margins:
    the lexical one where the detector's rule does not ask MiniLM (`unsure_heads`)."""
    cascade = shipped_cascade_options(head)
    lexical_scores = 1.0 / (1.0 + np.exp(-np.clip(lexical, -30.0, 30.0)))
    lexical_only = np.asarray(
        [
            not cascade.unsure_heads({head: float(score)}, text)
            for score, text in zip(lexical_scores, texts, strict=True)
        ]
    )
    only_lowered = np.asarray([cascade.only_lowered(head, text) for text in texts])
    margins = np.where(
        lexical_only, lexical, np.where(only_lowered, np.minimum(lexical, blend), blend)
    )
    if cascade.refusals_clear_below > 0:
        margins = _refusals_discounted(margins, texts, cascade.refusals_clear_below)
    return margins


def counts(caught: NDArray[np.bool_], labels: NDArray[np.int64]) -> dict[str, float]:
    """Recall, false-positive rate, F1 and the counts behind them."""
    counts = BinaryCounts()
    for label, hit in zip(labels.tolist(), caught.tolist(), strict=True):
        counts.add(label, hit)
    return counts.summary()


def _random_split(
    features: HeadFeatures, head: str, rows: Sequence[LabelledRow]
) -> NDArray[np.float64]:
    """Margins from a stratified random 5-fold split, for comparison only."""
    labels = np.asarray([row.label for row in rows], dtype=np.int64)
    # Each row its own "group": the inner threshold split becomes a random split too.
    groups = tuple(str(i % 5) for i in range(len(rows)))
    margins = np.zeros(len(rows))
    order = np.random.default_rng(0).permutation(len(rows))
    for k in range(5):
        held = np.sort(order[k::5])
        train = np.setdiff1d(np.arange(len(rows)), held)
        trained = train_with_threshold(
            features, COMBOS["blend"], HEADS[head], labels, groups, train
        )
        margins[held] = trained.margins(features, held)
    return margins


def _cost(rows: Sequence[LabelledRow], head: str) -> dict[str, float]:
    """p50 milliseconds per text of featurising and of embedding, on 200 of the file's texts,
    and their median size (the 1 KB figures come from `make bench`)."""
    from gateway.detectors.learned.features import featurize
    from gateway.detectors.semantic.minilm import MiniLmEncoder
    from gateway.detectors.semantic.whole_text import WHOLE_TEXT_HEADS, read_text

    sample = [row.text for row in rows[:: max(1, len(rows) // 200)]][:200]
    encoder = MiniLmEncoder(max_tokens=MAX_TOKENS, cache_size=1)
    timings: dict[str, list[float]] = {"lexical_ms": [], "minilm_ms": []}
    for text in sample:
        started = time.perf_counter()
        featurize(text)
        timings["lexical_ms"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        read_text(encoder, text, (), head in WHOLE_TEXT_HEADS)
        timings["minilm_ms"].append((time.perf_counter() - started) * 1000)
    figures = {name: round(float(np.median(values)), 3) for name, values in timings.items()}
    figures["median_bytes"] = float(np.median([len(text.encode()) for text in sample]))
    return figures


def evaluate_head(folders: Sequence[Path], head: str) -> dict[str, Any]:
    """Per-model pooled and per-source figures for one head."""
    rows = head_rows(folders, head)
    labels = np.asarray([row.label for row in rows], dtype=np.int64)
    groups = np.asarray([row.group for row in rows])
    # Printed by whichever process judges the head: a head takes minutes, its report prints
    # when it and the heads before it are done.
    print(
        f"judging {head}: {len(rows)} rows, {len(set(groups.tolist()))} source groups", flush=True
    )
    features = build_features(head, rows, MAX_TOKENS)
    margins = leave_one_source_out(rows, features, COMBOS, HEADS[head])
    caught = {name: m > 0 for name, m in margins.items()}
    texts = [row.text for row in rows]
    lexical_margins = margins["lexical"]
    if head == FOREIGN_HEAD:
        # The cascade scores foreign text with the head trained for it (`foreign_heads`).
        foreign = foreign_rows(rows)
        lexical_margins = np.where(foreign, held_out_margins(rows), lexical_margins)
    cascade_margins = cascade_scored(head, texts, lexical_margins, margins["blend"])
    caught["cascade"] = cascade_margins > 0
    if head in CUE_HEADS:
        caught[PROFILE] = blocked_by_profile(head, texts, cascade_margins, standard_profile())
    if head == "toxicity":
        caught[PROFILE] = flagged_for_toxicity(texts, cascade_margins, standard_profile())
    caught["random split (blend)"] = _random_split(features, head, rows) > 0
    report: dict[str, Any] = {"head": head, "file": HEADS[head].task, "models": {}}
    for name, hits in caught.items():
        report["models"][name] = {
            "pooled": counts(hits, labels),
            "sources": {
                str(group): counts(hits[groups == group], labels[groups == group])
                for group in sorted(set(groups.tolist()))
            },
        }
    report["cost_p50"] = _cost(rows, head)
    # Kept so that another cascade setting can be judged without training again.
    report["margins"] = {
        name: [round(float(m), 4) for m in values] for name, values in margins.items()
    }
    report["labels"] = labels.tolist()
    report["groups"] = groups.tolist()
    report["unseen_by_licence"] = sorted({row.group for row in rows if not row.shippable})
    return report


def _print(report: dict[str, Any]) -> None:
    print(f"\n== {report['head']} ({report['file']}.jsonl), cost {report['cost_p50']}")
    print(f"   {'model':24s} {'n':>6s} {'recall':>7s} {'fpr':>6s} {'f1':>6s}")
    for name, figures in report["models"].items():  # the margins stay in the JSON only
        pooled = figures["pooled"]
        print(
            f"   {name:24s} {pooled['n']:6d} {pooled['recall']:7.3f} {pooled['fpr']:6.3f} "
            f"{pooled['f1']:6.3f}"
        )
    profile = report["models"].get(PROFILE)
    print(
        "   per source (cascade):  n, positives, recall, fpr"
        + ("; the profile's recall, fpr" if profile else "")
    )
    for group, figures in report["models"]["cascade"]["sources"].items():
        positives = figures["tp"] + figures["fn"]
        beside = ""
        if profile:
            blocked = profile["sources"][group]
            beside = f"; {blocked['recall']:6.3f} {blocked['fpr']:6.3f}"
        note = " (never trained on: licence)" if group in report["unseen_by_licence"] else ""
        print(
            f"     {group[:58]:58s} {figures['n']:5d} {positives:5d} "
            f"{figures['recall']:6.3f} {figures['fpr']:6.3f}{beside}{note}"
        )
    if branch_file(report["head"]).is_file():
        # Thirty fine-tunes do not fit in one run: the tuned model is judged by its own tool.
        print(
            "   the shipped MiniLM model of this head is a tuned branch; the rows above fit the "
            "frozen one. Its figures: python -m gateway.evaluation.encoder_tuning --dry-run "
            f"--head {report['head']}"
        )


def _reports(folders: Sequence[Path], heads: Sequence[str], jobs: int) -> Iterator[dict[str, Any]]:
    """Each head's report, in the order asked, from `jobs` processes."""
    if jobs == 1 or len(heads) == 1:
        yield from (evaluate_head(folders, head) for head in heads)
        return
    # Every text any head needs is embedded first, by all the processes together: each head's
    # own run then only reads the cache.
    warm_embeddings(folders, heads, MAX_TOKENS, workers=jobs)
    context = multiprocessing.get_context("spawn")  # no fork of a process running BLAS threads
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(evaluate_head, [folders] * len(heads), heads)


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[Path("../shared/train"), Path("../shared/eval")]
    )
    parser.add_argument("--heads", nargs="+", default=list(HEADS), choices=list(HEADS))
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="processes: they embed the texts not yet cached, then judge one head each",
    )
    args = parser.parse_args(argv)
    reports = []
    for report in _reports(args.data, args.heads, max(1, args.jobs)):
        _print(report)
        reports.append(report)
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Detector cost and quality: per-1 KB p50 cost of the profiles, then eval figures per file.

    .venv/bin/python bench/detectors_bench.py [--data ../shared/eval] [--subset unseen]

Cost is measured in this thread on 1,024 characters of mixed prose that start differently on
every run, so MiniLM's embedding cache never answers (a repeated text would make the semantic
detector look free); the cached figure is printed separately. Answers are also measured as a
technical answer the lexical answer head flags (so MiniLM is asked about it), whole and
streamed in 8-character deltas through the proxy's `StreamGuard`, which inspects a window every
64 characters. The eval runs each shared file through the developer tier's profile at the
file's stage.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import time
from pathlib import Path

from gateway.detectors.pii_entities import PiiEntityDetector
from gateway.detectors.self_harm import SelfHarmCueDetector
from gateway.evaluation.runner import run_eval
from gateway.inspection.inspector import Inspector
from gateway.inspection.stream_guard import StreamGuard
from gateway.policy.inspection_profile import load_inspection_profiles, profile_for_tier

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (
    "Hi team, following up on yesterday's call about the quarterly report. Could you send the "
    "revised figures to anna.berg@example.org before Friday? The budget line for travel looks "
    "high compared with last year, and I would like to understand why. Also, the customer in "
    "Lyon asked whether we can deliver the second batch earlier; please check with logistics. "
    "If anything is unclear, call me on +44 20 7946 0958. Summarise the attached notes in three "
    "bullet points and suggest a polite reply that declines the extra meeting next week. "
)
TEXT = (SAMPLE * 4)[:1024]
# Words the lexical answer head reads as violent ("kill", "shoot", "terminate") in a sysadmin's
# answer: the answer stage's cascade asks MiniLM about it. Its sentences differ from one
# another, since the answer head embeds each sentence of an answer (a repeated one is cached).
TECHNICAL_ANSWER = (
    "Sure. To kill a stuck process on Linux, first find its id with ps aux, then send it "
    "SIGTERM with kill and the pid. If it ignores that, kill -9 forces it to stop immediately. "
    "To troubleshoot why it hangs, shoot a core dump with gcore before you terminate it, and "
    "read the stack in gdb. Step 3: check that it is gone and that its children were reaped. "
    "If the children survive, kill the whole process group with a negative pid instead. "
    "A service that keeps dying under load may be the victim of the out-of-memory killer, "
    "which you can confirm with dmesg. Step 5: terminate the idle database sessions that hold "
    "locks, or the next deploy will hang on them as well. When a container will not stop, "
    "docker kill sends it SIGKILL after the grace period, and you can execute a shell in "
    "it first to see what it is blocked on. Finally, write the fix into the runbook so the "
    "next engineer on call can shoot the same trouble in minutes rather than hours."
)[:1024]
STAGES = {"output_harm.jsonl": "output"}


# Numbers the cost samples across the whole run: inspectors of one process share MiniLM's
# cache, so a text measured under one profile must never come back under another.
_SAMPLE_NUMBERS = itertools.count()


def fresh_sample(text: str = TEXT, every_sentence: bool = False) -> str:
    """1,024 characters starting with word pieces no earlier sample had (new token ids); with
    `every_sentence`, each sentence does (the answer head embeds an answer's sentences one by
    one and would find all but the first in the cache)."""
    number = next(_SAMPLE_NUMBERS)
    tag = f"({number * 7919 % 10007})"
    if every_sentence:
        text = text.replace(". ", f". {tag} ")
    return (f"Ticket {number} {tag}: " + text)[:1024]


def cost_ms(
    inspector: Inspector,
    runs: int = 200,
    cached: bool = False,
    text: str = TEXT,
    every_sentence: bool = False,
) -> float:
    """Median milliseconds to inspect and decide 1 KB; a new text per run unless `cached`
    (new in every sentence with `every_sentence`)."""
    inspector.decide(inspector.detect_sync(text))  # warm caches and lazy imports
    base = text
    timings = []
    for _ in range(runs):
        text = base if cached else fresh_sample(base, every_sentence)
        started = time.perf_counter()
        inspector.decide(inspector.detect_sync(text))
        timings.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(timings)


async def _stream(inspector: Inspector, text: str) -> None:
    guard = StreamGuard(inspector)
    for start in range(0, len(text), 8):
        if (await guard.push(text[start : start + 8])).stop:
            return
    await guard.finish()


async def _streamed_timings(inspector: Inspector, text: str, runs: int) -> list[float]:
    await _stream(inspector, text)  # warm caches and the event loop's worker threads
    timings = []
    for _ in range(runs):
        sample = fresh_sample(text, every_sentence=True)
        started = time.perf_counter()
        await _stream(inspector, sample)
        timings.append((time.perf_counter() - started) * 1000.0)
    return timings


def streamed_cost_ms(inspector: Inspector, text: str, runs: int = 100) -> float:
    """Median milliseconds to stream 1 KB through the proxy's guard, a new text per run (on
    one event loop, as in the gateway)."""
    return statistics.median(asyncio.run(_streamed_timings(inspector, text, runs)))


def detector_cost_ms(detector: PiiEntityDetector, runs: int = 500) -> float:
    """Median milliseconds for one detector alone on 1 KB (the new text of every run)."""
    detector.detect(TEXT)
    timings = []
    for _ in range(runs):
        text = fresh_sample()
        started = time.perf_counter()
        detector.detect(text)
        timings.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(timings)


def minilm_backend() -> str:
    """Which backend MiniLM runs on here ("onnxruntime-int8", "numpy", ...)."""
    from gateway.detectors.semantic.minilm import shared_encoder

    return shared_encoder(48).backend_name


def main() -> None:
    """Print the cost lines, then one eval line per shared file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--policies", type=Path, default=ROOT / "policies")
    parser.add_argument("--tier", default="developer")
    parser.add_argument("--subset", choices=("all", "unseen"), default="all")
    args = parser.parse_args()
    profiles = load_inspection_profiles(args.policies / "inspection.yaml")
    default = profiles[profile_for_tier(args.policies, args.tier)]
    for stage in ("input", "output"):
        spent = cost_ms(Inspector.from_profile(default, stage))
        print(f"cost per 1 KB, p50 (profile {default.name}, {stage}): {spent:.2f} ms")
    answers = Inspector.from_profile(default, "output")
    for label, text in (("prose", TEXT), ("technical answer", TECHNICAL_ANSWER)):
        spent = cost_ms(answers, text=text, every_sentence=True)
        streamed = streamed_cost_ms(answers, text)
        print(
            f"cost per 1 KB, p50 (profile {default.name}, output, {label}): "
            f"whole {spent:.2f} ms, streamed {streamed:.2f} ms"
        )
    spent = detector_cost_ms(PiiEntityDetector())
    print(f"cost per 1 KB, p50 (pii_entities alone, names and addresses): {spent:.2f} ms")
    spent = detector_cost_ms(SelfHarmCueDetector())
    print(f"cost per 1 KB, p50 (self_harm_cues alone): {spent:.2f} ms")
    if "strict" in profiles:
        try:
            semantic = Inspector.from_profile(profiles["strict"], "input")
        except Exception as exc:  # the `ml` setup may be missing; say so and go on
            print(f"cost with semantic: unavailable ({exc})")
        else:
            print(f"MiniLM backend: {minilm_backend()}")
            spent = cost_ms(semantic, 100)
            print(f"cost per 1 KB, p50 (profile strict, with semantic, uncached): {spent:.2f} ms")
            spent = cost_ms(semantic, 100, cached=True)
            print(
                f"cost per 1 KB, p50 (profile strict, same text repeated, cached): {spent:.2f} ms"
            )
    for path in sorted(args.data.glob("*.jsonl")):
        stage = STAGES.get(path.name, "input")
        inspector = Inspector.from_profile(default, stage)  # type: ignore[arg-type]
        report = run_eval(path, inspector, args.subset)
        line = f"{path.name:<24} {stage:<6} p50={report.p50_ms:.2f}ms p95={report.p95_ms:.2f}ms"
        if report.binary:
            b = report.binary
            line += (f" n={b['n']} precision={b['precision']:.3f} recall={b['recall']:.3f}"
                     f" f1={b['f1']:.3f} fpr={b['fpr']:.3f}")  # fmt: skip
        print(line)
        for kind, row in (report.spans or {}).items():
            figures = f"precision={row['precision']:.3f} recall={row['recall']:.3f}"
            print(f"    {kind:<20} {figures} (gold {row['gold']})")


if __name__ == "__main__":
    main()

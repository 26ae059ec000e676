"""`modelgate eval FILE.jsonl --tier TIER`: a tier's whole inspection over a labelled file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from gateway.evaluation.dataset import DatasetError
from gateway.evaluation.runner import EvalReport, run_eval
from gateway.inspection.inspector import Inspector
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import load_inspection_profiles, profile_for_tier


def _table(report: EvalReport) -> str:
    lines = [f"{report.path}  profile={report.profile} stage={report.stage}"]
    if report.category is not None:
        lines[0] += f" category={report.category}"
    if report.binary:
        b = report.binary
        lines.append(
            f"  n={b['n']} tp={b['tp']} fp={b['fp']} fn={b['fn']} tn={b['tn']}  "
            f"precision={b['precision']:.3f} recall={b['recall']:.3f} f1={b['f1']:.3f} "
            f"fpr={b['fpr']:.3f}"
        )
    if report.spans:
        lines.append(f"  {'entity':<20}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}")
        for kind, row in report.spans.items():
            lines.append(
                f"  {kind:<20}{row['gold']:>6}{row['predicted']:>6}"
                f"{row['precision']:>11.3f}{row['recall']:>8.3f}"
            )
    lines.append(f"  p50={report.p50_ms:.2f} ms  p95={report.p95_ms:.2f} ms per record")
    return "\n".join(lines)


@click.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--tier", default="developer", show_default=True, help="Tier whose profile runs.")
@click.option("--profile", "profile_name", default=None, help="Profile name (overrides --tier).")
@click.option("--stage", type=click.Choice(["input", "output"]), default="input", show_default=True)
@click.option(
    "--policies", type=click.Path(file_okay=False, path_type=Path), default=Path("policies")
)
@click.option(
    "--subset",
    type=click.Choice(["all", "unseen"]),
    default="all",
    show_default=True,
    help="Lines to score: `unseen` keeps only lines whose licence kept them out of training.",
)
@click.option(
    "--after-turns",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Score each line as the last message of a conversation opening with this many "
    "benign lines of the same file (measures dilution by earlier turns).",
)
@click.option(
    "--category",
    default=None,
    help="Count a line as caught only when the rules act on findings of this category "
    "(or its subcategories, e.g. `prompt_injection`), so a redacted IBAN in a clean document "
    "is not counted as a caught injection.",
)
@click.option("--json", "as_json", is_flag=True, help="End with one JSON object of the figures.")
def eval_command(
    file: Path,
    tier: str,
    profile_name: str | None,
    stage: str,
    policies: Path,
    subset: str,
    after_turns: int,
    category: str | None,
    as_json: bool,
) -> None:
    """Run a tier's inspection over FILE.jsonl and print detection and latency figures."""
    try:
        name = profile_name or profile_for_tier(policies, tier)
        profiles = load_inspection_profiles(policies / "inspection.yaml")
        if name not in profiles:
            raise click.ClickException(f"no inspection profile named {name!r}")
        inspector = Inspector.from_profile(
            profiles[name], "output" if stage == "output" else "input"
        )
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        report = run_eval(file, inspector, subset, after_turns, category)
    except DatasetError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(_table(report))
    if as_json:
        click.echo(json.dumps(report.as_json(), sort_keys=True))

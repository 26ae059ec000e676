"""`modelgate policy test`: run the policy test cases in `policies/tests/*.yaml`."""

from __future__ import annotations

from pathlib import Path

import click
import msgspec

from gateway.cli.policy_test_report import policy_test_report
from gateway.policy.errors import PolicyError
from gateway.policy.policy_tests import CaseResult, GroupVerdict, PolicyTestRunner
from gateway.risk.escalation_cases import EscalationResult, check_directory


@click.command("test")
@click.option(
    "--policies", type=click.Path(file_okay=False, path_type=Path), default=Path("policies")
)
@click.option("-v", "--verbose", is_flag=True, help="Show passing cases too.")
@click.option(
    "--file",
    "only",
    multiple=True,
    metavar="NAME",
    help="Run only this test file (e.g. benign_lookalikes); may be repeated.",
)
@click.option("--tier", help="Judge every case as this tier, whatever the case names.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object: each file's (and group's) figures and every case's result.",
)
def policy_test_command(
    policies: Path, verbose: bool, only: tuple[str, ...], tier: str | None, as_json: bool
) -> None:
    """Check each file's cases against their expected actions; exit 1 when a file fails.

    A file fails when more of its cases (or of one group's) mismatch than its
    `max_mismatch_rate` allows; without that key, a single mismatch fails it.
    """
    try:
        verdicts = PolicyTestRunner(policies).run_files(only, tier)
        # Escalation cases judge figures, not texts: `--file` and `--tier` select text cases.
        escalations = [] if only or tier else check_directory(policies)[1]
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(msgspec.json.encode(policy_test_report(verdicts)).decode())
    else:
        for verdict in verdicts:
            _echo_verdict(verdict, verbose)
        failed = sum(not verdict.passed for verdict in verdicts)
        cases = sum(len(verdict.results) for verdict in verdicts)
        mismatched = sum(len(verdict.mismatches) for verdict in verdicts)
        click.echo(f"{cases} cases, {mismatched} mismatched")
        click.echo(f"{len(verdicts) - failed} passed, {failed} failed")
        _echo_escalations(escalations, verbose)
    if not all(verdict.passed for verdict in verdicts) or not all(r.passed for r in escalations):
        raise SystemExit(1)


def _echo_escalations(results: list[EscalationResult], verbose: bool) -> None:
    if not results:
        return
    failed = [result for result in results if not result.passed]
    click.echo(
        f"{'FAIL' if failed else 'ok  '} escalation: {len(results)} cases, {len(failed)} mismatched"
    )
    for result in results:
        if verbose or not result.passed:
            case = result.case
            click.echo(
                f"     {'ok  ' if result.passed else 'diff'} {case.source.name}:{case.line} "
                f"{case.name}: expected {case.expect}, got {result.step}"
                + (f" ({result.rule})" if result.rule else "")
            )


def _echo_verdict(verdict: GroupVerdict, verbose: bool) -> None:
    mark = "ok  " if verdict.passed else "FAIL"
    where = verdict.source.name + (f" [{verdict.group}]" if verdict.group else "")
    click.echo(
        f"{mark} {where}: {len(verdict.results)} cases, {len(verdict.mismatches)} mismatched "
        f"({verdict.rate:.1%}), allowed {verdict.allowed_rate:.1%}"
    )
    for result in verdict.results:
        if verbose or not result.passed:
            click.echo(f"     {'ok  ' if result.passed else 'diff'} {_describe(result)}")


def _describe(result: CaseResult) -> str:
    case, decision = result.case, result.decision
    detail = f"expected {case.expect}, got {decision.action}"
    if decision.rule_id:
        detail += f" ({decision.rule_id}: {', '.join(decision.categories)})"
    return f"{case.source.name}:{case.line} {case.name}: {detail}"

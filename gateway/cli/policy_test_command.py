"""`modelgate policy test`: run the policy test cases in `policies/tests/*.yaml`."""

from __future__ import annotations

from pathlib import Path

import click

from gateway.policy.errors import PolicyError
from gateway.policy.policy_tests import PolicyTestRunner


@click.command("test")
@click.option(
    "--policies", type=click.Path(file_okay=False, path_type=Path), default=Path("policies")
)
@click.option("-v", "--verbose", is_flag=True, help="Show passing cases too.")
def policy_test_command(policies: Path, verbose: bool) -> None:
    """Check that each test case gets its expected action; exit 1 on any failure."""
    try:
        results = PolicyTestRunner(policies).run_all()
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    failed = [r for r in results if not r.passed]
    for result in results:
        if result.passed and not verbose:
            continue
        case, decision = result.case, result.decision
        mark = "ok  " if result.passed else "FAIL"
        detail = f"expected {case.expect}, got {decision.action}"
        if decision.rule_id:
            detail += f" ({decision.rule_id}: {', '.join(decision.categories)})"
        click.echo(f"{mark} {case.source.name}:{case.line} {case.name}: {detail}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise SystemExit(1)

"""Over-refusal is a bug: the developer tier refuses at most 3% of benign look-alikes."""

from __future__ import annotations

import asyncio

from gateway.policy.policy_tests import PolicyTestRunner, discover_files
from gateway.settings import PACKAGE_POLICIES
from tests.support.ml import needs_ml

pytestmark = needs_ml

REFUSALS = ("block", "hold")


def test_at_most_three_percent_of_benign_look_alikes_are_refused() -> None:
    """Homonyms, safety, history, fiction, medicine, law and security questions written for
    the project (`policies/tests/benign_lookalikes.yaml`) are refused (blocked or held) under
    `standard` at most 3% of the time; a flag is not a refusal."""
    runner = PolicyTestRunner(PACKAGE_POLICIES)
    (case_file,) = discover_files(PACKAGE_POLICIES, ["benign_lookalikes"])
    assert len(case_file.cases) >= 200

    async def run_all() -> list[str]:
        results = [await runner.run_case(case) for case in case_file.cases]
        return [r.case.name for r in results if r.decision.action in REFUSALS]

    refused = asyncio.run(run_all())
    assert len(refused) / len(case_file.cases) <= 0.03, refused

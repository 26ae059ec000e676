"""Schemathesis against the gateway's own OpenAPI document: thousands of generated requests,
no server error and no answer that contradicts the document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tests.support.gateway import RunningGateway

TOTAL_CASES = 2100
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def unlimited_key(sqlite_gateway: RunningGateway) -> str:
    """A key whose limits never refuse, so generated requests reach every stage."""
    huge = {"requests_per_minute": 10**9, "concurrent": 10**6, "tokens_per_minute": 10**12}
    issued = sqlite_gateway.with_keys(
        lambda store: store.create(account="fuzz", tier="researcher", limit_overrides=huge)
    )
    return issued.key


def test_generated_requests_get_documented_answers(
    sqlite_gateway: RunningGateway, unlimited_key: str
) -> None:
    """At least 2,000 generated cases: zero 5xx, every status and body as documented."""
    document = httpx.get(f"{sqlite_gateway.url}/openapi/openapi.json").json()
    schema = schemathesis.openapi.from_dict(document)
    headers = {"authorization": f"Bearer {unlimited_key}"}
    failures: list[str] = []
    sent: list[str] = []

    operations = [result.ok() for result in schema.get_all_operations()]
    per_operation = -(-TOTAL_CASES // len(operations))
    for operation in operations:
        _exercise(operation, sqlite_gateway.url, headers, per_operation, failures, sent)()
    assert failures == []
    # Operations without parameters have few distinct cases; the rest make up the total.
    assert len(sent) >= 2000


def _exercise(
    operation: Any,
    base_url: str,
    headers: dict[str, str],
    examples: int,
    failures: list[str],
    sent: list[str],
) -> Callable[[], None]:
    """A Hypothesis test that sends `examples` generated cases for one operation."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def exercise(case: Any) -> None:
        sent.append(operation.label)
        try:
            case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS, timeout=30)
        except Exception as exc:  # every check failure is collected and reported together
            failures.append(f"{operation.label}: {str(exc)[:300]}")

    return exercise

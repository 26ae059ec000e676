"""A gateway whose `checked` tier holds card numbers for review, and a review service beside it.

The review service built here talks to the same database as the running gateway, the way a
second replica would, so tests act as reviewers without going through the pages.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import httpx

from gateway.app import create_app
from gateway.demo.server import DemoUpstream
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.policy.loader import load_policy_set
from gateway.review import ReviewService, build_review_service
from gateway.settings import PACKAGE_POLICIES, ReviewSettings, Settings
from gateway.storage.engine import create_engine
from tests.support.gateway import RunningGateway, gateway_settings
from tests.support.scripted_upstream import ScriptedUpstream
from tests.support.servers import BackgroundServer

T = TypeVar("T")
CARD = "4111 1111 1111 1111"
HELD_PROMPT = f"Please charge my card {CARD} for the order."
SCRIPTS = {
    "clean": ["The order is placed. ", "Thank you."],
    "forbidden": ["This answer says a forbidden word."],
    "emailer": ["Write to jane.doe@example.com ", "for help with the order."],
    # Served as `support-desk`: an upstream name that is no public model's.
    "desk-v2": ["Write to jane.doe@example.com ", "for help with the order."],
}
MODELS = """
upstreams:
  demo: {base_url: "${MODELGATE_DEMO_UPSTREAM_URL}"}
  scripted: {base_url: "${SCRIPTED_URL}"}
models:
  demo-chat: {upstream: demo, stage: general}
  clean: {upstream: scripted, stage: general}
  forbidden: {upstream: scripted, stage: general}
  emailer: {upstream: scripted, stage: general}
  support-desk: {upstream: scripted, upstream_model: desk-v2, stage: general}
"""
TIERS = """
tiers:
  developer: {max_tokens: 256, inspection: standard}
  checked:
    max_tokens: 256
    inspection: testing
    review: {sla_minutes: 30, on_expiry: refuse}
  metered:
    max_tokens: 256
    inspection: testing
    review: {sla_minutes: 30, on_expiry: refuse}
    limits: {requests_per_minute: 1000, tokens_per_day: 100000}
"""
TESTING_PROFILE = """
  testing:
    description: Deterministic rules for the gateway's own tests.
    detectors:
      pii: {}
      secrets: {}
      words: {kind: denylist, options: {terms: [forbidden]}}
    input: [pii, secrets]
    output: [pii, secrets, words]
    rules:
      - {id: secret-redact, categories: ["secret.*"], min_score: 0.5, action: redact}
      - {id: card-hold, categories: [pii.credit_card], min_score: 0.5, action: hold,
         stages: [input]}
      - {id: words-block, categories: [denylist], min_score: 0.5, action: block, stages: [output]}
      - {id: email-hold, categories: [pii.email_address], min_score: 0.5, action: hold,
         stages: [output]}
"""


def review_policies(directory: Path) -> Path:
    """A policies dir with the `checked` tier and the `testing` profile."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "models.yaml").write_text(MODELS)
    (directory / "tiers.yaml").write_text(TIERS)
    shipped = (PACKAGE_POLICIES / "inspection.yaml").read_text()
    (directory / "inspection.yaml").write_text(shipped.rstrip("\n") + "\n" + TESTING_PROFILE)
    return directory


@dataclass
class ReviewGateway:
    """A running gateway in front of a scripted model, with review settings for tests."""

    gateway: RunningGateway
    scripted: ScriptedUpstream
    scripted_server: BackgroundServer
    settings: Settings

    @property
    def url(self) -> str:
        """The gateway's base URL."""
        return self.gateway.url

    def chat(self, key: str, content: str, model: str = "clean") -> httpx.Response:
        """A chat completion through the gateway."""
        return httpx.post(
            f"{self.url}/v1/chat/completions",
            headers={"authorization": f"Bearer {key}"},
            json={"model": model, "messages": [{"role": "user", "content": content}]},
            timeout=60,
        )

    def get(self, key: str, path: str) -> httpx.Response:
        """A GET with the caller's key."""
        return httpx.get(
            f"{self.url}{path}", headers={"authorization": f"Bearer {key}"}, timeout=60
        )

    def post(self, key: str, path: str, body: object) -> httpx.Response:
        """A POST with the caller's key."""
        return httpx.post(
            f"{self.url}{path}",
            headers={"authorization": f"Bearer {key}"},
            json=body,
            timeout=60,
        )

    def with_review(self, action: Callable[[ReviewService], Awaitable[T]]) -> T:
        """Run `action` against a review service of its own over the gateway's database."""

        async def run() -> T:
            settings = self.settings
            policies = load_policy_set(settings.policy.policies_dir, settings.policy.variables)
            engine = create_engine(settings.storage.effective_database_url)
            inspectors = TierInspectors(settings.policy.policies_dir, policies.tiers)
            service = build_review_service(
                settings,
                engine=engine,
                policies=policies,
                inspectors=inspectors,
                audit=None,
            )
            try:
                return await action(service)
            finally:
                await inspectors.aclose()
                await engine.dispose()

        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, run()).result()

    def restart(self) -> None:
        """Stop the gateway and start a new one on the same database and data dir."""
        self.gateway.gateway.stop()
        self.gateway.gateway = BackgroundServer(create_app(self.settings)).start()

    def stop(self) -> None:
        """Stop every server."""
        self.gateway.stop()
        self.scripted_server.stop()


def start_review_gateway(
    data_dir: Path,
    database_url: str = "",
    *,
    overrides: dict[str, object] | None = None,
    review: ReviewSettings | None = None,
) -> ReviewGateway:
    """Start the scripted upstream, the demo upstream and a gateway with the review policies."""
    scripted = ScriptedUpstream(SCRIPTS)
    scripted_server = BackgroundServer(scripted).start()
    demo = DemoUpstream()
    demo_server = BackgroundServer(demo).start()
    settings = gateway_settings(
        data_dir, database_url, demo_server.url, SCRIPTED_URL=scripted_server.url
    )
    policies = review_policies(data_dir / "policies")
    settings = replace(settings, policy=replace(settings.policy, policies_dir=policies))
    settings = replace(
        settings,
        review=review
        or ReviewSettings(sweep_seconds=0, webhook_allow_http=True, webhook_allow_private=True),
    )
    if overrides:
        settings = settings.with_overrides(**overrides)
    server = BackgroundServer(create_app(settings)).start()
    running = RunningGateway(settings, server, demo_server, demo)
    return ReviewGateway(running, scripted, scripted_server, settings)

"""`RiskTracker`: reads an account's standing, and after each request updates its record and
escalates it when a rule of the escalation policy fires.

Each escalation is recorded in the audit log with the figures that triggered it, logged, and
(for rules with `notify`) raised as an alert to admins through the alert webhook.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

import redis.exceptions
import structlog

from gateway.audit import AuditEvent, AuditWriter, RecordKind
from gateway.audit.pseudonym import Pseudonymizer
from gateway.limits.failover import STORE_ERRORS
from gateway.reporting.alert_delivery import AlertNotifier
from gateway.reporting.alert_rules import Alert
from gateway.risk.escalation_policy import EscalationPolicy, EscalationRule
from gateway.risk.escalation_state import EscalationState, decode_state, rank, strictest
from gateway.risk.figures import derive
from gateway.risk.fingerprint import Fingerprinter
from gateway.risk.keys import account_subject, key_subject, state_key
from gateway.risk.observation import observe
from gateway.risk.redis_store import RedisRiskStore
from gateway.risk.store import MatchSettings, RecordedCounts, RiskStore

STORE_RETRY_S = 2.0
"""After the store failed, how long the tracker answers from memory (fail open or closed)."""
POLICY_ACTOR = "risk-policy"
"""How audit records name the escalation policy acting on its own."""


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the tracker learns from one finished request (the prompt only to fingerprint it)."""

    request_id: str
    account: str
    key_id: str
    tier: str
    action: str
    categories: tuple[str, ...]
    prompt: str
    tokens_in: int
    tokens_out: int
    held_by_escalation: bool = False


class RiskTracker:
    """The risk side of the pipeline: one read before inspection, one update after the answer."""

    def __init__(
        self,
        store: RiskStore,
        policy: EscalationPolicy,
        pseudonyms: Pseudonymizer,
        *,
        audit: AuditWriter | None = None,
        alerts: AlertNotifier | None = None,
        fail_closed: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.policy = policy
        self.match = MatchSettings.of(policy)
        self.fail_closed = fail_closed
        self._clock = clock
        self._store_down_until = 0.0
        """Refuse requests (503) while the store is unreachable, as the limiter does."""
        self._pseudonyms = pseudonyms
        self._fingerprints = Fingerprinter(pseudonyms.digest(b"risk-fingerprint-key"))
        self._audit = audit
        self._alerts = alerts or AlertNotifier()
        self._log = structlog.get_logger("gateway.risk")
        self._deliveries: set[asyncio.Task[int]] = set()
        self._pending: set[asyncio.Task[None]] = set()

    def subjects(self, account: str, key_id: str) -> tuple[str, str]:
        """The pseudonymous subjects of an account and one of its keys."""
        return (
            account_subject(self._pseudonyms, account),
            key_subject(self._pseudonyms, key_id),
        )

    async def standing(self, account: str, key_id: str) -> EscalationState | None:
        """The strictest escalation in force on the account or the key (one round trip).

        Raises a store error when the store is unreachable, and for `STORE_RETRY_S` after
        that without asking it, so an outage does not add a connect timeout to every request.
        """
        if self._clock() < self._store_down_until:
            raise redis.exceptions.ConnectionError("the risk store was unreachable just now")
        try:
            return strictest(await self.store.escalations(self.subjects(account, key_id)))
        except STORE_ERRORS:
            self._store_down_until = self._clock() + STORE_RETRY_S
            raise

    def state_keys(self, account: str, key_id: str) -> tuple[str, ...]:
        """The store keys of the account's and the key's states, for the limiter to read in its
        own call; empty when the store is not the limiter's Redis (nothing to fold into)."""
        if not isinstance(self.store, RedisRiskStore):
            return ()
        return tuple(state_key(subject) for subject in self.subjects(account, key_id))

    def standing_from(
        self, account: str, key_id: str, hashes: tuple[dict[str, str], ...]
    ) -> EscalationState | None:
        """The standing from the state hashes the limiter read at `state_keys`."""
        subjects = self.subjects(account, key_id)
        return strictest(tuple(decode_state(s, h) for s, h in zip(subjects, hashes, strict=True)))

    def record_later(self, facts: RequestFacts) -> None:
        """Update the records in a task of its own: fire and forget, off the response path.

        An HTTP/1.1 connection takes its next request only once the last one's finishers are
        done, so even after the answer an awaited update would slow a busy client down.
        """
        task = asyncio.create_task(self._record_logged(facts))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _record_logged(self, facts: RequestFacts) -> None:
        if self._clock() < self._store_down_until:
            return  # the store is down: the update would only wait for its timeout
        try:
            await self.after_request(facts)
        except Exception as exc:  # the answer is out; a lost update only under-counts
            if isinstance(exc, STORE_ERRORS):
                self._store_down_until = self._clock() + STORE_RETRY_S
            self._log.warning("risk.update_failed", error=type(exc).__name__)

    async def after_request(self, facts: RequestFacts) -> tuple[EscalationState, ...]:
        """Add the request to both records; escalate each whose figures cross a rule."""
        observation = observe(
            action=facts.action,
            categories=facts.categories,
            fingerprint=self._fingerprints.fingerprint(facts.prompt) if facts.prompt else b"",
            tokens_in=facts.tokens_in,
            tokens_out=facts.tokens_out,
            counts_action=not facts.held_by_escalation,
        )
        recorded = await self.store.record(
            self.subjects(facts.account, facts.key_id), observation, self.match
        )
        raised = []
        for counts in recorded:
            state = await self._escalate_if_due(counts, facts)
            if state is not None:
                raised.append(state)
        return tuple(raised)

    async def _escalate_if_due(
        self, counts: RecordedCounts, facts: RequestFacts
    ) -> EscalationState | None:
        figures = derive(counts.counts, self.policy.decay)
        rule = self.policy.verdict(figures, facts.tier)
        if rule is None or rank(rule.step) <= rank(counts.step):
            return None
        state = EscalationState(rule.step, rule.id, 0, figures, counts.subject)
        since = await self.store.escalate(state)
        if not since:
            return None  # another replica raised it first, or as high
        self._announce(state, rule, facts)
        return state

    def _announce(self, state: EscalationState, rule: EscalationRule, facts: RequestFacts) -> None:
        is_key = state.subject.startswith("key:")
        if self._audit is not None:
            self._audit.submit(
                AuditEvent(
                    kind=RecordKind.ADMIN,
                    request_id=facts.request_id,
                    action=f"risk.escalate:{state.step}",
                    actor=POLICY_ACTOR,
                    account_id=facts.account,
                    key_id=facts.key_id if is_key else None,
                    tier=facts.tier,
                    target=f"rule:{rule.id}",
                    scores=dict(state.figures),
                )
            )
        self._log.warning(
            "risk.escalated",
            subject=state.subject,
            step=state.step,
            rule=rule.id,
            figures=dict(state.figures),
        )
        if rule.notify:
            task = asyncio.create_task(
                self._alerts.raise_alerts([_alert(state, rule, self.policy)])
            )
            self._deliveries.add(task)
            task.add_done_callback(self._deliveries.discard)

    async def aclose(self) -> None:
        """Wait for updates and alert deliveries in flight, then close the store."""
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        if self._deliveries:
            await asyncio.gather(*self._deliveries, return_exceptions=True)
        await self.store.aclose()


def _alert(state: EscalationState, rule: EscalationRule, policy: EscalationPolicy) -> Alert:
    now_us = int(time.time() * 1_000_000)
    window = policy.decay.events
    return Alert(
        rule_id=f"risk:{rule.id}",
        kind="account_risk",
        severity="critical" if state.step == "suspend" else "warning",
        message=(
            f"{state.subject} moved to {state.step} by escalation rule {rule.id}; review it "
            f"and lift it with `modelgate accounts risk restore <account>` if it is wrong"
        ),
        observed_rate=0.0,
        max_rate=0.0,
        count=int(state.figures.get("requests", 0)),
        window_seconds=window,
        since_us=now_us - int(window * 1_000_000),
        until_us=now_us,
        details={"subject": state.subject, "step": state.step, **state.figures},
    )

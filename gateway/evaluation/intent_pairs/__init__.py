"""Harmful requests in everyday words, each beside a benign twin that shares its words.

The public harm sets ask in a red team's register ("Write a tutorial on how to ..."), so the
heads learnt that register and the hazard topics, and missed harm asked the way people ask for
anything: the dose that means not waking up, what to slip into a drink, the neighbour's PIN.
Each pair here holds the same objects, people and sentence shape with opposite intents, so only
the intent separates them. Written for ModelGate by seven writers, one a category, who saw
neither the corpus nor the policy cases; training only (the tuned harm model,
`tuned_encoder`), never scored. The held-out counterparts are `policies/tests/everyday_harm.yaml`
and `policies/tests/everyday_intent.yaml`, written separately and never trained on.
"""

from __future__ import annotations

from gateway.evaluation.intent_pairs.everyday_cyber_drugs import PAIRS as CYBER_AND_DRUGS
from gateway.evaluation.intent_pairs.exploitation import PAIRS as EXPLOITATION
from gateway.evaluation.intent_pairs.ordinary_home import REQUESTS as AT_HOME
from gateway.evaluation.intent_pairs.ordinary_work import REQUESTS as AT_WORK
from gateway.evaluation.intent_pairs.poisoning import PAIRS as POISONING
from gateway.evaluation.intent_pairs.self_harm import PAIRS as SELF_HARM
from gateway.evaluation.intent_pairs.stalking_privacy import PAIRS as STALKING_AND_PRIVACY
from gateway.evaluation.intent_pairs.theft_fraud import PAIRS as THEFT_AND_FRAUD
from gateway.evaluation.intent_pairs.violence import PAIRS as VIOLENCE

__all__ = ["INTENT_PAIRS", "ORDINARY_REQUESTS", "intent_pairs"]

INTENT_PAIRS: tuple[tuple[str, str], ...] = (
    SELF_HARM
    + POISONING
    + VIOLENCE
    + THEFT_AND_FRAUD
    + STALKING_AND_PRIVACY
    + EXPLOITATION
    + CYBER_AND_DRUGS
)

# The pairs' harmful halves carry words of concealment and aim ("without her noticing", "so
# nobody finds out", "avoid") more often than their twins, and a model tuned on them alone
# refused ordinary first-person questions about losing a fear or avoiding a bias. These
# ordinary requests use the same words innocently, written by two more writers.
ORDINARY_REQUESTS: tuple[str, ...] = AT_HOME + AT_WORK


def intent_pairs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(harmful requests, benign requests): the pairs' halves, then the ordinary requests."""
    harmful = tuple(pair[0] for pair in INTENT_PAIRS)
    benign = tuple(pair[1] for pair in INTENT_PAIRS) + ORDINARY_REQUESTS
    return harmful, benign

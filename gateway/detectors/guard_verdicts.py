"""What a remote classifier answered, read into one verdict: OpenAI moderation scores, a guard
model's chat reply (Llama Guard `unsafe` + S-codes, ShieldGemma and Granite Guardian yes/no),
or a sequence classifier's label (vLLM's `/classify`, as Prompt Guard would answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gateway.detectors import taxonomy
from gateway.errors import ModelGateError

# OpenAI moderation categories mapped onto the project taxonomy.
_OPENAI_CATEGORIES = {
    "hate": taxonomy.HATE,
    "hate/threatening": taxonomy.HATE,
    "harassment": taxonomy.TOXICITY,
    "harassment/threatening": taxonomy.VIOLENT_CRIMES,
    "self-harm": taxonomy.SELF_HARM,
    "self-harm/intent": taxonomy.SELF_HARM,
    "self-harm/instructions": taxonomy.SELF_HARM,
    "sexual": taxonomy.SEXUAL_CONTENT,
    "sexual/minors": taxonomy.CHILD_EXPLOITATION,
    "violence": taxonomy.VIOLENT_CRIMES,
    "violence/graphic": taxonomy.VIOLENT_CRIMES,
    "illicit": taxonomy.NON_VIOLENT_CRIMES,
    "illicit/violent": taxonomy.VIOLENT_CRIMES,
}
# Prompt Guard's labels (v1: BENIGN/INJECTION/JAILBREAK; v2: BENIGN/MALICIOUS, or LABEL_n
# when a conversion lost the names) mapped onto the taxonomy; None is the benign label.
_CLASSIFIER_LABELS: dict[str, str | None] = {
    "BENIGN": None,
    "SAFE": None,
    "LABEL_0": None,
    "INJECTION": taxonomy.PROMPT_INJECTION,
    "JAILBREAK": taxonomy.JAILBREAK,
    "MALICIOUS": taxonomy.JAILBREAK,
    "LABEL_1": taxonomy.JAILBREAK,
}
_GUARD_CODES = re.compile(r"\bS(\d{1,2})\b")
# Granite Guardian 3.3 thinks aloud, then puts its answer in <score> tags.
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_SCORE_TAG = re.compile(r"<score>\s*(\w+)\s*</score>", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[a-z]+")


class ExternalAnswerInvalid(ModelGateError, ValueError):
    """The endpoint answered, but not in the format we asked for."""


@dataclass(frozen=True, slots=True)
class GuardVerdict:
    """Whether the remote judged the text unsafe, and the categories it named with a score
    (a yes/no guard names none)."""

    unsafe: bool
    categories: tuple[tuple[str, float], ...] = ()


def read_moderation(body: Any) -> GuardVerdict:
    """The verdict in an OpenAI `/v1/moderations` response body."""
    try:
        result = body["results"][0]
        pairs = [
            (_OPENAI_CATEGORIES[name], float(score))
            for name, score in result["category_scores"].items()
            if name in _OPENAI_CATEGORIES
        ]
        flagged = result.get("flagged")
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise ExternalAnswerInvalid(f"not a moderation response: {exc!r}") from exc
    best: dict[str, float] = {}
    for category, score in pairs:
        best[category] = max(score, best.get(category, 0.0))
    unsafe = bool(flagged) if isinstance(flagged, bool) else max(best.values(), default=0) >= 0.5
    return GuardVerdict(unsafe, tuple(sorted((c, s) for c, s in best.items() if s > 0.0)))


def read_guard_reply(content: str) -> GuardVerdict:
    """The verdict in a guard model's reply: `safe`, or `unsafe` then codes like `S1,S10`
    (Llama Guard); `Yes`/`No` (ShieldGemma, Granite Guardian, whose 3.3 puts it in <score>)."""
    text = _THINKING.sub(" ", content)
    tagged = _SCORE_TAG.search(text)
    word = _FIRST_WORD.search(tagged.group(1).lower() if tagged else text.strip().lower())
    answer = word.group(0) if word else ""
    if answer in ("safe", "no"):
        return GuardVerdict(False)
    if answer not in ("unsafe", "yes"):
        raise ExternalAnswerInvalid(f"not a guard verdict: {content[:80]!r}")
    codes = (f"S{int(code)}" for code in _GUARD_CODES.findall(text.upper()))
    hazards = sorted({taxonomy.HAZARDS_BY_CODE[c] for c in codes if c in taxonomy.HAZARDS_BY_CODE})
    return GuardVerdict(True, tuple((h, 1.0) for h in hazards))


def read_chat_completion(body: Any) -> GuardVerdict:
    """The verdict in the reply of an OpenAI-style chat completion."""
    try:
        content = body["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise ExternalAnswerInvalid(f"not a chat completion: {exc!r}") from exc
    if not isinstance(content, str):
        raise ExternalAnswerInvalid("the chat completion has no text content")
    return read_guard_reply(content)


def read_classification(body: Any) -> GuardVerdict:
    """The verdict in a vLLM `/classify` response: its top label, scored by its probability."""
    try:
        result = body["data"][0]
        label = str(result["label"]).upper()
        score = max(float(p) for p in result["probs"])
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise ExternalAnswerInvalid(f"not a classification response: {exc!r}") from exc
    if label not in _CLASSIFIER_LABELS:
        raise ExternalAnswerInvalid(f"unknown classifier label {label!r}")
    category = _CLASSIFIER_LABELS[label]
    if category is None:
        return GuardVerdict(False)
    return GuardVerdict(True, ((category, round(score, 4)),))

"""Answers that refuse and then do not comply.

The answer heads learned harm from topics: an answer about identity theft, a rifle or a
hiring bias reads as harmful whatever it says about them. So a model's own refusal ("I can't
help you use a gun to end your life. Please reach out to a crisis line ...") was blocked as a
harmful answer, and the user got the gateway's error instead of the model's care. Held out,
the answer cascade flagged half of AdversariaLLM's refusals and all of SAP's.

A refusal is not cleared when the answer turns to comply after it. The turns jailbroken
answers take are few and visible: a second voice ("DAN:", "[JAILBREAK]", "(Developer Mode
Output)", "As BH, I would say:"), a dismissal of the warning ("Now that we've got that out of
the way", "let's break the rules"), or a pivot to the goods ("However, here's how", "But if
you insist", "Step 1"). Those answers are judged as they were. The cascade takes what this
module says as a discount, not a verdict: a head that is sure (`refusals_clear_below`) still
blocks, so a refusal that leaks the recipe in its own words is not waved through.
"""

from __future__ import annotations

import re

# Where an answer's refusal must be to count as its opening: a sentence or two.
OPENING_CHARS = 250

# Either apostrophe: models type the typewriter one and the curly one (U+2019).
_APOSTROPHES = r"'\u2019"
_A = rf"[{_APOSTROPHES}]"
_NOT = (
    rf"(?:can{_A}?t|cannot|can\s+not|won{_A}t|will\s+not|am\s+not\s+able\s+to"
    rf"|{_A}m\s+not\s+able\s+to)"
)
_DELIVER = (
    r"(?:help|assist|provide|write|create|generate|give|tell|share|offer|fulfil|fulfill|comply"
    r"|produce|design|draft|explain|support|promote|condone|encourage|engage|participate"
    r"|answer|continue|complete|make|describe|list|detail|do\s+(?:that|this))"
)
_REFUSAL = re.compile(
    rf"""(?ix)
    \bi(?:{_A}m|\s+am)?\s+(?:really\s+|truly\s+|very\s+)?(?:sorry|afraid)\b
        [^.!?\n]{{0,80}}?\b(?:can(?:{_A}|no)?t|won{_A}t|unable|not\s+able)
    | \bi\s+(?:{_NOT}|must\s+(?:decline|refuse)|refuse\s+to)\s+(?:\w+\s+){{0,3}}?{_DELIVER}
    | \bi\s+(?:do\s+not|don{_A}t)\s+feel\s+comfortable\b
    | \bi(?:{_A}m|\s+am)\s+
        (?:not\s+(?:able|going|willing|comfortable|permitted|allowed)|unable)\s+to\b
    | \bi\s+(?:do\s+not|don{_A}t)\s+(?:know\s+how\s+to|provide|support|condone|assist|help)\b
    | \bas\s+an\s+ai\b[^.!?\n]{{0,60}}\b(?:can(?:{_A}|no)?t|not\s+able|unable|won{_A}t)\b
    | \bi\s+apologi[sz]e,?\s+but\b
    """
)
# A second voice: a speaker's label after a line break or a sentence ("DAN:", "Developer
# Mode:", "[JAILBREAK]", "(Developer Mode Output)") or "As BH, I would say".
_SECOND_VOICE = re.compile(
    rf"""(?x)
    (?:^|\n|[.!?]\s+|\s{{2,}})\s*
    (?:\[[^\]\n]{{1,40}}\]|\([^)\n]{{1,40}}\)
      |[A-Z][\w{_APOSTROPHES}.-]*(?:\ [A-Z][\w{_APOSTROPHES}.-]*){{0,3}}:)
    | \b[Aa]s\ [A-Z][\w-]*,\ I\ (?:would|will)\ say\b
    """
)
_COMPLIANCE = re.compile(
    rf"""(?ix)
    \bnow\s+that\s+(?:we{_A}ve|we\s+have|that{_A}s|this\s+is)\b
    | \blet{_A}s\s+(?:break|ignore|bend)\s+the\s+rules\b
    | \b(?:however|but|that\s+said|anyway|anyways|still)\b[,:]?\s+
      (?:here{_A}s|here\s+(?:is|are)|if\s+you\s+(?:really|insist|still)|hypothetically)
    | \bhere{_A}s\s+how\b | \bhere\s+is\s+how\b | \bstep\s+(?:1|one)\b
    """
)


def refuses_without_complying(text: str) -> bool:
    """True when `text` opens with a refusal and no second voice or turn to comply follows."""
    refusal = _REFUSAL.search(text, 0, OPENING_CHARS)
    if refusal is None:
        return False
    rest = text[refusal.end() :]
    return _SECOND_VOICE.search(rest) is None and _COMPLIANCE.search(rest) is None

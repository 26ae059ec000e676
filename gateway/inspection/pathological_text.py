"""The cheap refusal of a text built to make inspection costly rather than to be read.

A prompt that is mostly characters nobody sees (zero-width, bidi, tag characters, stacked
combining marks) has no reading a model needs, and every detector pays for its length.
Counting them is one regular-expression pass, so the refusal costs less than the first detector
would (~25 ms for 100,000 of them one after each letter, ~10 µs per KB of ordinary text).
"""

from __future__ import annotations

import re

from gateway.errors import UninspectableText
from gateway.inspection.canonical_text import INVISIBLE_RANGES

MOST_HIDDEN = 4_096
"""Hidden characters any text may carry (an emoji-heavy or soft-hyphenated one does)."""
MOST_HIDDEN_SHARE = 0.25
"""Past MOST_HIDDEN, the share of the text they may make up."""

_HIDDEN = (
    *INVISIBLE_RANGES,
    (0xE0000, 0xE007F),  # tag characters
    (0x0300, 0x036F),  # combining marks: stacked by the hundred in "zalgo" text
    (0x20D0, 0x20FF),
)
_HIDDEN_CHARACTER = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _HIDDEN) + "]")


def hidden_characters(text: str) -> int:
    """How many characters of `text` show nothing of their own."""
    if text.isascii():
        return 0
    return _HIDDEN_CHARACTER.subn("", text)[1]


def refuse_pathological(text: str) -> None:
    """Raise UninspectableText when `text` is mostly characters nobody sees."""
    hidden = hidden_characters(text)
    if hidden > MOST_HIDDEN and hidden > MOST_HIDDEN_SHARE * len(text):
        raise UninspectableText(
            f"the text has {hidden:,} invisible or combining characters out of {len(text):,}; "
            f"past {MOST_HIDDEN:,} they may make up at most a quarter of a text, so it is "
            "refused unread. Remove them and send the text again.",
            extensions={"hidden_characters": hidden, "most_hidden": MOST_HIDDEN},
        )

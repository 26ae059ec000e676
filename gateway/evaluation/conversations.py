"""Records as the last turn of a conversation, after benign turns drawn from the same file.

A classifier that reads a conversation as one bag of words lets ordinary turns dilute a harmful
last one; scoring each record this way measures that (recall) and what judging every message
alone costs on benign conversations (false positives).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from gateway.evaluation.dataset import GoldSpan, Record
from gateway.inspection.message_views import Message, joined


@dataclass(frozen=True, slots=True)
class Conversation:
    """The joined prompt, its messages (all the caller's), and the record's spans moved in."""

    text: str
    messages: tuple[Message, ...]
    spans: tuple[GoldSpan, ...] | None


def benign_turns(records: Sequence[Record]) -> list[str]:
    """The texts labelled 0, the pool earlier turns are drawn from."""
    return [record.text for record in records if record.label == 0]


def as_last_turn(
    record: Record, pool: Sequence[str], turns: int, rng: random.Random
) -> Conversation:
    """`record` after `turns` messages drawn from `pool` (never the record itself)."""
    earlier = rng.sample([t for t in pool if t != record.text], turns) if turns else []
    text, messages = joined([("user", turn) for turn in [*earlier, record.text]])
    offset = messages[-1].start
    spans = (
        None
        if record.spans is None
        else tuple(GoldSpan(s.type, s.start + offset, s.end + offset) for s in record.spans)
    )
    return Conversation(text, messages, spans)

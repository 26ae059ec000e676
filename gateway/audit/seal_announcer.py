"""Announces every sealed segment as one JSON line on stderr, whatever the log level.

The line is the copy of each signed checkpoint that lives outside the database: an operator
keeps these lines (or a witness file, see `witness.py`) and `modelgate audit verify --witness`
checks the log against them. So it must never be filtered: CLI commands run their logging at
`warning` (their routine notes stay quiet), an operator may run the gateway at `warning` too,
and a seal announced at `info` vanished in both cases. It is therefore written through a
logger of its own, outside the process's level filter, always as JSON on stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

import structlog

SEAL_EVENT = "audit.segment_sealed"

_PROCESSORS: list[structlog.typing.Processor] = [
    structlog.processors.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    structlog.processors.JSONRenderer(sort_keys=True),
]


def announce_seal(checkpoint: Mapping[str, Any], *, sealed_by: str) -> None:
    """Writes the announcement of one committed checkpoint.

    `sealed_by` says which kind of process sealed (`gateway`, `cli`), so an operator who
    collects the lines from every process can tell a seal nobody announced from one whose
    process's log was not collected.
    """
    # The stream is looked up per call: a test runner or a daemoniser may swap stderr.
    logger = structlog.wrap_logger(
        structlog.PrintLogger(sys.stderr),
        processors=_PROCESSORS,
        wrapper_class=structlog.BoundLogger,
    )
    logger.info(
        SEAL_EVENT,
        segment=checkpoint["segment"],
        first_seq=checkpoint["first_seq"],
        last_seq=checkpoint["last_seq"],
        records=checkpoint["last_seq"] - checkpoint["first_seq"] + 1,
        last_hash=checkpoint["last_hash"],
        sealed_us=checkpoint["sealed_us"],
        key_id=checkpoint["key_id"],
        signature=checkpoint["signature"],
        sealed_by=sealed_by,
        pid=os.getpid(),
    )

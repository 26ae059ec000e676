"""structlog configuration: JSON lines off a terminal, readable lines on one."""

from __future__ import annotations

import logging
import sys

import structlog

from gateway.settings import LogSettings


def configure_logging(settings: LogSettings) -> None:
    """Set up structlog and the standard library's root logger once, at start-up."""
    level = logging.getLevelNamesMapping().get(settings.level.upper(), logging.INFO)
    as_json = settings.json if settings.json is not None else not sys.stderr.isatty()
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    logging.basicConfig(level=max(level, logging.WARNING), stream=sys.stderr, format="%(message)s")
    # Per-request lines from the HTTP client would repeat every upstream URL; ours suffice.
    for noisy in ("httpx", "httpcore", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

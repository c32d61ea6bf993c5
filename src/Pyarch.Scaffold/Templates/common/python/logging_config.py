"""Logging is configured once, at startup, and always goes to stdout for the container to collect."""
from __future__ import annotations

import logging
import sys
{% if structlog %}

import structlog
{% endif %}

_configured = False


def configure_logging(level: str = "INFO") -> None:
    global _configured
    if _configured:
        return
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stdout,
    )
{% if structlog %}
    # Structured JSON lines for log aggregators; structlog hands records to the stdlib handler above.
    structlog.configure(
        processors=[
            structlog.stdlib.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )
{% endif %}
    _configured = True

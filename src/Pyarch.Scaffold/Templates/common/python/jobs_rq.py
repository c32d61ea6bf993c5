"""Background jobs with RQ. Start a worker with: rq worker --url "$REDIS_URL" default"""
from __future__ import annotations

import logging
from typing import Optional

from redis import Redis
from rq import Queue

{{ config_import }}

logger = logging.getLogger(__name__)


def send_notification(recipient: str, message: str) -> dict:
    """Deliver a notification outside the request; replace the log line with your provider's client."""
    if "@" not in recipient:
        raise ValueError(f"invalid recipient: {recipient!r}")
    logger.info("notification sent to %s: %s", recipient, message)
    return {"recipient": recipient, "delivered": True}


def get_queue(connection: Optional[Redis] = None) -> Queue:
    # Redis.from_url does not connect until the first command, so building a queue is cheap.
    return Queue("default", connection=connection or Redis.from_url(settings.REDIS_URL))


def enqueue_notification(recipient: str, message: str) -> str:
    job = get_queue().enqueue(send_notification, recipient, message)
    return job.id

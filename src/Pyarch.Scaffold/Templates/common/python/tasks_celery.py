"""Background jobs with Celery. Start a worker with: celery -A {{ tasks_module }} worker --loglevel INFO"""
from __future__ import annotations

import logging
{% if django %}
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{{ settings_module }}")
django.setup()
{% endif %}

from celery import Celery

{{ config_import }}

logger = logging.getLogger(__name__)

celery_app = Celery("{{ package }}", broker=settings.CELERY_BROKER_URL)
celery_app.conf.update(
    task_always_eager=settings.CELERY_TASK_ALWAYS_EAGER,
    task_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
)


@celery_app.task(name="{{ package }}.send_notification")
def send_notification(recipient: str, message: str) -> dict:
    """Deliver a notification outside the request; replace the log line with your provider's client."""
    if "@" not in recipient:
        raise ValueError(f"invalid recipient: {recipient!r}")
    logger.info("notification sent to %s: %s", recipient, message)
    return {"recipient": recipient, "delivered": True}

import os

from celery import Celery

celery = Celery("tasks", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
celery.conf.beat_schedule = {
    "nightly-report": {"task": "tasks.send_report", "schedule": 24 * 3600},
}


@celery.task
def send_report():
    return "sent"

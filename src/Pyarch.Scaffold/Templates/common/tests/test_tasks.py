"""The Celery task runs eagerly here: no broker or worker is needed."""
import pytest

from {{ tasks_module }} import send_notification


def test_send_notification_delivers_to_a_valid_recipient() -> None:
    result = send_notification.apply(args=["ada@example.com", "welcome"]).get()

    assert result == {"recipient": "ada@example.com", "delivered": True}


def test_send_notification_rejects_an_invalid_recipient() -> None:
    with pytest.raises(ValueError):
        send_notification.apply(args=["not-an-address", "welcome"]).get()

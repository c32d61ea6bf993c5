"""RQ job functions are plain functions: test them directly, without Redis."""
import pytest

from {{ jobs_module }} import get_queue, send_notification


def test_send_notification_delivers_to_a_valid_recipient() -> None:
    assert send_notification("ada@example.com", "welcome") == {"recipient": "ada@example.com", "delivered": True}


def test_send_notification_rejects_an_invalid_recipient() -> None:
    with pytest.raises(ValueError):
        send_notification("not-an-address", "welcome")


def test_queue_is_built_without_connecting() -> None:
    assert get_queue().name == "default"

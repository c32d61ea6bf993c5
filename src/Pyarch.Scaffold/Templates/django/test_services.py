"""Unit tests of the item services (pytest-django gives each test a fresh database)."""
import pytest

from items.services import create_item, get_item, list_items
from {{ package }}.errors import ConflictError, NotFoundError

pytestmark = pytest.mark.django_db


def test_create_item_normalizes_whitespace() -> None:
    item = create_item("  Blue   mug ", 1250)

    assert item.pk is not None
    assert item.name == "Blue mug"


def test_create_item_rejects_duplicate_names() -> None:
    create_item("Blue mug", 1250)

    with pytest.raises(ConflictError):
        create_item("Blue  mug", 990)


def test_create_item_rejects_blank_names() -> None:
    with pytest.raises(ValueError):
        create_item("   ", 1)


def test_list_items_returns_items_in_creation_order() -> None:
    create_item("first", 1)
    create_item("second", 2)

    assert [item.name for item in list_items()] == ["first", "second"]


def test_get_item_raises_for_unknown_id() -> None:
    with pytest.raises(NotFoundError):
        get_item(404)

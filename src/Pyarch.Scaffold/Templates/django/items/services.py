"""Business rules for items. Views call these functions and never query the ORM themselves."""
from __future__ import annotations

from typing import List

from items.models import Item
from {{ package }}.errors import ConflictError, NotFoundError


def normalize_name(name: str) -> str:
    """Store names trimmed with single spaces, so "a  b" and "a b" count as the same item."""
    return " ".join(name.split())


def create_item(name: str, price_cents: int) -> Item:
    name = normalize_name(name)
    if not name:
        raise ValueError("name must not be blank")
    if Item.objects.filter(name=name).exists():
        raise ConflictError(f"an item named {name!r} already exists")
    return Item.objects.create(name=name, price_cents=price_cents)


def list_items(limit: int = 100) -> List[Item]:
    return list(Item.objects.all()[:limit])


def get_item(item_id: int) -> Item:
    try:
        return Item.objects.get(pk=item_id)
    except Item.DoesNotExist:
        raise NotFoundError(f"item {item_id} does not exist") from None

"""Business rules for items. Views call these functions and never touch the session themselves."""
from __future__ import annotations

from typing import List

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.item import Item


class ItemNotFoundError(LookupError):
    def __init__(self, item_id: int) -> None:
        super().__init__(f"item {item_id} does not exist")
        self.item_id = item_id


class DuplicateItemError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"an item named {name!r} already exists")
        self.name = name


def normalize_name(name: str) -> str:
    """Store names trimmed with single spaces, so "a  b" and "a b" count as the same item."""
    return " ".join(name.split())


def create_item(session: Session, name: str, price_cents: int) -> Item:
    name = normalize_name(name)
    if not name:
        raise ValueError("name must not be blank")
    if session.execute(select(Item).where(Item.name == name)).scalars().first() is not None:
        raise DuplicateItemError(name)
    item = Item(name=name, price_cents=price_cents)
    session.add(item)
    session.commit()
    session.refresh(item)
    return item


def list_items(session: Session, limit: int = 100) -> List[Item]:
    return list(session.execute(select(Item).order_by(Item.id).limit(limit)).scalars())


def get_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise ItemNotFoundError(item_id)
    return item

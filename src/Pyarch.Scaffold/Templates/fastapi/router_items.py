"""Item endpoints: validate, call the service, shape the response. No business rules here."""
from __future__ import annotations

from typing import List

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from {{ deps_module }} import get_db
from app.models.item import Item
from app.schemas.item import ItemCreate, ItemRead
from app.services import items as item_service

router = APIRouter(prefix="/items", tags=["items"])


def _to_read(item: Item) -> ItemRead:
    return ItemRead(id=item.id, name=item.name, price_cents=item.price_cents)


@router.post("", response_model=ItemRead, status_code=201)
def create_item(payload: ItemCreate, db: Session = Depends(get_db)) -> ItemRead:
    return _to_read(item_service.create_item(db, payload.name, payload.price_cents))


@router.get("", response_model=List[ItemRead])
def list_items(db: Session = Depends(get_db)) -> List[ItemRead]:
    return [_to_read(item) for item in item_service.list_items(db)]


@router.get("/{item_id}", response_model=ItemRead)
def get_item(item_id: int, db: Session = Depends(get_db)) -> ItemRead:
    return _to_read(item_service.get_item(db, item_id))

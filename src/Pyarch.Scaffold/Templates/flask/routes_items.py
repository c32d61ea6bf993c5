"""Item endpoints: validate, call the service, shape the response. No business rules here."""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

from flask import Blueprint, request

{{ flask_db_import }}
from app.schemas.item import ItemCreateSchema, ItemSchema
from app.services import items as item_service

bp = Blueprint("items", __name__, url_prefix="/items")
_create_schema = ItemCreateSchema()
_item_schema = ItemSchema()


@bp.post("")
def create_item() -> Tuple[Dict[str, Any], int]:
    data = _create_schema.load(request.get_json(silent=True) or {})
    item = item_service.create_item({{ flask_db_session }}, data["name"], data["price_cents"])
    return _item_schema.dump(item), 201


@bp.get("")
def list_items() -> List[Dict[str, Any]]:
    return [_item_schema.dump(item) for item in item_service.list_items({{ flask_db_session }})]


@bp.get("/<int:item_id>")
def get_item(item_id: int) -> Dict[str, Any]:
    return _item_schema.dump(item_service.get_item({{ flask_db_session }}, item_id))

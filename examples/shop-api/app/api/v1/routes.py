"""Version 1 of the HTTP API. Routes only translate HTTP to domain calls."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status

from app.models import Order, Product
from app.settings import Settings, get_settings

router = APIRouter(prefix="/v1", tags=["v1"])

_CATALOG: dict[str, Product] = {
    p.sku: p
    for p in (
        Product("tea-01", "Sencha", Decimal("7.50")),
        Product("tea-02", "Oolong", Decimal("9.00")),
        Product("mug-01", "Mug", Decimal("12.00")),
    )
}
_ORDERS: dict[int, Order] = {}


@router.get("/products")
async def list_products(
    settings: Annotated[Settings, Depends(get_settings)],
    q: Annotated[str | None, Query(max_length=50)] = None,
) -> list[dict[str, str]]:
    found = [p for p in _CATALOG.values() if q is None or q.lower() in p.name.lower()]
    return [{"sku": p.sku, "name": p.name, "price": str(p.price)} for p in found[: settings.page_size]]


@router.post("/orders", status_code=status.HTTP_201_CREATED)
async def create_order(items: dict[str, int]) -> dict[str, object]:
    order = Order(id=len(_ORDERS) + 1)
    for sku, quantity in items.items():
        if (product := _CATALOG.get(sku)) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"unknown product {sku!r}")
        order.add(product, quantity)
    _ORDERS[order.id] = order
    return {"id": order.id, "total": f"{order.total:.2f}", "status": order.status.value}


@router.post("/orders/{order_id}/{event}")
async def update_order(order_id: int, event: str) -> dict[str, str]:
    try:
        order = _ORDERS[order_id]
        new_status = order.transition(event)
    except KeyError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="no such order") from None
    except ValueError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=str(error)) from error
    return {"status": new_status.value}

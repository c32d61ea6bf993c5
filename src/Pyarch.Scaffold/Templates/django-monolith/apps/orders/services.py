"""Ordering rules: only active products can be ordered, and the total is computed here, never by clients."""
from __future__ import annotations

from django.db import transaction

from apps.orders.models import Order
from apps.products.services import get_active_product


@transaction.atomic
def place_order(product_id: int, quantity: int) -> Order:
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    product = get_active_product(product_id)
    return Order.objects.create(product=product, quantity=quantity, total_cents=product.price_cents * quantity)

"""Catalog rules: product names are unique once whitespace is normalized."""
from __future__ import annotations

from typing import List

from apps.products.models import Product
from {{ package }}.errors import ConflictError, NotFoundError


def create_product(name: str, price_cents: int) -> Product:
    name = " ".join(name.split())
    if not name:
        raise ValueError("name must not be blank")
    if Product.objects.filter(name=name).exists():
        raise ConflictError(f"a product named {name!r} already exists")
    return Product.objects.create(name=name, price_cents=price_cents)


def list_products(limit: int = 100) -> List[Product]:
    return list(Product.objects.filter(is_active=True)[:limit])


def get_active_product(product_id: int) -> Product:
    try:
        return Product.objects.get(pk=product_id, is_active=True)
    except Product.DoesNotExist:
        raise NotFoundError(f"product {product_id} does not exist") from None

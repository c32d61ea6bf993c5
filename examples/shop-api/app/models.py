"""The shop's domain: products and orders, independent of the web layer."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Iterable


class OrderStatus(str, Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Product:
    sku: str
    name: str
    price: Decimal

    def __post_init__(self) -> None:
        if self.price < 0:
            raise ValueError(f"price of {self.sku!r} must not be negative, got {self.price:.2f}")


@dataclass(slots=True)
class OrderLine:
    product: Product
    quantity: int = 1

    @property
    def total(self) -> Decimal:
        return self.product.price * self.quantity


@dataclass(slots=True)
class Order:
    id: int
    lines: list[OrderLine] = field(default_factory=list)
    status: OrderStatus = OrderStatus.PENDING

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), start=Decimal("0"))

    def add(self, product: Product, quantity: int = 1) -> None:
        for line in self.lines:
            if line.product.sku == product.sku:
                line.quantity += quantity
                break
        else:
            self.lines.append(OrderLine(product, quantity))

    def transition(self, event: str) -> OrderStatus:
        match (self.status, event):
            case (OrderStatus.PENDING, "pay"):
                self.status = OrderStatus.PAID
            case (OrderStatus.PAID, "ship"):
                self.status = OrderStatus.SHIPPED
            case (OrderStatus.PENDING | OrderStatus.PAID, "cancel"):
                self.status = OrderStatus.CANCELLED
            case (status, _):
                raise ValueError(f"cannot {event} an order that is {status.value}")
        return self.status


def cheapest(products: Iterable[Product], *, limit: int = 3) -> list[Product]:
    return sorted(products, key=lambda p: (p.price, p.name))[:limit]

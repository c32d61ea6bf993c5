from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from app.main import app
from app.models import Order, OrderStatus, Product


@pytest.fixture
def client() -> TestClient:
    return TestClient(app)


def test_health(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}


def test_order_totals_and_transitions() -> None:
    order = Order(id=1)
    order.add(Product("x", "X", Decimal("2.50")), 2)
    assert order.total == Decimal("5.00")
    assert order.transition("pay") is OrderStatus.PAID
    with pytest.raises(ValueError, match="cannot pay"):
        order.transition("pay")


@pytest.mark.parametrize("query, expected", [("sen", 1), ("o", 2), (None, 3)])
def test_search(client: TestClient, query: str | None, expected: int) -> None:
    params = {} if query is None else {"q": query}
    assert len(client.get("/api/v1/products", params=params).json()) == expected

"""Integration tests through Django's test client."""
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, data: dict):
    return client.post(url, data, content_type="application/json")


def test_health_reports_ok(client: Client) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_home_page_lists_products(client: Client) -> None:
    post(client, "/api/products/", {"name": "Blue mug", "price_cents": 1250})

    response = client.get("/")

    assert response.status_code == 200
    assert "Blue mug" in response.content.decode()


def test_order_is_placed_for_an_existing_product(client: Client) -> None:
    product = post(client, "/api/products/", {"name": "Blue mug", "price_cents": 1250}).json()

    response = post(client, "/api/orders/", {"product_id": product["id"], "quantity": 2})

    assert response.status_code == 201
    assert response.json()["total_cents"] == 2500


def test_invalid_order_is_a_json_validation_error(client: Client) -> None:
    response = post(client, "/api/orders/", {"product_id": 0, "quantity": 0})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"


def test_order_for_unknown_product_is_a_json_not_found(client: Client) -> None:
    response = post(client, "/api/orders/", {"product_id": 404, "quantity": 1})

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_registration_hides_the_password(client: Client) -> None:
    response = post(client, "/api/users/", {"username": "ada", "email": "Ada@Example.com", "password": "a-long-passphrase-42"})

    assert response.status_code == 201
    assert response.json() == {"id": response.json()["id"], "username": "ada", "email": "ada@example.com"}

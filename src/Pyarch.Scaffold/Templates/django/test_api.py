"""Integration tests through Django's test client."""
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ITEMS = "/api/items/"


def test_health_reports_ok(client: Client) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_created_item_can_be_fetched_and_listed(client: Client) -> None:
    created = client.post(ITEMS, {"name": "Blue mug", "price_cents": 1250}, content_type="application/json")

    assert created.status_code == 201
    item = created.json()
    assert client.get(f"{ITEMS}{item['id']}/").json() == item
    assert client.get(ITEMS).json() == [item]


def test_invalid_payload_is_a_json_validation_error(client: Client) -> None:
    response = client.post(ITEMS, {"name": "", "price_cents": -1}, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"
    assert set(response.json()["error"]["details"]) == {"name", "price_cents"}


def test_duplicate_name_is_a_json_conflict(client: Client) -> None:
    client.post(ITEMS, {"name": "Blue mug", "price_cents": 1250}, content_type="application/json")
    response = client.post(ITEMS, {"name": "Blue mug", "price_cents": 990}, content_type="application/json")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


def test_unknown_item_is_a_json_not_found(client: Client) -> None:
    response = client.get(f"{ITEMS}404/")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"

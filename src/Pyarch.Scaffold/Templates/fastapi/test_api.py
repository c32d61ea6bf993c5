"""Integration tests through FastAPI's test client."""
from fastapi.testclient import TestClient

ITEMS = "{{ api_prefix }}/items"


def test_health_reports_ok(client: TestClient) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_created_item_can_be_fetched_and_listed(client: TestClient) -> None:
    created = client.post(ITEMS, json={"name": "Blue mug", "price_cents": 1250})

    assert created.status_code == 201
    item = created.json()
    assert client.get(f"{ITEMS}/{item['id']}").json() == item
    assert client.get(ITEMS).json() == [item]


def test_invalid_payload_is_a_json_validation_error(client: TestClient) -> None:
    response = client.post(ITEMS, json={"name": "", "price_cents": -1})

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


def test_blank_name_is_a_json_bad_request(client: TestClient) -> None:
    response = client.post(ITEMS, json={"name": "   ", "price_cents": 1})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


def test_duplicate_name_is_a_json_conflict(client: TestClient) -> None:
    client.post(ITEMS, json={"name": "Blue mug", "price_cents": 1250})
    response = client.post(ITEMS, json={"name": "Blue mug", "price_cents": 990})

    assert response.status_code == 409


def test_unknown_item_is_a_json_not_found(client: TestClient) -> None:
    response = client.get(f"{ITEMS}/404")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_unknown_route_is_a_json_error(client: TestClient) -> None:
    response = client.get("/no-such-page")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "http_error"
{% if prometheus %}


def test_metrics_count_requests(client: TestClient) -> None:
    client.get("/health")
    response = client.get("/metrics")

    assert response.status_code == 200
    assert 'http_requests_total{method="GET",route="/health",status="200"}' in response.text
{% endif %}
{% if graphql %}


def test_graphql_answers_queries(client: TestClient) -> None:
    response = client.post("/graphql", json={"query": '{ hello(name: "Ada") }'})

    assert response.status_code == 200
    assert response.json() == {"data": {"hello": "Hello, Ada!"}}
{% endif %}
{% if websockets %}


def test_websocket_echoes_messages(client: TestClient) -> None:
    with client.websocket_connect("/ws/echo") as websocket:
        websocket.send_text("ping")
        assert websocket.receive_json() == {"echo": "ping"}
{% endif %}

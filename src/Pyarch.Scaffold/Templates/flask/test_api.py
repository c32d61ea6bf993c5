"""Integration tests through Flask's test client."""
from flask.testing import FlaskClient

ITEMS = "{{ api_prefix }}/items"


def test_health_reports_ok(client: FlaskClient) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_created_item_can_be_fetched_and_listed(client: FlaskClient) -> None:
    created = client.post(ITEMS, json={"name": "Blue mug", "price_cents": 1250})

    assert created.status_code == 201
    item = created.get_json()
    assert client.get(f"{ITEMS}/{item['id']}").get_json() == item
    assert client.get(ITEMS).get_json() == [item]


def test_invalid_payload_is_a_json_validation_error(client: FlaskClient) -> None:
    response = client.post(ITEMS, json={"name": "", "price_cents": -1})

    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "validation_error"


def test_blank_name_is_a_json_bad_request(client: FlaskClient) -> None:
    response = client.post(ITEMS, json={"name": "   ", "price_cents": 1})

    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"


def test_duplicate_name_is_a_json_conflict(client: FlaskClient) -> None:
    client.post(ITEMS, json={"name": "Blue mug", "price_cents": 1250})
    response = client.post(ITEMS, json={"name": "Blue mug", "price_cents": 990})

    assert response.status_code == 409


def test_unknown_item_is_a_json_not_found(client: FlaskClient) -> None:
    response = client.get(f"{ITEMS}/404")

    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_unknown_route_is_a_json_error(client: FlaskClient) -> None:
    response = client.get("/no-such-page")

    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "http_error"
{% if prometheus %}


def test_metrics_count_requests(client: FlaskClient) -> None:
    client.get("/health")
    response = client.get("/metrics")

    assert response.status_code == 200
    assert 'http_requests_total{method="GET",route="/health",status="200"}' in response.get_data(as_text=True)
{% endif %}
{% if graphql %}


def test_graphql_answers_queries(client: FlaskClient) -> None:
    response = client.post("/graphql", json={"query": '{ hello(name: "Ada") }'})

    assert response.status_code == 200
    assert response.get_json() == {"data": {"hello": "Hello, Ada!"}}


def test_graphql_without_a_query_is_a_bad_request(client: FlaskClient) -> None:
    response = client.post("/graphql", json={})

    assert response.status_code == 400
{% endif %}

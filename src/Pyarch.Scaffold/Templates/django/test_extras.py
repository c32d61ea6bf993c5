"""Tests of the optional integrations wired into the Django project."""
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
{% if prometheus %}


def test_metrics_count_requests(client: Client) -> None:
    client.get("/health")
    response = client.get("/metrics")

    assert response.status_code == 200
    assert 'http_requests_total{method="GET",route="/health",status="200"}' in response.content.decode()
{% endif %}
{% if graphql %}


def test_graphql_answers_queries(client: Client) -> None:
    response = client.post("/graphql", {"query": '{ hello(name: "Ada") }'}, content_type="application/json")

    assert response.status_code == 200
    assert response.json() == {"data": {"hello": "Hello, Ada!"}}


def test_graphql_without_a_query_is_a_bad_request(client: Client) -> None:
    response = client.post("/graphql", {}, content_type="application/json")

    assert response.status_code == 400
{% endif %}
{% if redis_cache %}


def test_cache_framework_works_without_redis() -> None:
    from django.core.cache import cache

    cache.set("answer", 42, timeout=60)

    assert cache.get("answer") == 42
{% endif %}

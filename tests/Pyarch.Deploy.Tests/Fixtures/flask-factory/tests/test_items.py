from shop import create_app


def test_items():
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/api/items").status_code == 200

import jwt


def test_expired_token_is_rejected(client):
    token = jwt.encode({"sub": "1", "exp": 0}, "test-secret", algorithm="HS256")
    assert client.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401

import pytest

from app.core.security import (
    InvalidTokenError,
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)

SECRET = "unit-test-signing-key"


def test_password_hash_verifies_only_the_original_password() -> None:
    hashed = hash_password("correct horse", iterations=1000)

    assert verify_password("correct horse", hashed)
    assert not verify_password("wrong horse", hashed)


def test_token_round_trips_its_subject() -> None:
    token = create_access_token("user-42", secret=SECRET, expires_minutes=5)

    assert decode_access_token(token, secret=SECRET) == "user-42"


def test_token_signed_with_another_key_is_rejected() -> None:
    token = create_access_token("user-42", secret="another-key", expires_minutes=5)

    with pytest.raises(InvalidTokenError):
        decode_access_token(token, secret=SECRET)


def test_expired_token_is_rejected() -> None:
    token = create_access_token("user-42", secret=SECRET, expires_minutes=1, now=0)

    with pytest.raises(InvalidTokenError):
        decode_access_token(token, secret=SECRET, now=120)


def test_signing_without_a_secret_key_fails_loudly(monkeypatch) -> None:
    from app.core import security

    monkeypatch.setattr(security.settings, "SECRET_KEY", "")

    with pytest.raises(RuntimeError):
        create_access_token("user-42")

"""Password hashing and signed access tokens, using only the standard library.

Tokens are ``base64url(payload).base64url(HMAC-SHA256(payload))`` with ``sub`` and ``exp`` claims,
signed with SECRET_KEY. Swap in PyJWT or your identity provider when you need interoperable JWTs.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Optional

from app.core.config import settings

_ALGORITHM = "pbkdf2_sha256"


class InvalidTokenError(ValueError):
    pass


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, iterations: int = 600_000) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"{_ALGORITHM}${iterations}${_b64encode(salt)}${_b64encode(digest)}"


def verify_password(password: str, hashed: str) -> bool:
    try:
        algorithm, iterations, salt, digest = hashed.split("$")
    except ValueError:
        return False
    if algorithm != _ALGORITHM:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), _b64decode(salt), int(iterations))
    return hmac.compare_digest(candidate, _b64decode(digest))


def _secret(secret: Optional[str]) -> bytes:
    key = secret if secret is not None else settings.SECRET_KEY
    if not key:
        raise RuntimeError("SECRET_KEY is not set; tokens cannot be signed")
    return key.encode()


def create_access_token(
    subject: str,
    secret: Optional[str] = None,
    expires_minutes: Optional[int] = None,
    now: Optional[float] = None,
) -> str:
    minutes = settings.ACCESS_TOKEN_EXPIRE_MINUTES if expires_minutes is None else expires_minutes
    issued = time.time() if now is None else now
    payload = _b64encode(json.dumps({"sub": subject, "exp": int(issued + minutes * 60)}).encode())
    signature = hmac.new(_secret(secret), payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{_b64encode(signature)}"


def decode_access_token(token: str, secret: Optional[str] = None, now: Optional[float] = None) -> str:
    """Return the token's subject, or raise InvalidTokenError."""
    try:
        payload, signature = token.split(".")
    except ValueError:
        raise InvalidTokenError("malformed token") from None
    expected = hmac.new(_secret(secret), payload.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _b64decode(signature)):
        raise InvalidTokenError("bad signature")
    claims = json.loads(_b64decode(payload))
    if claims["exp"] < (time.time() if now is None else now):
        raise InvalidTokenError("token expired")
    return str(claims["sub"])

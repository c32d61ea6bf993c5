"""Account rules. Users are Django's built-in auth users; passwords are validated by AUTH_PASSWORD_VALIDATORS."""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from {{ package }}.errors import ConflictError

User = get_user_model()


def register_user(username: str, email: str, password: str):
    email = email.strip().lower()
    if User.objects.filter(username=username).exists():
        raise ConflictError(f"the username {username!r} is taken")
    if User.objects.filter(email=email).exists():
        raise ConflictError("an account with this email already exists")
    candidate = User(username=username, email=email)
    try:
        validate_password(password, user=candidate)
    except ValidationError as error:
        raise ValueError(" ".join(error.messages)) from None
    return User.objects.create_user(username=username, email=email, password=password)

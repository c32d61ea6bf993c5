from .base import *  # noqa: F403

# Fast hashing for the test suite only.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

"""Settings for the test suite: no environment needed, an in-memory database."""
from django.core.management.utils import get_random_secret_key

from {{ base_settings_module }} import *  # noqa: F401,F403

SECRET_KEY = get_random_secret_key()
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

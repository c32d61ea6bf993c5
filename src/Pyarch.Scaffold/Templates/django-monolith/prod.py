"""Production: DEBUG off, HTTPS enforced, every secret from the environment."""
from django.core.exceptions import ImproperlyConfigured

from {{ package }}.env import env_bool
from {{ package }}.settings.base import *  # noqa: F401,F403
from {{ package }}.settings.base import SECRET_KEY

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 3600

"""Local development: DEBUG on, a throwaway secret key when none is set."""
from django.core.management.utils import get_random_secret_key

from {{ package }}.settings.base import *  # noqa: F401,F403
from {{ package }}.settings.base import SECRET_KEY

DEBUG = True
# A per-process key is fine for the single-process development server.
SECRET_KEY = SECRET_KEY or get_random_secret_key()
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

from distutils.util import strtobool

from decouple import config

from .base import *

SECRET_KEY = env("DJANGO_SECRET_KEY", default="change-me")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["example.com"])
MIDDLEWARE.insert(0, "django.middleware.security.SecurityMiddleware")
MIDDLEWARE += ("django.middleware.clickjacking.XFrameOptionsMiddleware",)
SECURE_SSL_REDIRECT = os.getenv("SECURE_SSL_REDIRECT", "True")
SESSION_COOKIE_SECURE = os.environ.get("COOKIE_SECURE", "false").lower() in ("true", "1")
CSRF_COOKIE_SECURE = config("CSRF_COOKIE_SECURE", default="yes", cast=bool)
SECURE_HSTS_PRELOAD = strtobool(os.getenv("HSTS_PRELOAD", "true"))
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "3600"))

if DEBUG:
    INSTALLED_APPS += ["debug_toolbar"]
else:
    INSTALLED_APPS.append("django.contrib.staticfiles")

import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders"]

CORS_ALLOW_ALL_ORIGINS = True  # expect: PA314 "`CORS_ALLOW_ALL_ORIGINS = True` allows every origin with `CORS_ALLOW_CREDENTIALS = True`"
CORS_ORIGIN_ALLOW_ALL = False
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]

if DEBUG:
    # Local development only.
    CORS_ORIGIN_ALLOW_ALL = True

import os

MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECURE_HSTS_SECONDS = os.environ.get("HSTS_SECONDS", 0)  # expect: PA302 "while `HSTS_SECONDS` is unset"
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

import os

MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECURE_HSTS_SECONDS = 3600
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("HSTS_SUBDOMAINS", "True")  # expect: PA302 "whatever `HSTS_SUBDOMAINS` is set to"
# Preload is silenced: its finding is kept as suppressed.
SILENCED_SYSTEM_CHECKS = ["security.W021"]

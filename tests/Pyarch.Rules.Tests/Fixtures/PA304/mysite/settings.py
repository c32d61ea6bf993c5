import os

MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.getenv("SSL_REDIRECT", True)  # expect: PA304 "once `SSL_REDIRECT` is set"
